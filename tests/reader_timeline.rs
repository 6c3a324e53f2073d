//! The timeline of the series (`T`) through the keys and `update` alone
//! (the loop's I/O played by hand: opening, and finding the rounds), and
//! its screens drawn into ratatui's `TestBackend` as insta snapshots.

use brief::bundled;
use brief::load::Origin;
use brief::reader::testing::{
    Action, Effect, HelpRow, Opened, Overlay, Pane, State, TimelineAction, TimelineGrid,
    TimelineLine, Via, Wanted, draw, help_lines, hints, map_key, rounds_found, update,
};
use brief::theme::Theme;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

#[path = "support/screen.rs"]
mod screen;

fn bundled_round(name: &str) -> Origin {
    Origin::Bundled(bundled::find(name).expect("a bundled round"))
}

/// The reader on `origin`, its rounds found as the loop finds them.
fn reading(origin: Origin, width: u16, height: u16) -> State {
    let briefing = origin.load().expect("the round loads");
    let found = rounds_found(&origin, &briefing);
    let mut s = State::new(briefing, origin, width, height);
    update(&mut s, found);
    s
}

/// The third Istanbul round (of four), its rounds known.
fn third(width: u16, height: u16) -> State {
    reading(bundled_round("istanbul-talks-2025-06-02"), width, height)
}

fn code(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn key(c: char) -> KeyEvent {
    code(KeyCode::Char(c))
}

/// Press a key as the loop does: map it by the layer on top, then update.
fn press(state: &mut State, event: KeyEvent) -> Effect {
    let action = map_key(state, event).unwrap_or_else(|| panic!("{event:?} does nothing"));
    update(state, action)
}

fn press_n(state: &mut State, event: KeyEvent, n: usize) {
    for _ in 0..n {
        assert_eq!(press(state, event), Effect::None);
    }
}

/// Do what the loop does with an `Effect::Open`.
fn open(state: &mut State, effect: Effect) {
    let Effect::Open(request) = effect else {
        panic!("expected an open, got {effect:?}");
    };
    let result = request.origin.load();
    update(
        state,
        Action::Opened(Box::new(Opened {
            request: *request,
            canonical: None,
            result,
            remembered: None,
        })),
    );
}

/// The timeline's selected line, and its round, as the grid lays it out.
fn selected(state: &State) -> (TimelineLine, usize) {
    let view = state.overlays.timeline().expect("the timeline is open");
    let rounds = state.doc.rounds.as_deref().expect("rounds known");
    let grid = TimelineGrid::of(&rounds.shape, state.compare_area());
    (view.selected(&grid).expect("a line"), view.round)
}

/// The grid line of `topic` (and `party`) in the open briefing's timeline.
fn line_of(state: &State, topic: &str, party: Option<&str>) -> usize {
    let rounds = state.doc.rounds.as_deref().expect("rounds known");
    let t = &rounds.timeline;
    let topic = t
        .topics
        .iter()
        .position(|r| r.topic == topic)
        .expect("topic");
    let wanted = match party {
        None => TimelineLine::Topic(topic),
        Some(name) => TimelineLine::Party {
            topic,
            party: t.parties.iter().position(|p| p == name).expect("party"),
        },
    };
    let grid = TimelineGrid::of(&rounds.shape, state.compare_area());
    grid.lines
        .iter()
        .position(|&l| l == wanted)
        .expect("a line")
}

/// Select the cell at `line` of round `round` (0-based) with the keys.
fn go_to(state: &mut State, line: usize, round: usize) {
    press(state, key('g'));
    press_n(state, key('j'), line);
    press_n(state, key('h'), 4);
    press_n(state, key('l'), round);
    assert_eq!(
        state.overlays.timeline().map(|v| (v.line, v.round)),
        Some((line, round))
    );
}

fn shown(state: &State) -> String {
    let mut terminal =
        Terminal::new(TestBackend::new(state.view.width, state.view.height)).expect("test backend");
    terminal
        .draw(|f| draw(f, state, &Theme::default()))
        .expect("draw");
    screen::text_of(terminal.backend().buffer())
}

#[test]
fn capital_t_opens_the_timeline_on_the_open_rounds_column() {
    let mut s = third(120, 40);
    assert_eq!(map_key(&s, key('T')), Some(Action::OpenTimeline));
    assert_eq!(press(&mut s, key('T')), Effect::None);
    assert!(matches!(s.overlays.top(), Some(Overlay::Timeline(_))));
    assert_eq!(selected(&s), (TimelineLine::Topic(0), 2), "round 3 of 4");
    // Its keys are its own now.
    assert_eq!(
        map_key(&s, key('j')),
        Some(Action::Timeline(TimelineAction::Move {
            lines: 1,
            rounds: 0
        }))
    );
    assert_eq!(map_key(&s, key('T')), None, "no second timeline");
    let screen = shown(&s);
    let summary = s.doc.rounds.as_deref().expect("rounds").timeline.summary();
    assert!(screen.contains(&summary), "{screen}");
    assert!(screen.contains("3 · 2025-06-02"), "{screen}");
    assert!(hints(&s).contains("Enter open"), "{}", hints(&s));
}

#[test]
fn the_keys_move_the_selected_cell_and_stop_at_the_edges() {
    let mut s = third(120, 40);
    press(&mut s, key('T'));
    press_n(&mut s, key('l'), 3);
    assert_eq!(selected(&s).1, 3, "the last round, and no further");
    press_n(&mut s, code(KeyCode::Left), 5);
    assert_eq!(selected(&s).1, 0);
    press(&mut s, key('G'));
    let lines = {
        let rounds = s.doc.rounds.as_deref().expect("rounds");
        TimelineGrid::of(&rounds.shape, s.compare_area())
            .lines
            .to_vec()
    };
    assert_eq!(selected(&s).0, *lines.last().expect("lines"));
    let view = s.overlays.timeline().expect("open");
    assert!(view.line_offset > 0, "scrolled to the last line");
    press(&mut s, code(KeyCode::Home));
    assert_eq!(
        s.overlays.timeline().map(|v| (v.line, v.line_offset)),
        Some((0, 0))
    );
    press(&mut s, code(KeyCode::PageDown));
    let view = s.overlays.timeline().expect("open");
    assert!(view.line > 10 && view.line_offset > 0, "{view:?}");
    press(&mut s, key('k'));
    press(&mut s, code(KeyCode::PageUp));
    assert_eq!(s.overlays.timeline().map(|v| v.line_offset), Some(0));
}

#[test]
fn enter_on_a_stance_in_another_round_opens_it_at_the_topic_and_party() {
    let mut s = third(120, 40);
    press(&mut s, key('T'));
    let line = line_of(&s, "Ceasefire", Some("Ukraine"));
    go_to(&mut s, line, 1);
    let effect = press(&mut s, code(KeyCode::Enter));
    let second = s.doc.rounds.as_deref().expect("rounds").origins[1].clone();
    let Effect::Open(request) = &effect else {
        panic!("expected an open, got {effect:?}");
    };
    assert_eq!(request.origin, second);
    assert_eq!(
        request.via,
        Via::Cell(Wanted {
            round: "round 2 of 4".into(),
            section: None,
            topic: Some("Ceasefire".into()),
            party: Some("Ukraine".into()),
        })
    );
    open(&mut s, effect);
    assert!(
        s.doc
            .briefing
            .headline
            .starts_with("Russia and Ukraine meet")
    );
    assert!(s.overlays.is_empty(), "the timeline closed");
    assert_eq!(s.view.focus, Pane::Positions);
    let ceasefire = s.doc.comparison.topic_index("Ceasefire").expect("topic");
    let ukraine = s
        .doc
        .briefing
        .parties
        .iter()
        .position(|p| p.name == "Ukraine")
        .expect("party");
    assert_eq!(s.selected_position(), Some((ceasefire, ukraine)));
    assert_eq!(
        s.message_text(),
        Some("round 2 of 4, at “Ceasefire”: Ukraine")
    );
    // A step in history, as `{` is.
    assert_eq!(s.history.back.len(), 1);
}

#[test]
fn enter_on_a_verdict_opens_the_round_at_the_topic_alone() {
    let mut s = third(120, 40);
    press(&mut s, key('T'));
    let line = line_of(&s, "Leaders' meeting", None);
    go_to(&mut s, line, 3);
    let effect = press(&mut s, code(KeyCode::Enter));
    open(&mut s, effect);
    assert!(s.doc.briefing.headline.starts_with("Third Istanbul round"));
    let leaders = s
        .doc
        .comparison
        .topic_index("Leaders' meeting")
        .expect("topic");
    assert_eq!(s.selected_topic(), Some(leaders));
    assert_eq!(s.selected_position(), None);
    assert_eq!(s.view.focus, Pane::Positions);
    // The text goes to the first section on it.
    let first = s.sections_on(leaders)[0];
    assert_eq!(s.current_section(), Some(first));
}

#[test]
fn enter_in_the_open_round_only_closes_and_selects() {
    let mut s = third(120, 40);
    press(&mut s, key('T'));
    let line = line_of(&s, "Ceasefire", Some("Russia"));
    go_to(&mut s, line, 2);
    assert_eq!(press(&mut s, code(KeyCode::Enter)), Effect::None);
    assert!(s.overlays.is_empty());
    assert!(s.history.back.is_empty(), "no step in history");
    let ceasefire = s.doc.comparison.topic_index("Ceasefire").expect("topic");
    let russia = s
        .doc
        .briefing
        .parties
        .iter()
        .position(|p| p.name == "Russia")
        .expect("party");
    assert_eq!(s.selected_position(), Some((ceasefire, russia)));
    assert_eq!(s.view.focus, Pane::Positions);
}

#[test]
fn enter_on_a_round_without_the_topic_says_so_and_stays() {
    let mut s = third(120, 40);
    press(&mut s, key('T'));
    let line = line_of(&s, "De-escalation", None);
    go_to(&mut s, line, 2);
    assert_eq!(press(&mut s, code(KeyCode::Enter)), Effect::None);
    assert_eq!(
        s.message_text(),
        Some("“De-escalation” is not in round 3 of 4")
    );
    assert!(s.overlays.timeline().is_some());
}

#[test]
fn esc_and_q_close_it_and_ctrl_z_still_suspends() {
    for close in [code(KeyCode::Esc), key('q')] {
        let mut s = third(120, 40);
        press(&mut s, key('T'));
        let ctrl_z = KeyEvent::new(KeyCode::Char('z'), KeyModifiers::CONTROL);
        assert_eq!(map_key(&s, ctrl_z), Some(Action::Suspend));
        assert_eq!(press(&mut s, close), Effect::None);
        assert!(s.overlays.is_empty());
        assert!(s.doc.briefing.headline.starts_with("Second Istanbul round"));
    }
}

#[test]
fn pressed_before_the_rounds_are_found_it_waits_for_them() {
    let origin = bundled_round("istanbul-talks-2025-06-02");
    let briefing = origin.load().expect("loads");
    let mut s = State::new(briefing.clone(), origin.clone(), 120, 40);
    assert_eq!(press(&mut s, key('T')), Effect::None);
    assert_eq!(s.message_text(), Some("still finding the other rounds…"));
    assert!(s.overlays.is_empty());
    update(&mut s, rounds_found(&origin, &briefing));
    assert!(s.overlays.timeline().is_some(), "opened once they came");
    // Anything done meanwhile gives it up.
    let mut s = State::new(briefing.clone(), origin.clone(), 120, 40);
    press(&mut s, key('T'));
    press(&mut s, key('j'));
    update(&mut s, rounds_found(&origin, &briefing));
    assert!(s.overlays.is_empty());
}

#[test]
fn a_briefing_in_no_series_says_how_to_link_one() {
    let mut s = reading(bundled_round("iran-nuclear-jcpoa"), 120, 40);
    assert_eq!(press(&mut s, key('T')), Effect::None);
    assert!(s.overlays.is_empty());
    assert_eq!(
        s.message_text(),
        Some("not a round of a series: give briefings the same `process` to link them")
    );
}

#[test]
fn help_over_the_timeline_lists_its_keys_and_the_reader_lists_t() {
    let mut s = third(120, 40);
    let reader = help_lines(&s);
    assert!(
        reader.contains(&HelpRow::Keys(
            "T".into(),
            "timeline of the series: topics x rounds"
        )),
        "{reader:?}"
    );
    press(&mut s, key('T'));
    press(&mut s, key('?'));
    assert!(matches!(s.overlays.top(), Some(Overlay::Help(_))));
    let rows = help_lines(&s);
    for (keys, what) in [
        ("Enter", "open that round at this topic (and party)"),
        ("h ←", "the cell to the left"),
        ("Esc q", "back to the reader"),
    ] {
        assert!(
            rows.contains(&HelpRow::Keys(keys.into(), what)),
            "{keys}: {rows:?}"
        );
    }
    assert!(!rows.contains(&HelpRow::Keys(
        "T".into(),
        "timeline of the series: topics x rounds"
    )));
    let screen = shown(&s);
    assert!(screen.contains("open that round at this topic"), "{screen}");
    press(&mut s, key('?'));
    assert!(matches!(s.overlays.top(), Some(Overlay::Timeline(_))));
}

fn snapshot_at(width: u16, height: u16) -> String {
    let mut s = third(width, height);
    press(&mut s, key('T'));
    shown(&s)
}

#[test]
fn istanbul_at_80x24() {
    insta::assert_snapshot!(snapshot_at(80, 24));
}

#[test]
fn istanbul_at_120x40() {
    insta::assert_snapshot!(snapshot_at(120, 40));
}

#[test]
fn istanbul_at_160x50() {
    insta::assert_snapshot!(snapshot_at(160, 50));
}

#[test]
fn istanbul_at_80x24_scrolled_to_the_first_round_and_down() {
    let mut s = third(80, 24);
    press(&mut s, key('T'));
    press_n(&mut s, key('h'), 2);
    press(&mut s, code(KeyCode::PageDown));
    insta::assert_snapshot!(shown(&s));
}
