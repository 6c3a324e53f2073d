//! Keys to actions: one table, which also writes the help screen, so help
//! can never drift from what the keys do.
//!
//! `keymap/table.rs` holds the bindings, `keymap/help.rs` writes the help
//! screen and the status bar's hints from them, and this file maps key
//! presses and the mouse to actions, by which overlay has the keys.

mod help;
mod table;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};

pub use help::{HelpRow, KEYS_WIDTH, help_lines, help_page, hints};
pub use table::{Key, TABLE};

use crate::reader::action::Action;
use crate::reader::model::{Overlay, State};

fn matches(k: &Key, event: &KeyEvent) -> bool {
    let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
    let alt = event.modifiers.contains(KeyModifiers::ALT);
    // Shift is not compared: terminals differ in reporting it on letters,
    // and the character already says it all.
    k.code == event.code && k.ctrl == ctrl && k.alt == alt
}

/// The action for a key press: the overlay on top gets it first.
pub fn map_key(state: &State, event: KeyEvent) -> Option<Action> {
    let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
    // Alt-letters are commands (or a fast Esc and a key), never text typed.
    let alt = event.modifiers.contains(KeyModifiers::ALT);
    if ctrl && event.code == KeyCode::Char('c') {
        return Some(Action::Quit);
    }
    let typed = |c: char| (!ctrl && !alt).then_some(c);
    match state.overlays.top() {
        Some(Overlay::Search) => match event.code {
            KeyCode::Char(c) => typed(c).map(Action::SearchInput),
            KeyCode::Backspace => Some(Action::SearchBackspace),
            KeyCode::Enter => Some(Action::SearchConfirm),
            KeyCode::Esc => Some(Action::SearchCancel),
            _ => None,
        },
        Some(Overlay::Prompt(_)) => match event.code {
            KeyCode::Char(c) => typed(c).map(Action::Type),
            KeyCode::Backspace => Some(Action::Erase),
            KeyCode::Tab => Some(Action::Complete),
            KeyCode::Enter => Some(Action::Confirm),
            KeyCode::Esc => Some(Action::Close),
            _ => None,
        },
        Some(Overlay::Picker(_)) => match event.code {
            KeyCode::Char('n') if ctrl => Some(Action::Choose(1)),
            KeyCode::Char('p') if ctrl => Some(Action::Choose(-1)),
            KeyCode::Char(c) => typed(c).map(Action::Type),
            KeyCode::Down => Some(Action::Choose(1)),
            KeyCode::Up => Some(Action::Choose(-1)),
            KeyCode::PageDown => Some(Action::Choose(10)),
            KeyCode::PageUp => Some(Action::Choose(-10)),
            KeyCode::Backspace => Some(Action::Erase),
            KeyCode::Enter => Some(Action::Confirm),
            KeyCode::Esc => Some(Action::Close),
            _ => None,
        },
        Some(Overlay::Help(_)) => help_key(event, ctrl || alt),
        Some(Overlay::Compare(_)) => {
            if ctrl || alt {
                return None;
            }
            match event.code {
                // Not text here: q and Esc close the view, ? shows its keys.
                KeyCode::Char('q') => Some(Action::Close),
                KeyCode::Char('?') => Some(Action::ToggleHelp),
                _ => crate::reader::compare::map_key(event).map(Action::Compare),
            }
        }
        None => TABLE
            .iter()
            .find(|b| b.keys.iter().any(|k| matches(k, &event)))
            .map(|b| b.action.clone()),
    }
}

/// Keys over the help screen: it scrolls, and q, ? and Esc close it.
fn help_key(event: KeyEvent, modified: bool) -> Option<Action> {
    if modified {
        return None;
    }
    match event.code {
        KeyCode::Char('q' | '?') | KeyCode::Esc => Some(Action::Close),
        KeyCode::Char('j') | KeyCode::Down => Some(Action::Scroll(1)),
        KeyCode::Char('k') | KeyCode::Up => Some(Action::Scroll(-1)),
        KeyCode::Char(' ') | KeyCode::PageDown => Some(Action::Page(1)),
        KeyCode::Char('b') | KeyCode::PageUp => Some(Action::Page(-1)),
        KeyCode::Char('g') | KeyCode::Home => Some(Action::Top),
        KeyCode::Char('G') | KeyCode::End => Some(Action::Bottom),
        _ => None,
    }
}

pub fn map_mouse(_state: &State, mouse: MouseEvent) -> Option<Action> {
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
