//! The diff engine on small briefings, and `topic_changes` for the reader.

use super::*;
use crate::load::load_str;
use crate::model::Stance;

fn load(text: &str) -> Briefing {
    load_str("t.toml", text).unwrap_or_else(|e| panic!("{e}"))
}

const OLD: &str = r#"
headline = "Round one"
[[sections]]
title = "Background"
body = "The talks began."
[[sections]]
title = "Outlook"
body = "Unclear."
[[parties]]
name = "Russia"
  [[parties.positions]]
  topic = "Renewal"
  stance = "conditional"
  text = "Only with a freeze."
  [[parties.positions]]
  topic = "Inspections"
  stance = "for"
  text = "Accepts them."
[[parties]]
name = "United States"
  [[parties.positions]]
  topic = "Renewal"
  stance = "for"
  text = "Wants five years."
"#;

const NEW: &str = r#"
headline = "Round two"
[[sections]]
title = "background"
body = """
The talks
began."""
[[sections]]
title = "Suspension"
body = "Moscow walked out."
[[parties]]
name = "Russia"
  [[parties.positions]]
  topic = "renewal"
  stance = "against"
  text = "Only with a freeze."
  [[parties.positions]]
  topic = "Arsenals"
  stance = "for"
  text = "Count the others."
[[parties]]
name = "United States"
  [[parties.positions]]
  topic = "Renewal"
  stance = "for"
  text = "Wants a new framework."
"#;

fn change_of<'d>(d: &'d Diff, party: &str, topic: &str) -> &'d Change {
    &d.positions
        .iter()
        .find(|c| c.party == party && same_topic(&c.topic, topic))
        .unwrap_or_else(|| panic!("no change for {party} on {topic}: {d:#?}"))
        .change
}

#[test]
fn identical_briefings_have_no_changes() {
    assert!(diff(&load(OLD), &load(OLD)).is_empty());
    // Re-wrapping text and changing the case of a title is not a change.
    let mut moved = load(OLD);
    moved.sections[0].title = "BACKGROUND ".into();
    moved.sections[0].body = "The   talks\nbegan.".into();
    assert!(diff(&load(OLD), &moved).is_empty());
}

#[test]
fn a_stance_shift_keeps_the_words_and_moves_the_mark() {
    let d = diff(&load(OLD), &load(NEW));
    let c = change_of(&d, "Russia", "Renewal");
    assert_eq!(
        c.stance_shift(),
        Some((
            Mark::Stance(Stance::Conditional),
            Mark::Stance(Stance::Against)
        ))
    );
    assert!(!c.reworded());
}

#[test]
fn rewording_without_a_shift_is_reported_as_such() {
    let d = diff(&load(OLD), &load(NEW));
    let c = change_of(&d, "United States", "Renewal");
    assert_eq!(c.stance_shift(), None);
    assert!(c.reworded());
}

#[test]
fn positions_added_and_dropped_come_with_their_topics() {
    let d = diff(&load(OLD), &load(NEW));
    assert!(
        matches!(change_of(&d, "Russia", "Arsenals"), Change::Added(p) if p.text == "Count the others.")
    );
    assert!(
        matches!(change_of(&d, "Russia", "Inspections"), Change::Dropped(p) if p.text == "Accepts them.")
    );
    assert_eq!(d.topics_added, ["Arsenals"]);
    assert_eq!(d.topics_removed, ["Inspections"]);
    // NEW's rows first, then the one only OLD has.
    let order: Vec<&str> = d.positions.iter().map(|c| c.topic.as_str()).collect();
    assert_eq!(order, ["renewal", "renewal", "Arsenals", "Inspections"]);
}

#[test]
fn sections_pair_by_title_and_fields_are_compared() {
    let d = diff(&load(OLD), &load(NEW));
    assert_eq!(
        d.sections,
        [
            SectionChange::Added("Suspension".into()),
            SectionChange::Removed("Outlook".into()),
        ]
    );
    assert_eq!(d.fields.len(), 1);
    assert_eq!(d.fields[0].field, "headline");
    let mut edited = load(OLD);
    edited.sections[1].body = "Bleak.".into();
    edited.sections[1].topics = vec!["Renewal".into()];
    assert_eq!(
        diff(&load(OLD), &edited).sections,
        [SectionChange::Changed {
            title: "Outlook".into(),
            body: true,
            topics: true
        }]
    );
}

#[test]
fn parties_added_and_removed_bring_their_positions() {
    let old = load(OLD);
    let mut new = load(OLD);
    new.parties[1].name = "China".into();
    let d = diff(&old, &new);
    assert_eq!(d.parties_added, ["China"]);
    assert_eq!(d.parties_removed, ["United States"]);
    assert!(matches!(
        change_of(&d, "China", "Renewal"),
        Change::Added(_)
    ));
    assert!(matches!(
        change_of(&d, "United States", "Renewal"),
        Change::Dropped(_)
    ));
}

#[test]
fn a_new_source_alone_is_a_change() {
    let old = load(OLD);
    let mut new = load(OLD);
    new.parties[0].positions[0].source = Some("Kremlin".into());
    let d = diff(&old, &new);
    let c = change_of(&d, "Russia", "Renewal");
    assert!(c.source_changed() && !c.reworded() && c.stance_shift().is_none());
}

#[test]
fn topic_changes_give_every_row_of_new_with_old_and_new_marks() {
    let old = load(OLD);
    let new = load(NEW);
    let rows = topic_changes(&old, &new);
    assert_eq!(rows.len(), Comparison::of(&new).topics.len());
    // Renewal: Russia shifted, the US reworded.
    let renewal = &rows[0];
    assert_eq!(renewal.old_topic, Some(0));
    assert_eq!(
        renewal.cells[0],
        CellChange {
            old: Some(Mark::Stance(Stance::Conditional)),
            new: Mark::Stance(Stance::Against),
            reworded: false,
            requoted: false,
            resourced: false,
        }
    );
    assert!(renewal.cells[1].reworded && renewal.cells[1].changed());
    assert!(renewal.changed());
    // Arsenals is new; Russia was silent on it, the US still is.
    let arsenals = &rows[1];
    assert_eq!(arsenals.old_topic, None);
    assert_eq!(arsenals.cells[0].old, Some(Mark::Silent));
    assert!(!arsenals.cells[1].changed());
    // Nothing changed against itself.
    assert!(topic_changes(&new, &new).iter().all(|t| !t.changed()));
}

#[test]
fn a_party_new_in_new_has_no_old_mark() {
    let old = load(OLD);
    let mut new = load(OLD);
    new.parties[1].name = "China".into();
    let rows = topic_changes(&old, &new);
    assert_eq!(rows[0].cells[1].old, None);
    assert!(rows[0].cells[1].changed());
}

#[test]
fn changed_marks_name_only_the_cells_that_moved() {
    let marks = changed_marks(&topic_changes(&load(OLD), &load(NEW)));
    assert_eq!(
        marks[0],
        Some(RowChange {
            parties: vec![
                (0, Mark::Stance(Stance::Conditional)),
                (1, Mark::Stance(Stance::For))
            ],
            verdict_was: Some(Verdict::Mixed),
            new_topic: false,
        })
    );
    // A new topic had no verdict to change from.
    assert_eq!(
        marks[1],
        Some(RowChange {
            parties: vec![(0, Mark::Silent)],
            verdict_was: None,
            new_topic: true,
        })
    );
    let same = changed_marks(&topic_changes(&load(NEW), &load(NEW)));
    assert!(same.iter().all(Option::is_none));
}

#[test]
fn verdict_changes_come_with_the_topic_and_null_where_it_is_absent() {
    let d = diff(&load(OLD), &load(NEW));
    let shown: Vec<(&str, Option<Verdict>, Option<Verdict>)> = d
        .verdicts
        .iter()
        .map(|v| (v.topic.as_str(), v.was, v.now))
        .collect();
    assert_eq!(
        shown,
        [
            ("renewal", Some(Verdict::Mixed), Some(Verdict::Divergence)),
            ("Arsenals", None, Some(Verdict::OneVoice)),
            ("Inspections", Some(Verdict::OneVoice), None),
        ]
    );
    let rows = topic_changes(&load(OLD), &load(NEW));
    assert_eq!(rows[0].verdict_changed(), Some(Verdict::Mixed));
    assert_eq!(rows[0].now, Verdict::Divergence);
    assert!(diff(&load(NEW), &load(NEW)).verdicts.is_empty());
}

#[test]
fn a_verdict_that_moves_only_because_who_counts_changed_is_a_change() {
    let old = load(OLD);
    let mut new = load(OLD);
    new.parties[1].counted = Some(false);
    let rows = topic_changes(&old, &new);
    assert!(rows[0].cells.iter().all(|c| !c.changed()));
    assert_eq!(rows[0].verdict_changed(), Some(Verdict::Mixed));
    assert!(rows[0].changed());
}

#[test]
fn diff_lines_use_a_short_name_only_where_the_full_one_does_not_fit() {
    let long = |text: &str| {
        load(&text.replace(
            "name = \"United States\"",
            "name = \"United States of America\"\nshort = \"USA\"",
        ))
    };
    let d = diff(&long(OLD), &long(NEW));
    let text = |width| -> Vec<String> {
        let lines = render::lines(&d, "old", "new", width);
        crate::print::to_text(&lines, None)
            .lines()
            .map(str::to_owned)
            .collect()
    };
    let wide = text(100);
    assert!(
        wide.iter()
            .any(|l| l == "  United States of America · renewal: reworded"),
        "{wide:#?}"
    );
    let narrow = text(40);
    assert!(
        narrow.iter().any(|l| l == "  USA · renewal: reworded"),
        "{narrow:#?}"
    );
}

/// `D` in the reader marks a position whose source or quote moved, not
/// only one whose stance or words did: a reader trusting the old source
/// must see that it changed.
#[test]
fn a_new_source_or_quote_alone_marks_the_cell() {
    let with = |source: &str, quote: &str| {
        load(&format!(
            "headline = \"h\"\n[[sections]]\ntitle = \"s\"\nbody = \"b\"\n\
             [[parties]]\nname = \"Russia\"\n  [[parties.positions]]\n  topic = \"Renewal\"\n  \
             stance = \"for\"\n  text = \"Yes.\"\n  source = \"{source}\"\n  quote = \"{quote}\"\n"
        ))
    };
    let cell = |old: &Briefing, new: &Briefing| topic_changes(old, new)[0].cells[0];
    let base = with("TASS", "We agree.");
    let moved = cell(&base, &with("RIA", "We agree."));
    assert!(
        moved.resourced && !moved.requoted && !moved.reworded,
        "{moved:?}"
    );
    assert!(moved.changed());
    let requoted = cell(&base, &with("TASS", "We do agree."));
    assert!(requoted.requoted && !requoted.resourced, "{requoted:?}");
    assert!(
        !cell(&base, &with("TASS", "We  agree.")).changed(),
        "spacing alone"
    );
    assert_eq!(
        changed_marks(&topic_changes(&base, &with("RIA", "We agree."))).len(),
        1
    );
}
