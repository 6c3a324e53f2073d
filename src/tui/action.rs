//! Everything that can happen to the reader, as data.

use crate::load::LoadError;
use crate::model::Briefing;

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Scroll the focused pane by lines (negative: up).
    Scroll(i32),
    /// Scroll by half a page (sign gives the direction).
    HalfPage(i32),
    /// Scroll by a page (sign gives the direction).
    Page(i32),
    Top,
    Bottom,
    /// Section N (1-based) to the top of the reading pane.
    GoToSection(usize),
    NextSection,
    PrevSection,
    ToggleContents,
    TogglePositions,
    /// The positions panel follows the section being read (or not).
    ToggleFollow,
    FocusNext,
    FocusPrev,
    /// Enter on the focused pane (jump to the selected contents entry).
    Activate,
    SearchStart,
    SearchInput(char),
    SearchBackspace,
    SearchConfirm,
    SearchCancel,
    SearchNext,
    SearchPrev,
    ToggleHelp,
    /// Esc: close whatever overlay is open.
    Close,
    Reload,
    /// A reload finished.
    Loaded(Box<Result<Briefing, LoadError>>),
    Resize(u16, u16),
    /// Mouse wheel at a screen cell: lines to scroll the pane under it.
    Wheel {
        column: u16,
        row: u16,
        lines: i32,
    },
    Click {
        column: u16,
        row: u16,
    },
    Suspend,
    Quit,
}

/// What the event loop must do after an update: the side effects `update`
/// itself never performs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    None,
    Quit,
    Suspend,
    /// Read the briefing from disk again and send [`Action::Loaded`].
    Reload,
}
