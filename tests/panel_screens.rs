//! The positions panel with a row selected, drawn into ratatui's
//! `TestBackend` and kept as insta snapshots. The selection is a style, so
//! each row the default theme draws selected (reversed) is marked `▶` in
//! the margin of the snapshot.

use brief::bundled;
use brief::load::{Origin, load_str};
use brief::reader::testing::{Action, Pane, State, draw, update};
use brief::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::Modifier;

fn istanbul(width: u16, height: u16) -> State {
    let b = bundled::DEFAULT;
    let briefing = load_str(b.file, b.text).expect("bundled briefings load");
    State::new(briefing, Origin::Bundled(b), width, height)
}

/// The screen as text, each row after a margin that says whether the
/// panel has selected (reversed) cells on it: `▶` if so.
fn screen(state: &State) -> String {
    let panel = state.geometry().positions.expect("the panel is shown");
    let backend = TestBackend::new(state.view.width, state.view.height);
    let mut terminal = Terminal::new(backend).expect("test backend");
    terminal
        .draw(|f| draw(f, state, &Theme::default()))
        .expect("draw");
    let buffer = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..buffer.area.height {
        let mut row = String::new();
        let mut selected = false;
        for x in 0..buffer.area.width {
            let cell = &buffer[(x, y)];
            row.push_str(cell.symbol());
            selected |= panel.contains((x, y).into()) && cell.modifier.contains(Modifier::REVERSED);
        }
        out.push_str(if selected { "▶ " } else { "  " });
        out.push_str(row.trim_end());
        out.push('\n');
    }
    out
}

/// The panel's part of the rows marked selected: right of its rule.
fn selected_rows(shown: &str) -> Vec<&str> {
    shown
        .lines()
        .filter_map(|l| l.strip_prefix("▶ "))
        .map(|l| l.rsplit_once('│').map_or(l, |(_, panel)| panel))
        .collect()
}

fn focus_the_panel(state: &mut State) {
    update(state, Action::FocusNext);
    assert_eq!(state.view.focus, Pane::Positions);
}

#[test]
fn a_party_selected_at_80x24() {
    let mut state = istanbul(80, 24);
    focus_the_panel(&mut state);
    // The first topic, then Ukraine, then Russia under it.
    update(&mut state, Action::Scroll(2));
    let shown = screen(&state);
    let rows = selected_rows(&shown);
    assert!(!rows.is_empty(), "{shown}");
    assert!(rows[0].contains("+ Russia · for"), "{shown}");
    assert!(
        rows.iter().all(|r| !r.contains("Ukraine")),
        "only Russia's row: {shown}"
    );
    assert!(
        shown.contains("j/k move · Enter to the text"),
        "the panel's hints: {shown}"
    );
    insta::assert_snapshot!(shown);
}

#[test]
fn a_topic_entered_at_160x50() {
    let mut state = istanbul(160, 50);
    focus_the_panel(&mut state);
    // Istanbul talks and its three parties, De-escalation and its three,
    // Ceasefire and its three: then Troop withdrawal.
    update(&mut state, Action::Scroll(12));
    update(&mut state, Action::Activate);
    let shown = screen(&state);
    let rows = selected_rows(&shown);
    assert_eq!(rows.len(), 1, "the topic's title row: {shown}");
    assert!(rows[0].contains("Troop withdrawal"), "{shown}");
    assert!(
        shown.contains("section 1 of 1 on Troop withdrawal"),
        "{shown}"
    );
    assert!(shown.contains("2. Low expectations"), "{shown}");
    insta::assert_snapshot!(shown);
}

#[test]
fn the_selection_shows_only_while_the_panel_has_the_focus() {
    let mut state = istanbul(160, 50);
    focus_the_panel(&mut state);
    assert!(!selected_rows(&screen(&state)).is_empty());
    update(&mut state, Action::FocusPrev);
    let shown = screen(&state);
    assert!(selected_rows(&shown).is_empty(), "{shown}");
}
