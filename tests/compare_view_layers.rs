//! The compare view and its column chooser inside the reader, as keys and
//! the mouse reach them: the chooser is a layer of the overlay stack with
//! its own keys, help over it lists them, and the wheel and clicks go to
//! the compare view, not the panes under it.

use brief::bundled;
use brief::load::{Origin, load_str};
use brief::reader::testing::{
    Action, ColumnsAction, CompareAction, Overlay, State, draw, help_lines, map_key, map_mouse,
    update,
};
use brief::theme::Theme;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

#[path = "support/screen.rs"]
mod screen;

fn istanbul(width: u16, height: u16) -> State {
    let b = bundled::DEFAULT;
    let briefing = load_str(b.file, b.text).expect("bundled briefing loads");
    State::new(briefing, Origin::Bundled(b), width, height)
}

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn press(state: &mut State, event: KeyEvent) -> Option<Action> {
    let action = map_key(state, event)?;
    update(state, action.clone());
    Some(action)
}

fn mouse(kind: MouseEventKind, modifiers: KeyModifiers) -> MouseEvent {
    MouseEvent {
        kind,
        column: 40,
        row: 10,
        modifiers,
    }
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
fn c_opens_the_chooser_over_the_view_and_its_keys_hide_a_party() {
    let mut s = istanbul(120, 40);
    press(&mut s, key(KeyCode::Char('c')));
    press(&mut s, key(KeyCode::Char('c')));
    assert!(matches!(s.overlays.top(), Some(Overlay::Columns(_))));
    assert!(
        shown(&s).contains("Columns · 3 of 3 shown"),
        "{}",
        shown(&s)
    );
    assert_eq!(
        map_key(&s, key(KeyCode::Char('j'))),
        Some(Action::Compare(CompareAction::Columns(
            ColumnsAction::Move(1)
        )))
    );
    press(&mut s, key(KeyCode::Char('j')));
    press(&mut s, key(KeyCode::Char(' ')));
    let russia = s
        .doc
        .briefing
        .parties
        .iter()
        .position(|p| p.name == "Russia");
    let hidden = s.overlays.compare().map(|c| c.hidden.clone());
    assert_eq!(
        hidden.map(|h| h.into_iter().collect::<Vec<_>>()),
        russia.map(|r| vec![r])
    );
    let screen = shown(&s);
    assert!(screen.contains("[ ] 2 Russia"), "{screen}");
    assert!(
        screen.contains("Space show/hide · a all · n none · Esc done"),
        "{screen}"
    );
    // Help over the chooser lists its keys and the view's.
    press(&mut s, key(KeyCode::Char('?')));
    let help = shown(&s);
    assert!(
        help.contains("Column chooser") && help.contains("Compare view"),
        "{help}"
    );
    assert!(
        help.contains("hide every party but the one selected"),
        "{help}"
    );
    press(&mut s, key(KeyCode::Esc));
    // Esc closes one layer at a time: the chooser, then the view.
    press(&mut s, key(KeyCode::Esc));
    assert!(matches!(s.overlays.top(), Some(Overlay::Compare(_))));
    assert!(shown(&s).contains("hidden: 2 Russia"), "{}", shown(&s));
    press(&mut s, key(KeyCode::Esc));
    assert!(s.overlays.is_empty());
    assert!(
        help_lines(&s)
            .iter()
            .all(|r| !format!("{r:?}").contains("Column chooser"))
    );
}

#[test]
fn a_compare_message_shows_once_in_the_status_bar_with_the_keys_kept() {
    let mut s = istanbul(90, 30);
    press(&mut s, key(KeyCode::Char('c')));
    press(&mut s, key(KeyCode::Char('j')));
    press(&mut s, key(KeyCode::Char('d')));
    let screen = shown(&s);
    assert_eq!(
        screen.matches("no topic with divergence").count(),
        1,
        "{screen}"
    );
    let rows: Vec<&str> = screen.lines().collect();
    assert!(
        rows[rows.len() - 1].contains("no topic with divergence"),
        "{screen}"
    );
    // The view's own hint line keeps its keys meanwhile.
    assert!(rows[rows.len() - 2].contains("divergence ·"), "{screen}");
    press(&mut s, key(KeyCode::Char('j')));
    assert!(!shown(&s).contains("no topic with divergence"));
}

#[test]
fn v_filters_from_the_keyboard_and_the_status_bar_says_so() {
    let mut s = istanbul(120, 40);
    press(&mut s, key(KeyCode::Char('c')));
    press(&mut s, key(KeyCode::Char('v')));
    let screen = shown(&s);
    assert!(screen.contains("only divergence: 0 of 10"), "{screen}");
    assert!(
        screen.contains("No topic has the verdict “divergence”"),
        "{screen}"
    );
    press(&mut s, key(KeyCode::Char('v')));
    assert!(shown(&s).contains("only common ground: "), "{}", shown(&s));
}

#[test]
fn in_the_compare_view_the_wheel_and_clicks_are_the_views() {
    let mut s = istanbul(120, 40);
    press(&mut s, key(KeyCode::Char('c')));
    let wheel = |kind, modifiers| map_mouse(&s, mouse(kind, modifiers));
    let turn = |rows, columns| Some(Action::Compare(CompareAction::Scroll { rows, columns }));
    assert_eq!(
        wheel(MouseEventKind::ScrollDown, KeyModifiers::NONE),
        turn(1, 0)
    );
    assert_eq!(
        wheel(MouseEventKind::ScrollUp, KeyModifiers::NONE),
        turn(-1, 0)
    );
    assert_eq!(
        wheel(MouseEventKind::ScrollDown, KeyModifiers::SHIFT),
        turn(0, 1)
    );
    assert_eq!(
        wheel(MouseEventKind::ScrollRight, KeyModifiers::NONE),
        turn(0, 1)
    );
    assert_eq!(
        wheel(MouseEventKind::ScrollLeft, KeyModifiers::NONE),
        turn(0, -1)
    );
    assert_eq!(
        wheel(MouseEventKind::Down(MouseButton::Left), KeyModifiers::NONE),
        Some(Action::Compare(CompareAction::Click {
            column: 40,
            row: 10
        }))
    );
    // Without the view, the wheel is the panes' again.
    press(&mut s, key(KeyCode::Esc));
    assert!(matches!(
        map_mouse(&s, mouse(MouseEventKind::ScrollDown, KeyModifiers::NONE)),
        Some(Action::Wheel { .. })
    ));
}
