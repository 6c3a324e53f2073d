//! The compare view's screens drawn into ratatui's `TestBackend` and kept
//! as insta snapshots. Read a changed snapshot before accepting it.

#[path = "support/compare.rs"]
mod support;

use brief::reader::testing::CompareAction;
use support::{iran, istanbul};

#[test]
fn iran_at_160x45() {
    insta::assert_snapshot!(iran(160, 45).screen());
}

#[test]
fn iran_at_90x30() {
    insta::assert_snapshot!(iran(90, 30).screen());
}

#[test]
fn istanbul_at_160x45() {
    insta::assert_snapshot!(istanbul(160, 45).screen());
}

#[test]
fn istanbul_at_90x30() {
    insta::assert_snapshot!(istanbul(90, 30).screen());
}

#[test]
fn iran_at_90x30_scrolled_to_the_mediators_sorted() {
    let mut v = iran(90, 30);
    v.press(CompareAction::SortByVerdict);
    v.press_n(CompareAction::Right, 7);
    insta::assert_snapshot!(v.screen());
}

#[test]
fn iran_at_90x30_with_a_cell_opened() {
    let mut v = iran(90, 30);
    v.press(CompareAction::NextDivergent);
    v.press(CompareAction::Right);
    v.press(CompareAction::Open);
    insta::assert_snapshot!(v.screen());
}

#[test]
fn istanbul_at_160x45_with_a_cell_opened() {
    let mut v = istanbul(160, 45);
    v.press_n(CompareAction::Right, 2);
    v.press(CompareAction::Open);
    insta::assert_snapshot!(v.screen());
}

#[test]
fn good_friday_at_100x30_with_a_cited_cell_opened() {
    let mut v = support::View::of("good-friday-agreement", 100, 30);
    v.press(CompareAction::Open);
    let shown = v.screen();
    for part in [
        "UK government · Consent principle",
        "“recognise the legitimacy",
        "Source: The Belfast Agreement (UK Government publication), 1998-04-10",
        "Link: https://www.gov.uk/government/publications/the-belfast-agreement",
    ] {
        assert!(shown.contains(part), "{part:?} in:\n{shown}");
    }
    insta::assert_snapshot!(shown);
}
