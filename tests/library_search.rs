//! Search inside a library: `brief search` and the search the picker runs,
//! over thousands of generated briefings.

#[path = "support/isolated.rs"]
mod isolated;

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;
use std::process::Output;

use brief::library::grep::Needle;
use brief::library::{Root, files, hunt};

/// A word the generator's syllables can never make.
const TERM: &str = "zephyrine";
const CHOSEN: [usize; 3] = [17, 1_024, 1_999];

/// 2,000 generated briefings, the term placed in three of them: in a
/// headline, in a section's body and in a position.
fn library(dir: &Path) {
    brief::generate::library_dir(dir, 2_000, 11).expect("generate");
    let places = [
        ("headline = \"", "headline = \"Zephyrine "),
        (
            "\n[[sections]]\ntitle = \"",
            "\n[[sections]]\ntitle = \"zephyrine talks: ",
        ),
        ("text = \"", "text = \"Wants the ZEPHYRINE clause. "),
    ];
    for (n, (from, to)) in CHOSEN.iter().zip(places) {
        let path = dir.join(format!("briefing-{n:04}.toml"));
        let text = fs::read_to_string(&path).expect("read");
        assert!(text.contains(from), "{from:?} not in {}", path.display());
        fs::write(&path, text.replacen(from, to, 1)).expect("write");
    }
}

fn chosen_names() -> BTreeSet<String> {
    CHOSEN
        .iter()
        .map(|n| format!("briefing-{n:04}.toml"))
        .collect()
}

fn brief(args: &[&str]) -> Output {
    isolated::brief().args(args).output().expect("run brief")
}

#[test]
fn a_term_in_three_of_two_thousand_briefings_is_found_in_exactly_those() {
    let dir = tempfile::tempdir().expect("tempdir");
    library(dir.path());
    let origins = files(&[Root::Path(dir.path().to_path_buf())]);
    assert_eq!(origins.len(), 2_000);
    let needle = Needle::new(TERM).expect("a term");
    let mut found = Vec::new();
    hunt(&origins, &needle, &|| false, &mut |f| found.push(f));
    let names: BTreeSet<String> = found
        .iter()
        .map(|f| origins[f.index].short_name())
        .collect();
    assert_eq!(names, chosen_names());
    // In library order, each with its one line.
    assert!(found.windows(2).all(|w| w[0].index < w[1].index));
    assert!(found.iter().all(|f| f.hits.len() == 1));
    // A search told to stop hands back nothing more.
    let mut after_stop = 0;
    hunt(&origins, &needle, &|| true, &mut |_| after_stop += 1);
    assert_eq!(after_stop, 0);
}

#[test]
fn brief_search_prints_one_grep_line_a_match() {
    let dir = tempfile::tempdir().expect("tempdir");
    library(dir.path());
    let root = dir.path().to_str().expect("utf-8 path");
    let out = brief(&["search", TERM, root]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let stdout = String::from_utf8(out.stdout).expect("utf-8");
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 3, "{stdout}");
    let files: BTreeSet<String> = lines
        .iter()
        .map(|l| {
            let file = l.split(':').next().unwrap_or_default();
            Path::new(file)
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(files, chosen_names());
    assert!(
        lines[0].contains(":3: headline = \"Zephyrine "),
        "{}",
        lines[0]
    );
    // A capital letter makes the term match case: only the position's.
    let exact = brief(&["search", "ZEPHYRINE", root]);
    let exact = String::from_utf8(exact.stdout).expect("utf-8");
    assert_eq!(exact.lines().count(), 1, "{exact}");
    assert!(exact.contains("briefing-1999.toml"));
}

#[test]
fn brief_search_as_json_and_when_nothing_matches() {
    let dir = tempfile::tempdir().expect("tempdir");
    library(dir.path());
    let root = dir.path().to_str().expect("utf-8 path");
    let out = brief(&["search", TERM, root, "--format", "json"]);
    assert_eq!(out.status.code(), Some(0));
    let hits: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let hits = hits.as_array().expect("an array");
    assert_eq!(hits.len(), 3);
    let parts: Vec<&str> = hits.iter().filter_map(|h| h["part"].as_str()).collect();
    assert_eq!(parts, ["headline", "section", "position"]);
    assert_eq!(hits[1]["section"], 1);
    assert_eq!(hits[0]["line"], 3);
    // Nothing found: exit 1 and no output, as grep.
    let none = brief(&["search", "qqqxqqq", root]);
    assert_eq!(none.status.code(), Some(1));
    assert!(none.stdout.is_empty());
    let blank = brief(&["search", "  ", root]);
    assert_eq!(blank.status.code(), Some(2));
    let gone = dir.path().join("gone");
    let missing = brief(&["search", TERM, gone.to_str().expect("utf-8")]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("no such file"));
}
