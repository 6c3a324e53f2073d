//! The reader with briefings in Chinese, Arabic and Hindi script (fixtures
//! in tests/fixtures/scripts/), as insta snapshots at 80x24 and 120x40,
//! and on every screen a check that no wide character is split by an edge
//! or a cut and no row runs past the screen; then the bundled briefings'
//! screens where text is cut to fit (header, pickers, compare), at 80x24,
//! 120x40 and 160x50.

use std::path::PathBuf;

use brief::bundled;
use brief::library::Entry;
use brief::load::{Origin, load_file};
use brief::reader::testing::{Action, State, draw, update};
use brief::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use unicode_width::UnicodeWidthStr;

const SCRIPTS: [&str; 3] = ["chinese", "arabic", "hindi"];
const SIZES: [(u16, u16); 3] = [(80, 24), (120, 40), (160, 50)];

fn path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/scripts/{name}.toml"))
}

fn state(name: &str, width: u16, height: u16) -> State {
    let path = path(name);
    let briefing = load_file(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
    State::new(briefing, Origin::File(path), width, height)
}

/// The screen as text, a wide character once (not followed by the blank
/// cell it covers), trailing spaces trimmed; panics on a split character.
fn screen(state: &State, what: &str) -> String {
    let backend = TestBackend::new(state.view.width, state.view.height);
    let mut terminal = Terminal::new(backend).expect("test backend");
    terminal
        .draw(|f| draw(f, state, &Theme::default()))
        .expect("draw");
    text_checked(terminal.backend().buffer(), what)
}

fn text_checked(buffer: &Buffer, what: &str) -> String {
    let mut out = String::new();
    let width = buffer.area.width;
    for y in 0..buffer.area.height {
        let mut row = String::new();
        let mut x = 0;
        while x < width {
            let symbol = buffer[(x, y)].symbol();
            let w = symbol.width().max(1);
            assert!(
                x + w as u16 <= width,
                "{what}: {symbol:?} runs past the edge at row {y}\n{out}"
            );
            let first = symbol.chars().next().unwrap_or(' ');
            assert!(
                first.to_string().width() > 0 || first == '\u{200d}' || symbol.is_empty(),
                "{what}: row {y} column {x} starts with a mark parted from its letter: {symbol:?}\n{out}{row}"
            );
            row.push_str(symbol);
            x += w as u16;
        }
        out.push_str(row.trim_end());
        out.push('\n');
    }
    out
}

/// The reader's screens with one of the fixtures, each checked.
fn every_screen(name: &str, width: u16, height: u16) {
    let what = |screen: &str| format!("{name} at {width}x{height}, {screen}");
    let mut s = state(name, width, height);
    screen(&s, &what("reader"));
    update(&mut s, Action::ToggleContents);
    screen(&s, &what("contents"));
    update(&mut s, Action::ToggleContents);
    update(&mut s, Action::ToggleHelp);
    screen(&s, &what("help"));
    update(&mut s, Action::Close);
    update(&mut s, Action::OpenCompare);
    screen(&s, &what("compare"));
    update(&mut s, Action::Close);
    update(&mut s, Action::OpenLinks);
    screen(&s, &what("links"));
    update(&mut s, Action::Close);
    update(&mut s, Action::OpenPicker);
    let entries = SCRIPTS
        .iter()
        .map(|n| Entry::read(Origin::File(path(n))))
        .collect();
    update(&mut s, Action::LibraryFound(entries, true));
    screen(&s, &what("picker"));
    update(&mut s, Action::Close);
    update(&mut s, Action::OpenPrompt);
    for c in "tests/fixtures/scripts/中文.toml".chars() {
        update(&mut s, Action::Type(c));
    }
    screen(&s, &what("prompt"));
    update(&mut s, Action::Close);
    update(&mut s, Action::SearchStart);
    for c in "关税".chars() {
        update(&mut s, Action::SearchInput(c));
    }
    update(&mut s, Action::SearchConfirm);
    screen(&s, &what("search"));
}

#[test]
fn no_screen_splits_a_wide_character_or_runs_over() {
    for name in SCRIPTS {
        for (width, height) in SIZES {
            every_screen(name, width, height);
        }
    }
}

#[test]
fn chinese_at_80x24() {
    insta::assert_snapshot!(screen(&state("chinese", 80, 24), "chinese"));
}

#[test]
fn chinese_at_120x40() {
    insta::assert_snapshot!(screen(&state("chinese", 120, 40), "chinese"));
}

#[test]
fn arabic_at_80x24() {
    insta::assert_snapshot!(screen(&state("arabic", 80, 24), "arabic"));
}

#[test]
fn arabic_at_120x40() {
    insta::assert_snapshot!(screen(&state("arabic", 120, 40), "arabic"));
}

#[test]
fn hindi_at_80x24() {
    insta::assert_snapshot!(screen(&state("hindi", 80, 24), "hindi"));
}

#[test]
fn hindi_at_120x40() {
    insta::assert_snapshot!(screen(&state("hindi", 120, 40), "hindi"));
}

fn bundled_state(name: &str, width: u16, height: u16) -> State {
    let b = bundled::find(name).expect("bundled");
    let briefing = brief::load::load_str(b.file, b.text).expect("bundled briefings load");
    State::new(briefing, Origin::Bundled(b), width, height)
}

fn with_library(s: &mut State) {
    let entries = bundled::ALL
        .iter()
        .map(|b| Entry::read(Origin::Bundled(*b)))
        .collect();
    update(s, Action::LibraryFound(entries, true));
}

/// The screens whose text is cut to fit, at each size, as snapshots.
#[test]
fn the_finish_at_three_sizes() {
    for (width, height) in SIZES {
        let at = format!("{width}x{height}");
        let reader = bundled_state("istanbul-talks", width, height);
        insta::assert_snapshot!(format!("reader_at_{at}"), screen(&reader, "reader"));

        let mut library = bundled_state("istanbul-talks-2025-06-02", width, height);
        with_library(&mut library);
        update(&mut library, Action::OpenPicker);
        insta::assert_snapshot!(format!("library_at_{at}"), screen(&library, "library"));

        let mut against = bundled_state("istanbul-talks-2025-06-02", width, height);
        with_library(&mut against);
        update(&mut against, Action::PickAgainst);
        insta::assert_snapshot!(format!("against_at_{at}"), screen(&against, "against"));

        let mut compare = bundled_state("good-friday-agreement", width, height);
        update(&mut compare, Action::OpenCompare);
        insta::assert_snapshot!(format!("compare_at_{at}"), screen(&compare, "compare"));
    }
}
