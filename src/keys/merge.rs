//! A user's `[keys.MODE]` tables merged over a keymap, with a message for
//! each mistake at its line and column.

use std::ops::Range;

use strum::VariantArray;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::command::Command;
use super::key::{Key, parse};
use super::keymap::Keymap;
use super::mode::Mode;
use crate::load::{Diagnostic, suggest};

/// Mode names people reach for, and the mode each means.
const MODE_MEANT: &[(&str, &str)] = &[
    ("library", "picker"),
    ("normal", "reader"),
    ("pager", "reader"),
    ("open", "prompt"),
];

/// A mode's commands are listed in a message when there are no more than this.
const LISTED: usize = 12;

impl Keymap {
    /// Merge a config's `keys` value over this keymap: each
    /// `[keys.MODE] command = ["key", …]` replaces that command's keys, and
    /// `[]` unbinds it. A key given to a command is taken off the others of
    /// its mode. Returns a problem for each unknown mode, command or key name
    /// (with its place in `source` and a did-you-mean); what is wrong is left
    /// out and the rest is merged.
    pub fn merge(&mut self, keys: &Spanned<DeValue<'_>>, source: &str) -> Vec<Diagnostic> {
        let mut problems = Vec::new();
        let Some(modes) = keys.get_ref().as_table() else {
            let mut p =
                Diagnostic::new(source, Some(keys.span()), "`keys` must be a table of modes");
            p.push_note("write it as [keys.reader], then lines like quit = [\"q\", \"ctrl-c\"]");
            return vec![p];
        };
        for (name, value) in modes {
            let Some(mode) = Mode::from_name(name.get_ref()) else {
                problems.push(unknown_mode(source, name));
                continue;
            };
            let Some(table) = value.get_ref().as_table() else {
                let mut p = Diagnostic::new(
                    source,
                    Some(value.span()),
                    format!("[keys.{}] must be a table of commands", mode.name()),
                );
                p.push_note("write lines like quit = [\"q\", \"ctrl-c\"] under it");
                problems.push(p);
                continue;
            };
            self.merge_mode(mode, table, source, &mut problems);
        }
        problems
    }

    fn merge_mode(
        &mut self,
        mode: Mode,
        table: &DeTable<'_>,
        source: &str,
        problems: &mut Vec<Diagnostic>,
    ) {
        // The keys this file gives in this mode, to catch one key given twice.
        let mut given: Vec<(Key, Command)> = Vec::new();
        for (name, value) in table {
            let Some(command) = Command::from_name(name.get_ref()).filter(|&c| mode.has(c)) else {
                problems.push(unknown_command(source, mode, name));
                continue;
            };
            let Some(keys) = key_list(value, source, problems) else {
                continue;
            };
            let mut clash = false;
            for (key, span) in &keys {
                if let Some((_, other)) = given.iter().find(|(k, c)| k == key && *c != command) {
                    let mut p = Diagnostic::new(
                        source,
                        Some(span.clone()),
                        format!(
                            "`{key}` is given to both `{}` and `{}` in [keys.{}]",
                            other.name(),
                            command.name(),
                            mode.name()
                        ),
                    );
                    p.push_note("a key does one thing in a mode: keep it for one of them");
                    problems.push(p);
                    clash = true;
                }
            }
            if clash {
                continue;
            }
            let mut unique: Vec<Key> = Vec::new();
            for (key, _) in keys {
                if !unique.contains(&key) {
                    unique.push(key);
                }
            }
            given.extend(unique.iter().map(|&k| (k, command)));
            self.bind(mode, command, &unique);
        }
    }

    /// Merge the `keys` table of a whole TOML document, ignoring its other
    /// keys; a document that is not TOML is one problem.
    pub fn merge_document(&mut self, source: &str) -> Vec<Diagnostic> {
        match toml::de::DeTable::parse(source) {
            Ok(root) => root
                .get_ref()
                .iter()
                .find(|(k, _)| k.get_ref() == "keys")
                .map(|(_, keys)| self.merge(keys, source))
                .unwrap_or_default(),
            Err(e) => vec![Diagnostic::new(
                source,
                e.span(),
                format!("invalid TOML: {}", e.message().trim_end()),
            )],
        }
    }
}

/// The keys of one command, each with its place; `None` after reporting
/// any that is wrong, so a half-read list never replaces the old keys.
fn key_list(
    value: &Spanned<DeValue<'_>>,
    source: &str,
    problems: &mut Vec<Diagnostic>,
) -> Option<Vec<(Key, Range<usize>)>> {
    let items: Vec<&Spanned<DeValue<'_>>> = match value.get_ref() {
        DeValue::Array(items) => items.iter().collect(),
        // One key may be written without the brackets.
        DeValue::String(_) => vec![value],
        _ => {
            let mut p = Diagnostic::new(source, Some(value.span()), "keys are a list of key names");
            p.push_note("write them like [\"q\", \"ctrl-c\"]; [] unbinds the command");
            problems.push(p);
            return None;
        }
    };
    let before = problems.len();
    let mut keys = Vec::new();
    for item in items {
        let Some(text) = item.get_ref().as_str() else {
            let mut p = Diagnostic::new(source, Some(item.span()), "a key name is a string");
            p.push_note("put it in quotes, like \"1\" or \"enter\"");
            problems.push(p);
            continue;
        };
        match parse(text) {
            Ok(key) => keys.push((key, item.span())),
            Err(e) => {
                let mut p = Diagnostic::new(source, Some(item.span()), e.message);
                if let Some(near) = e.suggestion {
                    p.push_note(format!("did you mean \"{near}\"?"));
                }
                problems.push(p);
            }
        }
    }
    (problems.len() == before).then_some(keys)
}

fn unknown_mode(source: &str, name: &Spanned<std::borrow::Cow<'_, str>>) -> Diagnostic {
    let word = name.get_ref().as_ref();
    let names: Vec<&str> = Mode::VARIANTS.iter().map(|m| m.name()).collect();
    let mut p = Diagnostic::new(
        source,
        Some(name.span()),
        format!("`{word}` is not a mode of keys"),
    );
    let meant = MODE_MEANT
        .iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(word))
        .map(|(_, m)| *m);
    if let Some(near) = meant.or_else(|| suggest(word, &names)) {
        p.push_note(format!("did you mean `{near}`?"));
    }
    p.push_note(format!("the modes are {}", names.join(", ")));
    p
}

fn unknown_command(
    source: &str,
    mode: Mode,
    name: &Spanned<std::borrow::Cow<'_, str>>,
) -> Diagnostic {
    let word = name.get_ref().as_ref();
    let table = format!("[keys.{}]", mode.name());
    if let Some(command) = Command::from_name(word) {
        let elsewhere: Vec<String> = command
            .modes()
            .map(|m| format!("[keys.{}]", m.name()))
            .collect();
        let mut p = Diagnostic::new(
            source,
            Some(name.span()),
            format!("`{word}` is not a command of {table}"),
        );
        p.push_note(format!("it works in {}", elsewhere.join(", ")));
        return p;
    }
    let names: Vec<&str> = mode.commands().map(Command::name).collect();
    let mut p = Diagnostic::new(
        source,
        Some(name.span()),
        format!("`{word}` is not a command of {table}"),
    );
    if let Some(near) = suggest(&word.replace(['-', ' '], "_"), &names) {
        p.push_note(format!("did you mean `{near}`?"));
    }
    if names.len() <= LISTED {
        p.push_note(format!("its commands are {}", names.join(", ")));
    } else {
        p.push_note("`brief config print` lists every command of every mode");
    }
    p
}

#[cfg(test)]
mod tests {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    use super::*;

    fn merged(text: &str) -> (Keymap, Vec<Diagnostic>) {
        let mut map = Keymap::defaults();
        let problems = map.merge_document(text);
        (map, problems)
    }

    fn press(c: char) -> KeyEvent {
        KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
    }

    #[test]
    fn a_remapped_quit_leaves_q_free() {
        let (map, problems) = merged("[keys.reader]\nquit = [\"x\"]\n");
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(map.command(Mode::Reader, press('x')), Some(Command::Quit));
        assert_eq!(map.command(Mode::Reader, press('q')), None);
        assert_eq!(map.quit_problem(), None);
    }

    #[test]
    fn an_empty_list_unbinds_and_a_lone_string_is_one_key() {
        let (map, problems) = merged("[keys.reader]\nquit = []\nreload = \"R\"\n");
        assert!(problems.is_empty(), "{problems:?}");
        assert!(map.keys(Mode::Reader, Command::Quit).is_empty());
        assert!(map.quit_problem().is_some());
        assert_eq!(map.command(Mode::Reader, press('R')), Some(Command::Reload));
        assert_eq!(map.command(Mode::Reader, press('r')), None);
    }

    #[test]
    fn a_key_taken_by_another_command_moves_to_it() {
        let (map, problems) = merged("[keys.reader]\nquit = [\"j\"]\n");
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(map.command(Mode::Reader, press('j')), Some(Command::Quit));
        assert_eq!(
            map.keys(Mode::Reader, Command::ScrollDown).len(),
            1,
            "↓ stays"
        );
    }

    fn only(text: &str) -> Diagnostic {
        let (_, mut problems) = merged(text);
        assert_eq!(problems.len(), 1, "{problems:?}");
        problems.remove(0)
    }

    #[test]
    fn mistakes_are_placed_and_suggest_the_nearest_name() {
        let p = only("[keys.reeder]\nquit = [\"x\"]\n");
        assert_eq!((p.line, p.column), (Some(1), Some(7)));
        assert!(
            p.notes.contains(&"did you mean `reader`?".to_owned()),
            "{p:?}"
        );

        let p = only("[keys.reader]\nqiut = [\"x\"]\n");
        assert_eq!((p.line, p.column), (Some(2), Some(1)));
        assert!(
            p.notes.contains(&"did you mean `quit`?".to_owned()),
            "{p:?}"
        );

        let p = only("[keys.search]\nnext_section = [\"x\"]\n");
        assert!(
            p.message.contains("not a command of [keys.search]"),
            "{p:?}"
        );
        assert!(p.notes.iter().any(|n| n.contains("[keys.reader]")), "{p:?}");

        let p = only("[keys.reader]\nquit = [\"q\", \"ctlr-c\"]\n");
        assert_eq!((p.line, p.column), (Some(2), Some(14)));
        assert!(
            p.notes.contains(&"did you mean \"ctrl-c\"?".to_owned()),
            "{p:?}"
        );
        assert!(p.snippet.as_deref().is_some_and(|s| s.contains('^')));

        let (map, _) = merged("[keys.reader]\nquit = [\"x\", \"ctlr-c\"]\n");
        assert_eq!(
            map,
            Keymap::defaults(),
            "a list with a wrong key is left out whole"
        );

        let p = only("[keys.reader]\nquit = 5\n");
        assert!(p.message.contains("list of key names"), "{p:?}");

        let p = only("[keys.reader]\nquit = [\"x\"]\nreload = [\"x\"]\n");
        assert_eq!(p.line, Some(3));
        assert!(p.message.contains("both `quit` and `reload`"), "{p:?}");

        let p = only("[keys.library]\n");
        assert!(
            p.notes.contains(&"did you mean `picker`?".to_owned()),
            "{p:?}"
        );

        let p = only("keys = 3\n");
        assert!(p.message.contains("table of modes"), "{p:?}");
    }
}
