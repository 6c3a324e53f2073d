//! The compare view's keys: one table that maps them and writes their help,
//! so the help screen can never drift from what the keys do.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::update::CompareAction;

/// What a binding does: a fixed action, or a digit that names a column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Does {
    Act(CompareAction),
    ToggleDigit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Binding {
    pub keys: &'static [KeyCode],
    /// How help writes the keys.
    pub label: &'static str,
    pub help: &'static str,
    pub does: Does,
}

const fn bind(
    keys: &'static [KeyCode],
    label: &'static str,
    help: &'static str,
    action: CompareAction,
) -> Binding {
    Binding {
        keys,
        label,
        help,
        does: Does::Act(action),
    }
}

const DIGITS: &[KeyCode] = &[
    KeyCode::Char('1'),
    KeyCode::Char('2'),
    KeyCode::Char('3'),
    KeyCode::Char('4'),
    KeyCode::Char('5'),
    KeyCode::Char('6'),
    KeyCode::Char('7'),
    KeyCode::Char('8'),
    KeyCode::Char('9'),
];

pub const BINDINGS: &[Binding] = &[
    bind(
        &[KeyCode::Char('h'), KeyCode::Left],
        "h ←",
        "the cell to the left",
        CompareAction::Left,
    ),
    bind(
        &[KeyCode::Char('l'), KeyCode::Right],
        "l →",
        "the cell to the right",
        CompareAction::Right,
    ),
    bind(
        &[KeyCode::Char('k'), KeyCode::Up],
        "k ↑",
        "the topic above",
        CompareAction::Up,
    ),
    bind(
        &[KeyCode::Char('j'), KeyCode::Down],
        "j ↓",
        "the topic below",
        CompareAction::Down,
    ),
    bind(
        &[KeyCode::Char(' '), KeyCode::PageDown],
        "Space PgDn",
        "a page of topics down",
        CompareAction::PageDown,
    ),
    bind(
        &[KeyCode::Char('b'), KeyCode::PageUp],
        "b PgUp",
        "a page of topics up",
        CompareAction::PageUp,
    ),
    bind(
        &[KeyCode::Enter],
        "Enter",
        "open the cell: whole text and source",
        CompareAction::Open,
    ),
    bind(
        &[KeyCode::Char('d')],
        "d",
        "next topic with divergence",
        CompareAction::NextDivergent,
    ),
    Binding {
        keys: DIGITS,
        label: "1 … 9",
        help: "hide or show party column N",
        does: Does::ToggleDigit,
    },
    bind(
        &[KeyCode::Char('s')],
        "s",
        "sort by verdict (again: back to file order)",
        CompareAction::SortByVerdict,
    ),
    bind(
        &[KeyCode::Esc],
        "Esc",
        "close the cell, else back to the reader",
        CompareAction::Close,
    ),
];

/// The help rows: keys as written, and what they do.
pub fn help() -> impl Iterator<Item = (&'static str, &'static str)> {
    BINDINGS.iter().map(|b| (b.label, b.help))
}

/// Short hints for a status or legend line.
pub const HINTS: &str = "Enter open · d next divergence · 1-9 columns · s sort · Esc back";

/// The compare view's action for a key, if it has one. Keys held with Ctrl
/// or Alt are never the view's, so the caller's Ctrl-c and Ctrl-z still work.
pub fn map_key(key: KeyEvent) -> Option<CompareAction> {
    if key
        .modifiers
        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
    {
        return None;
    }
    let binding = BINDINGS.iter().find(|b| b.keys.contains(&key.code))?;
    match binding.does {
        Does::Act(action) => Some(action),
        Does::ToggleDigit => match key.code {
            KeyCode::Char(c) => c
                .to_digit(10)
                .map(|d| CompareAction::ToggleParty(d as usize)),
            _ => None,
        },
    }
}
