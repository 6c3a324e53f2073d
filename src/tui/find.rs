//! Search across what the reader shows: the header, the text and the positions.
//!
//! A search is a [`Job`] that owns (or shares) everything it reads, so on a
//! big briefing the loop can run it on another thread and typing never
//! waits for it; on a small one `update` simply runs it in place.

use std::sync::Arc;

use crate::search::{Hit, find_among};
use crate::text::{Layout, Line};

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
