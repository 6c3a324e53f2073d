//! `brief completions SHELL` and `brief man`: generated from the argument
//! definitions, so every command is in them.

#[path = "support/isolated.rs"]
mod isolated;

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn brief(args: &[&str]) -> Output {
    isolated::brief().args(args).output().expect("run brief")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

const COMMANDS: &[&str] = &[
    "check",
    "print",
    "diff",
    "timeline",
    "new",
    "schema",
    "completions",
    "man",
];

/// Whether `program` runs here.
fn have(program: &str) -> bool {
    Command::new(program)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn each_shell_gets_a_script_that_knows_every_command() {
    let marks = [
        ("bash", "complete -F _brief"),
        ("zsh", "#compdef brief"),
        ("fish", "complete -c brief"),
        ("elvish", "arg-completer[brief]"),
        ("powershell", "Register-ArgumentCompleter"),
    ];
    for (shell, mark) in marks {
        let out = brief(&["completions", shell]);
        assert_eq!(out.status.code(), Some(0), "{shell}: {}", text(&out.stderr));
        let script = text(&out.stdout);
        assert!(script.contains(mark), "{shell}: no {mark:?}");
        for command in COMMANDS {
            assert!(script.contains(command), "{shell}: no {command}");
        }
        // The flags of a subcommand are completed too.
        assert!(script.contains("strict"), "{shell}: no --strict");
    }
}

#[test]
fn the_bash_script_parses_and_completes_a_subcommand() {
    if !have("bash") {
        eprintln!("note: bash is not available; the bash check is skipped");
        return;
    }
    let script = text(&brief(&["completions", "bash"]).stdout);
    // Load the script, then ask it what follows `brief ch`.
    let probe = format!(
        "{script}\nCOMP_WORDS=(brief ch); COMP_CWORD=1; _brief brief ch brief; printf '%s\\n' \"${{COMPREPLY[@]}}\"\n"
    );
    let mut child = Command::new("bash")
        .arg("-s")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run bash");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(probe.as_bytes())
        .expect("write the probe");
    let out = child.wait_with_output().expect("bash's output");
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout).trim(), "check");
}

#[test]
fn an_unknown_shell_is_a_usage_error_naming_the_shells() {
    let out = brief(&["completions", "tcsh"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("bash, elvish, fish, powershell, zsh"));
}

#[test]
fn the_man_page_starts_with_its_title_and_lists_every_command() {
    let out = brief(&["man"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let page = text(&out.stdout);
    assert!(
        page.starts_with(".TH brief 1"),
        "{}",
        &page[..page.len().min(200)]
    );
    assert!(page.contains(".SH NAME"));
    for command in COMMANDS {
        let listed = format!("brief\\-{command}(1)");
        assert!(page.contains(&listed), "no {listed}");
    }
    if !have("groff") {
        eprintln!("note: groff is not available; the page is not rendered");
        return;
    }
    let mut child = Command::new("groff")
        .args(["-man", "-Tutf8", "-ww"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run groff");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(page.as_bytes())
        .expect("write the page");
    let rendered = child.wait_with_output().expect("groff's output");
    assert!(rendered.status.success());
    assert_eq!(text(&rendered.stderr), "", "groff warns");
    assert!(
        text(&rendered.stdout).contains("party's positions"),
        "the apostrophe renders"
    );
}
