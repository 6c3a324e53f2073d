//! Keys to actions: one table, which also writes the help screen.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseEvent};

use super::action::Action;
use super::state::State;

pub fn map_key(_state: &State, key: KeyEvent) -> Option<Action> {
    match (key.code, key.modifiers) {
        (KeyCode::Char('q'), _) => Some(Action::Quit),
        (KeyCode::Char('c'), KeyModifiers::CONTROL) => Some(Action::Quit),
        (KeyCode::Char('z'), KeyModifiers::CONTROL) => Some(Action::Suspend),
        _ => None,
    }
}

pub fn map_mouse(_state: &State, _mouse: MouseEvent) -> Option<Action> {
    None
}
