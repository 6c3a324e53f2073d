//! brief with git, as the README sets it up: `brief print` as the textconv
//! driver of `git diff`, and `brief diff` as a difftool, in a real
//! repository in a temporary folder. Skipped when git is not installed.

use std::path::Path;
use std::process::{Command, Output};

const BRIEF: &str = env!("CARGO_BIN_EXE_brief");
const BEFORE: &str = include_str!("../briefings/new-start-2021-02.toml");
const AFTER: &str = include_str!("../briefings/new-start-2023-02.toml");

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// `git ARGS` in `repo`, with no user or system configuration read.
fn git(repo: &Path, args: &[&str]) -> Output {
    let out = Command::new("git")
        .args(args)
        .current_dir(repo)
        .env("HOME", repo)
        .env("XDG_CONFIG_HOME", repo.join(".config"))
        // brief, run by git, reads no configuration of whoever runs the tests.
        .env_remove("BRIEF_CONFIG")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", repo.join("no-global-config"))
        .env_remove("GIT_EXTERNAL_DIFF")
        .env("GIT_PAGER", "cat")
        .output()
        .expect("run git");
    assert!(out.status.success(), "git {args:?}: {}", text(&out.stderr));
    out
}

/// A repository with `b.toml` committed at BEFORE and changed to AFTER in
/// the working tree; `None` when git is not installed.
fn repository() -> Option<tempfile::TempDir> {
    if !Command::new("git")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
    {
        eprintln!("note: git is not available; the git tests are skipped");
        return None;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let repo = dir.path();
    git(repo, &["init", "-q"]);
    git(repo, &["config", "user.name", "Test"]);
    git(repo, &["config", "user.email", "test@example.org"]);
    std::fs::write(repo.join("b.toml"), BEFORE).expect("write");
    git(repo, &["add", "b.toml"]);
    git(repo, &["commit", "-q", "-m", "first"]);
    std::fs::write(repo.join("b.toml"), AFTER).expect("write");
    Some(dir)
}

#[test]
fn git_diff_shows_the_printed_briefings_through_textconv() {
    let Some(dir) = repository() else { return };
    let repo = dir.path();
    let raw = text(&git(repo, &["diff"]).stdout);
    assert!(
        raw.contains("+headline = "),
        "without the driver, TOML: {raw}"
    );

    // As the README says: .gitattributes, then the driver.
    std::fs::write(repo.join(".gitattributes"), "*.toml diff=brief\n").expect("write");
    let driver = format!("'{BRIEF}' print --width 80");
    git(repo, &["config", "diff.brief.textconv", &driver]);
    let printed = text(&git(repo, &["diff"]).stdout);
    assert!(!printed.contains("headline = "), "{printed}");
    assert!(
        printed.contains("-New START extended for five years, to February 2026"),
        "{printed}"
    );
    assert!(
        printed.contains("+Russia suspends its part in New START"),
        "{printed}"
    );
}

#[test]
fn git_difftool_runs_brief_diff() {
    let Some(dir) = repository() else { return };
    let repo = dir.path();
    let tool = format!("'{BRIEF}' diff \"$LOCAL\" \"$REMOTE\"");
    git(repo, &["config", "difftool.brief.cmd", &tool]);
    let out = text(&git(repo, &["difftool", "--no-prompt", "--tool=brief", "b.toml"]).stdout);
    assert!(out.contains("Changes from"), "{out}");
    assert!(
        out.contains("Implementing the treaty: common ground → divergence"),
        "{out}"
    );
}

#[test]
fn an_old_version_from_git_show_is_read_from_a_pipe() {
    let Some(dir) = repository() else { return };
    let repo = dir.path();
    let old = git(repo, &["show", "HEAD:b.toml"]).stdout;
    let mut child = Command::new(BRIEF)
        .args(["diff", "-", "b.toml"])
        .current_dir(repo)
        .env("HOME", repo)
        .env("XDG_CONFIG_HOME", repo.join(".config"))
        .env_remove("BRIEF_CONFIG")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("run brief");
    std::io::Write::write_all(&mut child.stdin.take().expect("stdin"), &old).expect("write");
    let out = child.wait_with_output().expect("output");
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).starts_with("Changes from <stdin> to b.toml"));
}
