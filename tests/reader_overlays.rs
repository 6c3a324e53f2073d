//! The overlay stack and the status bar's messages, as a user meets them:
//! which layer a key goes to, what Esc and q close, how far help scrolls,
//! and that a message never outlives what it was about.

use brief::bundled;
use brief::load::{LoadError, Origin, load_str};
use brief::reader::testing::Action;
use brief::reader::testing::draw;
use brief::reader::testing::update;
use brief::reader::testing::{Overlay, State};
use brief::reader::testing::{help_lines, help_page, map_key};
use brief::theme::Theme;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

#[path = "support/screen.rs"]
mod screen;

fn istanbul(width: u16, height: u16) -> State {
    let b = bundled::DEFAULT;
    let briefing = load_str(b.file, b.text).expect("bundled briefing loads");
    State::new(briefing, Origin::Bundled(b), width, height)
}

fn key(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
}

/// Press a key as the loop does: map it by the layer on top, then update.
fn press(state: &mut State, event: KeyEvent) -> Option<Action> {
    let action = map_key(state, event)?;
    update(state, action.clone());
    Some(action)
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
fn q_in_the_compare_view_goes_back_to_the_reader_and_only_then_quits() {
    let mut s = istanbul(120, 40);
    press(&mut s, key('c'));
    assert!(s.overlays.compare().is_some());
    assert_eq!(press(&mut s, key('q')), Some(Action::Close));
    assert!(s.overlays.is_empty(), "q closed the compare view");
    assert_eq!(map_key(&s, key('q')), Some(Action::Quit));
}

#[test]
fn help_over_the_compare_view_shows_its_keys_and_esc_closes_one_layer_at_a_time() {
    let mut s = istanbul(120, 40);
    press(&mut s, key('c'));
    press(&mut s, key('?'));
    assert!(matches!(s.overlays.top(), Some(Overlay::Help(_))));
    let screen = shown(&s);
    assert!(screen.contains("Compare view"), "{screen}");
    assert!(
        !screen.contains("open a path"),
        "reader keys in compare help: {screen}"
    );
    press(&mut s, KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE));
    assert!(matches!(s.overlays.top(), Some(Overlay::Compare(_))));
    press(&mut s, KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE));
    assert!(s.overlays.is_empty());
}

#[test]
fn in_the_prompt_and_the_picker_q_is_typed_not_a_command() {
    let mut s = istanbul(120, 40);
    press(&mut s, key(':'));
    assert_eq!(press(&mut s, key('q')), Some(Action::Type('q')));
    assert_eq!(s.overlays.prompt().map(|p| p.input.as_str()), Some("q"));
    press(&mut s, KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE));
    assert!(s.overlays.is_empty());
}

#[test]
fn help_scrolls_to_its_last_row_and_no_further_and_says_there_is_more() {
    let mut s = istanbul(80, 24);
    press(&mut s, key('?'));
    let page = help_page(s.view.width, s.view.height, &help_lines(&s));
    assert!(
        page.max_offset > 0,
        "the reader's help is longer than 80x24"
    );
    assert!(shown(&s).contains("↓ more"));
    press(&mut s, key('G'));
    assert_eq!(s.overlays.help().map(|h| h.offset), Some(page.max_offset));
    press(&mut s, key('j'));
    assert_eq!(s.overlays.help().map(|h| h.offset), Some(page.max_offset));
    let screen = shown(&s);
    assert!(screen.contains("↑ more"), "{screen}");
    assert!(screen.contains("quit"), "the last rows show: {screen}");
}

#[test]
fn every_binding_of_the_reader_is_on_some_page_of_help() {
    let mut s = istanbul(80, 24);
    press(&mut s, key('?'));
    let mut seen = String::new();
    let rows = help_lines(&s).len();
    for _ in 0..rows {
        seen.push_str(&shown(&s));
        press(&mut s, key('j'));
    }
    for row in help_lines(&s) {
        if let brief::reader::testing::HelpRow::Keys(_, what) = row {
            assert!(seen.contains(what), "{what:?} never shows in help at 80x24");
        }
    }
}

#[test]
fn a_message_goes_with_the_next_thing_done() {
    let mut s = istanbul(120, 40);
    update(&mut s, Action::GoToSection(9));
    assert!(s.message_text().is_some_and(|m| m.contains("no section 9")));
    update(&mut s, Action::Scroll(1));
    assert_eq!(s.message_text(), None, "a stale 'no section 9'");
}

#[test]
fn a_new_search_drops_the_last_ones_no_match() {
    let mut s = istanbul(120, 40);
    update(&mut s, Action::SearchStart);
    for c in "zebra".chars() {
        update(&mut s, Action::SearchInput(c));
    }
    update(&mut s, Action::SearchConfirm);
    update(&mut s, Action::SearchNext);
    assert!(shown(&s).contains("no match"), "{}", shown(&s));
    update(&mut s, Action::SearchStart);
    update(&mut s, Action::SearchInput('e'));
    assert_eq!(s.message_text(), None);
    assert!(!shown(&s).contains("no match"), "{}", shown(&s));
}

#[test]
fn a_broken_reload_replaces_reloaded_with_its_banner() {
    let mut s = istanbul(120, 40);
    let good = s.doc.briefing.clone();
    update(&mut s, Action::Loaded(Box::new(Ok(good))));
    assert_eq!(s.message_text(), Some("reloaded"));
    let broken = LoadError::unreadable("ist.toml", "gone", "put it back");
    update(&mut s, Action::Loaded(Box::new(Err(broken))));
    assert!(s.status.banner.is_some());
    assert_eq!(s.message_text(), None, "'reloaded' beside an error banner");
}

#[test]
fn a_message_too_long_for_the_bar_can_be_read_whole_at_80x24() {
    let mut s = istanbul(80, 24);
    let long = "set $VISUAL or $EDITOR to the editor you use, e.g. export EDITOR=nano, \
                then press e again to edit this briefing";
    update(&mut s, Action::Notice(long.to_owned()));
    let screen = shown(&s);
    let flat: String = screen
        .lines()
        .map(|l| l.trim_matches(|c: char| c == '│' || c.is_whitespace()))
        .collect::<Vec<_>>()
        .join(" ");
    assert!(flat.contains("export EDITOR=nano,"), "{screen}");
    assert!(flat.contains("edit this briefing"), "{screen}");
}

/// Every cell of a frame drawn in `theme`.
fn cells_in(state: &State, theme: &Theme) -> Vec<ratatui::buffer::Cell> {
    let mut terminal =
        Terminal::new(TestBackend::new(state.view.width, state.view.height)).expect("test backend");
    terminal.draw(|f| draw(f, state, theme)).expect("draw");
    terminal.backend().buffer().content().to_vec()
}

#[test]
fn the_monochrome_look_sets_no_colour_on_any_screen() {
    use ratatui::style::Color;
    let mut s = istanbul(140, 45);
    let mut screens = Vec::new();
    update(&mut s, Action::SearchStart);
    update(&mut s, Action::SearchInput('e'));
    screens.push(("search", cells_in(&s, &Theme::mono())));
    update(&mut s, Action::SearchConfirm);
    update(&mut s, Action::FileRemoved);
    screens.push(("banner", cells_in(&s, &Theme::mono())));
    update(&mut s, Action::ToggleHelp);
    screens.push(("help", cells_in(&s, &Theme::mono())));
    update(&mut s, Action::Close);
    update(&mut s, Action::OpenPicker);
    screens.push(("library", cells_in(&s, &Theme::mono())));
    update(&mut s, Action::Close);
    update(&mut s, Action::OpenCompare);
    screens.push(("compare", cells_in(&s, &Theme::mono())));
    update(
        &mut s,
        Action::Compare(brief::reader::testing::CompareAction::Open),
    );
    screens.push(("compare cell", cells_in(&s, &Theme::mono())));
    for (name, cells) in &screens {
        for cell in cells {
            assert_eq!(
                (cell.fg, cell.bg),
                (Color::Reset, Color::Reset),
                "a colour on the {name} screen: {cell:?}"
            );
        }
    }
    // The same screens do have colour in the colour look.
    assert!(
        cells_in(&s, &Theme::default())
            .iter()
            .any(|c| c.fg != Color::Reset)
    );
}

#[test]
fn tab_in_the_prompt_asks_the_loop_for_completions_and_shows_them() {
    use brief::reader::testing::Effect;
    let mut s = istanbul(120, 40);
    update(&mut s, Action::OpenPrompt);
    for c in "brief".chars() {
        update(&mut s, Action::Type(c));
    }
    // update reads no directory itself: the loop does, and answers.
    assert_eq!(
        update(&mut s, Action::Complete),
        Effect::Complete("brief".to_owned())
    );
    let done = brief::reader::testing::complete_path("brief", None);
    update(&mut s, Action::Completed(done));
    assert_eq!(
        s.overlays.prompt().map(|p| p.input.as_str()),
        Some("briefings/")
    );
}

/// Ctrl-z hands the terminal back to the shell from any layer, not only
/// from the reader: a user in the picker or the compare view expects it.
#[test]
fn ctrl_z_suspends_from_every_overlay() {
    let ctrl_z = KeyEvent::new(KeyCode::Char('z'), KeyModifiers::CONTROL);
    let openers = [
        Action::SearchStart,
        Action::OpenPrompt,
        Action::OpenPicker,
        Action::ToggleHelp,
        Action::OpenCompare,
        Action::OpenLinks,
    ];
    for opener in openers {
        let mut s = istanbul(120, 40);
        update(&mut s, opener.clone());
        assert_eq!(
            map_key(&s, ctrl_z),
            Some(Action::Suspend),
            "after {opener:?}"
        );
    }
    let mut s = istanbul(120, 40);
    update(&mut s, Action::OpenCompare);
    update(
        &mut s,
        Action::Compare(brief::reader::testing::CompareAction::ChooseColumns),
    );
    assert_eq!(
        map_key(&s, ctrl_z),
        Some(Action::Suspend),
        "in the column chooser"
    );
}
