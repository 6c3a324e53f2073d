//! The shipped keymap against the commands: it reads cleanly, binds every
//! command, and help lists exactly what it binds.

use std::collections::BTreeSet;

use strum::VariantArray;

use super::{ASSET, Command, HelpRow, Keymap, Mode};

/// Commands the shipped keymap leaves unbound, each with the reason.
const UNBOUND: &[(Command, &str)] = &[];

#[test]
fn the_shipped_keymap_reads_without_a_problem() {
    let mut map = Keymap::empty();
    let problems = map.merge_document(ASSET);
    assert!(problems.is_empty(), "assets/keymap.toml: {problems:#?}");
    assert_eq!(map, Keymap::defaults());
    assert_eq!(map.quit_problem(), None);
}

#[test]
fn every_command_has_a_default_key_or_a_stated_reason() {
    let map = Keymap::defaults();
    for &command in Command::VARIANTS {
        let bound = command.modes().any(|m| !map.keys(m, command).is_empty());
        let excused = UNBOUND.iter().any(|(c, _)| *c == command);
        assert!(
            bound || excused,
            "`{}` has no key in assets/keymap.toml and no reason in UNBOUND",
            command.name()
        );
        for mode in command.modes() {
            assert!(
                !map.keys(mode, command).is_empty() || excused,
                "`{}` has no key in [keys.{}]",
                command.name(),
                mode.name()
            );
        }
    }
}

/// Help's rows for a mode as (key label, what) pairs, runs spread out.
fn listed(map: &Keymap, mode: Mode) -> BTreeSet<(String, String)> {
    let mut seen = BTreeSet::new();
    for row in map.help(mode) {
        let HelpRow::Keys(keys, what) = row else {
            continue;
        };
        if let Some((first, last)) = keys.split_once(" … ") {
            let (a, b) = (first.chars().next(), last.chars().next());
            for (i, c) in (a.unwrap_or('1')..=b.unwrap_or('0')).enumerate() {
                seen.insert((c.to_string(), what.replace('N', &(i + 1).to_string())));
            }
        } else {
            for key in keys.split(' ') {
                seen.insert((key.to_owned(), what.to_owned()));
            }
        }
    }
    seen
}

fn bound(map: &Keymap, mode: Mode) -> BTreeSet<(String, String)> {
    map.bindings(mode)
        .flat_map(|(command, keys)| {
            keys.iter()
                .map(move |k| (k.label(), command.doc().to_owned()))
        })
        .collect()
}

#[test]
fn help_for_every_mode_lists_exactly_the_keymaps_bindings() {
    let mut moved = Keymap::defaults();
    let problems = moved.merge_document(
        "[keys.reader]\nquit = [\"x\"]\nsection_4 = [\"ü\"]\n[keys.help]\nclose = []\n",
    );
    assert!(problems.is_empty(), "{problems:?}");
    for map in [Keymap::defaults(), moved.clone()] {
        for &mode in Mode::VARIANTS {
            let listed = listed(&map, mode);
            let bound = bound(&map, mode);
            assert_eq!(listed, bound, "help for {mode:?}");
        }
    }
    let reader = moved.help(Mode::Reader);
    assert!(
        reader.contains(&HelpRow::Keys("x".into(), "quit")),
        "{reader:?}"
    );
    assert!(reader.contains(&HelpRow::Keys("ü".into(), "section 4 to the top")));
    assert!(
        !moved
            .help(Mode::Help)
            .iter()
            .any(|r| matches!(r, HelpRow::Keys(_, w) if *w == Command::Close.doc()))
    );
}

#[test]
fn ctrl_f_and_ctrl_b_show_in_help() {
    let help = Keymap::defaults().help(Mode::Reader);
    assert!(help.contains(&HelpRow::Keys("Space PgDn Ctrl-f".into(), "down a page")));
    assert!(help.contains(&HelpRow::Keys("b PgUp Ctrl-b".into(), "up a page")));
    assert!(help.contains(&HelpRow::Keys("1 … 9".into(), "section N to the top")));
}
