//! Key names as a user writes them (`j`, `G`, `ctrl-d`, `alt-left`,
//! `shift-tab`, `pagedown`, `f5`, `ü`) and as help shows them (`Ctrl-d`,
//! `Alt-←`, `PgDn`). One parser, one printer for each, and the one rule for
//! whether a key press is a key.

use std::fmt;
use std::str::FromStr;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::sanitize;

/// A key with its modifiers. Shift is folded into a character (`G`, not
/// `shift-g`) and into Tab (`shift-tab` is the back-tab key), so only keys
/// like `shift-left` keep it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub modifiers: KeyModifiers,
}

/// Keys with a name, as written in a keymap (lower case), then the other
/// names accepted for them.
const NAMED: &[(KeyCode, &str, &[&str])] = &[
    (KeyCode::Enter, "enter", &["return"]),
    (KeyCode::Esc, "esc", &["escape"]),
    (KeyCode::Tab, "tab", &[]),
    (KeyCode::BackTab, "backtab", &[]),
    (KeyCode::Backspace, "backspace", &["bksp"]),
    (KeyCode::Char(' '), "space", &[]),
    (KeyCode::Up, "up", &[]),
    (KeyCode::Down, "down", &[]),
    (KeyCode::Left, "left", &[]),
    (KeyCode::Right, "right", &[]),
    (KeyCode::Home, "home", &[]),
    (KeyCode::End, "end", &[]),
    (KeyCode::PageUp, "pageup", &["pgup", "page_up", "page-up"]),
    (
        KeyCode::PageDown,
        "pagedown",
        &["pgdn", "page_down", "page-down"],
    ),
    (KeyCode::Insert, "insert", &["ins"]),
    (KeyCode::Delete, "delete", &["del"]),
];

const MODIFIERS: &[(&str, KeyModifiers)] = &[
    ("ctrl", KeyModifiers::CONTROL),
    ("alt", KeyModifiers::ALT),
    ("shift", KeyModifiers::SHIFT),
];

/// Why a key name could not be read, said to the person who wrote it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyError {
    pub message: String,
    /// The nearest name brief knows, when one is close.
    pub suggestion: Option<String>,
}

impl fmt::Display for KeyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)?;
        if let Some(s) = &self.suggestion {
            write!(f, "; did you mean `{s}`?")?;
        }
        Ok(())
    }
}

impl std::error::Error for KeyError {}

fn error(message: String) -> KeyError {
    KeyError {
        message,
        suggestion: None,
    }
}

impl Key {
    pub const fn new(code: KeyCode, modifiers: KeyModifiers) -> Key {
        Key { code, modifiers }
    }

    /// The key a press stands for, by the same rules the parser uses, so a
    /// press and a name compare equal. Terminals differ in reporting Shift
    /// with a character (the character already says it), and modifiers
    /// brief does not bind (Super, Meta) are left out.
    pub fn of(event: KeyEvent) -> Key {
        let mut modifiers =
            event.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
        if matches!(event.code, KeyCode::Char(_) | KeyCode::BackTab) {
            modifiers.remove(KeyModifiers::SHIFT);
        }
        Key::new(event.code, modifiers)
    }

    /// A plain character, with no Ctrl or Alt: what a text field types.
    pub fn typed(self) -> Option<char> {
        match self.code {
            KeyCode::Char(c)
                if !self
                    .modifiers
                    .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
            {
                Some(c)
            }
            _ => None,
        }
    }

    /// How help and hint lines show the key: `Ctrl-d`, `Alt-←`, `PgDn`, `G`.
    pub fn label(self) -> String {
        let mut out = String::new();
        for (name, m) in [
            ("Ctrl-", KeyModifiers::CONTROL),
            ("Alt-", KeyModifiers::ALT),
            ("Shift-", KeyModifiers::SHIFT),
        ] {
            if self.modifiers.contains(m) {
                out.push_str(name);
            }
        }
        match self.code {
            KeyCode::Char(' ') => out.push_str("Space"),
            KeyCode::Char(c) => out.push(c),
            KeyCode::Up => out.push('↑'),
            KeyCode::Down => out.push('↓'),
            KeyCode::Left => out.push('←'),
            KeyCode::Right => out.push('→'),
            KeyCode::PageUp => out.push_str("PgUp"),
            KeyCode::PageDown => out.push_str("PgDn"),
            KeyCode::Backspace => out.push_str("Bksp"),
            KeyCode::BackTab => out.push_str("Shift-Tab"),
            KeyCode::Enter => out.push_str("Enter"),
            KeyCode::Esc => out.push_str("Esc"),
            KeyCode::Tab => out.push_str("Tab"),
            KeyCode::Home => out.push_str("Home"),
            KeyCode::End => out.push_str("End"),
            KeyCode::Insert => out.push_str("Ins"),
            KeyCode::Delete => out.push_str("Del"),
            KeyCode::F(n) => out.push_str(&format!("F{n}")),
            _ => out.push('?'),
        }
        out
    }
}

/// The name a keymap file uses: parsing it gives the same key back.
impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (name, m) in MODIFIERS {
            if self.modifiers.contains(*m) {
                write!(f, "{name}-")?;
            }
        }
        if self.code == KeyCode::BackTab {
            return f.write_str("shift-tab");
        }
        if let Some((_, name, _)) = NAMED.iter().find(|(code, _, _)| *code == self.code) {
            return f.write_str(name);
        }
        match self.code {
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::F(n) => write!(f, "f{n}"),
            _ => f.write_str("?"),
        }
    }
}

impl FromStr for Key {
    type Err = KeyError;

    fn from_str(text: &str) -> Result<Key, KeyError> {
        parse(text)
    }
}

/// Read a key name: modifiers (`ctrl-`, `alt-`, `shift-`, any case) before
/// one character or a key's name.
pub fn parse(text: &str) -> Result<Key, KeyError> {
    let shown = sanitize::line(text);
    if text.is_empty() {
        return Err(error(
            "an empty key name: write a character, like \"j\", or a name, like \"enter\"".into(),
        ));
    }
    let mut modifiers = KeyModifiers::NONE;
    let mut rest = text;
    // `-` alone, or after a modifier, is the minus key itself.
    while let Some((head, tail)) = rest.split_once('-').filter(|(_, tail)| !tail.is_empty()) {
        let Some((_, m)) = MODIFIERS
            .iter()
            .find(|(name, _)| name.eq_ignore_ascii_case(head))
        else {
            if head.chars().count() <= 1 {
                // Not a modifier at all: `a-b` is a mistake, not two keys.
                break;
            }
            let names: Vec<&str> = MODIFIERS.iter().map(|(n, _)| *n).collect();
            return Err(KeyError {
                message: format!(
                    "`{shown}`: `{head}` is not a modifier; brief knows ctrl, alt and shift"
                ),
                suggestion: crate::load::suggest(head, &names).map(|s| format!("{s}-{tail}")),
            });
        };
        if modifiers.contains(*m) {
            return Err(error(format!("`{shown}` names `{head}` twice")));
        }
        modifiers |= *m;
        rest = tail;
    }
    let prefix = &text[..text.len() - rest.len()];
    let code = code(rest, prefix, &shown)?;
    fold(code, modifiers, &shown)
}

/// The key after the modifiers: one character, or a name.
fn code(rest: &str, prefix: &str, shown: &str) -> Result<KeyCode, KeyError> {
    let mut chars = rest.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_control() || sanitize::is_removed(c) || sanitize::is_combining(c) {
            return Err(error(format!(
                "`{}` is not a key: write the key's name, like \"enter\" or \"tab\"",
                c.escape_unicode()
            )));
        }
        return Ok(KeyCode::Char(c));
    }
    let lower = rest.to_lowercase();
    if let Some((code, _, _)) = NAMED
        .iter()
        .find(|(_, name, also)| *name == lower || also.contains(&lower.as_str()))
    {
        return Ok(*code);
    }
    if let Some(n) = lower.strip_prefix('f').and_then(|n| n.parse::<u8>().ok()) {
        if (1..=24).contains(&n) {
            return Ok(KeyCode::F(n));
        }
        return Err(error(format!("`{shown}`: function keys go from f1 to f24")));
    }
    let mut names: Vec<&str> = NAMED.iter().map(|(_, name, _)| *name).collect();
    names.extend(NAMED.iter().flat_map(|(_, _, also)| also.iter().copied()));
    let suggestion = crate::load::suggest(&lower, &names).map(|near| {
        // Suggest the canonical name for an alias.
        NAMED
            .iter()
            .find(|(_, name, also)| *name == near || also.contains(&near))
            .map_or(near, |(_, name, _)| *name)
            .to_owned()
    });
    Err(KeyError {
        message: format!(
            "`{shown}` is not a key name: write one character, like \"j\" or \"?\", or a name, like \"enter\", \"pagedown\" or \"f5\""
        ),
        suggestion: suggestion.map(|s| format!("{prefix}{s}")),
    })
}

/// Shift goes into the character it makes and into Tab; Ctrl with a
/// capital letter is the small one, as terminals send it.
fn fold(code: KeyCode, mut modifiers: KeyModifiers, shown: &str) -> Result<Key, KeyError> {
    let code = match code {
        KeyCode::Char(c) if modifiers.contains(KeyModifiers::SHIFT) => {
            modifiers.remove(KeyModifiers::SHIFT);
            let mut upper = c.to_uppercase();
            match (upper.next(), upper.next()) {
                (Some(u), None) if u != c => KeyCode::Char(u),
                _ => {
                    return Err(error(format!(
                        "`{shown}`: write the character Shift makes, like \"G\" or \"!\", not shift- with it"
                    )));
                }
            }
        }
        KeyCode::Tab if modifiers.contains(KeyModifiers::SHIFT) => {
            modifiers.remove(KeyModifiers::SHIFT);
            KeyCode::BackTab
        }
        KeyCode::Char(c) if modifiers.contains(KeyModifiers::CONTROL) && c.is_ascii_uppercase() => {
            KeyCode::Char(c.to_ascii_lowercase())
        }
        other => other,
    };
    Ok(Key::new(code, modifiers))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(text: &str) -> Key {
        parse(text).unwrap_or_else(|e| panic!("{text}: {e}"))
    }

    fn press(code: KeyCode, modifiers: KeyModifiers) -> Key {
        Key::of(KeyEvent::new(code, modifiers))
    }

    #[test]
    fn names_read_as_the_keys_a_terminal_reports() {
        let none = KeyModifiers::NONE;
        assert_eq!(key("j"), press(KeyCode::Char('j'), none));
        assert_eq!(key("G"), press(KeyCode::Char('G'), KeyModifiers::SHIFT));
        assert_eq!(key("?"), press(KeyCode::Char('?'), KeyModifiers::SHIFT));
        assert_eq!(
            key("ctrl-d"),
            press(KeyCode::Char('d'), KeyModifiers::CONTROL)
        );
        assert_eq!(key("Ctrl-D"), key("ctrl-d"));
        assert_eq!(key("alt-left"), press(KeyCode::Left, KeyModifiers::ALT));
        assert_eq!(
            key("shift-tab"),
            press(KeyCode::BackTab, KeyModifiers::SHIFT)
        );
        assert_eq!(key("pagedown"), press(KeyCode::PageDown, none));
        assert_eq!(key("PgDn"), key("pagedown"));
        assert_eq!(key("enter"), press(KeyCode::Enter, none));
        assert_eq!(key("esc"), press(KeyCode::Esc, none));
        assert_eq!(key("space"), press(KeyCode::Char(' '), none));
        assert_eq!(key("f5"), press(KeyCode::F(5), none));
        assert_eq!(key("shift-g"), key("G"));
        assert_eq!(key("shift-left"), press(KeyCode::Left, KeyModifiers::SHIFT));
        assert_eq!(key("-"), press(KeyCode::Char('-'), none));
        assert_eq!(
            key("ctrl--"),
            press(KeyCode::Char('-'), KeyModifiers::CONTROL)
        );
    }

    #[test]
    fn characters_of_other_layouts_are_keys() {
        assert_eq!(key("ü"), press(KeyCode::Char('ü'), KeyModifiers::NONE));
        assert_eq!(key("é"), press(KeyCode::Char('é'), KeyModifiers::NONE));
        assert_eq!(key("shift-ü"), key("Ü"));
        assert_eq!(key("alt-ж"), press(KeyCode::Char('ж'), KeyModifiers::ALT));
        assert_eq!(key("ü").label(), "ü");
    }

    #[test]
    fn every_name_prints_back_to_itself() {
        for text in [
            "j",
            "G",
            "?",
            "ctrl-d",
            "alt-left",
            "shift-tab",
            "pagedown",
            "enter",
            "esc",
            "space",
            "f5",
            "ü",
            "é",
            "-",
            "ctrl--",
            "shift-left",
            "ctrl-alt-x",
            "backspace",
            "f24",
        ] {
            assert_eq!(key(text).to_string(), text);
        }
        assert_eq!(key("PgUp").to_string(), "pageup");
        assert_eq!(key("Escape").to_string(), "esc");
    }

    #[test]
    fn labels_are_what_help_shows() {
        assert_eq!(key("ctrl-d").label(), "Ctrl-d");
        assert_eq!(key("alt-left").label(), "Alt-←");
        assert_eq!(key("shift-tab").label(), "Shift-Tab");
        assert_eq!(key("pagedown").label(), "PgDn");
        assert_eq!(key("space").label(), "Space");
        assert_eq!(key("backspace").label(), "Bksp");
    }

    #[test]
    fn mistakes_say_what_is_wrong_and_the_nearest_name() {
        let wrong = |text: &str| parse(text).err().unwrap_or_else(|| panic!("{text} parsed"));
        let e = wrong("pgdown");
        assert!(e.message.contains("not a key name"), "{e}");
        assert_eq!(e.suggestion.as_deref(), Some("pagedown"));
        let e = wrong("ctrl-entr");
        assert_eq!(e.suggestion.as_deref(), Some("ctrl-enter"));
        let e = wrong("ctlr-d");
        assert!(e.message.contains("not a modifier"), "{e}");
        assert_eq!(e.suggestion.as_deref(), Some("ctrl-d"));
        assert!(wrong("").message.contains("empty"));
        assert!(wrong("f25").message.contains("f1 to f24"));
        assert!(wrong("shift-1").message.contains("Shift makes"));
        assert!(wrong("ctrl-ctrl-d").message.contains("twice"));
        assert!(wrong("\u{1b}").message.contains("not a key"));
        assert!(!wrong("\u{1b}").to_string().contains('\u{1b}'));
        assert!(wrong("qq").suggestion.is_none(), "nothing near `qq`");
    }

    #[test]
    fn a_press_with_shift_on_a_character_is_the_character() {
        let shifted = press(KeyCode::Char('N'), KeyModifiers::SHIFT);
        assert_eq!(shifted, key("N"));
        assert_ne!(shifted, key("n"));
        assert_eq!(shifted.typed(), Some('N'));
        assert_eq!(key("ctrl-n").typed(), None);
    }
}
