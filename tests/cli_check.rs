//! `brief check` on the bundled briefings and on every kind of bad input:
//! each mistake must name the file, the place and what to do, exit 1, and
//! never panic or hang.

#[path = "support/isolated.rs"]
mod isolated;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// Long enough for a slow CI machine, short enough that a hang fails the test.
const TIMEOUT: Duration = Duration::from_secs(20);

fn brief(args: &[&str]) -> Output {
    let mut child = isolated::brief()
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("could not start brief: {e}"));
    // Poll rather than block: a FIFO or device must not hang the test suite.
    let started = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(_)) => break,
            Ok(None) if started.elapsed() > TIMEOUT => {
                let _ = child.kill();
                panic!("brief {args:?} still running after {TIMEOUT:?}");
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            Err(e) => panic!("waiting for brief: {e}"),
        }
    }
    child
        .wait_with_output()
        .unwrap_or_else(|e| panic!("reading brief's output: {e}"))
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Run `brief check` on a path that is expected to be refused, and check the
/// things every refusal must do; returns stderr for the specific wording.
fn refused(path: &str) -> String {
    let out = brief(&["check", path]);
    let err = stderr(&out);
    assert_eq!(
        out.status.code(),
        Some(1),
        "exit code for {path}; stderr:\n{err}"
    );
    assert!(!err.contains("panicked"), "{path} made brief panic:\n{err}");
    assert!(
        stdout(&out).is_empty(),
        "an invalid file printed to stdout: {}",
        stdout(&out)
    );
    assert!(
        err.starts_with(path),
        "the message should start with the file name {path}:\n{err}"
    );
    err
}

fn fixture(name: &str) -> String {
    format!("tests/fixtures/bad/{name}")
}

fn assert_has(haystack: &str, needles: &[&str]) {
    for needle in needles {
        assert!(
            haystack.contains(needle),
            "expected {needle:?} in:\n{haystack}"
        );
    }
}

#[test]
fn every_bundled_briefing_passes_check() {
    let mut files: Vec<PathBuf> =
        std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("briefings"))
            .unwrap_or_else(|e| panic!("briefings/: {e}"))
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
            .map(|path| Path::new("briefings").join(path.file_name().unwrap_or_default()))
            .collect();
    files.sort();
    assert!(
        files.len() >= 3,
        "expected the bundled briefings, found {files:?}"
    );
    let args: Vec<&str> = std::iter::once("check")
        .chain(files.iter().filter_map(|p| p.to_str()))
        .collect();
    let out = brief(&args);
    assert_eq!(out.status.code(), Some(0), "stderr:\n{}", stderr(&out));
    assert!(stderr(&out).is_empty(), "no warnings: {}", stderr(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), files.len(), "one line per file:\n{text}");
    for (line, file) in lines.iter().zip(&files) {
        let prefix = format!("ok  {}: ", file.display());
        assert!(
            line.starts_with(&prefix),
            "{line:?} should start with {prefix:?}"
        );
        assert!(
            line.contains(" section") && line.contains(" part") && line.contains(" topic"),
            "{line}"
        );
    }
}

#[test]
fn check_says_what_the_istanbul_briefing_holds() {
    let out = brief(&["check", "briefings/istanbul-talks.toml"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        stdout(&out),
        "ok  briefings/istanbul-talks.toml: 3 sections, 10 topics, 3 parties, 1 not counted: Türkiye (mediator)\n"
    );
}

#[test]
fn one_bad_file_among_good_ones_fails_the_whole_check() {
    let out = brief(&[
        "check",
        "briefings/istanbul-talks.toml",
        &fixture("newer-format.toml"),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).starts_with("ok  briefings/istanbul-talks.toml"));
    assert_has(
        &stderr(&out),
        &["newer-format.toml:1:10", "1 of 2 files has problems"],
    );
}

#[test]
fn check_without_files_is_a_usage_error() {
    let out = brief(&["check"]);
    assert_eq!(out.status.code(), Some(2));
    assert_has(&stderr(&out), &["Usage:", "FILE"]);
}

#[test]
fn invalid_toml_syntax() {
    let err = refused(&fixture("syntax.toml"));
    assert_has(
        &err,
        &[
            "syntax.toml:2:30: invalid TOML",
            "2 | dek = \"The parties meet again",
            "^",
            "toml.io",
        ],
    );
}

#[test]
fn invalid_utf8() {
    let err = refused(&fixture("invalid-utf8.toml"));
    assert_has(
        &err,
        &[
            "invalid-utf8.toml:1:32: not valid UTF-8",
            "save the file as UTF-8",
        ],
    );
}

#[test]
fn unknown_key_suggests_the_one_meant() {
    let err = refused(&fixture("unknown-key.toml"));
    assert_has(
        &err,
        &[
            "unknown-key.toml:2:1: unknown key `headlin`",
            "keys allowed here: format, headline",
            "did you mean `headline`?",
        ],
    );
}

#[test]
fn wrong_type_names_the_path_of_the_value() {
    let err = refused(&fixture("wrong-type.toml"));
    assert_has(
        &err,
        &["wrong-type.toml:8:9: `sections[2].title` should be a string, not an integer"],
    );
}

#[test]
fn missing_headline() {
    let err = refused(&fixture("missing-headline.toml"));
    assert_has(&err, &["`headline` is missing", "add headline = \"...\""]);
}

#[test]
fn blank_headline_title_name_topic_and_text() {
    let err = refused(&fixture("blank-fields.toml"));
    assert_has(
        &err,
        &[
            "blank-fields.toml:1:12: `headline` is blank",
            "blank-fields.toml:4:9: `sections[1].title` is blank",
            "blank-fields.toml:8:8: `parties[1].name` is blank",
            "blank-fields.toml:14:11: `parties[2].positions[1].topic` is blank",
            "blank-fields.toml:19:10: `parties[2].positions[2].text` is blank",
        ],
    );
}

#[test]
fn duplicate_party_points_at_the_first() {
    let err = refused(&fixture("duplicate-party.toml"));
    assert_has(
        &err,
        &[
            "duplicate-party.toml:14:8: party `norway` is listed twice",
            "first `norway` is on line 8",
        ],
    );
}

#[test]
fn same_topic_twice_in_one_party() {
    let err = refused(&fixture("duplicate-topic.toml"));
    assert_has(
        &err,
        &[
            "duplicate-topic.toml:16:11: Norway has two positions on `Fishing rights`",
            "line 11",
        ],
    );
}

#[test]
fn stance_outside_the_four_lists_them() {
    let err = refused(&fixture("bad-stance.toml"));
    assert_has(
        &err,
        &[
            "bad-stance.toml:12:12: `parties[1].positions[1].stance` is \"agianst\", which is not a stance",
            "for, against, conditional, unclear",
            "did you mean \"against\"?",
        ],
    );
}

#[test]
fn newer_format_is_refused() {
    let err = refused(&fixture("newer-format.toml"));
    assert_has(
        &err,
        &[
            "newer-format.toml:1:10: written for a newer brief",
            "upgrade brief",
        ],
    );
}

#[test]
fn date_in_quotes() {
    let err = refused(&fixture("quoted-date.toml"));
    assert_has(
        &err,
        &[
            "quoted-date.toml:2:8: `date` should be a TOML date",
            "without quotes",
        ],
    );
}

#[test]
fn no_sections() {
    let err = refused(&fixture("no-sections.toml"));
    assert_has(&err, &["at least one section", "[[sections]]"]);
}

#[test]
fn several_problems_are_all_reported_in_file_order() {
    let err = refused(&fixture("many-problems.toml"));
    let places = [
        "many-problems.toml:2:12: `headline` is blank",
        "many-problems.toml:3:8: `date` should be",
        "many-problems.toml:4:1: unknown key `colour`",
        "many-problems.toml:15:12: `parties[1].positions[1].stance` is \"maybe\"",
        "many-problems.toml:19:8: party `Norway` is listed twice",
    ];
    let found: Vec<usize> = places
        .iter()
        .map(|p| {
            err.find(p)
                .unwrap_or_else(|| panic!("missing {p:?} in:\n{err}"))
        })
        .collect();
    assert!(found.is_sorted(), "problems out of file order:\n{err}");
}

#[test]
fn file_content_in_messages_cannot_drive_the_terminal() {
    let err = refused(&fixture("control-characters.toml"));
    assert!(
        !err.contains('\u{1b}') && !err.contains('\u{7}'),
        "raw control characters echoed: {err:?}"
    );
    assert_has(
        &err,
        &[
            "control-characters.toml:2:1: unknown key",
            "\u{241b}]0;pwned",
        ],
    );
}

#[test]
fn a_directory() {
    let err = refused("tests/fixtures");
    assert_has(
        &err,
        &[
            "tests/fixtures: not a briefing file: it is a directory",
            "give the path of a .toml",
        ],
    );
}

#[test]
fn a_missing_path() {
    let err = refused("tests/fixtures/bad/no-such-file.toml");
    assert_has(&err, &["no-such-file.toml: no such file", "brief new"]);
}

#[cfg(unix)]
#[test]
fn a_fifo_named_is_read_like_a_file_and_its_errors_are_located() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let fifo = dir.path().join("pipe.toml");
    let made = Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("note: skipping the FIFO test, mkfifo is not available");
        return;
    }
    let path = fifo.to_string_lossy().into_owned();
    let write = |text: &'static str| {
        let fifo = fifo.clone();
        // Opening a FIFO to write waits for brief to open it to read.
        std::thread::spawn(move || std::fs::write(fifo, text))
    };
    let writer = write(include_str!("../briefings/istanbul-talks.toml"));
    let out = brief(&["check", &path]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_has(&stdout(&out), &["pipe.toml: 3 sections"]);
    assert!(writer.join().is_ok_and(|w| w.is_ok()));

    let writer = write("headline = \"x\"\nstray = 1\n");
    let err = refused(&path);
    assert_has(&err, &["pipe.toml:2:1: unknown key `stray`"]);
    assert!(writer.join().is_ok_and(|w| w.is_ok()));
}

#[test]
fn a_file_over_the_size_limit_names_its_size_and_the_limit() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let big = dir.path().join("big.toml");
    let file = std::fs::File::create(&big).unwrap_or_else(|e| panic!("{e}"));
    // Sparse: 20 MiB of nothing costs no disk.
    file.set_len(20 * 1024 * 1024)
        .unwrap_or_else(|e| panic!("{e}"));
    let err = refused(&big.to_string_lossy());
    assert_has(
        &err,
        &["too large to be a briefing: 20.0 MiB (the limit is 16.0 MiB)"],
    );
}

#[cfg(unix)]
#[test]
fn an_unreadable_file() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let locked = dir.path().join("locked.toml");
    std::fs::copy("briefings/istanbul-talks.toml", &locked).unwrap_or_else(|e| panic!("{e}"));
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000))
        .unwrap_or_else(|e| panic!("{e}"));
    if std::fs::read(&locked).is_ok() {
        // Root (as in many containers) reads anything; there is nothing to test.
        eprintln!(
            "note: skipping the unreadable-file test, permissions are not enforced for this user"
        );
        return;
    }
    let err = refused(&locked.to_string_lossy());
    assert_has(&err, &["locked.toml: permission denied", "permissions"]);
}
