//! `brief timeline` and the one-argument `brief diff` on a series of
//! rounds: what a person sees, the exit codes, and the bundled Istanbul
//! series. The timeline's model and formats are tested in src/timeline.

#[path = "support/isolated.rs"]
mod isolated;

use std::path::Path;
use std::process::{Output, Stdio};

use serde_json::Value;

fn brief(args: &[&str]) -> Output {
    brief_in(Path::new(env!("CARGO_MANIFEST_DIR")), args)
}

fn brief_in(dir: &Path, args: &[&str]) -> Output {
    isolated::brief()
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("could not run brief: {e}"))
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn json(out: &Output) -> Value {
    assert_eq!(out.status.code(), Some(0), "{}", stderr(out));
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("not JSON: {e}"))
}

#[test]
fn files_given_in_any_order_make_one_timeline_in_round_order() {
    let out = brief(&[
        "timeline",
        "tests/fixtures/series/aravia-3.toml",
        "tests/fixtures/series/aravia-1.toml",
        "tests/fixtures/series/aravia-2.toml",
        "--format",
        "json",
    ]);
    let value = json(&out);
    assert_eq!(value["process"], "aravia-talks");
    let rounds: Vec<u64> = value["rounds"]
        .as_array()
        .map(|r| r.iter().filter_map(|r| r["round"].as_u64()).collect())
        .unwrap_or_default();
    assert_eq!(rounds, [1, 2, 3]);
    assert_eq!(
        value["rounds"][0]["file"],
        "tests/fixtures/series/aravia-1.toml"
    );
    let water = &value["topics"][0];
    assert_eq!(water["topic"], "Water");
    assert_eq!(
        water["stances"]["Aravia"],
        serde_json::json!(["against", "conditional", "for"])
    );
    assert!(
        water["stances"].get("Syldavia").is_none(),
        "a mediator is not counted"
    );
}

#[test]
fn the_text_marks_each_shift_and_sums_up() {
    let out = brief(&[
        "timeline",
        "tests/fixtures/series",
        "--width",
        "80",
        "--color",
        "never",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("4 topics moved; Aravia shifted on 1"),
        "{text}"
    );
    let water = text
        .lines()
        .find(|l| l.starts_with("  Aravia    -"))
        .unwrap_or_else(|| panic!("no Aravia row on water:\n{text}"));
    assert!(water.contains("→ ~") && water.ends_with("→ +"), "{water}");
    assert!(!text.contains('\u{1b}'), "no colour with --color never");
    let coloured = brief(&["timeline", "tests/fixtures/series", "--color", "always"]);
    assert!(
        stdout(&coloured).contains('\u{1b}'),
        "colour with --color always"
    );
}

#[test]
fn a_directory_of_two_negotiations_asks_which_one() {
    let out = brief(&["timeline", "briefings"]);
    assert_eq!(out.status.code(), Some(2), "a usage error");
    assert!(stdout(&out).is_empty());
    let err = stderr(&out);
    assert!(err.contains("these briefings hold 2 negotiations"), "{err}");
    assert!(err.contains("istanbul-talks-2025  4 rounds"), "{err}");
    assert!(err.contains("new-start            2 rounds"), "{err}");
    assert!(err.contains("--process NAME"), "{err}");
    let unknown = brief(&["timeline", "briefings", "--process", "vienna"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(
        stderr(&unknown).contains("no briefing here has process = \"vienna\""),
        "{}",
        stderr(&unknown)
    );
}

#[test]
fn the_bundled_istanbul_series_gives_a_four_round_timeline() {
    let value = json(&brief(&[
        "timeline",
        "briefings",
        "--process",
        "istanbul-talks-2025",
        "--format",
        "json",
    ]));
    let dates: Vec<&str> = value["rounds"]
        .as_array()
        .map(|r| r.iter().filter_map(|r| r["date"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(
        dates,
        ["2025-05-15", "2025-05-16", "2025-06-02", "2025-07-23"]
    );
    let swaps = value["topics"]
        .as_array()
        .and_then(|t| t.iter().find(|t| t["topic"] == "Prisoner swaps"))
        .unwrap_or_else(|| panic!("no prisoner swaps in {value}"));
    // Only a possible subject in the preview; agreed from 16 May on.
    assert_eq!(
        swaps["verdicts"],
        serde_json::json!(["mixed", "common-ground", "common-ground", "common-ground"])
    );
    let new_start = json(&brief(&[
        "timeline",
        "briefings",
        "--process",
        "new-start",
        "--format",
        "json",
    ]));
    assert_eq!(new_start["rounds"].as_array().map(Vec::len), Some(2));
}

#[test]
fn csv_and_markdown_are_written_too() {
    let csv = brief(&["timeline", "tests/fixtures/series", "--format", "csv"]);
    assert_eq!(csv.status.code(), Some(0));
    assert!(
        stdout(&csv).starts_with("process,round,date,file,topic,party,value,change,headline\r\n")
    );
    let md = brief(&["timeline", "tests/fixtures/series", "--format", "markdown"]);
    assert!(stdout(&md).contains("| **Water** | divergence | → mixed | → common ground |"));
}

#[test]
fn a_broken_file_in_the_directory_is_left_out_with_a_word() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    for n in 1..=3 {
        let name = format!("aravia-{n}.toml");
        let from = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/series")
            .join(&name);
        std::fs::copy(from, dir.path().join(&name)).unwrap_or_else(|e| panic!("{e}"));
    }
    std::fs::write(dir.path().join("broken.toml"), "headline = ").unwrap_or_else(|e| panic!("{e}"));
    let out = brief_in(dir.path(), &["timeline", ".", "--format", "json"]);
    assert_eq!(json(&out)["rounds"].as_array().map(Vec::len), Some(3));
    assert!(stderr(&out).contains("left out"), "{}", stderr(&out));
    // A broken file named on the command line is an error.
    let named = brief_in(dir.path(), &["timeline", "aravia-1.toml", "broken.toml"]);
    assert_eq!(named.status.code(), Some(1));
}

#[test]
fn diff_with_one_file_compares_it_with_its_previous_round() {
    let out = brief(&[
        "diff",
        "briefings/istanbul-talks-2025-06-02.toml",
        "--width",
        "100",
        "--color",
        "never",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.starts_with(
            "Changes from briefings/istanbul-talks-2025-05-16.toml to briefings/istanbul-talks-2025-06-02.toml"
        ),
        "{text}"
    );
    assert!(text.contains("Return of the dead"), "{text}");
    // The round given by number wins over the order of file names.
    let out = brief(&[
        "diff",
        "tests/fixtures/series/aravia-2.toml",
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("aravia-1.toml"), "{}", stdout(&out));
}

#[test]
fn diff_with_one_file_says_why_there_is_nothing_before_it() {
    let first = brief(&["diff", "briefings/istanbul-talks.toml"]);
    assert_eq!(first.status.code(), Some(1));
    assert!(
        stderr(&first).contains("is the first round of \"istanbul-talks-2025\""),
        "{}",
        stderr(&first)
    );
    let loose = brief(&["diff", "briefings/iran-nuclear-jcpoa.toml"]);
    assert_eq!(loose.status.code(), Some(1));
    assert!(
        stderr(&loose).contains("names no `process`"),
        "{}",
        stderr(&loose)
    );
}

#[test]
fn check_warns_when_two_briefings_claim_one_round() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    for n in 1..=3 {
        let name = format!("aravia-{n}.toml");
        let from = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/series")
            .join(&name);
        let text = std::fs::read_to_string(from).unwrap_or_else(|e| panic!("{e}"));
        // Round 3 says it is round 2.
        std::fs::write(
            dir.path().join(&name),
            text.replace("round = 3", "round = 2"),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    }
    // Only round 3 checked: round 2 beside it is found.
    let out = brief_in(dir.path(), &["check", "aravia-3.toml"]);
    assert_eq!(out.status.code(), Some(0), "a warning, not an error");
    let err = stderr(&out);
    assert!(
        err.contains("aravia-3.toml:3:9: warning: round 2 of \"aravia-talks\" is also claimed by aravia-2.toml"),
        "{err}"
    );
    let strict = brief_in(
        dir.path(),
        &[
            "check",
            "--strict",
            "aravia-1.toml",
            "aravia-2.toml",
            "aravia-3.toml",
        ],
    );
    assert_eq!(strict.status.code(), Some(1));
    assert_eq!(
        stderr(&strict).matches("is also claimed by").count(),
        2,
        "{}",
        stderr(&strict)
    );
}
