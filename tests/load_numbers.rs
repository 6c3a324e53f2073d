//! Number literals that TOML's parser lets through (`0b` with no digits,
//! an Arabic-Indic zero, a number past 64 bits) and a second byte-order
//! mark are refused as the syntax errors they are: at their line and
//! column, saying what is wrong and what a valid value looks like.

use std::path::Path;
use std::process::{Command, Output, Stdio};

use brief::load::{Diagnostic, load_file, load_str};

fn fixture(name: &str) -> String {
    format!("tests/fixtures/bad/{name}")
}

/// `brief check` on `paths`, with XDG directories of its own.
fn check(paths: &[&str]) -> Output {
    let home = tempfile::tempdir().expect("temp dir");
    Command::new(env!("CARGO_BIN_EXE_brief"))
        .arg("check")
        .args(paths)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("XDG_STATE_HOME", home.path().join("state"))
        .env("XDG_DATA_HOME", home.path().join("data"))
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("could not run brief: {e}"))
}

fn problems(name: &str) -> Vec<Diagnostic> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(fixture(name));
    match load_file(&path) {
        Ok(_) => panic!("{name} loaded"),
        Err(err) => err.problems().to_vec(),
    }
}

#[test]
fn check_names_an_incomplete_number_and_the_value_to_write() {
    let out = check(&[&fixture("incomplete-number.toml")]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    let expected = "\
tests/fixtures/bad/incomplete-number.toml:1:10: invalid TOML: `0b` is not a valid number: binary digits (0 or 1) must follow `0b`, as in `0b1`
  |
1 | format = 0b
  |          ^^
  = `format` is a whole number: write `format = 1`
";
    assert!(err.starts_with(expected), "{err}");
    // Not the vague wrong-type message it used to get.
    assert!(!err.contains("should be a whole number"), "{err}");
}

#[test]
fn every_bad_number_is_listed_at_its_place() {
    let found: Vec<(Option<usize>, Option<usize>, String)> = problems("bad-numbers.toml")
        .into_iter()
        .map(|p| (p.line, p.column, p.message))
        .collect();
    let expected = [
        (1, 10, "`1_0٠` is not a valid number: `٠` (U+0660) is not a decimal digit (use 0 to 9)"),
        (3, 10, "`0x` is not a valid number: hexadecimal digits (0 to 9 and a to f) must follow `0x`, as in `0x1`"),
        (8, 13, "`0o` is not a valid number: octal digits (0 to 7) must follow `0o`, as in `0o1`"),
        (8, 17, "`1_0a` is not a valid number: `a` is not a decimal digit (use 0 to 9)"),
        (9, 9, "`99999999999999999999` is too large: whole numbers in TOML go from -9223372036854775808 to 9223372036854775807"),
        (10, 9, "`1e400` is too large for a number with a fraction"),
    ]
    .map(|(line, column, message)| (Some(line), Some(column), format!("invalid TOML: {message}")));
    // Only the numbers: the unknown keys wait until the syntax is right.
    assert_eq!(found, expected);
}

#[test]
fn only_format_is_told_to_write_format() {
    let all = problems("bad-numbers.toml");
    assert_eq!(
        all[0].notes,
        ["`format` is a whole number: write `format = 1`"]
    );
    for other in &all[1..] {
        assert_eq!(
            other.notes,
            ["TOML numbers look like 42, -7, 1_000, 3.14, 0x2A, 0o52 or 0b101010"],
            "{}",
            other.message
        );
    }
}

#[test]
fn a_second_byte_order_mark_is_a_syntax_error() {
    let out = check(&[&fixture("second-bom.toml")]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with(
            "tests/fixtures/bad/second-bom.toml:1:1: invalid TOML: a second byte-order mark (U+FEFF) at the start of the file\n"
        ),
        "{err}"
    );
    assert!(err.contains("= remove it"), "{err}");
    // One mark is fine, as it always was.
    let one = "\u{FEFF}headline = \"h\"\n[[sections]]\ntitle = \"t\"\n";
    assert!(load_str("one.toml", one).is_ok());
}

#[test]
fn every_way_of_writing_a_valid_number_still_loads() {
    for value in [
        "1",
        "+1",
        "0x1",
        "0o1",
        "0b1",
        "1_0",
        "-9223372036854775808",
        "9223372036854775807",
        "0x7FFF_FFFF_FFFF_FFFF",
        "1.5",
        "-1e-3",
        "6.02E23",
        "inf",
        "-nan",
        "+inf",
    ] {
        let source = "headline = \"h\"\n[[sections]]\ntitle = \"t\"\n";
        // An unknown key holding the number: refused for the key, not the number.
        let with_number = format!("extra = {value}\n{source}");
        let err = load_str("n.toml", &with_number).expect_err("an unknown key");
        let first = &err.problems()[0].message;
        assert!(first.starts_with("unknown key `extra`"), "{value}: {first}");
    }
    // And `format` written in another base is read in that base.
    let hex = "format = 0x1\nheadline = \"h\"\n[[sections]]\ntitle = \"t\"\n";
    assert_eq!(load_str("hex.toml", hex).map(|b| b.format), Ok(1));
    let sixteen = "format = 0x10\nheadline = \"h\"\n[[sections]]\ntitle = \"t\"\n";
    let err = load_str("hex.toml", sixteen).expect_err("format 16");
    assert!(
        err.summary().contains("this file is format 16"),
        "{}",
        err.summary()
    );
}
