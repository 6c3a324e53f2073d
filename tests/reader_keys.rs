//! Keys moved by a keymap, as a user meets them: the key does the command,
//! the old key no longer does, and help and the hint lines say so.

use brief::bundled;
use brief::load::{Origin, load_str};
use brief::reader::testing::{
    Action, HelpRow, State, draw, help_lines, hints, keys_with, map_key, set_keys, split_alt,
    update,
};
use brief::theme::Theme;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

#[path = "support/screen.rs"]
mod screen;

fn istanbul(keys: &str) -> State {
    sized(keys, 120, 40)
}

fn sized(keys: &str, width: u16, height: u16) -> State {
    let b = bundled::DEFAULT;
    let briefing = load_str(b.file, b.text).expect("bundled briefing loads");
    let mut state = State::new(briefing, Origin::Bundled(b), width, height);
    set_keys(&mut state, keys_with(keys));
    state
}

fn key(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
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
fn quit_moved_to_x_quits_on_x_only_and_help_says_x() {
    // Wide enough for all of help at once.
    let mut s = sized("[keys.reader]\nquit = [\"x\"]\n", 200, 60);
    assert_eq!(map_key(&s, key('x')), Some(Action::Quit));
    assert_eq!(map_key(&s, key('q')), None, "q does nothing now");
    let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert_eq!(map_key(&s, ctrl_c), None, "the reader's quit is only x");
    let rows = help_lines(&s);
    assert!(
        rows.contains(&HelpRow::Keys("x".into(), "quit")),
        "{rows:?}"
    );
    update(&mut s, Action::ToggleHelp);
    let screen = shown(&s);
    let line = screen
        .lines()
        .find(|l| l.contains(" quit ") && l.contains("  x "))
        .unwrap_or_else(|| panic!("no `x quit` row in help: {screen}"));
    assert!(!line.contains("q Ctrl-c"), "{line}");
}

#[test]
fn hint_lines_follow_the_keys() {
    let mut s = istanbul(
        "[keys.reader]\nhelp = [\"f1\"]\nsearch = [\"s\"]\n[keys.search]\ncancel = [\"ctrl-g\"]\n",
    );
    assert!(hints(&s).contains("s search"), "{}", hints(&s));
    assert!(hints(&s).contains("F1 help"), "{}", hints(&s));
    assert!(shown(&s).contains("F1 help"));
    assert_eq!(map_key(&s, key('?')), None);
    update(&mut s, Action::SearchStart);
    assert!(hints(&s).contains("Ctrl-g drop"), "{}", hints(&s));
    // Esc is not bound in the search any more: it does nothing, and is not typed.
    assert_eq!(
        map_key(&s, KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE)),
        None
    );
    let ctrl_g = KeyEvent::new(KeyCode::Char('g'), KeyModifiers::CONTROL);
    assert_eq!(map_key(&s, ctrl_g), Some(Action::SearchCancel));
}

#[test]
fn a_key_bound_in_the_picker_wins_over_typing_it() {
    let mut s = istanbul("[keys.picker]\nnext_entry = [\"down\", \"ctrl-j\"]\n");
    update(&mut s, Action::OpenPicker);
    let ctrl_j = KeyEvent::new(KeyCode::Char('j'), KeyModifiers::CONTROL);
    assert_eq!(map_key(&s, ctrl_j), Some(Action::Choose(1)));
    assert_eq!(map_key(&s, key('j')), Some(Action::Type('j')));
    let ctrl_n = KeyEvent::new(KeyCode::Char('n'), KeyModifiers::CONTROL);
    assert_eq!(map_key(&s, ctrl_n), None, "ctrl-n was replaced");
    assert!(shown(&s).contains("↑/↓ choose"));
}

#[test]
fn the_compare_view_reads_its_own_mode() {
    let mut s = istanbul("[keys.compare]\nleave = [\"x\"]\nopen_cell = [\"o\"]\n");
    update(&mut s, Action::OpenCompare);
    assert_eq!(map_key(&s, key('q')), None);
    assert!(shown(&s).contains("o open"), "the legend names o");
    assert_eq!(map_key(&s, key('x')), Some(Action::Close));
    update(&mut s, Action::Close);
    assert!(s.overlays.is_empty());
}

#[test]
fn the_round_keys_are_braces_until_moved_and_help_follows() {
    let mut s = istanbul("");
    assert_eq!(map_key(&s, key('{')), Some(Action::Round(-1)));
    // Terminals that report Shift with the brace it made.
    let shifted = KeyEvent::new(KeyCode::Char('}'), KeyModifiers::SHIFT);
    assert_eq!(map_key(&s, shifted), Some(Action::Round(1)));
    let rows = help_lines(&s);
    assert!(
        rows.contains(&HelpRow::Keys(
            "}".into(),
            "next round of the series, same place"
        )),
        "{rows:?}"
    );
    // Under an overlay the braces are that layer's, not a round's.
    update(&mut s, Action::ToggleHelp);
    assert_eq!(map_key(&s, key('}')), None);

    let s = istanbul("[keys.reader]\nnext_round = [\"ctrl-n\"]\nprevious_round = [\"ctrl-p\"]\n");
    let ctrl = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL);
    assert_eq!(map_key(&s, ctrl('n')), Some(Action::Round(1)));
    assert_eq!(map_key(&s, ctrl('p')), Some(Action::Round(-1)));
    assert_eq!(map_key(&s, key('}')), None, "}} does nothing now");
    assert!(help_lines(&s).contains(&HelpRow::Keys(
        "Ctrl-p".into(),
        "previous round of the series, same place"
    )));
}

fn alt(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::ALT)
}

/// Esc and a key read together arrive as Alt and the key; where that Alt
/// key does nothing, it is Esc and then the key again.
#[test]
fn esc_and_a_key_read_as_one_alt_key_are_taken_apart_where_alt_binds_nothing() {
    let esc = KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE);
    let mut state = istanbul("");
    assert_eq!(
        split_alt(&state, alt(KeyCode::Char('j'))),
        Some([esc, key('j')])
    );
    assert_eq!(split_alt(&state, alt(KeyCode::Esc)), Some([esc, esc]));
    // Alt-Left goes back in history: a binding, kept whole.
    assert!(map_key(&state, alt(KeyCode::Left)).is_some());
    assert_eq!(split_alt(&state, alt(KeyCode::Left)), None);
    assert_eq!(split_alt(&state, key('j')), None);
    // A key moved onto Alt by the user's keymap is theirs.
    let bound = istanbul("[keys.reader]\nscroll_down = [\"alt-j\"]\n");
    assert_eq!(split_alt(&bound, alt(KeyCode::Char('j'))), None);
    assert!(map_key(&bound, alt(KeyCode::Char('j'))).is_some());
    // In the picker, which types text, Esc closes it and the key then acts
    // in the reader, as pressed one after the other.
    update(&mut state, Action::OpenPicker);
    let [first, then] = split_alt(&state, alt(KeyCode::Char('j'))).expect("taken apart");
    let closing = map_key(&state, first).expect("Esc is bound in the picker");
    update(&mut state, closing);
    assert!(state.overlays.picker().is_none());
    assert!(map_key(&state, then).is_some());
}
