//! The compare view at the size it has to handle: a generated briefing of
//! 25 parties by 60 topics. Filtering rows by verdict, hiding any party
//! through the column chooser (party 17 here), `d` bringing the divergent
//! cells into view on both axes, the wheel and a click; and its screens.

#[path = "support/compare.rs"]
mod support;

use brief::compare::{Mark, Verdict, verdicts};
use brief::model::Stance;
use brief::reader::testing::{ColumnsAction, CompareAction, Filter, Leave, column_order};
use support::generated::{PARTIES, TOPICS};
use support::{View, istanbul, many, row_of};

fn verdict_of(v: &View, topic: usize) -> Verdict {
    verdicts(&v.briefing, &v.comparison)[topic].verdict
}

fn mark(v: &View, topic: usize, party: usize) -> Mark {
    v.comparison.mark(&v.briefing, topic, party)
}

fn title(v: &View) -> String {
    v.screen().lines().next().unwrap_or_default().to_owned()
}

#[test]
fn the_generated_briefing_has_the_size_and_every_verdict() {
    let v = many(120, 40);
    assert_eq!(v.briefing.parties.len(), PARTIES);
    assert_eq!(v.comparison.topics.len(), TOPICS);
    for verdict in [
        Verdict::Divergence,
        Verdict::CommonGround,
        Verdict::Mixed,
        Verdict::OneVoice,
        Verdict::NoPartyPosition,
    ] {
        assert!(
            (0..TOPICS).any(|t| verdict_of(&v, t) == verdict),
            "{verdict:?}"
        );
    }
}

#[test]
fn v_steps_through_the_verdicts_and_the_title_says_what_it_keeps() {
    let mut v = many(120, 40);
    let expected = [
        (Verdict::Divergence, 20),
        (Verdict::CommonGround, 10),
        (Verdict::Mixed, 10),
        (Verdict::OneVoice, 10),
        (Verdict::NoPartyPosition, 10),
    ];
    for (verdict, kept) in expected {
        v.press(CompareAction::FilterVerdict);
        assert_eq!(v.c.filter, Filter::Only(verdict));
        let rows = v.c.rows(&v.briefing, &v.comparison);
        assert_eq!(rows.len(), kept, "{verdict:?}");
        assert!(rows.iter().all(|&t| verdict_of(&v, t) == verdict));
        assert!(rows.contains(&v.c.topic), "the cursor stays on a row shown");
        let label = verdict.label();
        assert!(
            title(&v).contains(&format!("only {label}: {kept} of 60")),
            "{}",
            v.screen()
        );
        assert_eq!(
            v.c.message.as_deref(),
            Some(format!("only {label}: {kept} of 60 topics").as_str())
        );
        // Every row on screen has the verdict, by its tag.
        let shown = v.screen();
        let (topics, _) = v.in_view();
        for t in topics {
            let name = &v.comparison.topics[t];
            assert!(shown.contains(name.as_str()), "{name} missing:\n{shown}");
        }
    }
    v.press(CompareAction::FilterVerdict);
    assert_eq!(v.c.filter, Filter::All, "after the last verdict: all again");
    assert_eq!(v.c.rows(&v.briefing, &v.comparison).len(), TOPICS);
    assert!(!title(&v).contains("only "));
}

#[test]
fn a_filter_that_keeps_nothing_says_so_and_opens_nothing() {
    // Nothing diverges in the Istanbul briefing.
    let mut v = istanbul(90, 30);
    v.press(CompareAction::FilterVerdict);
    let shown = v.screen();
    assert!(
        shown.contains("No topic has the verdict “divergence”. v shows the next filter."),
        "{shown}"
    );
    assert!(title(&v).contains("only divergence: 0 of 10"), "{shown}");
    v.press(CompareAction::Open);
    assert!(!v.c.open);
    assert_eq!(v.c.message.as_deref(), Some("no topic with divergence"));
    v.press(CompareAction::FilterVerdict);
    assert!(v.screen().contains("▸ Istanbul talks"), "{}", v.screen());
}

#[test]
fn party_17_is_hidden_through_the_column_chooser() {
    let mut v = many(80, 24);
    let order = column_order(&v.briefing);
    let seventeen = order[16];
    assert_eq!(v.briefing.parties[seventeen].name, "State 17");
    assert_eq!(
        v.press(CompareAction::ChooseColumns),
        Leave::ChooseColumns(0),
        "the chooser opens on the cursor's party"
    );
    let shown = v.screen();
    assert!(shown.contains("Columns · 25 of 25 shown"), "{shown}");
    v.choose(ColumnsAction::Move(16));
    v.choose(ColumnsAction::Toggle);
    assert!(v.c.hidden.contains(&seventeen));
    assert_eq!(v.c.hidden.len(), 1);
    let shown = v.screen();
    assert!(shown.contains("[ ] 17 State 17"), "{shown}");
    assert!(shown.contains("Columns · 24 of 25 shown"), "{shown}");
    assert!(title(&v).contains("hidden: 17 State 17"), "{shown}");
    v.chooser = None;
    // Walking right through every column never lands on or shows party 17.
    for _ in 0..PARTIES {
        v.press(CompareAction::Right);
        assert_ne!(v.c.party, seventeen);
        let (_, parties) = v.in_view();
        assert!(!parties.contains(&seventeen));
        assert!(!v.screen().contains("State 17 "), "{}", v.screen());
    }
    assert_eq!(v.c.party, *order.last().unwrap_or(&0));
}

#[test]
fn the_chooser_shows_all_or_only_one_and_never_none() {
    let mut v = many(120, 40);
    v.press(CompareAction::ChooseColumns);
    v.choose(ColumnsAction::Move(4));
    v.choose(ColumnsAction::None);
    let order = column_order(&v.briefing);
    assert_eq!(
        v.c.shown(&v.briefing),
        vec![order[4]],
        "only the one selected"
    );
    assert_eq!(v.c.party, order[4], "the cursor goes to the column left");
    v.choose(ColumnsAction::Toggle);
    assert_eq!(v.c.shown(&v.briefing).len(), 1, "the last column stays");
    assert_eq!(
        v.c.message.as_deref(),
        Some("State 05 is the only column showing")
    );
    assert!(title(&v).contains("24 of 25 hidden"), "{}", v.screen());
    v.choose(ColumnsAction::All);
    assert!(v.c.hidden.is_empty());
    v.choose(ColumnsAction::Last);
    assert_eq!(v.chooser.as_ref().map(|c| c.selected), Some(PARTIES - 1));
    assert!(
        v.screen()
            .contains("25 Federated Republic of Member State 25")
    );
}

#[test]
fn number_keys_still_hide_the_first_nine() {
    let mut v = many(160, 50);
    v.press(CompareAction::ToggleParty(2));
    assert!(v.c.hidden.contains(&column_order(&v.briefing)[1]));
    assert!(title(&v).contains("hidden: 2 State 02"), "{}", v.screen());
}

/// The cursor's cell is divergent and on screen, on both axes.
fn assert_divergent_cell_in_view(v: &View) {
    let (topic, party) = (v.c.topic, v.c.party);
    assert_eq!(verdict_of(v, topic), Verdict::Divergence);
    assert!(
        matches!(
            mark(v, topic, party),
            Mark::Stance(Stance::For | Stance::Against)
        ),
        "the cursor is on a clashing cell"
    );
    let (topics, parties) = v.in_view();
    assert!(topics.contains(&topic), "row off screen: {}", v.screen());
    assert!(
        parties.contains(&party),
        "column off screen: {}",
        v.screen()
    );
    let shown = v.screen();
    let name = &v.comparison.topics[topic];
    assert!(shown.contains(&format!("▸ {name}")), "{shown}");
}

#[test]
fn d_brings_the_divergent_cells_into_view_on_both_axes() {
    for (w, h) in [(80, 24), (160, 50)] {
        let mut v = many(w, h);
        // From the far right, on a mediator, which never diverges.
        v.press_n(CompareAction::Right, PARTIES);
        let mut seen = Vec::new();
        for _ in 0..25 {
            v.press(CompareAction::NextDivergent);
            assert_divergent_cell_in_view(&v);
            seen.push(v.c.topic);
            let (_, parties) = v.in_view();
            // In a row where every side clashes, a "for" and an "against" show.
            if v.c.topic.is_multiple_of(6) {
                let marks: Vec<Mark> = parties.iter().map(|&p| mark(&v, v.c.topic, p)).collect();
                assert!(marks.contains(&Mark::Stance(Stance::For)), "{}", v.screen());
                assert!(
                    marks.contains(&Mark::Stance(Stance::Against)),
                    "{}",
                    v.screen()
                );
            }
        }
        // Every divergent topic after the cursor's, in order, then round
        // again: the cursor starts on the first, so that one comes last.
        let divergent: Vec<usize> = (0..TOPICS)
            .filter(|&t| verdict_of(&v, t) == Verdict::Divergence)
            .collect();
        assert_eq!(divergent.len(), 20);
        assert_eq!(&seen[..19], &divergent[1..]);
        assert_eq!(seen[19], divergent[0], "wraps to the first");
    }
}

#[test]
fn d_reaches_a_clash_far_to_the_right() {
    // Topic 6 diverges between parties 17 and 22 alone; at 80 columns four
    // party columns fit, so the view must scroll right to show it.
    let mut v = many(80, 24);
    v.press(CompareAction::NextDivergent);
    assert_eq!(v.c.topic, 5, "the next after the cursor's own topic");
    assert_eq!(v.c.party, column_order(&v.briefing)[16]);
    assert_divergent_cell_in_view(&v);
    assert!(v.screen().contains("State 17"), "{}", v.screen());
    assert_eq!(
        v.c.message.as_deref(),
        Some("Topic 06 airspace: 1 for, 1 against")
    );
}

#[test]
fn with_hidden_columns_and_a_filter_d_says_why_it_finds_nothing() {
    let mut v = many(120, 40);
    v.press_n(CompareAction::FilterVerdict, 2);
    v.press(CompareAction::NextDivergent);
    assert_eq!(
        v.c.message.as_deref(),
        Some("no topic with divergence among the rows shown")
    );
}

#[test]
fn the_wheel_turns_rows_and_columns_and_carries_the_cursor() {
    let mut v = many(80, 24);
    let (topics, parties) = v.in_view();
    assert_eq!((topics[0], parties[0]), (0, 0));
    v.press(CompareAction::Scroll {
        rows: 3,
        columns: 0,
    });
    let (topics, _) = v.in_view();
    assert_eq!(topics[0], 3, "three rows down");
    assert_eq!(v.c.topic, 3, "the cursor is carried onto the screen");
    v.press(CompareAction::Scroll {
        rows: 0,
        columns: 2,
    });
    let (_, parties) = v.in_view();
    assert_eq!(parties[0], 2);
    assert_eq!(v.c.party, 2);
    // Far past the end: the last column shows and no further.
    v.press(CompareAction::Scroll {
        rows: 1000,
        columns: 1000,
    });
    let (topics, parties) = v.in_view();
    assert_eq!(topics.last(), Some(&(TOPICS - 1)));
    assert_eq!(parties.last(), Some(&(PARTIES - 1)));
    assert!(parties.len() > 1, "the screen is filled, not one column");
    v.press(CompareAction::Scroll {
        rows: -1000,
        columns: -1000,
    });
    assert_eq!(v.in_view().0[0], 0);
    assert_eq!(v.in_view().1[0], 0);
}

/// The screen position of `text`, as (column, row).
fn at(shown: &str, text: &str) -> (u16, u16) {
    let row = row_of(shown, text).unwrap_or_else(|| panic!("{text} not on screen:\n{shown}"));
    let line = shown.lines().nth(row).unwrap_or_default();
    let byte = line.find(text).unwrap_or(0);
    let column = line[..byte].chars().count();
    (
        u16::try_from(column).unwrap_or(0),
        u16::try_from(row).unwrap_or(0),
    )
}

#[test]
fn a_click_on_a_cell_opens_it_and_another_click_closes_it() {
    let mut v = many(120, 40);
    let shown = v.screen();
    let (_, row) = at(&shown, "Topic 03 trade");
    let (column, _) = at(&shown, "State 03");
    v.press(CompareAction::Click {
        column: column + 2,
        row,
    });
    assert!(v.c.open, "{}", v.screen());
    assert_eq!((v.c.topic, v.c.party), (2, 2));
    let shown = v.screen();
    assert!(shown.contains("State 03 · Topic 03 trade"), "{shown}");
    v.press(CompareAction::Click { column: 0, row: 0 });
    assert!(!v.c.open);
    // A click on a topic's name moves the cursor there and opens nothing.
    let (column, row) = at(&v.screen(), "Topic 05 fishing");
    v.press(CompareAction::Click { column, row });
    assert_eq!(v.c.topic, 4);
    assert!(!v.c.open);
}

#[test]
fn a_click_on_a_more_mark_turns_the_columns_a_page() {
    let mut v = many(80, 24);
    let (column, row) = at(&v.screen(), "21 more ▶");
    v.press(CompareAction::Click { column, row });
    let (_, parties) = v.in_view();
    assert_eq!(parties[0], 4, "the next four columns: {}", v.screen());
    assert!(!v.c.open);
    let (column, row) = at(&v.screen(), "◀ 4 more");
    v.press(CompareAction::Click { column, row });
    assert_eq!(v.in_view().1[0], 0, "{}", v.screen());
}

mod screens {
    use super::*;

    fn busy(w: u16, h: u16) -> View {
        let mut v = many(w, h);
        v.press(CompareAction::FilterVerdict);
        v.press_n(CompareAction::NextDivergent, 2);
        v
    }

    #[test]
    fn many_at_80x24() {
        insta::assert_snapshot!(many(80, 24).screen());
    }

    #[test]
    fn many_at_120x40() {
        insta::assert_snapshot!(many(120, 40).screen());
    }

    #[test]
    fn many_at_160x50() {
        insta::assert_snapshot!(many(160, 50).screen());
    }

    #[test]
    fn many_filtered_at_d_at_80x24() {
        insta::assert_snapshot!(busy(80, 24).screen());
    }

    #[test]
    fn many_filtered_at_d_at_120x40() {
        insta::assert_snapshot!(busy(120, 40).screen());
    }

    #[test]
    fn many_filtered_at_d_at_160x50() {
        insta::assert_snapshot!(busy(160, 50).screen());
    }

    fn choosing(w: u16, h: u16) -> View {
        let mut v = many(w, h);
        v.press(CompareAction::ChooseColumns);
        v.choose(ColumnsAction::Move(16));
        v.choose(ColumnsAction::Toggle);
        v
    }

    #[test]
    fn chooser_with_17_hidden_at_80x24() {
        insta::assert_snapshot!(choosing(80, 24).screen());
    }

    #[test]
    fn chooser_with_17_hidden_at_120x40() {
        insta::assert_snapshot!(choosing(120, 40).screen());
    }

    #[test]
    fn chooser_with_17_hidden_at_160x50() {
        insta::assert_snapshot!(choosing(160, 50).screen());
    }
}
