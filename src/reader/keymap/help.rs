//! The help screen and the status bar's hints, written from the keymap in
//! the state so they say what the keys really do; and where help goes.

use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

pub use crate::keys::HelpRow;
use crate::keys::{Command, Hint, Mode, SECTIONS};
use crate::reader::model::{Overlay, Pane, State};

/// The keys column of help is never narrower than this, so short labels
/// line up as they always have, nor wider than the widest label below.
const KEYS_MIN: usize = 12;
const KEYS_MAX: usize = 24;

/// The rows of help for the layer help was opened over: the reader's keys
/// and those of what it opens, or the compare view's; then help's own.
pub fn help_lines(state: &State) -> Vec<HelpRow> {
    let keys = &state.keys;
    let modes: &[Mode] = if matches!(
        state.overlays.under_top(),
        Some(Overlay::Compare(_) | Overlay::Columns(_))
    ) {
        &[Mode::Compare, Mode::Columns, Mode::Help]
    } else if matches!(state.overlays.under_top(), Some(Overlay::Links(_))) {
        &[Mode::Links, Mode::Help]
    } else if matches!(state.overlays.under_top(), Some(Overlay::Timeline(_))) {
        &[Mode::Timeline, Mode::Help]
    } else {
        &[
            Mode::Reader,
            Mode::Search,
            Mode::Prompt,
            Mode::Picker,
            Mode::Help,
        ]
    };
    modes.iter().flat_map(|&m| keys.help(m)).collect()
}

/// Where the help screen goes on a screen of `width` x `height` and how
/// its rows flow into columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HelpPage {
    /// The box, border included.
    pub area: Rect,
    pub columns: usize,
    pub column_width: u16,
    /// Columns the keys of a row take.
    pub keys_width: usize,
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
    let keys_width = rows
        .iter()
        .map(|r| match r {
            HelpRow::Keys(keys, _) => keys.width() + 1,
            HelpRow::Group(_) => 0,
        })
        .max()
        .unwrap_or(0)
        .clamp(KEYS_MIN, KEYS_MAX);
    let widest = rows
        .iter()
        .map(|r| match r {
            HelpRow::Group(g) => g.width(),
            HelpRow::Keys(_, what) => 2 + keys_width + what.width(),
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
        keys_width,
        per_column,
        shown,
        max_offset: per_column.saturating_sub(shown),
    }
}

use Command as C;

const READING: &[Hint] = &[
    Hint::new(&SECTIONS, "section"),
    Hint::new(&[C::Search], "search"),
    Hint::new(&[C::OpenCompare], "compare"),
    Hint::new(&[C::OpenLibrary], "library"),
    Hint::new(&[C::Help], "help"),
];
const CONTENTS: &[Hint] = &[
    Hint::new(&[C::ScrollDown, C::ScrollUp], "move"),
    Hint::new(&[C::Activate], "jump"),
    Hint::new(&[C::FocusNext], "focus"),
    Hint::new(&[C::Help], "help"),
];
// Short enough to fit beside the file's name at 80 columns.
const POSITIONS: &[Hint] = &[
    Hint::new(&[C::ScrollDown, C::ScrollUp], "move"),
    Hint::new(&[C::Activate], "to the text"),
    Hint::new(&[C::Help], "help"),
];
const SEARCHING: &[Hint] = &[
    Hint::new(&[C::Confirm], "keep"),
    Hint::new(&[C::Cancel], "drop"),
];
// The compare view shows its own keys above the status bar.
const COMPARING: &[Hint] = &[
    Hint::new(&[C::Help], "help"),
    Hint::new(&[C::Leave], "back"),
];
// The chooser names its own keys on its border.
const CHOOSING: &[Hint] = &[Hint::new(&[C::Help], "help"), Hint::new(&[C::Done], "done")];
// The timeline names its marks on its last line; the keys go here, short
// enough to fit beside the file's name at 80 columns.
const TIMELINING: &[Hint] = &[
    Hint::new(&[C::OpenRound], "open"),
    Hint::new(&[C::Help], "help"),
    Hint::new(&[C::Leave], "back"),
];
const HELPING: &[Hint] = &[Hint::new(&[C::Close], "closes help")];
/// The links list's own hint line, in its title.
pub const LINKING: &[Hint] = &[
    Hint::new(&[C::PreviousEntry, C::NextEntry], "choose"),
    Hint::new(&[C::Confirm], "opens"),
    Hint::new(&[C::Copy], "copies"),
    Hint::new(&[C::Cancel], "closes"),
];
const SHORT: &[Hint] = &[Hint::new(&[C::Help], "help")];

/// What the status bar shows when the whole hint does not fit: the key
/// for help, where there is one.
pub fn short_hint(state: &State) -> String {
    let mode = match state.overlays.top() {
        Some(Overlay::Compare(_)) => Mode::Compare,
        Some(Overlay::Columns(_)) => Mode::Columns,
        Some(Overlay::Timeline(_)) => Mode::Timeline,
        _ => Mode::Reader,
    };
    state.keys.hint(mode, SHORT)
}

/// Short key hints for the status bar, by the layer and the focused pane.
pub fn hints(state: &State) -> String {
    let (mode, parts) = match state.overlays.top() {
        Some(Overlay::Search) => (Mode::Search, SEARCHING),
        Some(Overlay::Compare(_)) => (Mode::Compare, COMPARING),
        Some(Overlay::Columns(_)) => (Mode::Columns, CHOOSING),
        Some(Overlay::Help(_)) => (Mode::Help, HELPING),
        Some(Overlay::Links(_)) => (Mode::Links, LINKING),
        Some(Overlay::Timeline(_)) => (Mode::Timeline, TIMELINING),
        _ => (
            Mode::Reader,
            match state.view.focus {
                Pane::Contents => CONTENTS,
                Pane::Positions => POSITIONS,
                Pane::Reading => READING,
            },
        ),
    };
    state.keys.hint(mode, parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(n: usize) -> Vec<HelpRow> {
        (0..n)
            .map(|_| HelpRow::Keys("x".into(), "does a thing"))
            .collect()
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
