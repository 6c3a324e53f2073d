//! `-` is standard input for `print`, `check` and `diff` (either side), and
//! a shell's `<(...)` pipe is read like a file; errors name `<stdin>` with
//! the line and column.

#[path = "support/isolated.rs"]
mod isolated;

use std::io::Write;
use std::process::{Command, Output, Stdio};

const BRIEFING: &str = include_str!("../briefings/istanbul-talks.toml");
const OLD: &str = include_str!("../briefings/new-start-2021-02.toml");

/// `brief ARGS` with `input` on its standard input.
fn brief_with_stdin(args: &[&str], input: &str) -> Output {
    let mut child = isolated::brief()
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start brief");
    let mut stdin = child.stdin.take().expect("stdin");
    let input = input.to_owned();
    // A thread, so a brief that stops reading early cannot deadlock the test.
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().expect("brief's output");
    let _ = writer.join();
    out
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn print_reads_standard_input() {
    let piped = brief_with_stdin(&["print", "--width", "70", "-"], BRIEFING);
    assert_eq!(piped.status.code(), Some(0), "{}", text(&piped.stderr));
    let named = brief_with_stdin(
        &["print", "--width", "70", "briefings/istanbul-talks.toml"],
        "",
    );
    assert_eq!(text(&piped.stdout), text(&named.stdout));
    assert!(text(&piped.stdout).starts_with("Istanbul to host"));
}

#[test]
fn the_reader_command_prints_standard_input_into_a_pipe() {
    let out = brief_with_stdin(&["-"], BRIEFING);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).starts_with("Istanbul to host"));
}

#[test]
fn check_names_stdin_with_line_and_column() {
    let out = brief_with_stdin(&["check", "-"], BRIEFING);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).starts_with("ok  <stdin>: 3 sections"));

    let broken = BRIEFING.replacen("stance = \"for\"", "stance = \"maybe\"", 1);
    let line = broken[..broken.find("\"maybe\"").expect("the stance")]
        .lines()
        .count();
    let out = brief_with_stdin(&["check", "-", "--format", "json"], &broken);
    assert_eq!(out.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(report["files"][0]["file"], "<stdin>");
    assert_eq!(report["diagnostics"][0]["line"], line);
    let out = brief_with_stdin(&["check", "-"], &broken);
    assert!(
        text(&out.stderr).starts_with(&format!("<stdin>:{line}:")),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn diff_reads_standard_input_on_either_side() {
    let new = "briefings/new-start-2023-02.toml";
    let old = "briefings/new-start-2021-02.toml";
    let from_files = brief_with_stdin(&["diff", "--width", "80", old, new], "");
    assert_eq!(from_files.status.code(), Some(0));
    // The changes, under the title that names the two sides.
    let changes = |out: &Output| {
        text(&out.stdout)
            .split_once("\n\n")
            .map(|(_, c)| c.to_owned())
    };

    let left = brief_with_stdin(&["diff", "--width", "80", "-", new], OLD);
    assert_eq!(left.status.code(), Some(0), "{}", text(&left.stderr));
    assert_eq!(changes(&left), changes(&from_files));
    assert!(changes(&left).is_some_and(|c| c.contains("Verdicts")));
    assert!(text(&left.stdout).starts_with("Changes from <stdin> to"));

    let newer = include_str!("../briefings/new-start-2023-02.toml");
    let right = brief_with_stdin(&["diff", "--width", "80", old, "-"], newer);
    assert_eq!(right.status.code(), Some(0), "{}", text(&right.stderr));
    assert!(text(&right.stdout).contains("to <stdin>"));
}

#[test]
fn standard_input_twice_is_refused() {
    for args in [&["diff", "-", "-"][..], &["check", "-", "-"]] {
        let out = brief_with_stdin(args, BRIEFING);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(
            text(&out.stderr).contains("can be read only once"),
            "{}",
            text(&out.stderr)
        );
    }
}

#[test]
fn standard_input_over_the_size_cap_is_refused() {
    let huge = "#".repeat(17 * 1024 * 1024);
    let out = brief_with_stdin(&["print", "-"], &huge);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).starts_with("<stdin>: too large to be a briefing"),
        "{}",
        text(&out.stderr)
    );
}

/// `brief diff <(git show HEAD:x.toml) x.toml`: the shell's pipe is read.
#[cfg(unix)]
#[test]
fn process_substitution_is_read() {
    let has_bash = Command::new("bash").arg("--version").output();
    if !has_bash.is_ok_and(|o| o.status.success()) {
        eprintln!("note: bash is not available; the <(...) test is skipped");
        return;
    }
    let out = Command::new("bash")
        .arg("-c")
        .arg("\"$0\" diff <(cat briefings/new-start-2021-02.toml) briefings/new-start-2023-02.toml")
        .arg(env!("CARGO_BIN_EXE_brief"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("BRIEF_CONFIG")
        .env(
            "XDG_CONFIG_HOME",
            std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("no-config"),
        )
        .output()
        .expect("run bash");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("Verdicts"),
        "{}",
        text(&out.stdout)
    );
}
