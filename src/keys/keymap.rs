//! The keys of every mode, as one value: what a key press does, which keys
//! a command has, and the short hint lines built from them.

use crossterm::event::{KeyCode, KeyEvent};
use strum::VariantArray;

use super::command::Command;
use super::key::Key;
use super::mode::Mode;

/// Every mode's commands with their keys. Built from `assets/keymap.toml`
/// ([`Keymap::defaults`]) and a user's `[keys.MODE]` tables merged over it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keymap {
    /// One list a mode, in [`Mode::VARIANTS`] order: each command the mode
    /// has, in help's order, with its keys (none: unbound).
    modes: Vec<Vec<(Command, Vec<Key>)>>,
}

/// One part of a hint line: the first key of each command, and a word for
/// what they do (`j/k move`, `1-9 section`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hint {
    pub commands: &'static [Command],
    pub word: &'static str,
}

impl Hint {
    pub const fn new(commands: &'static [Command], word: &'static str) -> Hint {
        Hint { commands, word }
    }
}

fn index(mode: Mode) -> usize {
    Mode::VARIANTS.iter().position(|&m| m == mode).unwrap_or(0)
}

impl Default for Keymap {
    fn default() -> Keymap {
        Keymap::defaults()
    }
}

impl Keymap {
    /// Every mode with its commands and no keys at all.
    pub fn empty() -> Keymap {
        Keymap {
            modes: Mode::VARIANTS
                .iter()
                .map(|m| m.commands().map(|c| (c, Vec::new())).collect())
                .collect(),
        }
    }

    fn slots(&self, mode: Mode) -> &[(Command, Vec<Key>)] {
        self.modes.get(index(mode)).map_or(&[], Vec::as_slice)
    }

    /// The command `key` is bound to in `mode`.
    pub fn command_for(&self, mode: Mode, key: Key) -> Option<Command> {
        self.slots(mode)
            .iter()
            .find(|(_, keys)| keys.contains(&key))
            .map(|&(c, _)| c)
    }

    /// The command a key press stands for in `mode`, if it is bound.
    pub fn command(&self, mode: Mode, event: KeyEvent) -> Option<Command> {
        self.command_for(mode, Key::of(event))
    }

    /// The keys of `command` in `mode`, first the one hints show.
    pub fn keys(&self, mode: Mode, command: Command) -> &[Key] {
        self.slots(mode)
            .iter()
            .find(|(c, _)| *c == command)
            .map_or(&[], |(_, keys)| keys.as_slice())
    }

    /// Every command of `mode` that has a key, with its keys, in help's order.
    pub fn bindings(&self, mode: Mode) -> impl Iterator<Item = (Command, &[Key])> {
        self.slots(mode)
            .iter()
            .filter(|(_, keys)| !keys.is_empty())
            .map(|(c, keys)| (*c, keys.as_slice()))
    }

    /// Give `command` these keys in `mode` (none: unbound), taking them off
    /// any other command of the mode. False when the mode has no such command.
    pub fn bind(&mut self, mode: Mode, command: Command, keys: &[Key]) -> bool {
        let Some(slots) = self.modes.get_mut(index(mode)) else {
            return false;
        };
        if !slots.iter().any(|(c, _)| *c == command) {
            return false;
        }
        for (c, old) in slots.iter_mut() {
            if *c == command {
                *old = keys.to_vec();
            } else {
                old.retain(|k| !keys.contains(k));
            }
        }
        true
    }

    /// A hint line for `mode`: `KEYS word · KEYS word`, each part with the
    /// first key of its commands; parts with no key bound are left out.
    pub fn hint(&self, mode: Mode, parts: &[Hint]) -> String {
        parts
            .iter()
            .filter_map(|part| {
                let firsts: Vec<Key> = part
                    .commands
                    .iter()
                    .filter_map(|&c| self.keys(mode, c).first().copied())
                    .collect();
                if firsts.is_empty() {
                    return None;
                }
                let keys = match run_of_characters(&firsts) {
                    Some((a, b)) if firsts.len() == part.commands.len() && firsts.len() > 2 => {
                        format!("{a}-{b}")
                    }
                    _ => firsts
                        .iter()
                        .map(|k| k.label())
                        .collect::<Vec<_>>()
                        .join("/"),
                };
                Some(format!("{keys} {}", part.word))
            })
            .collect::<Vec<_>>()
            .join(" · ")
    }

    /// What is wrong when nothing quits the reader: brief refuses a keymap
    /// that would trap its user.
    pub fn quit_problem(&self) -> Option<String> {
        self.keys(Mode::Reader, Command::Quit).is_empty().then(|| {
            "no key quits the reader: give [keys.reader] a key to quit, as in quit = [\"q\", \"ctrl-c\"]"
                .to_owned()
        })
    }
}

/// The first and last of keys that are consecutive plain characters
/// (`1`, `2`, … `9`), which hints and help write as one run.
pub fn run_of_characters(keys: &[Key]) -> Option<(char, char)> {
    let chars: Vec<char> = keys
        .iter()
        .map(|k| match k.code {
            KeyCode::Char(c) if k.modifiers.is_empty() => Some(c),
            _ => None,
        })
        .collect::<Option<_>>()?;
    let consecutive = chars
        .windows(2)
        .all(|w| u32::from(w[0]) + 1 == u32::from(w[1]));
    match (chars.first(), chars.last()) {
        (Some(&a), Some(&b)) if consecutive => Some((a, b)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crossterm::event::KeyModifiers;

    use super::*;

    fn key(text: &str) -> Key {
        super::super::key::parse(text).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn binding_a_key_takes_it_off_the_command_that_had_it() {
        let mut map = Keymap::empty();
        assert!(map.bind(Mode::Reader, Command::ScrollDown, &[key("j"), key("down")]));
        assert!(map.bind(Mode::Reader, Command::Quit, &[key("j")]));
        assert_eq!(map.keys(Mode::Reader, Command::ScrollDown), [key("down")]);
        let j = KeyEvent::new(KeyCode::Char('j'), KeyModifiers::NONE);
        assert_eq!(map.command(Mode::Reader, j), Some(Command::Quit));
        assert_eq!(map.command(Mode::Help, j), None, "modes are apart");
        assert!(!map.bind(Mode::Search, Command::NextSection, &[key("x")]));
    }

    const PARTS: &[Hint] = &[
        Hint::new(&[Command::ScrollDown, Command::ScrollUp], "move"),
        Hint::new(
            &[Command::Section1, Command::Section2, Command::Section3],
            "section",
        ),
        Hint::new(&[Command::Help], "help"),
    ];

    #[test]
    fn hints_show_first_keys_and_runs_and_skip_what_is_unbound() {
        let mut map = Keymap::empty();
        map.bind(Mode::Reader, Command::ScrollDown, &[key("j"), key("down")]);
        map.bind(Mode::Reader, Command::ScrollUp, &[key("k")]);
        let digits = [Command::Section1, Command::Section2, Command::Section3];
        for (i, c) in digits.iter().enumerate() {
            map.bind(Mode::Reader, *c, &[key(&(i + 1).to_string())]);
        }
        assert_eq!(map.hint(Mode::Reader, PARTS), "j/k move · 1-3 section");
    }

    #[test]
    fn a_keymap_with_no_way_to_quit_is_named() {
        let mut map = Keymap::empty();
        assert!(map.quit_problem().is_some());
        map.bind(Mode::Reader, Command::Quit, &[key("x")]);
        assert_eq!(map.quit_problem(), None);
    }
}
