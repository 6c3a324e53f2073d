//! The panel's selection and the way from a topic to the text, through
//! `update` as keys and clicks drive it.

use crate::bundled;
use crate::library::Entry;
use crate::load::{Origin, load_str};
use crate::reader::action::{Action, Effect};
use crate::reader::model::geometry::panel_inner;
use crate::reader::model::{Pane, PanelRow, State};
use crate::reader::update::update;
use crate::text::Target;

/// The Istanbul briefing: three parties (Ukraine, Russia, Türkiye), ten
/// topics; "De-escalation" (topic 1) is discussed by sections 1 and 3,
/// "Troop withdrawal" (topic 3) by section 2 alone.
fn istanbul(width: u16, height: u16) -> State {
    let b = bundled::DEFAULT;
    let briefing = load_str(b.file, b.text).expect("bundled briefing loads");
    State::new(briefing, Origin::Bundled(b), width, height)
}

/// The panel focused, with `row` selected.
fn in_the_panel(state: &mut State, row: PanelRow) {
    update(state, Action::FocusNext);
    if state.view.focus != Pane::Positions {
        update(state, Action::FocusNext);
    }
    assert_eq!(state.view.focus, Pane::Positions);
    state.view.panel = row;
}

fn section_line(state: &State, n: usize) -> usize {
    state
        .panes
        .reading
        .anchor(Target::Section(n))
        .expect("section anchor")
}

#[test]
fn j_and_k_walk_topics_and_the_parties_under_them() {
    let mut s = istanbul(100, 30);
    in_the_panel(&mut s, PanelRow::Topic(0));
    assert_eq!((s.selected_topic(), s.selected_position()), (Some(0), None));
    update(&mut s, Action::Scroll(1));
    assert_eq!(s.view.panel, PanelRow::Position(0, 0));
    assert_eq!(s.selected_position(), Some((0, 0)));
    update(&mut s, Action::Scroll(3));
    assert_eq!(
        s.view.panel,
        PanelRow::Topic(1),
        "past the last party, the next topic"
    );
    assert_eq!((s.selected_topic(), s.selected_position()), (Some(1), None));
    update(&mut s, Action::Scroll(-1));
    assert_eq!(s.view.panel, PanelRow::Position(0, 2));
    update(&mut s, Action::Scroll(-100));
    assert_eq!(
        s.view.panel,
        PanelRow::Topic(0),
        "no further than the first row"
    );
    update(&mut s, Action::Bottom);
    assert_eq!(
        s.view.panel,
        PanelRow::Position(9, 2),
        "the last party of the last topic"
    );
    update(&mut s, Action::Top);
    assert_eq!(s.view.panel, PanelRow::Topic(0));
    assert_eq!(s.view.scroll, 0, "the text did not move");
}

#[test]
fn the_selected_row_is_kept_in_view() {
    let mut s = istanbul(100, 30);
    in_the_panel(&mut s, PanelRow::Topic(0));
    let page = s.positions_page();
    for _ in 0..25 {
        update(&mut s, Action::Scroll(1));
        let lines = s.panel_lines(s.view.panel).expect("the row is laid out");
        let top = s.view.positions_scroll;
        assert!(
            top <= lines.start && lines.end <= top + page,
            "{:?} at {lines:?} out of {top}..{}",
            s.view.panel,
            top + page
        );
    }
    // The wheel scrolls the panel; the selection stays on a row in view.
    let p = s.geometry().positions.expect("panel shown");
    update(
        &mut s,
        Action::Wheel {
            column: p.x + 3,
            row: p.y + 3,
            lines: 30,
        },
    );
    let start = s.panel_lines(s.view.panel).expect("row").start;
    let top = s.view.positions_scroll;
    assert!((top..top + page).contains(&start), "{start} not in {top}..");
}

#[test]
fn enter_on_a_topic_goes_to_each_section_on_it_in_turn() {
    let mut s = istanbul(100, 30);
    in_the_panel(&mut s, PanelRow::Topic(1));
    update(&mut s, Action::Activate);
    assert_eq!(s.current_section(), Some(0));
    assert_eq!(s.message_text(), Some("section 1 of 2 on De-escalation"));
    assert_eq!(s.view.focus, Pane::Positions, "the panel keeps the keys");
    assert_eq!(s.view.panel, PanelRow::Topic(1), "and its selection");
    update(&mut s, Action::Activate);
    assert_eq!(s.view.scroll, section_line(&s, 2));
    assert_eq!(s.message_text(), Some("section 2 of 2 on De-escalation"));
    update(&mut s, Action::Activate);
    assert_eq!(s.current_section(), Some(0), "round to the first again");
    assert_eq!(s.message_text(), Some("section 1 of 2 on De-escalation"));
}

#[test]
fn a_walk_starts_again_from_the_first_section_once_the_reader_moved_away() {
    let mut s = istanbul(100, 30);
    in_the_panel(&mut s, PanelRow::Topic(1));
    update(&mut s, Action::Activate);
    update(&mut s, Action::GoToSection(2));
    s.view.panel = PanelRow::Topic(1);
    update(&mut s, Action::Activate);
    assert_eq!(s.current_section(), Some(0));
    assert_eq!(s.message_text(), Some("section 1 of 2 on De-escalation"));
}

#[test]
fn enter_on_a_party_goes_to_the_text_on_its_topic() {
    let mut s = istanbul(100, 30);
    in_the_panel(&mut s, PanelRow::Position(3, 1));
    update(&mut s, Action::Activate);
    assert_eq!(s.current_section(), Some(1));
    assert_eq!(s.message_text(), Some("section 1 of 1 on Troop withdrawal"));
    assert_eq!(
        s.selected_position(),
        Some((3, 1)),
        "Russia's row stays selected"
    );
}

const UNDISCUSSED: &str = r#"
headline = "h"
topics = ["Ceasefire", "Prisoners"]
[[sections]]
title = "One"
topics = ["ceasefire"]
body = "b"
[[parties]]
name = "A"
  [[parties.positions]]
  topic = "Prisoners"
  stance = "for"
  text = "Wants them home."
"#;

#[test]
fn a_topic_no_section_discusses_says_so_and_the_text_stays() {
    let briefing = load_str("t.toml", UNDISCUSSED).expect("valid");
    let mut s = State::new(briefing, Origin::Bundled(bundled::DEFAULT), 100, 30);
    assert_eq!(s.sections_on(0), [0], "named in another case");
    in_the_panel(&mut s, PanelRow::Topic(1));
    let before = s.view.scroll;
    update(&mut s, Action::Activate);
    assert_eq!(s.message_text(), Some("no section discusses Prisoners"));
    assert_eq!(s.view.scroll, before);
}

#[test]
fn a_click_on_a_topic_title_selects_it_and_goes_to_the_text() {
    let mut s = istanbul(100, 30);
    assert_eq!(s.view.focus, Pane::Reading);
    let inner = panel_inner(s.geometry().positions.expect("panel shown"));
    let line = s
        .panes
        .positions
        .anchor(Target::Topic(3))
        .expect("topic anchor");
    s.view.positions_scroll = line - 1;
    update(
        &mut s,
        Action::Click {
            column: inner.x + 2,
            row: inner.y + 1,
        },
    );
    assert_eq!(s.view.focus, Pane::Positions);
    assert_eq!(s.view.panel, PanelRow::Topic(3));
    assert_eq!(s.current_section(), Some(1));
    assert_eq!(s.message_text(), Some("section 1 of 1 on Troop withdrawal"));
}

#[test]
fn a_click_on_a_party_selects_it_without_moving_the_text() {
    let mut s = istanbul(100, 30);
    let inner = panel_inner(s.geometry().positions.expect("panel shown"));
    let line = s
        .panes
        .positions
        .anchor(Target::Position(0, 1))
        .expect("party anchor");
    let row = inner.y + u16::try_from(line - s.view.positions_scroll).expect("on screen");
    update(
        &mut s,
        Action::Click {
            column: inner.x,
            row,
        },
    );
    assert_eq!(s.selected_position(), Some((0, 1)));
    assert_eq!(s.view.scroll, 0);
    // A click on the text gives it the focus back.
    let text = s.geometry().text;
    update(
        &mut s,
        Action::Click {
            column: text.x,
            row: text.y,
        },
    );
    assert_eq!(s.view.focus, Pane::Reading);
}

#[test]
fn a_click_on_the_text_closes_contents_drawn_over_it() {
    let mut s = istanbul(100, 30);
    update(&mut s, Action::ToggleContents);
    assert_eq!(s.view.focus, Pane::Contents);
    let g = s.geometry();
    let contents = g.contents.expect("contents shown");
    update(
        &mut s,
        Action::Click {
            column: contents.right() + 2,
            row: g.text.y + 2,
        },
    );
    assert_eq!(s.view.focus, Pane::Reading);
    assert!(!s.visible().contents);
}

#[test]
fn on_a_narrow_screen_the_panel_makes_way_for_the_text() {
    let mut s = istanbul(60, 20);
    update(&mut s, Action::TogglePositions);
    assert_eq!(s.view.focus, Pane::Positions);
    s.view.panel = PanelRow::Topic(3);
    update(&mut s, Action::Activate);
    assert!(!s.visible().positions);
    assert_eq!(s.view.focus, Pane::Reading);
    assert_eq!(s.current_section(), Some(1));
}

#[test]
fn following_the_reading_selects_the_sections_first_topic() {
    let mut s = istanbul(140, 45);
    update(&mut s, Action::GoToSection(3));
    assert_eq!(
        s.view.panel,
        PanelRow::Topic(1),
        "De-escalation comes first"
    );
    update(&mut s, Action::FocusNext);
    assert_eq!(s.view.focus, Pane::Positions);
    assert_eq!(s.selected_topic(), Some(1));
}

#[test]
fn a_click_on_a_library_entry_opens_it() {
    let mut s = istanbul(100, 30);
    let entries: Vec<Entry> = bundled::ALL
        .iter()
        .map(|&b| Entry::read(Origin::Bundled(b)))
        .collect();
    let second = entries[1].origin.clone();
    update(&mut s, Action::LibraryFound(entries, true));
    update(&mut s, Action::OpenPicker);
    let Some(crate::reader::model::Overlay::Picker(picker)) = s.overlays.top() else {
        panic!("the picker is open");
    };
    let area = ratatui::layout::Rect::new(0, 0, 100, 30);
    let page = crate::reader::model::picker::PickerPage::of(area, picker.selected)
        .expect("room for the picker");
    let wanted = picker
        .matches
        .iter()
        .position(|m| m.index == 1)
        .expect("the second entry is listed");
    // The second row of an entry is its too.
    let row = page.list.y + u16::try_from(wanted * 2 + 1).expect("small");
    let effect = update(
        &mut s,
        Action::Click {
            column: page.list.x + 4,
            row,
        },
    );
    let Effect::Open(request) = effect else {
        panic!("a click opens: {effect:?}");
    };
    assert_eq!(request.origin, second);
    // Below the last entry, a click does nothing.
    let effect = update(
        &mut s,
        Action::Click {
            column: page.list.x + 4,
            row: page.list.bottom() + 1,
        },
    );
    assert_eq!(effect, Effect::None);
}
