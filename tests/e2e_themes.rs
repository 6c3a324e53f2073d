//! Themes in the real reader, in a pseudo-terminal: under `NO_COLOR` not
//! one colour sequence is written, on any screen; without it, the default
//! theme's colours are.

mod common;

use common::{Exit, Key, Pty, TIMEOUT, colour_sequences};

const BRIEFING: &str = "briefings/istanbul-talks.toml";

/// Visit the screens with the most colour: a search lit, help, the
/// compare view, then quit. Keys are read in order, and `q` closes the
/// layer on top (Esc and a letter straight after it would read as Alt).
fn tour(pty: &mut Pty) {
    pty.wait_for("Istanbul to host");
    pty.send_key(Key::Char('/'));
    pty.type_text("grain");
    pty.wait_for("match 1/");
    pty.send_key(Key::Enter);
    pty.send_key(Key::Char('?'));
    pty.wait_for("Keys");
    pty.send_key(Key::Char('q'));
    pty.send_key(Key::Char('c'));
    pty.wait_for("Compare ·");
    pty.send_key(Key::Char('q'));
    pty.send_key(Key::Char('q'));
    assert_eq!(pty.wait_exit(TIMEOUT), Exit::Code(0));
}

#[test]
fn with_no_color_not_one_colour_sequence_is_written() {
    let mut pty = Pty::builder(&[BRIEFING])
        .size(30, 120)
        .env("NO_COLOR", "1")
        .spawn();
    tour(&mut pty);
    let found = colour_sequences(&pty.raw_output());
    assert!(found.is_empty(), "colour under NO_COLOR: {found:?}");
}

#[test]
fn without_no_color_the_default_theme_writes_its_colours() {
    let mut pty = Pty::builder(&[BRIEFING]).size(30, 120).spawn();
    tour(&mut pty);
    let found = colour_sequences(&pty.raw_output());
    assert!(!found.is_empty(), "no colour at all");
    // 16-colour numbers only: the default theme is the terminal's palette.
    assert!(
        found
            .iter()
            .all(|s| !s.contains("38;2;") && !s.contains("48;2;")),
        "{found:?}"
    );
}

#[test]
fn the_sequence_finder_sees_colours_and_only_colours() {
    let raw = b"\x1b[1m\x1b[38;5;6mx\x1b[39m\x1b[0m\x1b[7m\x1b[48;2;1;2;3m\x1b[31m\x1b[2;32m\x1b[1;38;5;4m";
    assert_eq!(
        colour_sequences(raw),
        [
            "ESC[38;5;6m",
            "ESC[48;2;1;2;3m",
            "ESC[31m",
            "ESC[2;32m",
            "ESC[1;38;5;4m"
        ]
    );
}
