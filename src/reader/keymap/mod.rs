//! Keys to actions: one table, which also writes the help screen, so help
//! can never drift from what the keys do.
//!
//! `keymap/table.rs` holds the bindings, `keymap/help.rs` writes the help
//! screen and the status bar's hints from them, and this file maps key
//! presses and the mouse to actions, by which overlay has the keys.

mod help;
mod table;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};

pub use help::{help_lines, hints};
pub use table::{Binding, Key, TABLE};

use crate::reader::action::Action;
use crate::reader::model::State;

fn matches(k: &Key, event: &KeyEvent) -> bool {
    let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
    let alt = event.modifiers.contains(KeyModifiers::ALT);
    // Shift is not compared: terminals differ in reporting it on letters,
    // and the character already says it all.
    k.code == event.code && k.ctrl == ctrl && k.alt == alt
}

pub fn map_key(state: &State, event: KeyEvent) -> Option<Action> {
    let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
    // Alt-letters are commands (or a fast Esc and a key), never text typed.
    let alt = event.modifiers.contains(KeyModifiers::ALT);
    if state.search.editing {
        return match event.code {
            KeyCode::Char('c') if ctrl => Some(Action::Quit),
            KeyCode::Char(c) if !ctrl && !alt => Some(Action::SearchInput(c)),
            KeyCode::Backspace => Some(Action::SearchBackspace),
            KeyCode::Enter => Some(Action::SearchConfirm),
            KeyCode::Esc => Some(Action::SearchCancel),
            _ => None,
        };
    }
    if state.prompt.is_some() {
        return match event.code {
            KeyCode::Char('c') if ctrl => Some(Action::Quit),
            KeyCode::Char(c) if !ctrl && !alt => Some(Action::Type(c)),
            KeyCode::Backspace => Some(Action::Erase),
            KeyCode::Tab => Some(Action::Complete),
            KeyCode::Enter => Some(Action::Confirm),
            KeyCode::Esc => Some(Action::Close),
            _ => None,
        };
    }
    if state.compare.is_some()
        && state.help.is_none()
        && let Some(action) = crate::reader::compare::map_key(event)
    {
        return Some(Action::Compare(action));
    }
    if state.picker.is_some() {
        return match event.code {
            KeyCode::Char('c') if ctrl => Some(Action::Quit),
            KeyCode::Char('n') if ctrl => Some(Action::Choose(1)),
            KeyCode::Char('p') if ctrl => Some(Action::Choose(-1)),
            KeyCode::Char(c) if !ctrl && !alt => Some(Action::Type(c)),
            KeyCode::Down => Some(Action::Choose(1)),
            KeyCode::Up => Some(Action::Choose(-1)),
            KeyCode::PageDown => Some(Action::Choose(10)),
            KeyCode::PageUp => Some(Action::Choose(-10)),
            KeyCode::Backspace => Some(Action::Erase),
            KeyCode::Enter => Some(Action::Confirm),
            KeyCode::Esc => Some(Action::Close),
            _ => None,
        };
    }
    if state.help.is_some() {
        // In help, q and ? close it rather than quitting.
        if matches!(event.code, KeyCode::Char('q' | '?')) && !ctrl {
            return Some(Action::Close);
        }
    }
    TABLE
        .iter()
        .find(|b| b.keys.iter().any(|k| matches(k, &event)))
        .map(|b| b.action.clone())
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
