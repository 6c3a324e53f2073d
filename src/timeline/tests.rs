//! The timeline of a small series whose shifts are known: Aravia moves on
//! water from against to conditional to for, Borduria joins on trade in
//! round 2, trade leaves the talks in round 3, prisoners come in round 2.

use super::*;
use crate::load::load_str;
use crate::model::Stance;
use crate::series::{Member, group};
use crate::text::layout::LineRef;

const FILES: [(&str, &str); 3] = [
    (
        "aravia-1.toml",
        include_str!("../../tests/fixtures/series/aravia-1.toml"),
    ),
    (
        "aravia-2.toml",
        include_str!("../../tests/fixtures/series/aravia-2.toml"),
    ),
    (
        "aravia-3.toml",
        include_str!("../../tests/fixtures/series/aravia-3.toml"),
    ),
];

fn timeline() -> Timeline {
    // Given out of order: the series orders them.
    let members = FILES
        .iter()
        .rev()
        .map(|(name, text)| Member {
            name: (*name).to_owned(),
            briefing: load_str(name, text).unwrap_or_else(|e| panic!("{e}")),
        })
        .collect();
    let series = group(members);
    assert_eq!(series.len(), 1);
    Timeline::of(&series[0])
}

fn row<'t>(t: &'t Timeline, topic: &str) -> &'t Row {
    t.topics
        .iter()
        .find(|r| r.topic == topic)
        .unwrap_or_else(|| panic!("no row {topic}"))
}

const FOR: Mark = Mark::Stance(Stance::For);
const AGAINST: Mark = Mark::Stance(Stance::Against);
const CONDITIONAL: Mark = Mark::Stance(Stance::Conditional);

#[test]
fn verdicts_and_stances_follow_the_rounds() {
    let t = timeline();
    assert_eq!(t.process.as_deref(), Some("aravia-talks"));
    let files: Vec<&str> = t.rounds.iter().map(|r| r.file.as_str()).collect();
    assert_eq!(files, ["aravia-1.toml", "aravia-2.toml", "aravia-3.toml"]);
    // The mediator is not a counted party.
    assert_eq!(t.parties, ["Aravia", "Borduria"]);
    let topics: Vec<&str> = t.topics.iter().map(|r| r.topic.as_str()).collect();
    assert_eq!(topics, ["Water", "Border", "Trade", "Prisoners"]);
    let water = row(&t, "Water");
    assert_eq!(
        water.verdicts,
        [
            Some(Verdict::Divergence),
            Some(Verdict::Mixed),
            Some(Verdict::CommonGround)
        ]
    );
    assert_eq!(
        water.stances[0],
        [Some(AGAINST), Some(CONDITIONAL), Some(FOR)]
    );
    assert_eq!(
        steps(&water.stances[0]),
        [Step::Same, Step::Changed, Step::Changed]
    );
    let trade = row(&t, "Trade");
    assert_eq!(trade.verdicts[2], None, "trade is not in round 3");
    assert_eq!(trade.stances[1], [None, Some(FOR), None]);
    assert_eq!(
        steps(&trade.stances[1]),
        [Step::Same, Step::New, Step::Dropped]
    );
    let border = row(&t, "Border");
    assert_eq!(
        border.stances[0],
        [Some(CONDITIONAL), Some(CONDITIONAL), None]
    );
    let prisoners = row(&t, "Prisoners");
    assert_eq!(
        prisoners.verdicts,
        [
            None,
            Some(Verdict::NoPartyPosition),
            Some(Verdict::CommonGround)
        ]
    );
}

#[test]
fn the_summary_counts_moved_topics_and_shifting_parties() {
    let t = timeline();
    assert_eq!(t.moved(), 4);
    assert_eq!(t.shifted(0), 1, "Aravia shifted on water only");
    assert_eq!(t.shifted(1), 0, "Borduria came and went, never shifted");
    assert_eq!(t.summary(), "4 topics moved; Aravia shifted on 1");
}

#[test]
fn a_series_of_one_round_moves_nothing() {
    let (name, text) = FILES[0];
    let series = group(vec![Member {
        name: name.to_owned(),
        briefing: load_str(name, text).unwrap_or_else(|e| panic!("{e}")),
    }]);
    let t = Timeline::of(&series[0]);
    assert_eq!(t.summary(), "no topic moved; no party shifted");
}

#[test]
fn the_json_has_the_documented_shape() {
    let json = formats::json(&timeline()).unwrap_or_else(|e| panic!("{e}"));
    insta::assert_snapshot!("timeline_json", json);
}

#[test]
fn the_csv_has_a_row_per_topic_party_and_round() {
    let csv = formats::csv(&timeline()).unwrap_or_else(|e| panic!("{e}"));
    let lines: Vec<&str> = csv.lines().collect();
    // 4 topics × (verdict + 2 parties) × 3 rounds, and the header.
    assert_eq!(lines.len(), 1 + 4 * 3 * 3);
    assert!(lines.contains(
        &"aravia-talks,2,2025-02-10,aravia-2.toml,Water,Aravia,conditional,changed,Aravia softens on water"
    ));
    assert!(lines.contains(
        &"aravia-talks,3,2025-03-10,aravia-3.toml,Trade,Borduria,,dropped,Water deal agreed; prisoners to be exchanged"
    ));
}

#[test]
fn the_markdown_marks_changes_in_its_table() {
    let md = formats::markdown(&timeline());
    assert!(
        md.contains("| **Water** | divergence | → mixed | → common ground |"),
        "{md}"
    );
    assert!(md.contains("| ↳ Aravia | - | → \\~ | → + |"), "{md}");
}

fn text(t: &Timeline, width: usize) -> String {
    render::lines(t, width)
        .lines()
        .map(LineRef::text)
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_text_reads_along_a_row_at_80_columns() {
    let shown = text(&timeline(), 80);
    assert!(shown.lines().all(|l| l.chars().count() <= 80), "{shown}");
    insta::assert_snapshot!("timeline_text_80", shown);
}

#[test]
fn rounds_that_do_not_fit_continue_below() {
    let shown = text(&timeline(), 40);
    assert!(shown.lines().all(|l| l.chars().count() <= 40), "{shown}");
    // Every round is there, each in a block of its own at this width.
    for n in 1..=3 {
        assert_eq!(
            shown.matches(&format!("round {n}")).count(),
            2,
            "round {n} in the list and once as a column:\n{shown}"
        );
    }
    insta::assert_snapshot!("timeline_text_40", shown);
    // Not even one column fits beside the labels: cut, never wider.
    let tiny = text(&timeline(), 12);
    assert!(tiny.lines().all(|l| l.chars().count() <= 12), "{tiny}");
}
