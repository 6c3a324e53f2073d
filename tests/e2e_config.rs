//! The configuration file as a person meets it in the reader: a broken one
//! still opens the briefing and says where it is wrong, and `[reader]`
//! settings change what the reader does.

mod common;

use std::path::PathBuf;

use common::{Exit, Key, Pty, TIMEOUT};

const BRIEFING: &str = "briefings/istanbul-talks.toml";

/// A configuration file with `text` in a directory that lives as long as
/// the returned guard.
fn config(text: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temporary directory");
    let path = dir.path().join("config.toml");
    std::fs::write(&path, text).expect("write the configuration");
    (dir, path)
}

fn quit(mut pty: Pty) {
    pty.send_key(Key::Char('q'));
    assert_eq!(pty.wait_exit(TIMEOUT), Exit::Code(0));
    pty.assert_terminal_restored();
}

#[test]
fn a_broken_configuration_still_opens_the_briefing_and_says_where() {
    let fixture = "tests/fixtures/config/unknown-key.toml";
    let pty = Pty::spawn_sized(&["--config", fixture, BRIEFING], 30, 160);
    pty.wait_for("Istanbul to host");
    // The banner: file, line and column, and what is wrong.
    pty.wait_for("unknown-key.toml:3:1: unknown key `them`");
    quit(pty);
}

#[test]
fn a_configuration_file_in_the_config_directory_is_read() {
    // The file brief finds by itself, in $XDG_CONFIG_HOME/brief.
    let pty = Pty::builder(&[BRIEFING]).size(30, 160).spawn();
    pty.wait_for("Istanbul to host");
    quit(pty);
    let home = tempfile::tempdir().expect("temporary directory");
    let dir = home.path().join("brief");
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::write(dir.join("config.toml"), "[reader]\nmuose = false\n").expect("write");
    let dir_value = home.path().to_string_lossy().into_owned();
    let pty = Pty::builder(&[BRIEFING])
        .size(30, 160)
        .env("XDG_CONFIG_HOME", &dir_value)
        .spawn();
    pty.wait_for("Istanbul to host");
    pty.wait_for("config.toml:2:1: unknown key `muose`");
    quit(pty);
}

#[test]
fn mouse_false_leaves_the_mouse_to_the_terminal() {
    let clicks = b"\x1b[?1000h";
    let pty = Pty::spawn_sized(&["--config", "/dev/null", BRIEFING], 30, 100);
    pty.wait_for("Istanbul to host");
    assert!(
        common::last(&pty.raw_output(), clicks).is_some(),
        "the default takes the mouse"
    );
    quit(pty);

    let (_dir, path) = config("[reader]\nmouse = false\n");
    let path = path.to_string_lossy().into_owned();
    let pty = Pty::spawn_sized(&["--config", &path, BRIEFING], 30, 100);
    pty.wait_for("Istanbul to host");
    assert!(
        common::last(&pty.raw_output(), clicks).is_none(),
        "mouse = false took the mouse"
    );
    quit(pty);
}

#[test]
fn contents_and_text_width_change_the_screen() {
    // Wide: the contents pane shows by default; `never` hides it.
    let pty = Pty::spawn_sized(&["--config", "/dev/null", BRIEFING], 30, 160);
    pty.wait_for("Contents");
    quit(pty);
    let (_dir, path) = config("[reader]\ncontents = \"never\"\ntext_width = 30\n");
    let path = path.to_string_lossy().into_owned();
    let pty = Pty::spawn_sized(&["--config", &path, BRIEFING], 30, 160);
    pty.wait_for("Istanbul to host");
    pty.wait_for("Positions");
    pty.with_screen(|screen| {
        let text = screen.contents();
        assert!(!text.contains("Contents"), "{text}");
        // The reading column: no line of the first section's text is
        // wider than 30 columns.
        let rows: Vec<String> = screen.rows(0, 160).collect();
        let rule = rows.iter().position(|r| r.starts_with("────")).unwrap_or(0);
        let body: Vec<&str> = rows[rule + 2..rows.len() - 1]
            .iter()
            .map(|r| r.split('│').next().unwrap_or_default().trim())
            .filter(|r| !r.is_empty())
            .collect();
        assert!(!body.is_empty(), "{text}");
        assert!(body.iter().all(|r| r.chars().count() <= 30), "{body:#?}");
    });
    quit(pty);
}

#[test]
fn quit_remapped_to_x_makes_x_quit_q_do_nothing_and_help_show_x() {
    let (_dir, path) = config("[keys.reader]\nquit = [\"x\"]\n");
    let path = path.to_string_lossy().into_owned();
    let mut pty = Pty::spawn_sized(&["--config", &path, BRIEFING], 40, 100);
    pty.wait_for("Istanbul to host");
    pty.send_key(Key::Char('?'));
    pty.wait_for("section N to the top");
    // The reader's keys end with quit: at the bottom of help.
    pty.send_key(Key::Char('G'));
    let quit_row = |screen: &vt100::Screen| {
        screen
            .rows(0, 100)
            .map(|r| r.split('│').nth(1).unwrap_or_default().trim().to_owned())
            .find(|r| r.ends_with(" quit"))
    };
    pty.wait_until("help's quit row", TIMEOUT, |screen| {
        quit_row(screen).is_some()
    });
    pty.with_screen(|screen| {
        let row = quit_row(screen).unwrap_or_default();
        let keys = row.trim_end_matches("quit").trim();
        assert_eq!(keys, "x", "{row:?}\n{}", screen.contents());
    });
    pty.send_key(Key::Esc);
    pty.wait_for_gone("section N to the top");
    // q is no key now: brief is still there once a later key has been read.
    pty.send_key(Key::Char('q'));
    pty.send_key(Key::Char('?'));
    pty.wait_for("┌ Keys");
    assert_eq!(pty.try_exit(), None, "q quit");
    pty.send_key(Key::Esc);
    pty.wait_for_gone("┌ Keys");
    pty.send_key(Key::Char('x'));
    assert_eq!(pty.wait_exit(TIMEOUT), Exit::Code(0));
    pty.assert_terminal_restored();
}

/// The colour of the first cell of `text` on screen.
fn colour_of(screen: &vt100::Screen, text: &str) -> Option<vt100::Color> {
    let (rows, cols) = (screen.size().0.get(), screen.size().1.get());
    // The text itself, not a pane's title (`▸ Key points ───`).
    let row = screen
        .rows(0, cols)
        .position(|r| r.contains(text) && !r.contains('▸'))?;
    let line: String = screen.rows(0, cols).nth(row)?;
    let before = &line[..line.find(text)?];
    let col = u16::try_from(unicode_width::UnicodeWidthStr::width(before)).ok()?;
    let row = u16::try_from(row).ok()?;
    (row < rows).then(|| screen.cell(row, col).map(vt100::Cell::fgcolor))?
}

#[test]
fn a_style_colour_appears_on_screen_in_that_colour() {
    let (_dir, path) = config("theme = \"dark\"\n[style.heading]\nfg = \"#ff0000\"\n");
    let path = path.to_string_lossy().into_owned();
    let pty = Pty::spawn_sized(&["--config", &path, BRIEFING], 30, 100);
    pty.wait_for("Key points");
    let red = vt100::Color::Rgb(255, 0, 0);
    pty.wait_until("Key points in red", TIMEOUT, |screen| {
        colour_of(screen, "Key points") == Some(red)
    });
    quit(pty);

    // Without the style, the dark theme's own heading colour.
    let pty = Pty::spawn_sized(&["--config", "/dev/null", BRIEFING], 30, 100);
    pty.wait_for("Key points");
    pty.with_screen(|screen| assert_ne!(colour_of(screen, "Key points"), Some(red)));
    quit(pty);
}

#[test]
fn no_color_wins_over_a_configured_theme() {
    let (_dir, path) = config("theme = \"dark\"\n[style.heading]\nfg = \"#ff0000\"\n");
    let path = path.to_string_lossy().into_owned();
    let mut pty = Pty::builder(&["--config", &path, BRIEFING])
        .size(30, 100)
        .env("NO_COLOR", "1")
        .spawn();
    pty.wait_for("Key points");
    pty.send_key(Key::Char('?'));
    pty.wait_for("section N to the top");
    pty.send_key(Key::Char('q'));
    pty.send_key(Key::Char('q'));
    assert_eq!(pty.wait_exit(TIMEOUT), Exit::Code(0));
    let found = common::colour_sequences(&pty.raw_output());
    assert!(found.is_empty(), "colour under NO_COLOR: {found:?}");
}
