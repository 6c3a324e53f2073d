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
