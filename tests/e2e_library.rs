//! The library as a person uses it: `brief DIR`, `:` on a directory and
//! the picker's search inside thousands of briefings, in a pseudo-terminal.

mod common;

use std::fs;

use common::{Exit, Key, Pty, TIMEOUT};

const GOOD: &str = include_str!("../briefings/istanbul-talks.toml");

/// A briefing of an old date: by date alone it would list last.
fn old_briefing(dir: &std::path::Path) {
    let text = GOOD
        .replacen(
            "Istanbul to host new round",
            "Archive: an old round in Vienna",
            1,
        )
        .replacen("date = 2025-05-15", "date = 1990-01-01", 1)
        // A briefing of its own, not a round of the bundled series, which
        // would list it with the series rather than with its directory.
        .replacen("process = \"istanbul-talks-2025\"\nround = 1\n", "", 1);
    assert!(
        !text.contains("\nprocess ="),
        "the archive names no process"
    );
    fs::write(dir.join("archive.toml"), text).expect("write");
    fs::write(dir.join("empty.toml"), "").expect("write");
}

#[test]
fn a_directory_given_lists_first_and_an_empty_file_shows_its_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    old_briefing(dir.path());
    let path = dir.path().to_str().expect("utf-8 path");
    let mut pty = Pty::spawn_sized(&[path], 30, 100);
    pty.wait_for("Archive: an old round");
    pty.wait_for("empty.toml");
    let screen = pty.screen_text();
    let archive = screen.find("Archive: an old round").unwrap_or(usize::MAX);
    let bundled = screen.find("Iran and world powers").unwrap_or(usize::MAX);
    assert!(
        archive < bundled,
        "the directory's own come first:\n{screen}"
    );
    pty.send_key(Key::Esc);
    pty.wait_for_gone("Library");
    pty.send_key(Key::Char('q'));
    assert_eq!(pty.wait_exit(TIMEOUT), Exit::Code(0));
}

#[test]
fn colon_on_a_directory_opens_the_library_on_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    old_briefing(dir.path());
    let mut pty = Pty::spawn_sized(&["briefings/istanbul-talks.toml"], 30, 100);
    pty.wait_for("Istanbul to host");
    pty.send_key(Key::Char(':'));
    pty.wait_for("open:");
    let typed = dir.path().to_str().expect("utf-8 path");
    pty.type_text(typed);
    pty.wait_for(typed);
    pty.send_key(Key::Enter);
    pty.wait_for("Library");
    pty.wait_for("Archive: an old round");
    assert!(!pty.screen_text().contains("not a briefing"));
    // The directory's own come first, and the selection is on the first.
    pty.wait_for("▸ Archive: an old round");
    pty.send_key(Key::Enter);
    pty.wait_for_gone("Library");
    pty.wait_for("Archive: an old round");
    pty.send_key(Key::Char('q'));
    assert_eq!(pty.wait_exit(TIMEOUT), Exit::Code(0));
}

#[test]
fn a_slash_in_the_picker_finds_a_term_among_two_thousand_briefings() {
    let dir = tempfile::tempdir().expect("tempdir");
    brief::generate::library_dir(dir.path(), 2_000, 5).expect("generate");
    for n in [3, 1_500] {
        let path = dir.path().join(format!("briefing-{n:04}.toml"));
        let text = fs::read_to_string(&path).expect("read");
        let text = text.replacen("text = \"", "text = \"Calls for a zephyrine accord. ", 1);
        fs::write(&path, text).expect("write");
    }
    let path = dir.path().to_str().expect("utf-8 path");
    let mut pty = Pty::spawn_sized(&[path], 30, 100);
    pty.wait_for("Library");
    pty.wait_for_gone("scanning");
    pty.type_text("/zephyr");
    // Typing shows at once; the rows follow when the search has run.
    pty.wait_for("> /zephyr");
    pty.wait_for("2 briefings hold “zephyr”");
    let screen = pty.screen_text();
    assert!(screen.contains("briefing-0003.toml"), "{screen}");
    assert!(screen.contains("briefing-1500.toml"), "{screen}");
    assert!(screen.contains("Calls for a zephyrine accord"), "{screen}");
    pty.type_text("x");
    pty.wait_for("0 briefings hold “zephyrx”");
    pty.send_key(Key::Backspace);
    pty.wait_for("2 briefings hold “zephyr”");
    pty.send_key(Key::Enter);
    pty.wait_for_gone("Library");
    pty.wait_for("match 1/");
    pty.send_key(Key::Char('q'));
    assert_eq!(pty.wait_exit(TIMEOUT), Exit::Code(0));
}
