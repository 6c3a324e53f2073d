//! Keys to actions: one table, which also writes the help screen, so help
//! can never drift from what the keys do.

use std::sync::LazyLock;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};

use super::action::Action;
use super::state::State;

/// A key with its modifiers (Shift is folded into the character).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
    pub alt: bool,
}

const fn key(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        ctrl: false,
        alt: false,
    }
}

const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        ctrl: true,
        alt: false,
    }
}

const fn code(code: KeyCode) -> Key {
    Key {
        code,
        ctrl: false,
        alt: false,
    }
}

const fn alt(code: KeyCode) -> Key {
    Key {
        code,
        ctrl: false,
        alt: true,
    }
}

pub struct Binding {
    pub group: &'static str,
    pub keys: Vec<Key>,
    /// How the help screen writes the keys; empty hides the row.
    pub label: &'static str,
    pub help: &'static str,
    pub action: Action,
}

fn bind(
    group: &'static str,
    keys: &[Key],
    label: &'static str,
    help: &'static str,
    action: Action,
) -> Binding {
    Binding {
        group,
        keys: keys.to_vec(),
        label,
        help,
        action,
    }
}

/// The reader's keys, grouped as the help screen shows them.
pub static TABLE: LazyLock<Vec<Binding>> = LazyLock::new(|| {
    let mut t = vec![
        bind(
            "Move",
            &[key('j'), code(KeyCode::Down)],
            "j ↓",
            "down a line",
            Action::Scroll(1),
        ),
        bind(
            "Move",
            &[key('k'), code(KeyCode::Up)],
            "k ↑",
            "up a line",
            Action::Scroll(-1),
        ),
        bind(
            "Move",
            &[ctrl('d')],
            "Ctrl-d",
            "down half a page",
            Action::HalfPage(1),
        ),
        bind(
            "Move",
            &[ctrl('u')],
            "Ctrl-u",
            "up half a page",
            Action::HalfPage(-1),
        ),
        bind(
            "Move",
            &[key(' '), code(KeyCode::PageDown), ctrl('f')],
            "Space PgDn",
            "down a page",
            Action::Page(1),
        ),
        bind(
            "Move",
            &[key('b'), code(KeyCode::PageUp), ctrl('b')],
            "b PgUp",
            "up a page",
            Action::Page(-1),
        ),
        bind(
            "Move",
            &[key('g'), code(KeyCode::Home)],
            "g Home",
            "top",
            Action::Top,
        ),
        bind(
            "Move",
            &[key('G'), code(KeyCode::End)],
            "G End",
            "bottom",
            Action::Bottom,
        ),
        bind(
            "Sections",
            &[key(']')],
            "]",
            "next section",
            Action::NextSection,
        ),
        bind(
            "Sections",
            &[key('[')],
            "[",
            "previous section",
            Action::PrevSection,
        ),
    ];
    for n in 1..=9u8 {
        let label = if n == 1 { "1 … 9" } else { "" };
        t.push(bind(
            "Sections",
            &[key(char::from(b'0' + n))],
            label,
            "section N to the top",
            Action::GoToSection(usize::from(n)),
        ));
    }
    t.extend([
        bind(
            "Panes",
            &[key('t')],
            "t",
            "contents (Enter jumps to the entry)",
            Action::ToggleContents,
        ),
        bind(
            "Panes",
            &[key('p')],
            "p",
            "positions panel",
            Action::TogglePositions,
        ),
        bind(
            "Panes",
            &[key('f')],
            "f",
            "positions follow the reading (on/off)",
            Action::ToggleFollow,
        ),
        bind(
            "Panes",
            &[code(KeyCode::Tab)],
            "Tab",
            "focus the next pane",
            Action::FocusNext,
        ),
        bind(
            "Panes",
            &[code(KeyCode::BackTab)],
            "Shift-Tab",
            "focus the previous pane",
            Action::FocusPrev,
        ),
        bind(
            "Panes",
            &[code(KeyCode::Enter)],
            "Enter",
            "open the selected entry",
            Action::Activate,
        ),
        bind(
            "Panes",
            &[key('c')],
            "c",
            "compare view: topics x parties",
            Action::OpenCompare,
        ),
        bind(
            "Panes",
            &[key('D')],
            "D",
            "mark what changed since another briefing",
            Action::PickAgainst,
        ),
        bind(
            "Open",
            &[key('o')],
            "o",
            "the library: pick a briefing",
            Action::OpenPicker,
        ),
        bind(
            "Open",
            &[key(':')],
            ":",
            "open a path (Tab completes)",
            Action::OpenPrompt,
        ),
        bind(
            "Open",
            &[code(KeyCode::Backspace), alt(KeyCode::Left)],
            "Bksp Alt-←",
            "back to the previous briefing",
            Action::Back,
        ),
        bind(
            "Open",
            &[alt(KeyCode::Right)],
            "Alt-→",
            "forward again",
            Action::Forward,
        ),
        bind(
            "Open",
            &[key('e')],
            "e",
            "edit the file in $VISUAL or $EDITOR",
            Action::Edit,
        ),
        bind(
            "Search",
            &[key('/')],
            "/",
            "search (Enter keeps it, Esc drops it)",
            Action::SearchStart,
        ),
        bind("Search", &[key('n')], "n", "next match", Action::SearchNext),
        bind(
            "Search",
            &[key('N')],
            "N",
            "previous match",
            Action::SearchPrev,
        ),
        bind("Other", &[key('?')], "?", "this help", Action::ToggleHelp),
        bind(
            "Other",
            &[code(KeyCode::Esc)],
            "Esc",
            "close an overlay, clear the search",
            Action::Close,
        ),
        bind(
            "Other",
            &[key('r')],
            "r",
            "reload from disk, keeping the place",
            Action::Reload,
        ),
        bind(
            "Other",
            &[ctrl('z')],
            "Ctrl-z",
            "suspend (fg resumes)",
            Action::Suspend,
        ),
        bind(
            "Other",
            &[key('q'), ctrl('c')],
            "q Ctrl-c",
            "quit",
            Action::Quit,
        ),
    ]);
    t
});

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
        && let Some(action) = super::compare::map_key(event)
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

/// The help screen's rows: a group title, then `(keys, what they do)`.
pub fn help_lines() -> Vec<(Option<&'static str>, &'static str, &'static str)> {
    let mut rows = Vec::new();
    let mut group = "";
    for b in TABLE.iter().filter(|b| !b.label.is_empty()) {
        if b.group != group {
            group = b.group;
            rows.push((Some(group), "", ""));
        }
        rows.push((None, b.label, b.help));
    }
    rows.push((Some("Compare view"), "", ""));
    rows.extend(super::compare::keys::help().map(|(keys, what)| (None, keys, what)));
    rows
}

/// Short key hints for the status bar, by focused pane.
pub fn hints(state: &State) -> &'static str {
    use super::state::Pane;
    if state.search.editing {
        return "Enter keep · Esc drop";
    }
    if state.compare.is_some() {
        // The compare view shows its own keys above the status bar.
        return "? help · q quit";
    }
    match state.focus {
        Pane::Contents => "j/k move · Enter jump · Tab focus · ? help",
        Pane::Positions => "j/k scroll · Tab focus · p panel · ? help",
        Pane::Reading => "1-9 section · / search · c compare · o library · ? help",
    }
}
