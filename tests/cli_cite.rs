//! Cited positions on the command line: `check` refusing a bad link, an
//! unknown `cite` and a source id used twice, each at its place; `print`
//! in every format and `diff` showing the quote, the source, its date and
//! its link.

use std::process::{Command, Output, Stdio};

const CITED: &str = "tests/fixtures/diff/cited.toml";
const BASE: &str = "tests/fixtures/diff/base.toml";

fn brief(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_brief"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR")
        .stdin(Stdio::null())
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

/// Stderr of `brief check` on a bad fixture, which must be refused.
fn refused(name: &str) -> String {
    let path = format!("tests/fixtures/bad/{name}");
    let out = brief(&["check", &path]);
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(1), "{path} passed:\n{err}");
    assert!(err.starts_with(&path), "{err}");
    err
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
fn a_link_that_is_not_web_or_mail_is_refused_at_its_place() {
    let err = refused("bad-url.toml");
    assert_has(
        &err,
        &[
            "bad-url.toml:13:9: `parties[1].positions[1].url` is \"javascript:alert(1)\", which is not an http, https or mailto link",
            "https://, http:// or mailto:",
        ],
    );
}

#[test]
fn an_unknown_cite_names_the_nearest_id_or_lists_them() {
    let err = refused("unknown-cite.toml");
    assert_has(
        &err,
        &[
            "unknown-cite.toml:21:10: `parties[1].positions[1].cite` is \"minutes-2\", but no source has that id",
            "did you mean \"minutes-1\"?",
            "unknown-cite.toml:25:10: `parties[1].positions[2].cite` is \"reuters\"",
            "the sources' ids are: minutes-1, press-2",
        ],
    );
}

#[test]
fn a_source_id_used_twice_points_at_the_first() {
    let err = refused("duplicate-source-id.toml");
    assert_has(
        &err,
        &[
            "duplicate-source-id.toml:9:6: source id `minutes` is used twice",
            "the first is on line 5",
        ],
    );
}

#[test]
fn a_cited_briefing_passes_check() {
    let out = brief(&["check", CITED]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
}

#[test]
fn print_as_text_shows_the_quote_the_source_and_the_link() {
    let text = printed(&[
        "print",
        CITED,
        "--positions",
        "--width",
        "72",
        "--color",
        "never",
    ]);
    assert_has(
        &text,
        &[
            "  “We can live with a smaller catch if we share the looking.”\n",
            "  — Minutes of the first round (Joint Fisheries Commission), 2025-03-04\n",
            "  https://example.org/fisheries/minutes-1\n",
            "  — Press conference in Tromsø, 2025-03-05\n",
        ],
    );
    insta::assert_snapshot!("cited_positions_text", text);
}

#[test]
fn print_as_markdown_carries_the_citation() {
    let text = printed(&["print", CITED, "--format", "markdown"]);
    assert_has(
        &text,
        &[
            "- [Minutes of the first round](<https://example.org/fisheries/minutes-1>), Joint Fisheries Commission, 2025-03-04\n",
            "“We can live with a smaller catch if we share the looking.” — *Minutes of the first round (Joint Fisheries Commission), 2025-03-04*",
        ],
    );
    insta::assert_snapshot!("cited_positions_markdown", text);
}

#[test]
fn print_as_json_carries_the_fields_and_the_cited_source() {
    let text = printed(&["print", CITED, "--format", "json", "--positions"]);
    let json: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    let cell = &json["comparison"]["cells"][0][0];
    assert_eq!(cell["position"]["cite"], "minutes-1");
    assert_eq!(
        cell["position"]["quote"],
        "We can live with a smaller catch if we share the looking."
    );
    assert_eq!(cell["cited"]["publisher"], "Joint Fisheries Commission");
    assert_eq!(cell["cited"]["date"], "2025-03-04");
    let cell = &json["comparison"]["cells"][1][0];
    assert_eq!(cell["position"]["date"], "2025-03-05");
    assert_eq!(
        cell["position"]["url"],
        "https://example.org/fisheries/press/2025-03-05"
    );
    assert!(cell.get("cited").is_none(), "{cell}");
    let whole = printed(&["print", CITED, "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&whole).expect("JSON");
    assert_eq!(json["briefing"]["sources"][0]["id"], "minutes-1");
}

#[test]
fn diff_counts_a_new_quote_and_a_new_source_as_changes() {
    let out = brief(&["diff", BASE, CITED, "--width", "80", "--color", "never"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert_has(
        &text,
        &[
            "Norway · Quotas: new quote, new source\n",
            "Norway · Inspections: new source\n",
        ],
    );
    insta::assert_snapshot!("cited_diff_text", text);
    let json = printed(&["diff", BASE, CITED, "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    let quotas = &json["positions"][0];
    assert_eq!(quotas["quote_changed"], true);
    assert_eq!(quotas["source_changed"], true);
    assert_eq!(quotas["now"]["cite"], "minutes-1");
}

#[test]
fn a_new_date_or_link_alone_is_a_change() {
    let text = std::fs::read_to_string(CITED).expect("fixture");
    let dir = tempfile::tempdir().expect("temp dir");
    let later = dir.path().join("later.toml");
    let moved = text.replace("date = 2025-03-05", "date = 2025-03-06");
    std::fs::write(&later, moved).expect("write");
    let later = later.to_string_lossy().into_owned();
    let out = brief(&["diff", CITED, &later, "--color", "never"]);
    let shown = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{shown}");
    assert!(
        shown.contains("Norway · Inspections: new source\n"),
        "{shown}"
    );
    assert!(!shown.contains("Quotas"), "{shown}");
}
