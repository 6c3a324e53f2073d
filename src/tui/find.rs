//! Search across what the reader shows: the header, the text and the positions.
//!
//! A search is a [`Job`] that owns (or shares) everything it reads, so on a
//! big briefing the loop can run it on another thread and typing never
//! waits for it; on a small one `update` simply runs it in place.

use std::sync::Arc;

use crate::search::{Hit, find_among};
use crate::text::{Layout, Line};

use super::action::Effect;
use super::state::{State, Where};

/// Text laid out beyond this many lines is searched off the UI thread.
pub const BACKGROUND_OVER: usize = 20_000;

/// One search: the query, what to look in, and which round it belongs to.
#[derive(Debug, Clone)]
pub struct Job {
    /// Counts the searches of the reader; a result for an older one is dropped.
    pub generation: u64,
    pub query: String,
    header: Vec<Line>,
    reading: Arc<Layout>,
    positions: Layout,
    /// Hits of the query this one extends, to look only where they were.
    previous: Option<Vec<(Where, Hit)>>,
}

impl PartialEq for Job {
    fn eq(&self, other: &Job) -> bool {
        self.generation == other.generation && self.query == other.query
    }
}

impl Eq for Job {}

impl Job {
    /// A search for the state's current query; `previous` narrows it.
    pub fn new(state: &State, previous: Option<Vec<(Where, Hit)>>) -> Job {
        Job {
            generation: state.search.generation,
            query: state.search.query.clone(),
            header: state.header.clone(),
            reading: Arc::clone(&state.reading),
            positions: state.positions.clone(),
            previous,
        }
    }

    /// Every hit, in reading order: header, text, positions.
    pub fn run(&self) -> Vec<(Where, Hit)> {
        let mut all = Vec::new();
        for (place, lines) in [
            (Where::Header, self.header.as_slice()),
            (Where::Reading, self.reading.lines.as_slice()),
            (Where::Positions, self.positions.lines.as_slice()),
        ] {
            let found = match &self.previous {
                Some(previous) => find_among(lines, &self.query, lines_of(previous, place)),
                None => find_among(lines, &self.query, 0..lines.len()),
            };
            all.extend(found.into_iter().map(|h| (place, h)));
        }
        all
    }
}

/// The lines of `place` that hold a hit, each once, in order.
fn lines_of(hits: &[(Where, Hit)], place: Where) -> Vec<usize> {
    let mut lines: Vec<usize> = hits
        .iter()
        .filter(|(w, _)| *w == place)
        .map(|(_, h)| h.line)
        .collect();
    lines.dedup();
    lines
}

/// Every hit for the current query, found here and now.
pub fn hits(state: &State) -> Vec<(Where, Hit)> {
    Job::new(state, None).run()
}

// What a search does to the reader: part of `update`.

/// Search for the query as it now stands: here for a small briefing, on
/// another thread (through the loop) for a big one, so typing never waits.
pub(super) fn search(
    state: &mut State,
    previous: Option<Vec<(Where, crate::search::Hit)>>,
) -> Effect {
    state.search.generation += 1;
    let job = Job::new(state, previous);
    if state.search.query.is_empty() || state.reading.len() <= BACKGROUND_OVER {
        state.search.hits = job.run();
        state.search.pending = false;
        jump_to_first_hit(state);
        return Effect::None;
    }
    state.search.pending = true;
    Effect::Search(Box::new(job))
}

pub(super) fn jump_to_first_hit(state: &mut State) {
    // Incremental: the view goes to the first hit from where the search began.
    let from = state.search.origin_scroll;
    // The header is always on screen, so a hit there never moves the view.
    let hits = &state.search.hits;
    let first = hits
        .iter()
        .position(|(w, h)| *w == Where::Reading && h.line >= from)
        .or_else(|| hits.iter().position(|(w, _)| *w != Where::Header))
        .or(if hits.is_empty() { None } else { Some(0) });
    state.search.current = first;
    match first {
        Some(i) => show_hit(state, i),
        None => state.scroll = from.min(state.max_scroll()),
    }
}

pub(super) fn step_match(state: &mut State, forward: bool) {
    let count = state.search.hits.len();
    if count == 0 {
        if state.search.pending {
            state.message = Some("still searching…".to_owned());
        } else if !state.search.query.is_empty() {
            state.message = Some(format!("no match for \"{}\"", state.search.query));
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
    let Some(&(place, hit)) = state.search.hits.get(i) else {
        return;
    };
    match place {
        Where::Header => {}
        Where::Reading => {
            state.scroll = hit
                .line
                .saturating_sub(state.page() / 3)
                .min(state.max_scroll());
        }
        Where::Positions => {
            let page = state.positions_page();
            state.positions_scroll = hit
                .line
                .saturating_sub(page / 3)
                .min(state.max_positions_scroll());
        }
    }
}
