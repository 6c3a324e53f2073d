//! Search across what the reader shows: the header, the text and the positions.
//!
//! A search is a [`Job`] that owns (or shares) everything it reads, so on a
//! big briefing the loop can run it on another thread and typing never
//! waits for it; on a small one `update` simply runs it in place.

use std::sync::Arc;

use crate::search::{Hit, find};
use crate::text::Layout;

use super::action::Effect;
use super::state::{State, Where};

/// Text laid out beyond this many lines is searched off the UI thread.
pub const BACKGROUND_OVER: usize = 20_000;

/// Every hit of a search, by the part of the screen it is in. Counted in
/// reading order (header, text, positions), hit `i` of the whole search is
/// what `n` and `N` step through.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Hits {
    pub header: Vec<Hit>,
    pub reading: Vec<Hit>,
    pub positions: Vec<Hit>,
}

impl Hits {
    pub fn len(&self) -> usize {
        self.header.len() + self.reading.len() + self.positions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The hits in `place`.
    pub fn of(&self, place: Where) -> &[Hit] {
        match place {
            Where::Header => &self.header,
            Where::Reading => &self.reading,
            Where::Positions => &self.positions,
        }
    }

    /// Where the hits of `place` start in the count of all.
    pub fn first_of(&self, place: Where) -> usize {
        match place {
            Where::Header => 0,
            Where::Reading => self.header.len(),
            Where::Positions => self.header.len() + self.reading.len(),
        }
    }

    /// Hit `i` of the whole search.
    pub fn get(&self, i: usize) -> Option<(Where, Hit)> {
        [Where::Header, Where::Reading, Where::Positions]
            .into_iter()
            .find_map(|place| {
                let at = i.checked_sub(self.first_of(place))?;
                self.of(place).get(at).map(|&h| (place, h))
            })
    }
}

/// One search: the query, what to look in, and which round it belongs to.
/// The layouts are shared, not copied: starting a job costs nothing.
#[derive(Debug, Clone)]
pub struct Job {
    /// Counts the searches of the reader; a result for an older one is dropped.
    pub generation: u64,
    pub query: String,
    header: Arc<Layout>,
    reading: Arc<Layout>,
    positions: Arc<Layout>,
}

impl PartialEq for Job {
    fn eq(&self, other: &Job) -> bool {
        self.generation == other.generation && self.query == other.query
    }
}

impl Eq for Job {}

impl Job {
    /// A search for the state's current query.
    pub fn new(state: &State) -> Job {
        Job {
            generation: state.search.generation,
            query: state.search.query.clone(),
            header: Arc::clone(&state.header),
            reading: Arc::clone(&state.reading),
            positions: Arc::clone(&state.positions),
        }
    }

    /// Every hit, by where it is.
    pub fn run(&self) -> Hits {
        Hits {
            header: find(&self.header, &self.query),
            reading: find(&self.reading, &self.query),
            positions: find(&self.positions, &self.query),
        }
    }
}

/// Every hit for the current query, found here and now.
pub fn hits(state: &State) -> Hits {
    Job::new(state).run()
}

// What a search does to the reader: part of `update`.

/// Search for the query as it now stands: here for a small briefing, on
/// another thread (through the loop) for a big one, so typing never waits.
pub(super) fn search(state: &mut State) -> Effect {
    state.search.generation += 1;
    let job = Job::new(state);
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
    let from_byte = state.reading.line(from).map_or(0, |l| l.range().start);
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
    let Some((place, hit)) = state.search.hits.get(i) else {
        return;
    };
    match place {
        Where::Header => {}
        Where::Reading => {
            let line = state.reading.line_at(hit.start as usize);
            state.scroll = line
                .saturating_sub(state.page() / 3)
                .min(state.max_scroll());
        }
        Where::Positions => {
            let page = state.positions_page();
            let line = state.positions.line_at(hit.start as usize);
            state.positions_scroll = line
                .saturating_sub(page / 3)
                .min(state.max_positions_scroll());
        }
    }
}
