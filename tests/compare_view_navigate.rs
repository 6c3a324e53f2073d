//! The compare view's update rules: the cursor at the edges, paging,
//! hidden columns, `d` for the next divergent topic, sorting by verdict,
//! Esc, and which keys map to which actions.

#[path = "support/compare.rs"]
mod support;

use brief::compare::{Verdict, verdicts};
use brief::reader::testing::{CompareAction, Leave, compare_key as map_key};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use support::{View, iran, istanbul, party, row_of};

#[test]
fn movement_stops_at_the_edges() {
    let mut v = iran(160, 45);
    v.press(CompareAction::Up);
    v.press(CompareAction::Left);
    assert_eq!(
        (v.c.topic, v.c.party),
        (0, 0),
        "the cursor starts top left and stays"
    );
    v.press_n(CompareAction::Down, 50);
    v.press_n(CompareAction::Right, 50);
    assert_eq!(v.c.topic, v.comparison.topics.len() - 1);
    // The last column is the last neutral party: mediators come last.
    assert_eq!(v.c.party, party(&v, "IAEA"));
    v.press(CompareAction::PageUp);
    assert_eq!(
        v.c.topic, 0,
        "a page up from the bottom of 7 topics on 45 rows is the top"
    );
}

#[test]
fn page_moves_by_the_rows_on_screen() {
    // 10 topics on a short screen: 7 rows between the title, header and legend.
    let mut v = istanbul(90, 10);
    v.press(CompareAction::PageDown);
    assert_eq!(v.c.topic, 7);
    let shown = v.screen();
    let name = v.topic_name().to_owned();
    assert!(shown.contains(&format!("▸ {}", &name[..8])), "{shown}");
    assert!(shown.contains("topics 4–10 of 10"), "{shown}");
    v.press(CompareAction::PageUp);
    assert_eq!(v.c.topic, 0);
}

#[test]
fn hidden_columns_are_skipped_and_one_always_stays() {
    let mut v = istanbul(160, 45);
    let (ukraine, russia, turkiye) = (
        party(&v, "Ukraine"),
        party(&v, "Russia"),
        party(&v, "Türkiye"),
    );
    v.press(CompareAction::ToggleParty(2));
    assert!(v.c.hidden.contains(&russia));
    v.press(CompareAction::Right);
    assert_eq!(
        v.c.party, turkiye,
        "Right from Ukraine jumps the hidden Russia"
    );
    let shown = v.screen();
    let header = shown.lines().nth(1).unwrap_or_default();
    assert!(
        header.contains("1 Ukraine") && !header.contains("Russia"),
        "{shown}"
    );
    assert!(
        shown
            .lines()
            .next()
            .is_some_and(|l| l.contains("hidden: 2 Russia")),
        "{shown}"
    );
    // Hiding the cursor's column moves the cursor to a shown one.
    v.press(CompareAction::ToggleParty(3));
    assert_eq!(v.c.party, ukraine);
    v.press(CompareAction::ToggleParty(1));
    assert!(
        !v.c.hidden.contains(&ukraine),
        "the last shown column cannot be hidden"
    );
    assert!(
        v.c.message
            .as_deref()
            .is_some_and(|m| m.contains("only column"))
    );
    v.press(CompareAction::ToggleParty(2));
    assert!(
        !v.c.hidden.contains(&russia),
        "a second press shows it again"
    );
    v.press(CompareAction::ToggleParty(7));
    assert_eq!(
        v.c.message.as_deref(),
        Some("no column 7: this briefing has 3 parties")
    );
}

#[test]
fn d_goes_to_the_next_divergent_topic_and_wraps() {
    let mut v = View::of("good-friday-agreement", 160, 45);
    let divergent: Vec<usize> = verdicts(&v.briefing, &v.comparison)
        .iter()
        .enumerate()
        .filter(|(_, t)| t.verdict == Verdict::Divergence)
        .map(|(i, _)| i)
        .collect();
    assert_eq!(
        divergent.len(),
        2,
        "the Good Friday briefing has two divergent topics"
    );
    v.press(CompareAction::NextDivergent);
    assert_eq!(v.c.topic, divergent[0]);
    v.press(CompareAction::NextDivergent);
    assert_eq!(v.c.topic, divergent[1]);
    v.press(CompareAction::NextDivergent);
    assert_eq!(v.c.topic, divergent[0], "wraps to the first");
    let said = v.c.message.clone().unwrap_or_default();
    assert!(
        said.starts_with(&format!("{}: ", v.topic_name())) && said.contains(" for, "),
        "d says how the topic divides: {said}"
    );
}

#[test]
fn d_says_so_when_nothing_diverges() {
    let mut v = istanbul(90, 30);
    v.press(CompareAction::Down);
    v.press(CompareAction::NextDivergent);
    assert_eq!(v.c.topic, 1, "the cursor stays");
    // Said in the reader's status bar (see compare_view_layers.rs).
    assert_eq!(v.c.message.as_deref(), Some("no topic with divergence"));
    v.press(CompareAction::Down);
    assert_eq!(v.c.message, None, "a message lasts one action");
}

#[test]
fn sorting_by_verdict_keeps_the_cursor_on_its_topic() {
    let mut v = iran(160, 45);
    v.press_n(CompareAction::Down, 2);
    assert_eq!(v.topic_name(), "Breakout time");
    let before = v.screen();
    v.press(CompareAction::SortByVerdict);
    assert_eq!(v.topic_name(), "Breakout time");
    let after = v.screen();
    // The one divergent topic now leads, and the cursor moved with its topic.
    let rows = |s: &str| {
        (
            row_of(s, "Lifting the arms"),
            row_of(s, "Enrichment limits"),
        )
    };
    let (divergent, first) = rows(&before);
    assert!(first < divergent, "{before}");
    let (divergent, first) = rows(&after);
    assert!(divergent < first, "{after}");
    assert!(after.contains("▸ Breakout time"), "{after}");
    assert!(after.contains("sorted by verdict"));
    v.press(CompareAction::Up);
    let order = verdicts(&v.briefing, &v.comparison);
    assert_eq!(
        order[v.c.topic].verdict,
        Verdict::Mixed,
        "above the one-voice rows sit the mixed ones"
    );
    v.press(CompareAction::SortByVerdict);
    assert!(!v.c.sorted);
}

#[test]
fn esc_closes_the_cell_first_then_leaves() {
    let mut v = istanbul(90, 30);
    assert_eq!(v.press(CompareAction::Open), Leave::Stay);
    assert!(v.c.open);
    assert_eq!(v.press(CompareAction::Close), Leave::Stay);
    assert!(!v.c.open);
    assert_eq!(v.press(CompareAction::Close), Leave::ToReader);
}

#[test]
fn keys_map_to_actions_and_ctrl_keys_are_left_alone() {
    let key = |code| KeyEvent::new(code, KeyModifiers::NONE);
    assert_eq!(map_key(key(KeyCode::Char('l'))), Some(CompareAction::Right));
    assert_eq!(map_key(key(KeyCode::Left)), Some(CompareAction::Left));
    assert_eq!(map_key(key(KeyCode::Char('j'))), Some(CompareAction::Down));
    assert_eq!(map_key(key(KeyCode::Enter)), Some(CompareAction::Open));
    assert_eq!(map_key(key(KeyCode::Esc)), Some(CompareAction::Close));
    assert_eq!(
        map_key(key(KeyCode::Char('d'))),
        Some(CompareAction::NextDivergent)
    );
    assert_eq!(
        map_key(key(KeyCode::Char('4'))),
        Some(CompareAction::ToggleParty(4))
    );
    assert_eq!(
        map_key(key(KeyCode::Char('s'))),
        Some(CompareAction::SortByVerdict)
    );
    assert_eq!(
        map_key(key(KeyCode::Char(' '))),
        Some(CompareAction::PageDown)
    );
    assert_eq!(map_key(key(KeyCode::PageUp)), Some(CompareAction::PageUp));
    assert_eq!(map_key(key(KeyCode::Char('0'))), None);
    assert_eq!(map_key(key(KeyCode::Char('q'))), None, "q is the reader's");
    let ctrl_d = KeyEvent::new(KeyCode::Char('d'), KeyModifiers::CONTROL);
    assert_eq!(map_key(ctrl_d), None);
    let help: Vec<_> = brief::reader::testing::compare_help().collect();
    assert!(
        help.iter()
            .any(|(keys, what)| *keys == "d" && what.contains("divergence"))
    );
}
