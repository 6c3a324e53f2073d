//! `brief new`: a template that passes `brief check`, and never a lost file.

#[path = "support/isolated.rs"]
mod isolated;

use std::path::Path;
use std::process::Output;

fn brief(args: &[&str], dir: &Path) -> Output {
    isolated::brief()
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap_or_else(|e| panic!("could not run brief: {e}"))
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn new_writes_a_template_that_passes_check() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let out = brief(&["new", "mine.toml"], dir.path());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let said = text(&out.stdout);
    assert!(said.contains("wrote mine.toml"), "{said}");
    assert!(
        said.contains("`brief check mine.toml`"),
        "the next step is missing: {said}"
    );

    let written =
        std::fs::read_to_string(dir.path().join("mine.toml")).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(written, brief::template::TEMPLATE);
    assert!(
        written
            .lines()
            .filter(|l| l.trim_start().starts_with('#'))
            .count()
            >= 5,
        "the template should explain itself"
    );

    let check = brief(&["check", "mine.toml"], dir.path());
    assert_eq!(check.status.code(), Some(0), "{}", text(&check.stderr));
    assert!(
        text(&check.stdout)
            .starts_with("ok  mine.toml: 1 section, 2 topics, 2 parties, all counted; "),
        "{}",
        text(&check.stdout)
    );
    // Every placeholder is pointed out until it is replaced.
    assert!(
        text(&check.stderr).contains(
            "mine.toml:6:12: warning: `headline` still holds text from the `brief new` template"
        ),
        "{}",
        text(&check.stderr)
    );
}

#[test]
fn new_never_overwrites_a_file() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("notes.toml");
    std::fs::write(&path, "my own work").unwrap_or_else(|e| panic!("{e}"));
    let out = brief(&["new", "notes.toml"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.starts_with("notes.toml: already exists"), "{err}");
    assert!(err.contains("never overwrites"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(
        std::fs::read_to_string(&path).unwrap_or_default(),
        "my own work"
    );
}

#[test]
fn new_in_a_missing_folder_says_so() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let out = brief(&["new", "no/such/folder/b.toml"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains(
            "no/such/folder/b.toml: cannot create it: the folder it would go in does not exist"
        ),
        "{err}"
    );
}

#[test]
fn new_from_a_bundled_name_copies_it_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let out = brief(
        &["new", "--from", "istanbul-talks", "mine.toml"],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("a copy of istanbul-talks.toml (bundled)"));
    let path = dir.path().join("mine.toml");
    let written = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(written, include_str!("../briefings/istanbul-talks.toml"));

    std::fs::write(&path, "mine, edited").unwrap_or_else(|e| panic!("{e}"));
    let again = brief(
        &["new", "--from", "iran-nuclear-jcpoa.toml", "mine.toml"],
        dir.path(),
    );
    assert_eq!(again.status.code(), Some(1));
    assert!(text(&again.stderr).contains("mine.toml: already exists"));
    let kept = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(kept, "mine, edited");
}

#[test]
fn new_from_a_file_copies_it_and_refuses_a_broken_one_with_its_place() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let source = dir.path().join("draft.toml");
    let good = include_str!("../tests/fixtures/diff/base.toml");
    std::fs::write(&source, good).unwrap_or_else(|e| panic!("{e}"));
    let out = brief(&["new", "--from", "draft.toml", "copy.toml"], dir.path());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let copy =
        std::fs::read_to_string(dir.path().join("copy.toml")).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(copy, good);

    std::fs::write(&source, "headline = \"x\"\nstray = 1\n").unwrap_or_else(|e| panic!("{e}"));
    let out = brief(&["new", "--from", "draft.toml", "other.toml"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).starts_with("draft.toml:2:1:"),
        "{}",
        text(&out.stderr)
    );
    assert!(!dir.path().join("other.toml").exists());

    let out = brief(
        &["new", "--from", "no-such-thing", "other.toml"],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("bundled: istanbul-talks"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn new_with_schema_writes_the_schema_line_first_and_still_checks() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let out = brief(
        &["new", "--schema", "./briefing.schema.json", "mine.toml"],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let written =
        std::fs::read_to_string(dir.path().join("mine.toml")).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        written,
        format!(
            "#:schema ./briefing.schema.json\n{}",
            brief::template::TEMPLATE
        )
    );
    let check = brief(&["check", "mine.toml"], dir.path());
    assert_eq!(check.status.code(), Some(0), "{}", text(&check.stderr));
}

#[test]
fn schema_prints_the_json_schema() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let out = brief(&["schema"], dir.path());
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        text(&out.stdout),
        include_str!("../assets/briefing.schema.json")
    );
    let json: serde_json::Value =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(json["$schema"], "http://json-schema.org/draft-07/schema#");
}
