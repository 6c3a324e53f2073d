//! No escape from a file reaches the terminal through `brief print`,
//! `brief check` or `brief diff`: every payload in every field, in file
//! names, unknown keys and lines that fail to parse, and what comes out
//! carries no ESC, no C1, no BEL, nothing that hides or reorders text.

#[path = "fixtures/hostile/support.rs"]
mod support;

use std::path::{Path, PathBuf};

use support::{
    Written, assert_inert, assert_inert_bytes, brief, briefing_with, older_briefing_with, payloads,
    text, toml_fragment,
};

/// A file name that tries the payloads' tricks on whoever lists it.
const HOSTILE_NAME: &str = "\u{1b}]0;name title\u{7}\u{9b}2J\u{202e}.toml";

fn written_for(name: &str) -> Written {
    // 100,000 marks as `\u0301` escapes in every field pass the size limit.
    if name.starts_with("zalgo") {
        Written::Raw
    } else {
        Written::Escaped
    }
}

fn put(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write");
    path
}

/// Every string in a JSON document, decoded: escapes like `\u001b` are
/// inert in the bytes but not in what a script does with them.
fn json_strings(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(items) => items.iter().for_each(|v| json_strings(v, out)),
        serde_json::Value::Object(map) => {
            for (key, v) in map {
                out.push(key.clone());
                json_strings(v, out);
            }
        }
        _ => {}
    }
}

/// `text` with brief's own colours taken out, failing on any other escape.
fn without_colours(what: &str, text: &str) -> String {
    let mut plain = String::new();
    let mut rest = text;
    while let Some(at) = rest.find('\u{1b}') {
        plain.push_str(&rest[..at]);
        let sequence = &rest[at + 1..];
        let params = sequence
            .strip_prefix('[')
            .map(|s| s.trim_start_matches(|c: char| c.is_ascii_digit() || c == ';'));
        match params.and_then(|p| p.strip_prefix('m')) {
            Some(after) => rest = after,
            None => panic!(
                "{what}: an escape that is not a colour: {:?}",
                &rest[at..][..12]
            ),
        }
    }
    plain.push_str(rest);
    plain
}

#[test]
fn print_in_every_format_shows_nothing_from_the_file_raw() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (name, payload) in payloads() {
        let file = put(
            dir.path(),
            HOSTILE_NAME,
            briefing_with(&payload, written_for(&name)),
        );
        for format in ["text", "markdown", "json", "csv"] {
            for positions in [false, true] {
                let mut args = vec!["print".as_ref(), file.as_os_str(), "--format".as_ref()];
                args.push(format.as_ref());
                if positions {
                    args.push("--positions".as_ref());
                }
                let what = format!("{name}: print --format {format} (positions: {positions})");
                let out = brief(&args);
                assert_eq!(out.status.code(), Some(0), "{what}: {}", text(&out.stderr));
                // CSV ends its records in CRLF, as RFC 4180 has it: the only
                // carriage returns it may hold.
                let stdout = text(&out.stdout).replace("\r\n", "\n");
                assert_inert(&format!("{what}, stdout"), &stdout);
                assert_inert_bytes(&format!("{what}, stderr"), &out.stderr);
                assert!(
                    text(&out.stdout).contains("Topic one"),
                    "{what}: {}",
                    text(&out.stdout)
                );
                if format == "json" {
                    let json: serde_json::Value =
                        serde_json::from_slice(&out.stdout).expect("valid JSON");
                    let mut strings = Vec::new();
                    json_strings(&json, &mut strings);
                    assert_inert(&format!("{what}, decoded"), &strings.join("\n"));
                }
            }
        }
    }
}

#[test]
fn coloured_text_holds_only_brief_s_own_colours() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (name, payload) in payloads() {
        let file = put(
            dir.path(),
            HOSTILE_NAME,
            briefing_with(&payload, written_for(&name)),
        );
        let out = brief(&[
            "print".as_ref(),
            file.as_os_str(),
            "--color=always".as_ref(),
        ]);
        assert_eq!(out.status.code(), Some(0), "{name}");
        let coloured = String::from_utf8(out.stdout).expect("UTF-8");
        assert!(coloured.contains("\u{1b}["), "{name}: not coloured");
        assert_inert(&name, &without_colours(&name, &coloured));
    }
}

#[test]
fn check_names_a_hostile_file_without_echoing_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let good = put(
        dir.path(),
        HOSTILE_NAME,
        briefing_with("x", Written::Escaped),
    );
    let missing = dir.path().join("\u{1b}]52;c;AA==\u{7}missing.toml");
    let out = brief(&["check".as_ref(), good.as_os_str(), missing.as_os_str()]);
    assert_eq!(out.status.code(), Some(1));
    assert_inert_bytes("check stdout", &out.stdout);
    assert_inert_bytes("check stderr", &out.stderr);
    assert!(text(&out.stdout).contains("␛]0;name title␇�2J.toml: 2 sections"));
    assert!(text(&out.stderr).contains("␛]52;c;AA==␇missing.toml: no such file"));
}

/// Every level's unknown keys, a stance, duplicate names and topics: each
/// message quotes the file, and none may quote it raw.
#[test]
fn check_of_an_invalid_file_quotes_its_text_inertly() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (name, payload) in payloads() {
        let p = toml_fragment(&payload, written_for(&name));
        let bad = briefing_with(&payload, written_for(&name))
            .replacen("format = 1", &format!("format = 1\n\"top {p}\" = 1"), 1)
            .replacen(
                "[[sources]]",
                &format!("[[sources]]\n\"source {p}\" = 1"),
                1,
            )
            .replacen(
                "[[sections]]",
                &format!("[[sections]]\n\"section {p}\" = 1"),
                1,
            )
            .replacen("stance = \"for\"", &format!("stance = \"for {p}\""), 1)
            .replacen("name = \"Gamma", "name = \"Alpha", 1)
            .replace(
                "[[parties.positions]]",
                &format!("[[parties.positions]]\n\"pos {p}\" = 1"),
            );
        let file = put(dir.path(), HOSTILE_NAME, bad);
        let out = brief(&["check".as_ref(), file.as_os_str()]);
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{name}: {err}");
        assert_inert_bytes(&format!("{name}: check stderr"), &out.stderr);
        assert_inert_bytes(&format!("{name}: check stdout"), &out.stdout);
        for expected in [
            "unknown key `top",
            "unknown key `pos",
            "not a stance",
            "listed twice",
        ] {
            assert!(err.contains(expected), "{name}: no {expected:?} in\n{err}");
        }
        // print refuses it with the same inert message.
        let out = brief(&["print".as_ref(), file.as_os_str()]);
        assert_eq!(out.status.code(), Some(1), "{name}");
        assert!(out.stdout.is_empty());
        assert_inert_bytes(&format!("{name}: print stderr"), &out.stderr);
    }
}

/// Lines that fail to parse, with raw control bytes in them: the error
/// shows the line, so the line must be shown inertly.
#[test]
fn a_line_that_fails_to_parse_is_quoted_inertly() {
    let good = briefing_with("x", Written::Escaped);
    let cases: [(&str, Vec<u8>); 7] = [
        (
            "raw ESC in a string",
            b"headline = \"\x1b]0;title\x07\"\n".to_vec(),
        ),
        (
            "raw ESC in a bare line",
            b"\x1b[2J\x1b]52;c;AAAA\x07 garbage\n".to_vec(),
        ),
        ("raw BEL and DEL as a key", b"a\x07\x7f = 1\n".to_vec()),
        (
            "an unterminated string with C1, bidi and tags",
            "headline = \"\u{9b}2J \u{202e}abc \u{e0041}\n"
                .as_bytes()
                .to_vec(),
        ),
        (
            "an escape then invalid UTF-8",
            b"headline = \"\\u001b[2J\" \x1b[6n \x9b\xff\n".to_vec(),
        ),
        (
            "a bad escape after an OSC",
            b"headline = \"\x1bP\\q\"\n".to_vec(),
        ),
        ("a bare CR", b"headline = \"a\"\r\x1b[?1049l\n".to_vec()),
    ];
    let dir = tempfile::tempdir().expect("tempdir");
    for (what, line) in cases {
        let mut bytes = line;
        bytes.extend_from_slice(good.as_bytes());
        let file = put(dir.path(), HOSTILE_NAME, &bytes);
        for command in ["check", "print"] {
            let out = brief(&[command.as_ref(), file.as_os_str()]);
            let err = text(&out.stderr);
            assert_eq!(out.status.code(), Some(1), "{what}: {err}");
            assert_inert_bytes(&format!("{command}, {what}"), &out.stderr);
            assert!(
                err.contains("2J.toml:1:"),
                "{command}, {what}: not located:\n{err}"
            );
        }
    }
}

#[test]
fn diff_between_two_hostile_versions_shows_nothing_raw() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (name, payload) in payloads() {
        let written = written_for(&name);
        let old = put(
            dir.path(),
            "old.toml",
            older_briefing_with(&payload, written),
        );
        let new = put(dir.path(), HOSTILE_NAME, briefing_with(&payload, written));
        for colour in ["--color=never", "--color=always"] {
            let args = [
                "diff".as_ref(),
                old.as_os_str(),
                new.as_os_str(),
                colour.as_ref(),
            ];
            let out = brief(&args);
            assert_eq!(out.status.code(), Some(0), "{name}: {}", text(&out.stderr));
            let shown = String::from_utf8(out.stdout).expect("UTF-8");
            let plain = without_colours(&name, &shown);
            assert_inert(&format!("{name}: diff {colour}"), &plain);
            assert!(plain.contains("Alpha"), "{name}: no change shown:\n{plain}");
        }
    }
}

/// Combining marks written as Markdown entities are decoded when the body
/// is laid out, after load-time sanitising; they must be capped too.
#[test]
fn print_caps_combining_marks_written_as_entities() {
    let dir = tempfile::tempdir().expect("tempdir");
    let body = format!("e{}", "&#x301;".repeat(1000));
    let file = put(
        dir.path(),
        "entities.toml",
        format!("headline = \"H\"\n[[sections]]\ntitle = \"T\"\nbody = \"{body}\"\n"),
    );
    let out = brief(&["print".as_ref(), file.as_os_str()]);
    assert_eq!(out.status.code(), Some(0));
    assert_inert_bytes("print of entity marks", &out.stdout);
}
