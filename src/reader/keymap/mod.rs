//! Key presses and the mouse to actions, by the keymap in the state and the
//! layer on top; and the help screen and status hints written from the same
//! keymap, so help can never drift from what the keys do.
//!
//! The keys themselves are data (`assets/keymap.toml`, see [`crate::keys`]);
//! this file says what each command does in the reader, and `keymap/help.rs`
//! lays out the help screen and the status bar's hints.

mod help;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};

pub use help::{HelpRow, LINKING, help_lines, help_page, hints, short_hint};

use crate::keys::{Command, Key, Mode};
use crate::reader::action::{Action, TimelineAction};
use crate::reader::compare::{ColumnsAction, CompareAction};
use crate::reader::model::{Overlay, State};

/// Whose keys are in force: the layer on top, or the reader's own.
pub fn mode(state: &State) -> Mode {
    match state.overlays.top() {
        None => Mode::Reader,
        Some(Overlay::Search) => Mode::Search,
        Some(Overlay::Prompt(_)) => Mode::Prompt,
        Some(Overlay::Picker(_)) => Mode::Picker,
        Some(Overlay::Help(_)) => Mode::Help,
        Some(Overlay::Compare(_)) => Mode::Compare,
        Some(Overlay::Columns(_)) => Mode::Columns,
        Some(Overlay::Links(_)) => Mode::Links,
        Some(Overlay::Timeline(_)) => Mode::Timeline,
    }
}

/// The action for a key press: the overlay on top gets it first. A key
/// bound in its mode does its command; the reader's suspend key (Ctrl-z)
/// suspends from every layer that does not bind it, as a shell user
/// expects; in the search, the prompt and the picker any other plain
/// character is typed.
pub fn map_key(state: &State, event: KeyEvent) -> Option<Action> {
    let mode = mode(state);
    if let Some(command) = state.keys.command(mode, event) {
        return action(mode, command);
    }
    if state.keys.command(Mode::Reader, event) == Some(Command::Suspend) {
        return Some(Action::Suspend);
    }
    let typed = Key::of(event).typed().filter(|_| mode.types_text())?;
    Some(match mode {
        Mode::Search => Action::SearchInput(typed),
        _ => Action::Type(typed),
    })
}

/// Esc and a key typed right after it can come in one read (a fast hand,
/// a busy frame, an ssh link batching bytes), and crossterm reads those
/// bytes as Alt and the key: they are what an Alt press sends too. When no
/// binding of the layer on top takes that Alt key, it is taken apart
/// again: Esc, then the key. `None` for any other key. (Esc typed twice
/// in one read crossterm 0.29 reads as one Esc: the second is not seen.)
pub fn split_alt(state: &State, event: KeyEvent) -> Option<[KeyEvent; 2]> {
    if !event.modifiers.contains(KeyModifiers::ALT) || map_key(state, event).is_some() {
        return None;
    }
    let mut rest = event;
    rest.modifiers.remove(KeyModifiers::ALT);
    let mut esc = KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE);
    esc.kind = event.kind;
    Some([esc, rest])
}

/// What `command` does in `mode`.
pub fn action(mode: Mode, command: Command) -> Option<Action> {
    use Command as C;
    if let Some(n) = command.section() {
        return Some(Action::GoToSection(n));
    }
    if mode == Mode::Columns
        && let Some(a) = columns_action(command)
    {
        return Some(Action::Compare(CompareAction::Columns(a)));
    }
    if mode == Mode::Timeline
        && let Some(a) = timeline_action(command)
    {
        return Some(Action::Timeline(a));
    }
    if let Some(a) = compare_action(command) {
        return Some(Action::Compare(a));
    }
    Some(match (mode, command) {
        (Mode::Search, C::Erase) => Action::SearchBackspace,
        (Mode::Search, C::Confirm) => Action::SearchConfirm,
        (Mode::Search, C::Cancel) => Action::SearchCancel,
        (_, C::Erase) => Action::Erase,
        (_, C::Confirm) => Action::Confirm,
        (_, C::Cancel | C::Close | C::Leave | C::Done) => Action::Close,
        (_, C::Complete) => Action::Complete,
        (Mode::Picker, C::PageDown) => Action::Choose(10),
        (Mode::Picker, C::PageUp) => Action::Choose(-10),
        (_, C::NextEntry) => Action::Choose(1),
        (_, C::PreviousEntry) => Action::Choose(-1),
        (_, C::ScrollDown) => Action::Scroll(1),
        (_, C::ScrollUp) => Action::Scroll(-1),
        (_, C::HalfPageDown) => Action::HalfPage(1),
        (_, C::HalfPageUp) => Action::HalfPage(-1),
        (_, C::PageDown) => Action::Page(1),
        (_, C::PageUp) => Action::Page(-1),
        (_, C::Top) => Action::Top,
        (_, C::Bottom) => Action::Bottom,
        (_, C::NextSection) => Action::NextSection,
        (_, C::PreviousSection) => Action::PrevSection,
        (_, C::ToggleContents) => Action::ToggleContents,
        (_, C::TogglePositions) => Action::TogglePositions,
        (_, C::ToggleFollow) => Action::ToggleFollow,
        (_, C::FocusNext) => Action::FocusNext,
        (_, C::FocusPrevious) => Action::FocusPrev,
        (_, C::Activate) => Action::Activate,
        (_, C::OpenCompare) => Action::OpenCompare,
        (_, C::CompareAgainst) => Action::PickAgainst,
        (_, C::OpenLibrary) => Action::OpenPicker,
        (_, C::OpenPath) => Action::OpenPrompt,
        (_, C::Back) => Action::Back,
        (_, C::Forward) => Action::Forward,
        (_, C::PreviousRound) => Action::Round(-1),
        (_, C::NextRound) => Action::Round(1),
        (_, C::Edit) => Action::Edit,
        (_, C::Search) => Action::SearchStart,
        (_, C::NextMatch) => Action::SearchNext,
        (_, C::PreviousMatch) => Action::SearchPrev,
        (_, C::Help) => Action::ToggleHelp,
        (_, C::Reload) => Action::Reload,
        (_, C::Suspend) => Action::Suspend,
        (_, C::Quit) => Action::Quit,
        (_, C::Links) => Action::OpenLinks,
        (_, C::Copy) => Action::Copy,
        (_, C::OpenTimeline) => Action::OpenTimeline,
        // Sections and the compare view's commands are taken above.
        _ => return None,
    })
}

/// The compare view's own action for a command, if it is one of its.
pub fn compare_action(command: Command) -> Option<CompareAction> {
    use Command as C;
    if let Some(n) = command.column() {
        return Some(CompareAction::ToggleParty(n));
    }
    Some(match command {
        C::CellLeft => CompareAction::Left,
        C::CellRight => CompareAction::Right,
        C::TopicUp => CompareAction::Up,
        C::TopicDown => CompareAction::Down,
        C::TopicsPageDown => CompareAction::PageDown,
        C::TopicsPageUp => CompareAction::PageUp,
        C::OpenCell => CompareAction::Open,
        C::NextDivergence => CompareAction::NextDivergent,
        C::SortByVerdict => CompareAction::SortByVerdict,
        C::FilterVerdict => CompareAction::FilterVerdict,
        C::ChooseColumns => CompareAction::ChooseColumns,
        C::CloseCell => CompareAction::Close,
        _ => return None,
    })
}

/// The timeline's own action for a command; the rest (leave, help, quit)
/// are the reader's.
pub fn timeline_action(command: Command) -> Option<TimelineAction> {
    use Command as C;
    let lines = |lines| TimelineAction::Move { lines, rounds: 0 };
    let rounds = |rounds| TimelineAction::Move { lines: 0, rounds };
    Some(match command {
        C::CellLeft => rounds(-1),
        C::CellRight => rounds(1),
        C::ScrollUp => lines(-1),
        C::ScrollDown => lines(1),
        C::PageUp => TimelineAction::Page(-1),
        C::PageDown => TimelineAction::Page(1),
        C::Top => TimelineAction::Top,
        C::Bottom => TimelineAction::Bottom,
        C::OpenRound => TimelineAction::Open,
        _ => return None,
    })
}

/// The column chooser's own action for a command; the rest (close, help,
/// quit) are the reader's.
pub fn columns_action(command: Command) -> Option<ColumnsAction> {
    use Command as C;
    Some(match command {
        C::NextEntry => ColumnsAction::Move(1),
        C::PreviousEntry => ColumnsAction::Move(-1),
        C::Top => ColumnsAction::First,
        C::Bottom => ColumnsAction::Last,
        C::ToggleEntry => ColumnsAction::Toggle,
        C::ShowAll => ColumnsAction::All,
        C::ShowNone => ColumnsAction::None,
        _ => return None,
    })
}

pub fn map_mouse(state: &State, mouse: MouseEvent) -> Option<Action> {
    match mode(state) {
        Mode::Compare => return compare_mouse(mouse).map(Action::Compare),
        Mode::Columns => {
            return columns_mouse(mouse).map(|a| Action::Compare(CompareAction::Columns(a)));
        }
        // The wheel moves the timeline's selection; nothing under it moves.
        Mode::Timeline => {
            let lines = match mouse.kind {
                MouseEventKind::ScrollDown => 3,
                MouseEventKind::ScrollUp => -3,
                _ => return None,
            };
            return Some(Action::Timeline(TimelineAction::Move { lines, rounds: 0 }));
        }
        _ => {}
    }
    let (column, row) = (mouse.column, mouse.row);
    match mouse.kind {
        MouseEventKind::ScrollDown => Some(Action::Wheel {
            column,
            row,
            lines: 3,
        }),
        MouseEventKind::ScrollUp => Some(Action::Wheel {
            column,
            row,
            lines: -3,
        }),
        MouseEventKind::Down(MouseButton::Left) => Some(Action::Click { column, row }),
        _ => None,
    }
}

/// The mouse in the compare view: the wheel turns rows, sideways with
/// Shift or a horizontal wheel; a click goes to a cell and opens it.
fn compare_mouse(mouse: MouseEvent) -> Option<CompareAction> {
    let sideways = mouse.modifiers.contains(KeyModifiers::SHIFT);
    let turn = |n: isize| {
        Some(if sideways {
            CompareAction::Scroll {
                rows: 0,
                columns: n,
            }
        } else {
            CompareAction::Scroll {
                rows: n,
                columns: 0,
            }
        })
    };
    match mouse.kind {
        MouseEventKind::ScrollDown => turn(1),
        MouseEventKind::ScrollUp => turn(-1),
        MouseEventKind::ScrollRight => Some(CompareAction::Scroll {
            rows: 0,
            columns: 1,
        }),
        MouseEventKind::ScrollLeft => Some(CompareAction::Scroll {
            rows: 0,
            columns: -1,
        }),
        MouseEventKind::Down(MouseButton::Left) => Some(CompareAction::Click {
            column: mouse.column,
            row: mouse.row,
        }),
        _ => None,
    }
}

/// The mouse in the column chooser: the wheel moves the selection, a click
/// on a party shows or hides it.
fn columns_mouse(mouse: MouseEvent) -> Option<ColumnsAction> {
    match mouse.kind {
        MouseEventKind::ScrollDown => Some(ColumnsAction::Move(1)),
        MouseEventKind::ScrollUp => Some(ColumnsAction::Move(-1)),
        MouseEventKind::Down(MouseButton::Left) => Some(ColumnsAction::Click {
            column: mouse.column,
            row: mouse.row,
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use strum::VariantArray;

    use super::*;

    #[test]
    fn every_command_does_something_in_each_of_its_modes() {
        for &command in Command::VARIANTS {
            for mode in command.modes() {
                assert!(
                    action(mode, command).is_some(),
                    "{command:?} does nothing in {mode:?}"
                );
            }
        }
    }
}
