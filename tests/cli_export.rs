//! `brief print --format markdown|json` and `--positions`: what scripts and
//! other tools get, checked by reading it back the way they would.

#[path = "support/isolated.rs"]
mod isolated;

use std::process::Stdio;

use brief::compare::Comparison;
use brief::load::load_file;
use brief::model::Briefing;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use serde_json::Value;

const ISTANBUL: &str = "briefings/istanbul-talks.toml";
const BUNDLED: [&str; 5] = [
    "briefings/istanbul-talks.toml",
    "briefings/iran-nuclear-jcpoa.toml",
    "briefings/good-friday-agreement.toml",
    "briefings/new-start-2021-02.toml",
    "briefings/new-start-2023-02.toml",
];

/// Stdout of a `brief` run that must succeed.
fn printed(args: &[&str]) -> String {
    let out = isolated::brief()
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR")
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("could not run brief: {e}"));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "brief {args:?} failed:\n{err}");
    String::from_utf8(out.stdout).unwrap_or_else(|e| panic!("output is not UTF-8: {e}"))
}

fn loaded(path: &str) -> Briefing {
    let full = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    load_file(&full).unwrap_or_else(|e| panic!("{e}"))
}

fn json(args: &[&str]) -> Value {
    let text = printed(args);
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("not JSON ({e}):\n{text}"))
}

#[test]
fn json_round_trips_to_the_loaded_briefing() {
    for path in BUNDLED {
        let value = json(&["print", "--format", "json", path]);
        let briefing: Briefing = serde_json::from_value(value["briefing"].clone())
            .unwrap_or_else(|e| panic!("{path}: briefing does not deserialize: {e}"));
        assert_eq!(briefing, loaded(path), "{path}");
    }
}

#[test]
fn json_holds_the_comparison_and_verdicts_cell_by_cell() {
    let b = loaded(ISTANBUL);
    let comparison = Comparison::of(&b);
    let value = json(&["print", "--format", "json", ISTANBUL]);
    let c = &value["comparison"];
    assert_eq!(
        c["topics"].as_array().map(Vec::len),
        Some(comparison.topics.len())
    );
    assert_eq!(c["parties"][2]["name"], "Türkiye");
    assert_eq!(c["parties"][2]["neutral"], true);
    let cells = c["cells"].as_array().expect("cells");
    assert_eq!(cells.len(), comparison.topics.len());
    for (t, row) in cells.iter().enumerate() {
        let row = row.as_array().expect("a row of cells");
        assert_eq!(row.len(), b.parties.len());
        for (p, cell) in row.iter().enumerate() {
            let position = comparison.cell(&b, t, p);
            assert_eq!(cell["position"].is_null(), position.is_none(), "{t},{p}");
            assert_eq!(cell["symbol"], comparison.mark(&b, t, p).symbol());
        }
    }
    // "Istanbul talks": Ukraine and Russia both for; the mediator is no side.
    assert_eq!(cells[0][0]["mark"], "for");
    assert_eq!(value["verdicts"][0]["topic"], "Istanbul talks");
    assert_eq!(value["verdicts"][0]["verdict"], "common-ground");
    // "Ceasefire": only Ukraine spoke.
    assert_eq!(value["verdicts"][2]["verdict"], "one-voice");
    assert_eq!(value["verdicts"][2]["silent"][0], "Russia");
    assert!(
        value["summary"]
            .as_str()
            .is_some_and(|s| s.contains("Russia silent on 4"))
    );
}

#[test]
fn json_positions_only_leaves_the_briefing_out() {
    let value = json(&["print", "--format", "json", "--positions", ISTANBUL]);
    assert!(value.get("briefing").is_none(), "{value}");
    assert!(value["comparison"]["cells"].is_array());
    assert!(value["verdicts"].is_array());
}

/// The first table in `markdown`: its rows of cell texts, header first.
fn table(markdown: &str) -> Vec<Vec<String>> {
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut in_cell = false;
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::TableHead | Tag::TableRow) => rows.push(Vec::new()),
            Event::Start(Tag::TableCell) => {
                in_cell = true;
                if let Some(row) = rows.last_mut() {
                    row.push(String::new());
                }
            }
            Event::End(TagEnd::TableCell) => in_cell = false,
            Event::Text(text) | Event::Code(text) if in_cell => {
                if let Some(cell) = rows.last_mut().and_then(|r| r.last_mut()) {
                    cell.push_str(&text);
                }
            }
            Event::End(TagEnd::Table) => break,
            _ => {}
        }
    }
    rows
}

#[test]
fn markdown_has_a_table_row_per_topic_and_a_column_per_party() {
    for path in BUNDLED {
        let b = loaded(path);
        let topics = Comparison::of(&b).topics;
        let rows = table(&printed(&["print", "--format", "markdown", path]));
        assert_eq!(
            rows.len(),
            topics.len() + 1,
            "{path}: header and a row per topic"
        );
        let head = &rows[0];
        assert_eq!(head.len(), b.parties.len() + 2, "{path}: {head:?}");
        assert_eq!(head[0], "Topic");
        assert_eq!(head.last().map(String::as_str), Some("Verdict"));
        for (p, party) in b.parties.iter().enumerate() {
            assert!(head[p + 1].starts_with(&party.name), "{path}: {head:?}");
        }
        for (row, topic) in rows[1..].iter().zip(&topics) {
            assert_eq!(&row[0], topic, "{path}");
            assert_eq!(row.len(), head.len(), "{path}: {row:?}");
        }
    }
}

#[test]
fn markdown_reads_like_the_briefing() {
    let b = loaded(ISTANBUL);
    let text = printed(&["print", "--format", "markdown", ISTANBUL]);
    assert!(text.starts_with(&format!("# {}\n", b.headline)), "{text}");
    assert!(
        text.contains("## Key points\n\n- Negotiators from Russia"),
        "{text}"
    );
    for section in &b.sections {
        assert!(
            text.contains(&format!("\n## {}\n", section.title)),
            "{}",
            section.title
        );
    }
    // Cells start with the mark and its word, and quote the position's start.
    assert!(text.contains("| + for: Agreed to send officials"), "{text}");
    assert!(text.contains("| · no stated position |"), "{text}");
    let only = printed(&["print", "--format", "markdown", "--positions", ISTANBUL]);
    assert!(only.starts_with("## Positions\n"), "{only}");
    assert!(!only.contains("## Key points"), "{only}");
}

#[test]
fn pipes_in_the_text_do_not_break_the_table() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("pipes.toml");
    let source = r#"
headline = "h"
[[sections]]
title = "s"
body = "b"
[[parties]]
name = "A | B"
  [[parties.positions]]
  topic = "x | y"
  stance = "for"
  text = "either | or \\| both"
[[parties]]
name = "C"
"#;
    std::fs::write(&path, source).expect("write");
    let path = path.to_string_lossy().into_owned();
    let rows = table(&printed(&["print", "--format", "markdown", &path]));
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert_eq!(rows[0], ["Topic", "A | B", "C", "Verdict"]);
    assert_eq!(rows[1][0], "x | y");
    assert_eq!(rows[1][1], "+ for: either | or \\| both");
    assert_eq!(rows[1].len(), 4, "{rows:?}");
}

#[test]
fn text_positions_only_is_the_comparison_and_its_summary() {
    let text = printed(&["print", "--positions", "--width", "80", ISTANBUL]);
    assert!(text.starts_with("Positions\n"), "{text}");
    assert!(text.contains("Russia silent on 4"), "{text}");
    assert!(text.contains("Istanbul talks  [common ground]"), "{text}");
    assert!(!text.contains("Key points"), "{text}");
    // The same block ends the full print.
    let full = printed(&["print", "--width", "80", ISTANBUL]);
    assert!(
        full.ends_with(&text),
        "the full print ends with the positions"
    );
}
