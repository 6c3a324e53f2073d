//! Searching: running the query, and moving between its hits.

use crate::reader::action::Effect;
use crate::reader::model::search::BACKGROUND_OVER;
use crate::reader::model::search::Hits;
use crate::reader::model::{About, State, Where};

/// Search for the query as it now stands: here for a small briefing, on
/// another thread (through the loop) for a big one, so typing never waits.
pub(super) fn search(state: &mut State) -> Effect {
    state.search.generation += 1;
    let job = state.search_job();
    if state.search.query.is_empty() || state.panes.reading.len() <= BACKGROUND_OVER {
        state.search.hits = job.run();
        state.search.pending = false;
        jump_to_first_hit(state);
        return Effect::None;
    }
    state.search.pending = true;
    Effect::Search(Box::new(job))
}

/// A search run off the UI thread came back: with the hits near the
/// reader's place (`hits.partial`), or with all of them.
pub(super) fn searched(state: &mut State, hits: Hits) {
    // The hit shown from the first, partial result stays the one shown:
    // only its number in the whole count is new.
    let shown = state
        .search
        .hits
        .partial
        .then(|| state.search.current.and_then(|i| state.search.hits.get(i)))
        .flatten();
    state.search.pending = hits.partial;
    state.search.hits = hits;
    if !state.search.pending {
        state.settle(About::Search);
    }
    if let Some((place, hit)) = shown {
        state.search.current = state.search.hits.index_of(place, hit);
    } else if state.overlays.searching() {
        jump_to_first_hit(state);
    } else {
        state.search.current = None;
    }
}

pub(super) fn jump_to_first_hit(state: &mut State) {
    // Incremental: the view goes to the first hit from where the search began.
    let from = state.search.origin_scroll;
    // The header is always on screen, so a hit there never moves the view.
    let hits = &state.search.hits;
    let from_byte = state
        .panes
        .reading
        .line(from)
        .map_or(0, |l| l.range().start);
    let reading = hits.first_of(Where::Reading);
    let first = if hits
        .reading
        .last()
        .is_some_and(|h| h.start as usize >= from_byte)
    {
        Some(
            reading
                + hits
                    .reading
                    .partition_point(|h| (h.start as usize) < from_byte),
        )
    } else if !hits.reading.is_empty() || !hits.positions.is_empty() {
        Some(reading)
    } else if hits.is_empty() {
        None
    } else {
        Some(0)
    };
    state.search.current = first;
    match first {
        Some(i) => show_hit(state, i),
        None => state.view.scroll = from.min(state.max_scroll()),
    }
}

pub(super) fn step_match(state: &mut State, forward: bool) {
    let count = state.search.hits.len();
    if count == 0 {
        // With the search over and nothing found, the status bar already
        // says "no match"; a message would say it twice.
        if state.search.pending {
            state.say(About::Search, "still searching…");
        }
        return;
    }
    let next = match state.search.current {
        None => 0,
        Some(i) if forward => (i + 1) % count,
        Some(i) => (i + count - 1) % count,
    };
    state.search.current = Some(next);
    show_hit(state, next);
}

/// Scroll so hit `i` is in view, about a third of the way down.
pub(super) fn show_hit(state: &mut State, i: usize) {
    let Some((place, hit)) = state.search.hits.get(i) else {
        return;
    };
    match place {
        Where::Header => {}
        Where::Reading => {
            let line = state.panes.reading.line_at(hit.start as usize);
            state.view.scroll = line
                .saturating_sub(state.page() / 3)
                .min(state.max_scroll());
        }
        Where::Positions => {
            let page = state.positions_page();
            let line = state.panes.positions.line_at(hit.start as usize);
            state.view.positions_scroll = line
                .saturating_sub(page / 3)
                .min(state.max_positions_scroll());
        }
    }
}
