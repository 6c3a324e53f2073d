//! `brief config`: where the configuration file is, what it makes
//! effective, whether it has mistakes, and editing it.

use std::io::{self, Write};
use std::path::Path;

use clap::Subcommand;

use super::exit::{EXIT_FAILURE, EXIT_OK};
use super::output;
use crate::config::{self, Config, Search, Source};
use crate::reader::editor;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Subcommand)]
pub enum Action {
    /// Where brief looks for its configuration, in order, and which file it uses.
    Path,
    /// The effective configuration, commented, ready to copy into the file.
    Print,
    /// Check the configuration file; exit 1 listing every mistake.
    Check,
    /// Open the configuration file in $VISUAL or $EDITOR, creating it from
    /// the commented defaults first.
    Edit,
}

pub fn run(action: Action, flag: Option<&Path>) -> i32 {
    let search = Search::new(flag);
    match action {
        Action::Path => say(&path_report(&search)),
        Action::Print => print(&search),
        Action::Check => check(&search),
        Action::Edit => edit(&search),
    }
}

/// Write `text` to stdout; a closed pipe is no failure.
fn say(text: &str) -> i32 {
    match output::write_stdout(text) {
        Ok(_) => EXIT_OK,
        Err(err) => {
            eprintln!("brief: could not write the output: {err}");
            EXIT_FAILURE
        }
    }
}

fn shown(path: &Path) -> String {
    crate::load::display_path(path)
}

/// Every place looked at, what is there, and the one used.
fn path_report(search: &Search) -> String {
    let chosen = search.chosen();
    let used = |source: Source| chosen.as_ref().is_some_and(|(_, s)| *s == source);
    let mut out = String::from("brief looks for its configuration in this order:\n");
    let mut row = |label: &str, state: String| {
        out.push_str(&format!("  {label:<16} {state}\n"));
    };
    row(
        "--config FILE",
        match &search.flag {
            Some(path) => format!("{}{}", shown(path), mark(used(Source::Flag), path)),
            None => "not given".to_owned(),
        },
    );
    row(
        "$BRIEF_CONFIG",
        match &search.env {
            Some(path) => format!("{}{}", shown(path), mark(used(Source::Env), path)),
            None => "not set".to_owned(),
        },
    );
    for path in &search.dirs {
        let here = chosen.as_ref().is_some_and(|(p, _)| p == path);
        row("", format!("{}{}", shown(path), mark(here, path)));
    }
    if search.dirs.is_empty() {
        row(
            "",
            "(no configuration directory: HOME is not an absolute path)".to_owned(),
        );
    }
    match &chosen {
        Some((path, _)) => out.push_str(&format!("in use: {}\n", shown(path))),
        None => out.push_str(
            "in use: none, so brief runs with its defaults (brief config edit creates the file)\n",
        ),
    }
    out
}

/// What a place to look holds, after its path.
fn mark(used: bool, path: &Path) -> &'static str {
    match (used, config::is_null_device(path) || path.is_file()) {
        (true, true) => "  <- in use",
        (true, false) => "  <- in use, but it cannot be read",
        (false, true) => "",
        (false, false) => "  (not found)",
    }
}

fn print(search: &Search) -> i32 {
    let loaded = config::load_from(search);
    if let Some(warning) = loaded.warning() {
        eprintln!("{warning}");
    }
    let from = match &loaded.file {
        Some(path) => format!("brief's effective configuration, from {}.", shown(path)),
        None => "brief's defaults: no configuration file is in use.".to_owned(),
    };
    let intro = [
        from,
        "Copy what you want to change into the file `brief config path` names;".to_owned(),
        "what is left out keeps its default.".to_owned(),
    ];
    say(&config::describe(&loaded.config, &intro))
}

fn check(search: &Search) -> i32 {
    let loaded = config::load_from(search);
    match (&loaded.file, &loaded.error) {
        (_, Some(error)) => {
            eprintln!("{error}");
            EXIT_FAILURE
        }
        (Some(path), None) => say(&format!("{}: ok\n", shown(path))),
        (None, None) => say("no configuration file: brief runs with its defaults\n"),
    }
}

fn edit(search: &Search) -> i32 {
    let Some(path) = search.target() else {
        eprintln!(
            "brief: there is no configuration directory (HOME is not an absolute path)\n  = name a file with --config FILE or $BRIEF_CONFIG"
        );
        return EXIT_FAILURE;
    };
    if config::is_null_device(&path) {
        eprintln!(
            "brief: {} is the null device; there is nothing to edit",
            shown(&path)
        );
        return EXIT_FAILURE;
    }
    let created = match create(&path) {
        Ok(created) => created,
        Err(err) => {
            eprintln!("brief: could not create {}: {err}", shown(&path));
            return EXIT_FAILURE;
        }
    };
    if created {
        eprintln!(
            "brief: created {} from the commented defaults",
            shown(&path)
        );
    }
    let Some(chosen) = editor::chosen() else {
        eprintln!("brief: set $VISUAL or $EDITOR to the editor you use, e.g. export EDITOR=nano");
        return EXIT_FAILURE;
    };
    // Its words split as a shell splits plain words, but run without one:
    // nothing in the value is ever interpreted.
    let (program, args) = editor::command(&chosen, &path, None);
    match std::process::Command::new(&program).args(&args).status() {
        Ok(status) if status.success() => {}
        Ok(status) => {
            eprintln!("brief: {program} exited with {status}");
            return EXIT_FAILURE;
        }
        Err(err) => {
            eprintln!("brief: could not run {program}: {err}");
            return EXIT_FAILURE;
        }
    }
    // The file as the editor left it: say now what is wrong, not at the
    // next start.
    let loaded = config::load_file(&path);
    if let Some(error) = &loaded.error {
        eprintln!("{error}");
        return EXIT_FAILURE;
    }
    EXIT_OK
}

/// Write the commented defaults at `path` unless a file is there; says
/// whether it wrote one. Its directory is created as needed.
fn create(path: &Path) -> io::Result<bool> {
    if path.exists() {
        return Ok(false);
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let intro = [
        "brief's configuration. Every setting below is the default; change what".to_owned(),
        "you like, delete what you keep. `brief config check` finds mistakes.".to_owned(),
    ];
    let text = config::describe(&Config::default(), &intro);
    // `create_new`: a file that appeared meanwhile is never overwritten.
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?;
    file.write_all(text.as_bytes())?;
    Ok(true)
}
