//! What the compare view draws: columns scrolling sideways, mediators set
//! apart, an opened cell, changed cells, odd sizes and stale state.

#[path = "support/compare.rs"]
mod support;

use brief::bundled;
use brief::compare::{Mark, Verdict};
use brief::diff::RowChange;
use brief::model::Stance;
use brief::reader::testing::{CompareAction, Leave};
use ratatui::layout::Rect;
use support::{View, iran, istanbul, party};

#[test]
fn columns_scroll_sideways_and_the_topic_column_stays() {
    let mut v = iran(90, 30);
    let first = v.screen();
    assert!(
        first.contains("1 Iran") && first.contains("5 more ▶"),
        "{first}"
    );
    assert!(!first.contains("9 IAEA"));
    v.press_n(CompareAction::Right, 8);
    let last = v.screen();
    assert!(
        last.contains("9 IAEA") && last.contains("◀ 5 more"),
        "{last}"
    );
    assert!(!last.contains("1 Iran"));
    assert!(
        last.contains("Enrichment limits"),
        "the topics stay: {last}"
    );
    // Back to the left edge the view follows the cursor.
    v.press_n(CompareAction::Left, 8);
    assert!(v.screen().contains("1 Iran"));
}

#[test]
fn mediators_are_set_apart() {
    let v = istanbul(160, 45);
    let shown = v.screen();
    let header = shown.lines().nth(1).unwrap_or_default();
    let rule = header.find('│').expect("a rule before the mediator");
    assert!(
        header.find("2 Russia") < Some(rule) && header.find("3 Türkiye") > Some(rule),
        "{shown}"
    );
    assert!(shown.contains("(mediator)"));
}

#[test]
fn an_opened_cell_shows_the_whole_text_and_its_source() {
    let mut v = istanbul(90, 30);
    v.press(CompareAction::Right);
    v.press(CompareAction::Open);
    let shown = v.screen();
    let position = v
        .comparison
        .cell(&v.briefing, 0, 1)
        .expect("Russia on the Istanbul talks");
    // The whole text is in the box, not cut as in the matrix.
    let rows: Vec<Vec<char>> = shown.lines().map(|l| l.chars().collect()).collect();
    let top = rows.iter().position(|r| r.contains(&'┌')).expect("a box");
    let left = rows[top].iter().position(|&c| c == '┌').unwrap_or(0);
    let inside: Vec<String> = rows[top + 1..]
        .iter()
        .take_while(|r| !r.contains(&'└'))
        .map(|r| {
            r.iter()
                .skip(left + 1)
                .collect::<String>()
                .replace('│', " ")
        })
        .collect();
    let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        words(&inside.join(" ")).contains(&words(&position.text)),
        "{shown}"
    );
    assert!(shown.contains("Russia · Istanbul talks"), "{shown}");
    assert!(shown.contains("Source:"), "{shown}");
}

#[test]
fn changed_cells_show_the_old_mark_beside_the_new() {
    let mut v = istanbul(90, 30);
    let russia = party(&v, "Russia");
    let ceasefire = v.comparison.topic_index("Ceasefire").expect("topic");
    v.c.changed = vec![None; v.comparison.topics.len()];
    v.c.changed[ceasefire] = Some(RowChange {
        parties: vec![(russia, Mark::Stance(Stance::For))],
        verdict_was: None,
        new_topic: false,
    });
    let shown = v.screen();
    assert!(shown.contains("Δ Ceasefire"), "{shown}");
    assert!(shown.contains("+→·"), "{shown}");
    assert!(shown.contains("changed"));
    assert!(
        !shown.contains("Δ one voice"),
        "the verdict did not change:\n{shown}"
    );
}

#[test]
fn a_changed_verdict_is_marked_beside_the_topic() {
    let mut v = istanbul(90, 30);
    let ceasefire = v.comparison.topic_index("Ceasefire").expect("topic");
    v.c.changed = vec![None; v.comparison.topics.len()];
    v.c.changed[ceasefire] = Some(RowChange {
        parties: vec![],
        verdict_was: Some(Verdict::CommonGround),
        new_topic: false,
    });
    let all = brief::compare::verdicts(&v.briefing, &v.comparison);
    for size in [(90, 30), (160, 45)] {
        v.area = Rect::new(0, 0, size.0, size.1);
        let shown = v.screen();
        // Only the changed verdict is marked.
        for verdict in Verdict::ALL {
            let marked = shown.matches(&format!("Δ {}", verdict.label())).count();
            let want = usize::from(verdict == all[ceasefire].verdict);
            assert_eq!(marked, want, "{verdict:?}:\n{shown}");
        }
    }
}

/// A topic the earlier briefing did not have is marked new beside its
/// verdict, as the reader's panel marks it.
#[test]
fn a_new_topic_is_marked_beside_its_verdict() {
    let mut v = istanbul(160, 45);
    let ceasefire = v.comparison.topic_index("Ceasefire").expect("topic");
    v.c.changed = vec![None; v.comparison.topics.len()];
    v.c.changed[ceasefire] = Some(RowChange {
        parties: vec![],
        verdict_was: None,
        new_topic: true,
    });
    let verdict = brief::compare::verdicts(&v.briefing, &v.comparison)[ceasefire].verdict;
    let shown = v.screen();
    let want = format!("Δ {} (new)", verdict.label());
    assert!(shown.contains(&want), "{want}:\n{shown}");
}

#[test]
fn every_size_draws_without_panicking() {
    for (i, b) in bundled::ALL.iter().enumerate() {
        let mut v = View::of(b.file, 60, 20);
        v.c.sorted = i % 2 == 0;
        v.c.party = v.briefing.parties.len() - 1;
        v.c.topic = v.comparison.topics.len() - 1;
        v.c.changed = vec![
            Some(RowChange {
                parties: vec![(0, Mark::Silent)],
                verdict_was: Some(Verdict::Unaddressed),
                new_topic: false,
            });
            v.comparison.topics.len()
        ];
        for width in 1..=60 {
            for height in 1..=20 {
                v.area = Rect::new(0, 0, width, height);
                // Half the sizes with the cell open, moving every time.
                v.c.open = (width + height) % 2 == 0;
                v.press(CompareAction::Right);
                v.draw();
            }
        }
    }
}

#[test]
fn a_stale_cursor_after_a_reload_is_drawn_and_brought_back() {
    let mut v = iran(90, 30);
    v.c.topic = 99;
    v.c.party = 99;
    v.c.hidden.extend([0, 1, 2, 3, 4, 5, 6, 7, 8, 42]);
    v.screen();
    v.press(CompareAction::Down);
    assert!(v.c.topic < v.comparison.topics.len() && v.c.party < v.briefing.parties.len());
    assert!(
        v.c.hidden.is_empty(),
        "every column hidden shows them all again"
    );
}

#[test]
fn a_briefing_without_parties_says_so() {
    let text = "headline = \"Talks\"\n[[sections]]\ntitle = \"Background\"\nbody = \"Text.\"\n";
    let mut v = View::from_text("empty.toml", text, 80, 20);
    for action in [
        CompareAction::Down,
        CompareAction::Right,
        CompareAction::NextDivergent,
    ] {
        v.press(action);
    }
    assert_eq!(v.press(CompareAction::Open), Leave::Stay);
    assert!(!v.c.open, "there is no cell to open");
    assert!(v.screen().contains("this briefing lists no parties"));
    assert_eq!(v.press(CompareAction::Close), Leave::ToReader);
}

#[test]
fn a_short_name_heads_a_column_only_where_the_full_name_does_not_fit() {
    let mut v = iran(90, 30);
    v.briefing.parties[0].name = "Islamic Republic of Iran".into();
    v.briefing.parties[0].short = Some("IRN".into());
    // The header is the second row, under the title.
    let header = |screen: &str| screen.lines().nth(1).unwrap_or_default().to_owned();
    let narrow = header(&v.screen());
    assert!(narrow.contains("1 IRN"), "{narrow}");
    assert!(!narrow.contains("Islamic Republic"), "{narrow}");
    v.area = Rect::new(0, 0, 400, 45);
    let wide = header(&v.screen());
    assert!(wide.contains("1 Islamic Republic of Iran"), "{wide}");
    assert!(!wide.contains("IRN"), "{wide}");
}
