//! The README documents every command, option and value `--help` knows:
//! a command, flag or value added to the CLI without a line in the README
//! fails here, naming what is missing.

use clap::CommandFactory;

use super::Cli;

const README: &str = include_str!("../../README.md");

/// Every `brief SUBCOMMAND`, long option and listed value, as the README
/// would write it, each with where `--help` has it.
fn documented_by_help() -> Vec<(String, String)> {
    let root = Cli::command();
    let mut wanted = Vec::new();
    let mut commands = vec![("brief".to_owned(), root)];
    while let Some((path, command)) = commands.pop() {
        for arg in command.get_arguments() {
            let Some(long) = arg.get_long() else {
                continue;
            };
            if matches!(long, "help" | "version") {
                continue;
            }
            wanted.push((format!("--{long}"), path.clone()));
            for value in arg.get_possible_values() {
                if !value.is_hide_set() {
                    wanted.push((value.get_name().to_owned(), format!("{path} --{long}")));
                }
            }
        }
        for sub in command.get_subcommands() {
            if sub.get_name() == "help" {
                continue;
            }
            let name = format!("{path} {}", sub.get_name());
            wanted.push((format!("`{name}"), format!("{path} --help")));
            commands.push((name, sub.clone()));
        }
        for arg in command.get_positionals() {
            for value in arg.get_possible_values() {
                wanted.push((value.get_name().to_owned(), path.clone()));
            }
        }
    }
    wanted
}

/// Whether the README names `text`; a command such as `` `brief config
/// check`` may be named among its siblings, `` `brief config path|check` ``.
fn named(text: &str) -> bool {
    if README.contains(text) {
        return true;
    }
    let Some((parent, name)) = text.rsplit_once(' ') else {
        return false;
    };
    README.split('`').skip(1).step_by(2).any(|code| {
        code.strip_prefix(parent.trim_start_matches('`'))
            .and_then(|rest| rest.strip_prefix(' '))
            .and_then(|rest| rest.split_whitespace().next())
            .is_some_and(|first| first.split(['|', '\\']).any(|alt| alt == name))
    })
}

#[test]
fn the_readme_documents_every_command_option_and_value() {
    let missing: Vec<String> = documented_by_help()
        .into_iter()
        .filter(|(text, _)| !named(text))
        .map(|(text, place)| format!("{text} (in {place})"))
        .collect();
    assert!(
        missing.is_empty(),
        "--help knows these, the README does not: {missing:?}"
    );
}

/// Every setting of the configuration's defaults (the top level and
/// `[reader]`; the style roles and key commands are listed by `brief config
/// print` itself) is named in the README's Configuration section.
#[test]
fn the_readme_documents_every_setting() {
    let section = README
        .split("\n## Configuration\n")
        .nth(1)
        .and_then(|rest| rest.split("\n## ").next())
        .expect("a Configuration section");
    let defaults = crate::config::describe(&crate::config::Config::default(), &[]);
    let settings: Vec<&str> = defaults
        .split("[style]")
        .next()
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once(" = ").map(|(key, _)| key.trim()))
        .filter(|key| !key.contains(' '))
        .collect();
    assert!(settings.len() >= 6, "{settings:?}");
    let missing: Vec<&&str> = settings
        .iter()
        .filter(|key| {
            !section.contains(&format!("{key} ")) && !section.contains(&format!("`{key}`"))
        })
        .collect();
    assert!(
        missing.is_empty(),
        "settings the README does not name: {missing:?}"
    );
}
