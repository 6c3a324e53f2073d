//! Big and deep files, made at run time in a temporary directory: one far
//! over the size limit, a 5 MB line, 100,000 sections, 20,000 nested
//! brackets, thousands of mistakes. Each loads (when valid and under the
//! limit) or gets a clear error, in `check`, `print`, the loader, the
//! library scan and the reader, with no hang, no panic, no stack overflow.

#[path = "fixtures/hostile/support.rs"]
mod support;

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use brief::load::Origin;
use brief::reader::testing::Action;
use brief::reader::testing::State;
use brief::reader::testing::draw;
use brief::reader::testing::update;
use brief::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use support::{brief, cli_refuses, load, refused_everywhere, scan, text, within};

fn put(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    fs::write(&path, text).expect("write");
    path
}

/// `check` says the file is fine and holds `holds`; `print` prints it
/// whole (its last words included); the loader, a scan and the reader
/// (drawn at the top, and at the end when `to_the_end`) all take it.
fn loads_everywhere(path: &Path, holds: &str, last_words: &str, to_the_end: bool) {
    let out = brief(&["check".as_ref(), path.as_os_str()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains(holds), "{}", text(&out.stdout));

    let out = brief(&["print".as_ref(), path.as_os_str(), "--width=80".as_ref()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let printed = text(&out.stdout);
    let widest = printed.lines().map(|l| l.chars().count()).max();
    assert!(
        widest <= Some(80),
        "print overflowed 80 columns: {widest:?}"
    );
    assert!(
        squeezed(&printed).contains(last_words),
        "print lost the end"
    );

    let entries = scan(path.parent().expect("a folder"));
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].error, None);

    let briefing = load(path).expect("loads");
    let origin = Origin::File(path.to_path_buf());
    let (top, end) = within("drawing the reader", move || {
        let mut state = State::new(briefing, origin, 100, 30);
        let mut terminal = Terminal::new(TestBackend::new(100, 30)).expect("terminal");
        let mut screen = |state: &State| {
            terminal
                .draw(|f| draw(f, state, &Theme::default()))
                .expect("draw");
            let buffer = terminal.backend().buffer();
            buffer
                .content()
                .iter()
                .map(ratatui::buffer::Cell::symbol)
                .collect::<String>()
        };
        let top = screen(&state);
        if !to_the_end {
            return (top, String::new());
        }
        update(&mut state, Action::Bottom);
        (top, screen(&state))
    });
    assert!(top.contains("1. "), "the first section is not on screen");
    let end = squeezed(&end);
    assert!(
        !to_the_end || end.contains(last_words),
        "the reader's end lacks {last_words:?}"
    );
}

/// Text without its line breaks and indentation, so a long word wrapped
/// over several lines reads as one.
fn squeezed(text: &str) -> String {
    text.split_whitespace().collect()
}

#[test]
fn fifty_megabytes_are_refused_with_the_size_and_the_limit() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("huge.toml");
    // Sparse: 50 MB on paper, nothing on disk.
    fs::File::create(&path)
        .and_then(|f| f.set_len(50 * 1024 * 1024))
        .expect("a sparse file");
    refused_everywhere(
        &path,
        "too large to be a briefing: 50.0 MiB (the limit is 16.0 MiB)",
    );
    let entries = scan(dir.path());
    assert_eq!(entries.len(), 1, "listed as a failure: {entries:?}");
    assert!(
        entries[0]
            .error
            .as_deref()
            .is_some_and(|e| e.contains("too large"))
    );
}

#[test]
fn a_five_megabyte_line_loads() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut body = String::with_capacity(5 << 20);
    let mut n = 0;
    while body.len() < 5 << 20 {
        write!(body, "word{} ", n % 997).expect("write to a string");
        n += 1;
    }
    body.push_str("LAST-WORDS");
    let text = format!("headline = \"Long\"\n[[sections]]\ntitle = \"One\"\nbody = \"{body}\"\n");
    let path = put(dir.path(), "line.toml", &text);
    loads_everywhere(&path, "1 section", "LAST-WORDS", true);
}

#[test]
fn a_five_megabyte_word_loads() {
    let dir = tempfile::tempdir().expect("tempdir");
    let word = "x".repeat(5 << 20);
    let text =
        format!("headline = \"Long\"\n[[sections]]\ntitle = \"One\"\nbody = \"{word}LAST\"\n");
    let path = put(dir.path(), "word.toml", &text);
    loads_everywhere(&path, "1 section", "xxLAST", true);
}

fn sections(dir: &Path, count: usize) -> PathBuf {
    let mut text = String::from("headline = \"Many\"\n");
    for i in 1..=count {
        write!(text, "[[sections]]\ntitle = \"S{i}\"\nbody = \"b{i}\"\n").expect("write");
    }
    assert!(text.len() < 16 << 20, "under the limit: {}", text.len());
    put(dir, "many.toml", &text)
}

#[test]
fn a_hundred_thousand_sections_load() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = sections(dir.path(), 100_000);
    loads_everywhere(&path, "100000 sections", "b100000", false);
}

/// Every keypress marks the sections read (`mark_read` in
/// src/reader/model/place.rs), looking up the sources' anchor once per section by a
/// linear search: quadratic in sections. One key on 100,000 sections takes
/// some 40 s in a debug build; on 300,000 it runs past the hang guard.
#[test]
fn three_hundred_thousand_sections_go_to_the_end() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = sections(dir.path(), 300_000);
    let briefing = load(&path).expect("loads");
    let origin = Origin::File(path.clone());
    within("G on 300,000 sections", move || {
        let mut state = State::new(briefing, origin, 100, 30);
        update(&mut state, Action::Bottom);
        assert_eq!(state.view.scroll, state.max_scroll());
    });
}

/// The TOML parser stops at its recursion limit with a located error,
/// long before the stack runs out, even on a scan's 2 MiB thread.
#[test]
fn twenty_thousand_nested_brackets_are_a_located_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let deep = 20_000;
    let cases = [
        (
            "arrays.toml",
            format!("a = {}{}\n", "[".repeat(deep), "]".repeat(deep)),
        ),
        (
            "tables.toml",
            format!("a = {}1{}\n", "{a=".repeat(deep), "}".repeat(deep)),
        ),
        (
            "unclosed.toml",
            format!("headline = \"x\"\nb = {}\n", "[{a=".repeat(deep)),
        ),
    ];
    for (name, text) in cases {
        let path = put(dir.path(), name, &text);
        let err = cli_refuses(&path, "recurs");
        let line = if name == "unclosed.toml" { 2 } else { 1 };
        assert!(
            err.contains(&format!("{name}:{line}:")),
            "not located:\n{err}"
        );
        support::in_process_refuses(&path, "recurs");
        fs::remove_file(&path).expect("remove");
    }
}

/// Dotted keys and table headers 20,000 deep are refused without a crash.
#[test]
fn twenty_thousand_dotted_keys_are_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = vec!["a"; 20_000].join(".");
    for (name, text) in [
        ("dotted.toml", format!("headline = \"x\"\n{path} = 1\n")),
        ("header.toml", format!("headline = \"x\"\n[{path}]\n")),
    ] {
        let file = put(dir.path(), name, &text);
        cli_refuses(&file, "invalid TOML");
        support::in_process_refuses(&file, "invalid TOML");
        fs::remove_file(&file).expect("remove");
    }
}

#[test]
fn twenty_thousand_dotted_keys_are_a_located_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = vec!["a"; 20_000].join(".");
    let file = put(
        dir.path(),
        "dotted.toml",
        &format!("headline = \"x\"\n{path} = 1\n"),
    );
    let err = cli_refuses(&file, "invalid TOML");
    assert!(err.contains("dotted.toml:2:"), "not located:\n{err}");
}

/// A file with a mistake in each of many sections: the report stays
/// readable (the first 30, then a count) rather than flooding the terminal.
#[test]
fn a_thousand_mistakes_are_listed_thirty_then_counted() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = put(dir.path(), "mistakes.toml", &mistakes(1_000));
    let err = cli_refuses(&path, "unknown key `extra1` in `sections[1]`");
    assert!(err.contains("… and 970 more problems"), "{err}");
    assert!(err.lines().count() < 400, "{} lines", err.lines().count());
}

fn mistakes(sections: usize) -> String {
    let mut text = String::from("headline = \"Mistakes\"\n");
    for i in 1..=sections {
        write!(
            text,
            "[[sections]]\ntitle = \"S{i}\"\nbody = \"b\"\nextra{i} = 1\n"
        )
        .expect("write");
    }
    text
}

/// Every problem is located by counting lines from the start of the file
/// (`place` in src/load/error.rs), so the work grows with problems times
/// size: 100,000 mistakes in 5 MB keep `check` busy for hours in a debug
/// build, and a scan or the reader stuck with it.
#[test]
fn a_hundred_thousand_mistakes_do_not_hang() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = put(dir.path(), "mistakes.toml", &mistakes(100_000));
    let err = cli_refuses(&path, "unknown key `extra1` in `sections[1]`");
    assert!(err.contains("… and 99970 more problems"), "{err}");
}
