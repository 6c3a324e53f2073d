//! `brief print --format csv`: a row per topic and party that a CSV reader
//! parses back, silence included, and no cell a spreadsheet would run.

use std::process::{Command, Output, Stdio};

const FORMULAS: &str = "tests/fixtures/csv/formulas.toml";
const CITED: &str = "tests/fixtures/diff/cited.toml";
const BUNDLED: [&str; 5] = [
    "briefings/good-friday-agreement.toml",
    "briefings/iran-nuclear-jcpoa.toml",
    "briefings/istanbul-talks.toml",
    "briefings/new-start-2021-02.toml",
    "briefings/new-start-2023-02.toml",
];

fn brief(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_brief"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("could not run brief: {e}"))
}

fn printed(args: &[&str]) -> String {
    let out = brief(args);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "brief {args:?} failed:\n{err}");
    String::from_utf8(out.stdout).unwrap_or_else(|e| panic!("output is not UTF-8: {e}"))
}

/// The header and the records, read by a strict CSV reader: every record
/// as long as the header.
fn parsed(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(text.as_bytes());
    let head = reader
        .headers()
        .expect("a header")
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = reader
        .records()
        .map(|r| r.expect("a record").iter().map(str::to_owned).collect())
        .collect();
    (head, rows)
}

fn briefing(path: &str) -> brief::model::Briefing {
    let text = std::fs::read_to_string(path).expect("read");
    brief::load::load_str(path, &text).expect("loads")
}

#[test]
fn a_row_per_topic_and_party_with_silence_included() {
    let mut silences = 0;
    for path in BUNDLED.iter().copied().chain([CITED]) {
        let b = briefing(path);
        let topics = brief::compare::Comparison::of(&b).topics.len();
        let (head, rows) = parsed(&printed(&["print", "--format", "csv", path]));
        assert_eq!(head, brief::export::COLUMNS, "{path}");
        assert_eq!(rows.len(), topics * b.parties.len(), "{path}");
        let silent: Vec<_> = rows
            .iter()
            .filter(|r| r[5] == "no stated position")
            .collect();
        assert!(silent.iter().all(|r| r[6].is_empty()), "{path}");
        silences += silent.len();
    }
    assert!(silences > 10, "silence is written as rows of its own");
}

#[test]
fn a_cited_position_fills_its_columns() {
    let (_, rows) = parsed(&printed(&["print", "--format", "csv", CITED]));
    let row = |topic: &str, party: &str| -> Vec<String> {
        rows.iter()
            .find(|r| r[0] == topic && r[1] == party)
            .cloned()
            .unwrap_or_else(|| panic!("{topic}, {party}: {rows:#?}"))
    };
    assert_eq!(
        row("Quotas", "Norway"),
        [
            "Quotas",
            "Norway",
            "",
            "",
            "true",
            "conditional",
            "Would accept lower quotas if the inspection regime is shared.",
            "We can live with a smaller catch if we share the looking.",
            "Minutes of the first round (Joint Fisheries Commission)",
            "2025-03-04",
            "https://example.org/fisheries/minutes-1",
            "mixed",
        ]
    );
    let inspections = row("Inspections", "Norway");
    assert_eq!(inspections[8], "Press conference in Tromsø");
    assert_eq!(inspections[9], "2025-03-05");
    assert_eq!(row("Inspections", "Iceland")[5], "no stated position");
}

#[test]
fn the_matrix_is_a_grid_of_stance_words() {
    let (head, rows) = parsed(&printed(&["print", "--format", "csv", "--matrix", CITED]));
    assert_eq!(head, ["topic", "Norway", "Iceland"]);
    assert_eq!(
        rows,
        [
            ["Quotas", "conditional", "against"],
            ["Inspections", "for", "no stated position"],
        ]
    );
    for path in BUNDLED {
        let b = briefing(path);
        let topics = brief::compare::Comparison::of(&b).topics.len();
        let (head, rows) = parsed(&printed(&["print", "--format", "csv", "--matrix", path]));
        assert_eq!(head.len(), b.parties.len() + 1, "{path}");
        assert_eq!(rows.len(), topics, "{path}");
    }
}

#[test]
fn no_cell_starts_a_formula() {
    for matrix in [false, true] {
        let mut args = vec!["print", "--format", "csv", FORMULAS];
        if matrix {
            args.push("--matrix");
        }
        let (head, rows) = parsed(&printed(&args));
        for cell in head.iter().chain(rows.iter().flatten()) {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{cell:?} would run as a formula"
            );
        }
        if matrix {
            assert_eq!(head[1], "'=HYPERLINK(\"https://example.org\",\"click\")");
            assert_eq!(rows[0][0], "'=1+1");
        } else {
            let first = &rows[0];
            assert_eq!(first[0], "'=1+1");
            assert_eq!(first[2], "'+A1");
            assert_eq!(first[3], "'-2+3");
            assert_eq!(first[6], "'-1 is the answer");
            assert_eq!(first[7], "'@me");
            assert_eq!(first[8], "'@SUM(A1:A9)");
            // A tab is spacing inside a cell, and spacing at the ends goes.
            assert_eq!(rows[3][6], "Tabbed");
        }
    }
}

#[test]
fn records_end_in_crlf_and_quotes_are_doubled() {
    let text = printed(&["print", "--format", "csv", FORMULAS]);
    assert!(text.ends_with("\r\n"));
    let records: Vec<&str> = text.split_terminator('\n').collect();
    assert_eq!(records.len(), 5, "{text:?}");
    assert!(records.iter().all(|l| l.ends_with('\r')), "{text:?}");
    assert!(
        text.contains("\"'=HYPERLINK(\"\"https://example.org\"\",\"\"click\"\")\""),
        "{text}"
    );
}

#[test]
fn positions_changes_nothing_and_matrix_needs_csv() {
    assert_eq!(
        printed(&["print", "--format", "csv", CITED]),
        printed(&["print", "--format", "csv", "--positions", CITED])
    );
    let out = brief(&["print", "--matrix", CITED]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--format csv"), "{err}");
    assert!(out.stdout.is_empty());
}
