//! `brief check` warnings: a fixture per warning, each placed like an error
//! (`FILE:LINE:COL`, the line, a caret, what to do); exit 0 unless `--strict`;
//! `--format json` for editors and CI.

#[path = "support/isolated.rs"]
mod isolated;

use std::process::{Output, Stdio};

use serde_json::Value;

fn brief(args: &[&str]) -> Output {
    isolated::brief()
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("could not run brief: {e}"))
}

fn fixture(name: &str) -> String {
    format!("tests/fixtures/warn/{name}.toml")
}

/// `brief check` on one fixture: it must pass (exit 0) with one `ok` line
/// that counts `n` warnings; returns stderr, the warnings.
fn warned(name: &str, n: usize) -> String {
    let path = fixture(name);
    let out = brief(&["check", &path]);
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(0), "warnings alone pass:\n{err}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let count = if n == 1 {
        "1 warning".to_owned()
    } else {
        format!("{n} warnings")
    };
    assert!(stdout.starts_with(&format!("ok  {path}: ")), "{stdout}");
    assert!(
        stdout.trim_end().ends_with(&format!("; {count}")),
        "{stdout}"
    );
    assert_eq!(err.matches(": warning: ").count(), n, "{err}");
    err
}

fn assert_has(text: &str, needles: &[&str]) {
    for needle in needles {
        assert!(text.contains(needle), "expected {needle:?} in:\n{text}");
    }
}

#[test]
fn a_misspelt_topic_is_placed_and_named() {
    let err = warned("near-miss-topic", 1);
    assert_has(
        &err,
        &[
            "tests/fixtures/warn/near-miss-topic.toml:28:11: warning: topic `Diferentiation` is close to `Differentiation`, but the two make separate rows with separate verdicts\n",
            "28 |   topic = \"Diferentiation\"\n",
            "   |           ^^^^^^^^^^^^^^^^\n",
            "  = did you mean `Differentiation` (line 2)?",
        ],
    );
}

#[test]
fn a_section_topic_that_names_no_topic() {
    let err = warned("section-topic-unknown", 1);
    assert_has(
        &err,
        &[
            "section-topic-unknown.toml:6:30: warning: section topic `Climate finanse` is no topic",
            "  = did you mean `Climate finance` (line 2)?",
        ],
    );
}

#[test]
fn a_listed_topic_no_party_addresses() {
    let err = warned("listed-topic-unaddressed", 1);
    assert_has(
        &err,
        &[
            "listed-topic-unaddressed.toml:2:21: warning: topic `Inspections` is listed, but no party states a position on it",
            "  = its verdict is unaddressed; add a position on it, or take it out of `topics`",
        ],
    );
}

#[test]
fn roles_that_only_mention_a_neutral_word_say_they_count() {
    let out = brief(&["check", &fixture("role-mentions-neutral-word")]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    // The G77 chair is a party; the mediator with counted = true counts too.
    assert!(
        stdout.contains("5 parties, 1 not counted: UN Secretariat (counted = false)"),
        "{stdout}"
    );
    let err = warned("role-mentions-neutral-word", 2);
    assert_has(
        &err,
        &[
            "role-mentions-neutral-word.toml:18:8: warning: role \"party; chairs the G77 bloc\" mentions `chairs` but is not a neutral role: China counts toward verdicts",
            "role-mentions-neutral-word.toml:27:8: warning: role \"host and chair of the conference\" mentions `host` but is not a neutral role: Egypt counts toward verdicts",
            "  = add `counted = false` to keep it out of verdicts, or `counted = true` to say it counts",
        ],
    );
}

#[test]
fn the_g77_chair_counts_so_the_topic_is_a_divergence() {
    let verdict = |args: &[&str]| -> Value {
        let out = brief(args);
        let value: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}"));
        value["verdicts"][0]["verdict"].clone()
    };
    let path = fixture("role-mentions-neutral-word");
    assert_eq!(verdict(&["print", "--format", "json", &path]), "divergence");
    // `counted = false` on China takes its "against" out.
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let text = std::fs::read_to_string(&path).unwrap_or_default().replace(
        "role = \"party; chairs the G77 bloc\"",
        "role = \"party; chairs the G77 bloc\"\ncounted = false",
    );
    let edited = dir.path().join("g77.toml");
    std::fs::write(&edited, text).unwrap_or_else(|e| panic!("{e}"));
    let edited = edited.to_string_lossy();
    assert_eq!(verdict(&["print", "--format", "json", &edited]), "mixed");
    let out = brief(&["check", &edited]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("2 not counted: China (counted = false), UN Secretariat (counted = false)"),
        "{stdout}"
    );
}

#[test]
fn a_party_with_no_positions() {
    let err = warned("party-without-positions", 1);
    assert_has(
        &err,
        &[
            "party-without-positions.toml:16:8: warning: party `Faroe Islands` states no positions",
            "  = it counts as silent on every topic; add [[parties.positions]] under it, or remove the party",
        ],
    );
}

#[test]
fn the_untouched_template_passes_with_warnings() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("new.toml");
    let path = path.to_string_lossy();
    assert_eq!(brief(&["new", &path]).status.code(), Some(0));
    let out = brief(&["check", &path]);
    assert_eq!(out.status.code(), Some(0));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_has(
        &err,
        &[
            &format!(
                "{path}:6:12: warning: `headline` still holds text from the `brief new` template"
            ),
            "  = replace it with the briefing's own words (or delete it, if it is optional)",
        ],
    );
    assert_eq!(brief(&["check", "--strict", &path]).status.code(), Some(1));
}

#[test]
fn strict_fails_on_warnings_and_only_then() {
    let out = brief(&["check", "--strict", &fixture("near-miss-topic")]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--strict: warnings count as failures"));
    let clean = brief(&["check", "--strict", "briefings/istanbul-talks.toml"]);
    assert_eq!(clean.status.code(), Some(0));
}

#[test]
fn json_holds_every_diagnostic_of_every_file() {
    let near = fixture("near-miss-topic");
    let bad = "tests/fixtures/bad/bad-stance.toml";
    let missing = "tests/fixtures/warn/no-such-file.toml";
    let out = brief(&[
        "check",
        "--format",
        "json",
        &near,
        bad,
        missing,
        "briefings/istanbul-talks.toml",
    ]);
    assert_eq!(out.status.code(), Some(1), "an invalid file fails");
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let value: Value =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("one JSON document: {e}"));
    let files = value["files"].as_array().cloned().unwrap_or_default();
    assert_eq!(files.len(), 4);
    assert_eq!(files[0]["valid"], true);
    assert_eq!(files[0]["warnings"], 1);
    assert_eq!(files[1]["valid"], false);
    assert_eq!(files[2]["valid"], false);
    assert_eq!(files[3]["warnings"], 0);
    let all = value["diagnostics"].as_array().cloned().unwrap_or_default();
    let warning = &all[0];
    assert_eq!(warning["file"], near.as_str());
    assert_eq!(warning["severity"], "warning");
    assert_eq!(
        (warning["line"].as_u64(), warning["column"].as_u64()),
        (Some(28), Some(11))
    );
    assert_eq!(warning["hint"], "did you mean `Differentiation` (line 2)?");
    assert!(
        warning["message"]
            .as_str()
            .unwrap_or_default()
            .contains("Diferentiation")
    );
    let error = all
        .iter()
        .find(|d| d["file"] == bad)
        .unwrap_or_else(|| panic!("{all:#?}"));
    assert_eq!(error["severity"], "error");
    assert!(error["line"].is_u64() && error["column"].is_u64());
    let unreadable = all
        .iter()
        .find(|d| d["file"] == missing)
        .unwrap_or_else(|| panic!("{all:#?}"));
    assert_eq!(unreadable["message"], "no such file");
    assert!(unreadable["line"].is_null());
    // With only warnings, JSON exits 0, and 1 under --strict.
    assert_eq!(
        brief(&["check", "--format", "json", &near]).status.code(),
        Some(0)
    );
    assert_eq!(
        brief(&["check", "--format", "json", "--strict", &near])
            .status
            .code(),
        Some(1)
    );
}
