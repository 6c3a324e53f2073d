//! The library picker's state (`o`, and `D` to pick a briefing to compare
//! against): a query, the entries that match it, and a selection.

use std::path::PathBuf;

use crate::library::grep::LineHit;
use crate::library::{Entry, Match};
use crate::load::Origin;

/// What the briefing picked is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Purpose {
    /// Open it.
    #[default]
    Open,
    /// Mark what changed in the open briefing since this one (`D`).
    CompareAgainst,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Picker {
    pub purpose: Purpose,
    pub query: String,
    /// Entries matching the query, best first.
    pub matches: Vec<Match>,
    pub selected: usize,
    /// Why the last choice could not be opened.
    pub error: Option<String>,
    /// A search inside the briefings, while the query starts with `/`;
    /// `selected` then points into its results.
    pub inside: Option<Inside>,
}

impl Picker {
    /// The term to search the briefings for: the query after its `/`.
    pub fn inside_term(&self) -> Option<&str> {
        self.query.strip_prefix('/')
    }
}

/// What a search inside the briefings has found so far.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Inside {
    /// Which search this is: results of an older one are dropped.
    pub id: u64,
    pub term: String,
    /// One row per briefing that matches, in library order.
    pub found: Vec<InsideRow>,
    /// Every briefing has been searched.
    pub done: bool,
}

/// A briefing that holds the term: its best line and how many matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InsideRow {
    /// Index into [`Library::entries`].
    pub entry: usize,
    pub best: LineHit,
    pub lines: usize,
}

/// A search inside the briefings for the loop to run off the UI thread.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hunt {
    pub id: u64,
    pub term: String,
    /// What to search, in the order rows should be listed.
    pub origins: Vec<Origin>,
    /// For each origin, its index into [`Library::entries`].
    pub entries: Vec<usize>,
}

/// Rows a running [`Hunt`] has found since it last reported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hunted {
    pub id: u64,
    pub rows: Vec<InsideRow>,
    /// The hunt is over.
    pub done: bool,
}

/// Everything the library has found so far.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Library {
    pub entries: Vec<Entry>,
    /// The scan is still running.
    pub scanning: bool,
    /// Recently opened files, most recent first.
    pub recent: Vec<PathBuf>,
    /// The last search inside the briefings asked for, to tell its
    /// results from those of older ones.
    pub hunts: u64,
}

impl Library {
    /// Note that `path` (canonical, as the places store keeps them) was
    /// just opened: it moves to the front.
    pub fn opened(&mut self, path: PathBuf) {
        self.recent.retain(|p| p != &path);
        self.recent.insert(0, path);
    }
}
