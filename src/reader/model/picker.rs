//! The library picker's state (`o`, and `D` to pick a briefing to compare
//! against): a query, the entries that match it, and a selection.

use std::path::PathBuf;

use ratatui::layout::Rect;

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
