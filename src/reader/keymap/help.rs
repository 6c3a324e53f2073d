//! The help screen and the status bar's hints, written from the key tables
//! so they say what the keys really do; and where the help screen goes.

use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

use crate::reader::model::{Overlay, Pane, State};

use super::table::TABLE;

/// One row of the help screen: a group's title, or keys and what they do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HelpRow {
    Group(&'static str),
    Keys(&'static str, &'static str),
}

/// Columns the keys take in a help row.
pub const KEYS_WIDTH: usize = 12;

/// The rows of help for the layer help was opened over: the reader's keys,
/// or the compare view's.
pub fn help_lines(state: &State) -> Vec<HelpRow> {
    let mut rows = Vec::new();
    if matches!(state.overlays.under_top(), Some(Overlay::Compare(_))) {
        rows.push(HelpRow::Group("Compare view"));
        rows.extend(crate::reader::compare::keys::help().map(|(k, w)| HelpRow::Keys(k, w)));
        rows.push(HelpRow::Keys("q", "back to the reader"));
        rows.push(HelpRow::Keys("?", "this help"));
        return rows;
    }
    let mut group = "";
    for b in TABLE.iter().filter(|b| !b.label.is_empty()) {
        if b.group != group {
            group = b.group;
            rows.push(HelpRow::Group(group));
        }
        rows.push(HelpRow::Keys(b.label, b.help));
    }
    rows.push(HelpRow::Group("Over the reader"));
    rows.push(HelpRow::Keys(
        "Esc",
        "closes help, compare, library, prompt",
    ));
    rows.push(HelpRow::Keys(
        "q",
        "closes help and compare; quits the reader",
    ));
    rows.push(HelpRow::Keys("", "(in the library, : and / it is typed)"));
    rows
}

/// Where the help screen goes on a screen of `width` x `height` and how
/// its rows flow into columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HelpPage {
    /// The box, border included.
    pub area: Rect,
    pub columns: usize,
    pub column_width: u16,
    /// Rows in each column.
    pub per_column: usize,
    /// Rows of each column on screen.
    pub shown: usize,
    /// The furthest the rows scroll.
    pub max_offset: usize,
}

/// As many columns as fit side by side; scrolled when they are still too
/// long for the screen.
pub fn help_page(width: u16, height: u16, rows: &[HelpRow]) -> HelpPage {
    let widest = rows
        .iter()
        .map(|r| match r {
            HelpRow::Group(g) => g.width(),
            HelpRow::Keys(_, what) => 2 + KEYS_WIDTH + what.width(),
        })
        .max()
        .unwrap_or(0);
    let column_width = u16::try_from(widest + 2).unwrap_or(u16::MAX);
    let room = width.saturating_sub(4).max(1);
    let columns = usize::from((room / column_width.max(1)).max(1));
    let per_column = rows.len().div_ceil(columns);
    let inner_width = (column_width.saturating_mul(u16::try_from(columns).unwrap_or(1))).min(room);
    let inner_height = u16::try_from(per_column)
        .unwrap_or(u16::MAX)
        .min(height.saturating_sub(4).max(1));
    let (w, h) = (inner_width + 2, inner_height + 2);
    let area = Rect::new(
        width.saturating_sub(w) / 2,
        height.saturating_sub(h) / 2,
        w.min(width),
        h.min(height),
    );
    let shown = usize::from(inner_height);
    HelpPage {
        area,
        columns,
        column_width,
        per_column,
        shown,
        max_offset: per_column.saturating_sub(shown),
    }
}

/// Short key hints for the status bar, by the layer and the focused pane.
pub fn hints(state: &State) -> &'static str {
    match state.overlays.top() {
        Some(Overlay::Search) => return "Enter keep · Esc drop",
        // The compare view shows its own keys above the status bar.
        Some(Overlay::Compare(_)) => return "? help · q back",
        Some(Overlay::Help(_)) => return "Esc or q closes help",
        _ => {}
    }
    match state.view.focus {
        Pane::Contents => "j/k move · Enter jump · Tab focus · ? help",
        Pane::Positions => "j/k scroll · Tab focus · p panel · ? help",
        Pane::Reading => "1-9 section · / search · c compare · o library · ? help",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(n: usize) -> Vec<HelpRow> {
        (0..n).map(|_| HelpRow::Keys("x", "does a thing")).collect()
    }

    #[test]
    fn a_wide_screen_takes_several_columns_and_needs_no_scrolling() {
        let page = help_page(160, 50, &rows(56));
        assert!(page.columns >= 3, "{page:?}");
        assert_eq!(page.max_offset, 0);
    }

    #[test]
    fn a_small_screen_scrolls_no_further_than_the_last_row() {
        let page = help_page(80, 24, &rows(200));
        assert!(page.area.width <= 80 && page.area.height <= 24, "{page:?}");
        assert_eq!(page.max_offset, page.per_column - page.shown);
        assert!(page.max_offset > 0);
    }
}
