//! `brief print`, and `brief FILE` when stdout is not a terminal: the text a
//! person sees, its width and colour rules, and behaviour in a pipeline.

#[path = "support/isolated.rs"]
mod isolated;

use std::process::{Command, Output, Stdio};

const ISTANBUL: &str = "briefings/istanbul-talks.toml";

fn command(args: &[&str]) -> Command {
    let mut command = isolated::brief();
    command
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR")
        .stdin(Stdio::null());
    command
}

fn brief(args: &[&str]) -> Output {
    command(args)
        .output()
        .unwrap_or_else(|e| panic!("could not run brief: {e}"))
}

/// Stdout of a run that must succeed.
fn printed(args: &[&str]) -> String {
    let out = brief(args);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "brief {args:?} failed:\n{err}");
    String::from_utf8(out.stdout).unwrap_or_else(|e| panic!("output is not UTF-8: {e}"))
}

/// Lines that take more than `width` terminal columns.
fn too_wide(text: &str, width: usize) -> Vec<&str> {
    text.lines()
        .filter(|line| unicode_width::UnicodeWidthStr::width(*line) > width)
        .collect()
}

#[test]
fn istanbul_at_80_columns() {
    let text = printed(&["print", ISTANBUL, "--width", "80", "--color", "never"]);
    insta::assert_snapshot!("istanbul_width_80", text);
}

#[test]
fn istanbul_at_40_columns() {
    let text = printed(&["print", ISTANBUL, "--width", "40", "--color", "never"]);
    insta::assert_snapshot!("istanbul_width_40", text);
}

#[test]
fn output_fits_the_width_asked_for() {
    for width in [40, 80] {
        let text = printed(&["print", ISTANBUL, "--width", &width.to_string()]);
        let wide = too_wide(&text, width);
        assert!(wide.is_empty(), "lines wider than {width}: {wide:#?}");
    }
}

#[test]
fn widths_below_twenty_are_raised_to_twenty() {
    let tiny = printed(&["print", ISTANBUL, "--width", "3"]);
    assert_eq!(tiny, printed(&["print", ISTANBUL, "--width", "20"]));
}

#[test]
fn a_pipe_gets_80_columns_and_no_colour_by_default() {
    let text = printed(&["print", ISTANBUL]);
    assert!(!text.contains('\u{1b}'), "colour escapes in piped output");
    assert_eq!(
        text,
        printed(&["print", ISTANBUL, "--width", "80", "--color", "never"])
    );
}

#[test]
fn color_always_colours_even_in_a_pipe() {
    let text = printed(&["print", ISTANBUL, "--color", "always"]);
    assert!(
        text.contains("\u{1b}["),
        "no ANSI styling with --color always"
    );
}

#[test]
fn no_color_is_overridden_by_an_explicit_choice() {
    let out = command(&["print", ISTANBUL, "--color", "always"])
        .env("NO_COLOR", "1")
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(String::from_utf8_lossy(&out.stdout).contains("\u{1b}["));
}

#[test]
fn brief_file_in_a_pipe_prints_like_brief_print() {
    assert_eq!(printed(&[ISTANBUL]), printed(&["print", ISTANBUL]));
}

#[test]
fn brief_alone_in_a_pipe_prints_the_bundled_briefing() {
    assert_eq!(printed(&[]), printed(&["print", ISTANBUL]));
}

#[test]
fn print_shows_the_headline_and_every_section_and_party() {
    let text = printed(&["print", ISTANBUL, "--width", "200"]);
    for needle in [
        "Istanbul to host new round of direct Russia–Ukraine talks",
        "Ankara offers a neutral table",
        "Low expectations, far-apart demands",
        "A narrow opening",
        "Ukraine",
        "Russia",
        "Türkiye",
        "no stated position",
    ] {
        assert!(text.contains(needle), "{needle:?} missing from:\n{text}");
    }
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    // The reading end is closed before brief starts, so its first write
    // fails with a broken pipe every time, as after `| head -1`.
    let (reader, writer) = std::io::pipe().unwrap_or_else(|e| panic!("{e}"));
    drop(reader);
    for args in [&["print", ISTANBUL][..], &["check", ISTANBUL], &[ISTANBUL]] {
        let out = command(args)
            .stdout(writer.try_clone().unwrap_or_else(|e| panic!("{e}")))
            .stderr(Stdio::piped())
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(
            out.status.code(),
            Some(0),
            "brief {args:?} on a closed pipe:\n{err}"
        );
        assert!(
            err.is_empty(),
            "brief {args:?} complained about a closed pipe:\n{err}"
        );
    }
}

#[test]
fn a_bad_file_prints_its_problems_and_exits_1() {
    for args in [
        &["print", "tests/fixtures/bad/newer-format.toml"][..],
        &["tests/fixtures/bad/newer-format.toml"],
    ] {
        let out = brief(args);
        assert_eq!(out.status.code(), Some(1));
        assert!(out.stdout.is_empty());
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("newer-format.toml:1:10: written for a newer brief"),
            "{err}"
        );
    }
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["print", ISTANBUL, "--color", "purple"][..],
        &["print", ISTANBUL, "--width", "wide"],
        &["print"],
        &["--no-such-flag"],
    ] {
        let out = brief(args);
        assert_eq!(out.status.code(), Some(2), "brief {args:?}");
        assert!(out.stdout.is_empty(), "brief {args:?} printed to stdout");
        assert!(String::from_utf8_lossy(&out.stderr).starts_with("error: "));
    }
}

#[test]
fn help_and_version() {
    let help = printed(&["--help"]);
    for command in ["check", "print", "new"] {
        assert!(
            help.contains(command),
            "--help does not list {command}:\n{help}"
        );
    }
    let print_help = printed(&["print", "--help"]);
    assert!(
        print_help.contains("below 20 are raised to 20"),
        "{print_help}"
    );
    assert!(
        print_help.contains("always") && print_help.contains("never"),
        "{print_help}"
    );
    assert_eq!(
        printed(&["--version"]),
        format!("brief {}\n", env!("CARGO_PKG_VERSION"))
    );
}
