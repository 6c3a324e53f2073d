//! `brief themes`: the bundled themes listed, plain in a pipe and with
//! samples in their colours when asked; one written out as a theme file.

#[path = "support/isolated.rs"]
mod isolated;

use std::process::{Output, Stdio};

fn brief(args: &[&str], no_color: Option<&str>) -> Output {
    let mut command = isolated::brief();
    command
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR")
        .stdin(Stdio::null());
    if let Some(value) = no_color {
        command.env("NO_COLOR", value);
    }
    command
        .output()
        .unwrap_or_else(|e| panic!("could not run brief: {e}"))
}

fn stdout_of(args: &[&str]) -> String {
    let out = brief(args, None);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "brief {args:?} failed:\n{err}");
    String::from_utf8(out.stdout).unwrap_or_else(|e| panic!("output is not UTF-8: {e}"))
}

const NAMES: [&str; 4] = ["default", "mono", "dark", "light"];

#[test]
fn in_a_pipe_the_themes_are_plain_names_with_what_each_is() {
    let text = stdout_of(&["themes"]);
    assert!(!text.contains('\u{1b}'), "colour in a pipe: {text:?}");
    for name in NAMES {
        let line = text
            .lines()
            .find(|l| l.split_whitespace().next() == Some(name))
            .unwrap_or_else(|| panic!("{name} is not listed: {text}"));
        assert!(line.len() > name.len() + 10, "no description: {line}");
    }
}

#[test]
fn with_colour_each_theme_has_a_sample_line_in_its_own_colours() {
    let text = stdout_of(&["themes", "--color", "always"]);
    let lines: Vec<&str> = text.lines().collect();
    let sample = |name: &str| {
        let at = lines
            .iter()
            .position(|l| l.starts_with(name))
            .unwrap_or_else(|| panic!("{name} is not listed: {text}"));
        lines[at + 1]
    };
    // The 16 colours by number; truecolor as 38;2; none at all in mono.
    assert!(sample("default").contains("\u{1b}[38;5;6m"), "{text:?}");
    assert!(sample("dark").contains("\u{1b}[38;2;"), "{text:?}");
    assert!(sample("light").contains("\u{1b}[38;2;"), "{text:?}");
    let mono = sample("mono");
    assert!(mono.contains("Key points"), "{mono:?}");
    assert!(!mono.contains("38;") && !mono.contains("48;"), "{mono:?}");
    // NO_COLOR leaves the list plain, as everywhere.
    let out = brief(&["themes"], Some("1"));
    assert!(!String::from_utf8_lossy(&out.stdout).contains('\u{1b}'));
}

#[test]
fn a_theme_written_out_names_every_role_and_reads_back_as_a_theme_file() {
    let text = stdout_of(&["themes", "light"]);
    assert!(
        text.contains("heading = { fg = \"#0550ae\", bold = true }"),
        "{text}"
    );
    assert!(text.contains("# A section's title"), "{text}");
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("mine.toml");
    std::fs::write(&path, text.replace("#0550ae", "#ff0000")).expect("write");
    let again = stdout_of(&["themes", &path.to_string_lossy()]);
    assert!(
        again.contains("heading = { fg = \"#ff0000\", bold = true }"),
        "{again}"
    );
}

#[test]
fn an_unknown_theme_or_a_bad_file_says_what_to_do() {
    let out = brief(&["themes", "ligth"], None);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("did you mean `light`?"), "{err}");

    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("bad.toml");
    std::fs::write(
        &path,
        "[style]\nheadline = { bold = true }\nhedaing = { fg = \"red\" }\n",
    )
    .expect("write");
    let out = brief(&["themes", &path.to_string_lossy()], None);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("bad.toml:3:1: unknown role `hedaing`"),
        "{err}"
    );
    assert!(err.contains("did you mean `heading`?"), "{err}");
}
