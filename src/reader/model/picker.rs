//! The library picker's state (`o`, and `D` to pick a briefing to compare
//! against): a query, the entries that match it, and a selection.

use std::path::PathBuf;

use crate::library::{Entry, Match};

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
}

/// Everything the library has found so far.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Library {
    pub entries: Vec<Entry>,
    /// The scan is still running.
    pub scanning: bool,
    /// Recently opened files, most recent first.
    pub recent: Vec<PathBuf>,
}

impl Library {
    /// Note that `path` (canonical, as the places store keeps them) was
    /// just opened: it moves to the front.
    pub fn opened(&mut self, path: PathBuf) {
        self.recent.retain(|p| p != &path);
        self.recent.insert(0, path);
    }
}
