//! The help screen's rows for a mode, written from the keymap, so help says
//! what the keys really do.

use super::command::Command;
use super::keymap::{Keymap, run_of_characters};
use super::mode::Mode;

/// One row of help: a group's title, or keys and what they do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HelpRow {
    Group(&'static str),
    Keys(String, &'static str),
}

impl Keymap {
    /// Help for `mode`: each group of its commands that has a key, then a
    /// row for each bound command. A numbered run bound to consecutive
    /// characters (`section_1` … `section_9` on `1` … `9`) is one row.
    pub fn help(&self, mode: Mode) -> Vec<HelpRow> {
        let mut rows = Vec::new();
        for (title, commands) in mode.groups() {
            let mut group = Vec::new();
            let mut skip: &[Command] = &[];
            for &command in *commands {
                if skip.contains(&command) {
                    continue;
                }
                if let Some((family, what)) = command.family()
                    && let Some(keys) = self.run(mode, family)
                {
                    skip = family;
                    group.push(HelpRow::Keys(keys, what));
                    continue;
                }
                let keys = self.keys(mode, command);
                if !keys.is_empty() {
                    let labels: Vec<String> = keys.iter().map(|k| k.label()).collect();
                    group.push(HelpRow::Keys(labels.join(" "), command.doc()));
                }
            }
            if !group.is_empty() {
                rows.push(HelpRow::Group(title));
                rows.extend(group);
            }
        }
        rows
    }

    /// `1 … 9` when each command of `family` has one key and the keys run
    /// on consecutive characters.
    fn run(&self, mode: Mode, family: &[Command]) -> Option<String> {
        let keys: Vec<_> = family
            .iter()
            .map(|&c| match self.keys(mode, c) {
                [one] => Some(*one),
                _ => None,
            })
            .collect::<Option<_>>()?;
        let (a, b) = run_of_characters(&keys)?;
        Some(format!("{a} … {b}"))
    }
}
