//! `e` opens the editor at the section being read: a fake editor, named
//! like a real one, records the arguments it was given.

mod common;

use std::path::{Path, PathBuf};
use std::time::Instant;

use common::{Exit, Key, Pty, TIMEOUT};

const BRIEFING: &str = "briefings/istanbul-talks.toml";

/// A copy of the briefing, and a fake editor called `name` that writes its
/// arguments, one a line, to `args.txt` beside it.
fn setup(name: &str) -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let briefing = dir.path().join("talks.toml");
    std::fs::copy(BRIEFING, &briefing).expect("copy briefing");
    let editor = dir.path().join(name);
    let record = dir.path().join("args.txt");
    let script = format!(
        "#!/bin/sh\nprintf '%s\\n' \"$@\" > '{}.part'\nmv '{0}.part' '{0}'\n",
        record.display()
    );
    std::fs::write(&editor, script).expect("write editor");
    std::fs::set_permissions(&editor, std::os::unix::fs::PermissionsExt::from_mode(0o755))
        .expect("chmod editor");
    (dir, briefing, editor)
}

/// The arguments the fake editor was run with, once it has run.
fn recorded(dir: &Path) -> Vec<String> {
    let path = dir.join("args.txt");
    let started = Instant::now();
    while !path.exists() {
        assert!(started.elapsed() < TIMEOUT, "the editor never ran");
        // Polling for the file the editor writes, not waiting a fixed time.
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let text = std::fs::read_to_string(&path).expect("read args");
    text.lines().map(str::to_owned).collect()
}

/// The line of section `n` (1-based) in the bundled briefing.
fn line_of_section(n: usize) -> usize {
    let text = std::fs::read_to_string(BRIEFING).expect("read briefing");
    brief::load::section_lines(&text)[n - 1]
}

/// Open the briefing with the fake editor `name` (run with `flags`) as
/// `$VISUAL`, go to `section` (a number key) if any, press `e`; what the
/// editor was given.
fn edit_at_section(
    name: &str,
    flags: &str,
    section: Option<char>,
) -> (tempfile::TempDir, PathBuf, Vec<String>) {
    let (dir, briefing, editor) = setup(name);
    let command = format!("{} {flags}", editor.display());
    let mut pty = Pty::builder(&[&briefing.to_string_lossy()])
        .size(30, 100)
        .env("VISUAL", &command)
        .spawn();
    pty.wait_for("Istanbul to host");
    if let Some(key) = section {
        pty.send_key(Key::Char(key));
        pty.wait_for(&format!("section {key}/3"));
    }
    pty.send_key(Key::Char('e'));
    let args = recorded(dir.path());
    pty.send_key(Key::Char('q'));
    assert_eq!(pty.wait_exit(TIMEOUT), Exit::Code(0));
    (dir, briefing, args)
}

#[test]
fn vim_is_given_plus_the_line_of_the_section_being_read() {
    let (_dir, briefing, args) = edit_at_section("vim", "", Some('3'));
    let line = line_of_section(3);
    assert!(line > 1);
    assert_eq!(
        args,
        [format!("+{line}"), briefing.to_string_lossy().into_owned()]
    );
}

#[test]
fn code_is_given_goto_file_and_line_after_its_own_flags() {
    let (_dir, briefing, args) = edit_at_section("code", "--wait", Some('2'));
    let at = format!("{}:{}", briefing.display(), line_of_section(2));
    assert_eq!(args, ["--wait".to_owned(), "--goto".to_owned(), at]);
}

#[test]
fn an_editor_brief_does_not_know_is_given_the_file_alone() {
    let (_dir, briefing, args) = edit_at_section("my-editor", "", Some('2'));
    assert_eq!(args, [briefing.to_string_lossy().into_owned()]);
}

#[test]
fn above_the_first_section_no_line_is_given() {
    let (_dir, briefing, args) = edit_at_section("nvim", "", None);
    assert_eq!(args, [briefing.to_string_lossy().into_owned()]);
}
