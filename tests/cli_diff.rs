//! `brief diff OLD NEW`: what a person sees when comparing two rounds of a
//! negotiation, its exit codes, and its colour rules.

#[path = "support/isolated.rs"]
mod isolated;

use std::process::{Output, Stdio};

const FIXTURES: &str = "tests/fixtures/diff";

fn brief(args: &[&str]) -> Output {
    isolated::brief()
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR")
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("could not run brief: {e}"))
}

/// Stdout of `brief diff base.toml <other>.toml`, which must exit 0.
fn diff_from_base(other: &str) -> String {
    let old = format!("{FIXTURES}/base.toml");
    let new = format!("{FIXTURES}/{other}.toml");
    let out = brief(&["diff", &old, &new, "--width", "80"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "diff failed:\n{err}");
    assert!(err.is_empty(), "unexpected stderr: {err}");
    String::from_utf8(out.stdout).unwrap_or_else(|e| panic!("output is not UTF-8: {e}"))
}

#[test]
fn a_stance_shift_reads_party_topic_old_and_new() {
    let text = diff_from_base("shift");
    assert!(
        text.contains("Norway · Quotas: conditional -> against\n"),
        "{text}"
    );
    assert!(!text.contains("reworded"), "only the stance moved:\n{text}");
    assert!(!text.contains("Iceland"), "Iceland did not change:\n{text}");
}

#[test]
fn a_reworded_position_shows_the_old_and_new_words() {
    let text = diff_from_base("reworded");
    assert!(text.contains("Norway · Inspections: reworded\n"), "{text}");
    assert!(
        text.contains("was: Wants joint inspections at sea.\n"),
        "{text}"
    );
    assert!(
        text.contains("now: Wants joint inspections at sea and in port.\n"),
        "{text}"
    );
    assert!(!text.contains("->"), "no stance moved:\n{text}");
}

#[test]
fn a_party_added_and_one_removed_bring_their_positions() {
    let text = diff_from_base("parties");
    assert!(text.contains("added: Faroe Islands\n"), "{text}");
    assert!(text.contains("removed: Iceland\n"), "{text}");
    assert!(
        text.contains("Faroe Islands · Quotas: added, against\n"),
        "{text}"
    );
    assert!(
        text.contains("Iceland · Quotas: dropped, was against\n"),
        "{text}"
    );
}

#[test]
fn a_renamed_topic_is_one_removed_and_one_added() {
    let text = diff_from_base("renamed");
    assert!(text.contains("added: Monitoring\n"), "{text}");
    assert!(text.contains("removed: Inspections\n"), "{text}");
    assert!(text.contains("Norway · Monitoring: added, for\n"), "{text}");
    assert!(
        text.contains("Norway · Inspections: dropped, was for\n"),
        "{text}"
    );
}

#[test]
fn identical_files_say_no_changes_and_exit_0() {
    let text = diff_from_base("base");
    assert!(text.starts_with("no changes between "), "{text}");
    assert!(
        !text.contains("Positions") && !text.contains("Sections"),
        "{text}"
    );
    // Written differently, saying the same: still no changes.
    let text = diff_from_base("reflowed");
    assert!(text.starts_with("no changes"), "{text}");
}

#[test]
fn the_bundled_pair_at_80_columns() {
    let out = brief(&[
        "diff",
        "briefings/new-start-2021-02.toml",
        "briefings/new-start-2023-02.toml",
        "--width",
        "80",
        "--color",
        "never",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    let wide: Vec<&str> = text
        .lines()
        .filter(|l| unicode_width::UnicodeWidthStr::width(*l) > 80)
        .collect();
    assert!(wide.is_empty(), "lines wider than 80: {wide:#?}");
    insta::assert_snapshot!("new_start_2021_to_2023", text);
}

/// `brief diff` on the bundled New START pair in `format`.
fn new_start(format: &str) -> String {
    let out = brief(&[
        "diff",
        "briefings/new-start-2021-02.toml",
        "briefings/new-start-2023-02.toml",
        "--width",
        "80",
        "--color",
        "never",
        "--format",
        format,
    ]);
    assert_eq!(out.status.code(), Some(0));
    String::from_utf8(out.stdout).unwrap_or_else(|e| panic!("output is not UTF-8: {e}"))
}

#[test]
fn the_bundled_pair_opens_with_the_verdicts_that_moved() {
    let text = new_start("text");
    let verdicts = text.find("\nVerdicts\n").expect("a Verdicts heading");
    let positions = text.find("\nPositions\n").expect("a Positions heading");
    assert!(verdicts < positions, "{text}");
    assert!(
        text.contains("  Implementing the treaty: common ground → divergence\n"),
        "{text}"
    );
    let markdown = new_start("markdown");
    assert!(
        markdown.contains("## Verdicts\n\n- ")
            && markdown.contains("- **Implementing the treaty**: common ground → divergence\n"),
        "{markdown}"
    );
    insta::assert_snapshot!("new_start_2021_to_2023_markdown", markdown);
}

#[test]
fn the_bundled_pair_as_json() {
    let text = new_start("json");
    let value: serde_json::Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("not JSON ({e}):\n{text}"));
    let verdicts = value["verdicts"].as_array().cloned().unwrap_or_default();
    let treaty = verdicts
        .iter()
        .find(|v| v["topic"] == "Implementing the treaty")
        .unwrap_or_else(|| panic!("{verdicts:#?}"));
    assert_eq!(treaty["was"], "common-ground");
    assert_eq!(treaty["now"], "divergence");
    // A topic only NEW has was nothing before.
    assert!(verdicts.iter().any(|v| v["was"].is_null()), "{verdicts:#?}");
    // And everything the text says, too.
    for key in [
        "fields",
        "parties",
        "topics",
        "positions",
        "sections",
        "key_points",
    ] {
        assert!(!value[key].is_null(), "{key} missing");
    }
    insta::assert_snapshot!("new_start_2021_to_2023_json", text);
}

#[test]
fn colour_only_on_request_when_piped() {
    let old = format!("{FIXTURES}/base.toml");
    let new = format!("{FIXTURES}/shift.toml");
    let plain = brief(&["diff", &old, &new]);
    assert!(!plain.stdout.contains(&0x1b), "escapes in piped output");
    let coloured = brief(&["diff", &old, &new, "--color", "always"]);
    assert!(
        coloured.stdout.starts_with(b"\x1b["),
        "no colour with --color always"
    );
    let text = String::from_utf8_lossy(&coloured.stdout);
    assert!(text.contains("conditional"), "{text}");
}

#[test]
fn a_file_that_cannot_be_loaded_exits_1_and_names_it() {
    let missing = format!("{FIXTURES}/no-such-file.toml");
    let bad = "tests/fixtures/bad/syntax.toml";
    let base = format!("{FIXTURES}/base.toml");
    let out = brief(&["diff", &base, &missing]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no-such-file.toml"), "{err}");
    // Both files' problems at once.
    let out = brief(&["diff", bad, &missing]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("syntax.toml:") && err.contains("no-such-file.toml"),
        "{err}"
    );
}

#[test]
fn diff_needs_a_file_and_one_alone_needs_a_previous_round() {
    let out = brief(&["diff"]);
    assert_eq!(out.status.code(), Some(2), "a usage mistake");
    // One file is compared with its previous round; this one names no
    // process, so there is none (see tests/cli_timeline.rs for rounds).
    let base = format!("{FIXTURES}/base.toml");
    let out = brief(&["diff", &base]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("names no `process`"), "{err}");
    assert!(err.contains("brief diff EARLIER"), "{err}");
}
