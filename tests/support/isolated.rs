//! `brief` as the command-line tests run it: with a home and XDG
//! directories of its own and no `$BRIEF_CONFIG`, so the configuration of
//! whoever runs the tests never changes a result. Included with `#[path]`.

// Each test file uses only some of these helpers.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

/// The `brief` binary, isolated.
pub fn brief() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_brief"));
    isolate(&mut command, &shared_home());
    command
}

/// Give `command` the home `home` (its XDG directories inside it) and no
/// configuration from the environment.
pub fn isolate<'c>(command: &'c mut Command, home: &Path) -> &'c mut Command {
    command
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_STATE_HOME", home.join("state"))
        .env("XDG_CACHE_HOME", home.join("cache"))
        .env_remove("BRIEF_CONFIG")
}

/// An empty home shared by the tests that write nothing to it.
fn shared_home() -> PathBuf {
    let home = Path::new(env!("CARGO_TARGET_TMPDIR")).join("isolated-home");
    std::fs::create_dir_all(&home).expect("the tests' home directory");
    home
}
