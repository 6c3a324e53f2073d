//! The library picker's state (`o`, and `D` to pick a briefing to compare
//! against): a query, the entries that match it, and a selection.

use std::path::PathBuf;

use crate::library::grep::LineHit;
use ratatui::layout::Rect;

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
    /// The user moved the selection (or `D` put it on the previous round):
    /// entries the scan adds keep it on the same entry. Otherwise it stays
    /// on the best match, so a better one arriving is what Enter opens.
    pub pinned: bool,
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

/// Where the picker goes on a screen of `area`: its box, the list of
/// entries inside (two rows an entry), and the first entry shown with
/// `selected` kept in view. The view draws it there and a click is read
/// against the same numbers. `None` when the screen has no room for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PickerPage {
    /// The box, border included.
    pub area: Rect,
    /// The entries' rows.
    pub list: Rect,
    /// The first entry shown.
    pub first: usize,
    /// How many entries fit.
    pub shown: usize,
}

impl PickerPage {
    pub fn of(area: Rect, selected: usize) -> Option<PickerPage> {
        let width = area.width.saturating_sub(4).min(110);
        let height = area.height.saturating_sub(2);
        if width < 10 || height < 4 {
            return None;
        }
        let boxed = Rect::new((area.width - width) / 2, 1, width, height);
        // Inside the border, below the query and above the footer.
        let list = Rect::new(boxed.x + 1, boxed.y + 2, width - 2, height - 4);
        let shown = usize::from(list.height) / 2;
        Some(PickerPage {
            area: boxed,
            list,
            first: selected.saturating_sub(shown.saturating_sub(1)),
            shown,
        })
    }

    /// The entry drawn at a screen cell, if the cell is in the list.
    pub fn entry_at(&self, column: u16, row: u16) -> Option<usize> {
        if !(self.list.left()..self.list.right()).contains(&column) {
            return None;
        }
        let below = row.checked_sub(self.list.y)?;
        let entry = usize::from(below / 2);
        (entry < self.shown).then_some(self.first + entry)
    }
}
