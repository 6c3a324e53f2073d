//! Search across what the reader shows: the header, the text and the positions.
//!
//! A search is a [`Job`] that owns (or shares) everything it reads, so on a
//! big briefing the loop can run it on another thread and typing never
//! waits for it; on a small one `update` simply runs it in place.

use std::sync::Arc;

use crate::search::{Hit, find, find_within};
use crate::text::Layout;

/// Which part of the screen a search hit is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Where {
    Header,
    Reading,
    Positions,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Search {
    pub query: String,
    pub hits: Hits,
    pub current: Option<usize>,
    /// Where the reading pane was when the search began, for Esc.
    pub origin_scroll: usize,
    /// Counts changes of the query, so a late result is recognised.
    pub generation: u64,
    /// A search is running off the UI thread.
    pub pending: bool,
}

/// Text laid out beyond this many lines is searched off the UI thread.
pub const BACKGROUND_OVER: usize = 20_000;

/// How far past the reader's place a big search first looks, so the hits
/// on screen show at once: several screens of text, whatever the size.
const NEAR: usize = 64 * 1024;

/// Every hit of a search, by the part of the screen it is in. Counted in
/// reading order (header, text, positions), hit `i` of the whole search is
/// what `n` and `N` step through.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Hits {
    pub header: Vec<Hit>,
    pub reading: Vec<Hit>,
    pub positions: Vec<Hit>,
    /// Only the hits near the reader's place: the whole text is still being
    /// searched, and the count is not known yet.
    pub partial: bool,
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

    /// The number of the hit at `hit` in `place`, or of the next one after
    /// it: where a hit found near the reader's place is in the whole count.
    pub fn index_of(&self, place: Where, hit: Hit) -> Option<usize> {
        let at = self.of(place).partition_point(|h| h.start < hit.start);
        let i = self.first_of(place) + at;
        (i < self.len()).then_some(i).or(self.len().checked_sub(1))
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
    /// Where in the reading text the search began, in bytes.
    near: usize,
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
    /// A search for `search`'s query over the three layouts.
    pub fn new(search: &Search, layouts: [&Arc<Layout>; 3]) -> Job {
        let [header, reading, positions] = layouts.map(Arc::clone);
        let near = reading
            .line(search.origin_scroll)
            .map_or(0, |l| l.range().start);
        Job {
            generation: search.generation,
            query: search.query.clone(),
            near,
            header,
            reading,
            positions,
        }
    }

    /// Every hit, by where it is.
    pub fn run(&self) -> Hits {
        Hits {
            header: find(&self.header, &self.query),
            reading: find(&self.reading, &self.query),
            positions: find(&self.positions, &self.query),
            partial: false,
        }
    }

    /// The hits just after where the search began (and in the header, and
    /// the top of the positions), found in a few milliseconds however big
    /// the text: what a big search shows while it counts the rest. `None`
    /// when there is none after the reader's place to go to.
    pub fn run_near(&self) -> Option<Hits> {
        let end = self.near.saturating_add(NEAR);
        let reading = find_within(&self.reading, &self.query, self.near..end);
        if reading.is_empty() {
            return None;
        }
        Some(Hits {
            header: find(&self.header, &self.query),
            reading,
            positions: find_within(&self.positions, &self.query, 0..NEAR),
            partial: true,
        })
    }
}

// What a search does to the reader: part of `update`.
