//! The reader's key table: every binding with its group, the label and
//! text the help screen shows, and the action it sends.

use std::sync::LazyLock;

use crossterm::event::KeyCode;

use crate::reader::action::Action;

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
