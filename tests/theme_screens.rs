//! How the reader's screens are coloured: every styled run of every row,
//! kept as insta snapshots. The text snapshots (`reader_screens.rs`) cannot
//! see a colour change; these can, so the default theme is held to the
//! look brief had before themes were data, and mono to no colour at all.

use brief::bundled;
use brief::load::{Origin, load_str};
use brief::reader::testing::{Action, CompareAction, Opened, Request, State, Via};
use brief::reader::testing::{draw, update};
use brief::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};

fn state_for(b: bundled::Bundled, width: u16, height: u16) -> State {
    let briefing = load_str(b.file, b.text).expect("bundled briefings load");
    State::new(briefing, Origin::Bundled(b), width, height)
}

fn istanbul(width: u16, height: u16) -> State {
    state_for(bundled::DEFAULT, width, height)
}

/// Every run of cells styled alike on a row, but for plain ones:
/// `row x..x fg/bg MODIFIERS "text"`.
fn styles_of(buffer: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buffer.area.height {
        let mut x = 0;
        while x < buffer.area.width {
            let first = &buffer[(x, y)];
            let key = (first.fg, first.bg, first.modifier);
            let mut text = String::new();
            let start = x;
            while x < buffer.area.width {
                let cell = &buffer[(x, y)];
                if (cell.fg, cell.bg, cell.modifier) != key {
                    break;
                }
                text.push_str(cell.symbol());
                x += 1;
            }
            if key != (Color::Reset, Color::Reset, Modifier::empty()) {
                out.push_str(&format!(
                    "{y:>2} {start:>3}..{x:<3} {:?}/{:?} {:?} {:?}\n",
                    key.0,
                    key.1,
                    key.2,
                    text.trim_end()
                ));
            }
        }
    }
    out
}

fn styles(state: &State, theme: &Theme) -> String {
    let backend = TestBackend::new(state.view.width, state.view.height);
    let mut terminal = Terminal::new(backend).expect("test backend");
    terminal.draw(|f| draw(f, state, theme)).expect("draw");
    styles_of(terminal.backend().buffer())
}

fn searched() -> State {
    let mut s = istanbul(140, 45);
    update(&mut s, Action::SearchStart);
    for c in "istanbul".chars() {
        update(&mut s, Action::SearchInput(c));
    }
    update(&mut s, Action::SearchConfirm);
    update(&mut s, Action::SearchNext);
    s
}

fn broken() -> Origin {
    Origin::File("/srv/broken.toml".into())
}

fn refused(s: &mut State) {
    let err = load_str("broken.toml", "headline = \"x\n").expect_err("broken");
    let opened = Opened {
        request: Request {
            origin: broken(),
            via: Via::New,
        },
        canonical: None,
        result: Err(err),
        remembered: None,
    };
    update(s, Action::Opened(Box::new(opened)));
}

fn library() -> State {
    let mut s = istanbul(120, 30);
    let entries = vec![
        brief::library::Entry::read(Origin::Bundled(bundled::DEFAULT)),
        brief::library::Entry::loaded(broken(), &s.doc.briefing),
        // Not there: listed with its error.
        brief::library::Entry::read(Origin::File("/nonexistent/list.toml".into())),
    ];
    update(&mut s, Action::LibraryFound(entries, true));
    update(&mut s, Action::OpenPicker);
    for c in "ist".chars() {
        update(&mut s, Action::Type(c));
    }
    s
}

fn compare_changes() -> State {
    let later = bundled::find("new-start-2023-02").expect("bundled pair");
    let earlier = bundled::find("new-start-2021-02").expect("bundled pair");
    let mut s = state_for(later, 140, 45);
    let older = load_str(earlier.file, earlier.text).expect("loads");
    update(
        &mut s,
        Action::AgainstLoaded(Box::new((Origin::Bundled(earlier), Ok(older)))),
    );
    update(&mut s, Action::OpenCompare);
    s
}

fn compare_sorted() -> State {
    let mut s = state_for(
        bundled::find("iran-nuclear-jcpoa").expect("bundled"),
        90,
        30,
    );
    update(&mut s, Action::OpenCompare);
    update(&mut s, Action::Compare(CompareAction::SortByVerdict));
    s
}

/// The screens that use every look the reader has, by name.
fn screens() -> Vec<(&'static str, State)> {
    let mut screens = vec![("search", searched())];
    // Reading, then the panel (a second Tab went on to the contents), with
    // the party under the first topic selected.
    let mut s = searched();
    update(&mut s, Action::FocusNext);
    update(&mut s, Action::Scroll(1));
    screens.push(("positions_focused", s));

    let mut s = istanbul(100, 30);
    update(&mut s, Action::FileRemoved);
    screens.push(("banner", s));

    let mut s = istanbul(100, 30);
    update(&mut s, Action::ToggleHelp);
    screens.push(("help", s));

    screens.push(("library", library()));
    let mut s = library();
    refused(&mut s);
    screens.push(("library_error", s));

    let mut s = istanbul(80, 24);
    update(&mut s, Action::OpenPrompt);
    for c in "broken.toml".chars() {
        update(&mut s, Action::Type(c));
    }
    refused(&mut s);
    screens.push(("prompt_error", s));

    let mut s = istanbul(80, 24);
    update(
        &mut s,
        Action::Notice(
            "set $VISUAL or $EDITOR to the editor you use, e.g. export EDITOR=nano, \
             then press e again to edit this briefing"
                .to_owned(),
        ),
    );
    screens.push(("long_message", s));
    let mut s = istanbul(100, 30);
    update(&mut s, Action::Notice("reloaded".to_owned()));
    screens.push(("message", s));

    screens.push(("compare_changes", compare_changes()));
    let mut s = compare_changes();
    update(&mut s, Action::Compare(CompareAction::Open));
    screens.push(("compare_cell", s));

    screens.push(("compare_sorted", compare_sorted()));
    let mut s = compare_sorted();
    update(&mut s, Action::Compare(CompareAction::Open));
    screens.push(("compare_cell_silent", s));
    screens
}

#[test]
fn the_default_theme_looks_as_brief_always_has() {
    for (name, state) in screens() {
        insta::assert_snapshot!(format!("default_{name}"), styles(&state, &Theme::default()));
    }
}

#[test]
fn the_mono_theme_looks_as_no_color_always_has() {
    for (name, state) in screens() {
        insta::assert_snapshot!(format!("mono_{name}"), styles(&state, &Theme::mono()));
    }
}

/// `brief print --color always` of a briefing, its escapes made visible.
fn printed(options: &brief::print::PrintOptions) -> String {
    let b = bundled::DEFAULT;
    let briefing = load_str(b.file, b.text).expect("bundled briefings load");
    brief::print::render(&briefing, options).replace('\u{1b}', "␛")
}

#[test]
fn print_in_the_default_theme_looks_as_it_always_has() {
    let options = brief::print::PrintOptions {
        width: 80,
        color: true,
        theme: Theme::default(),
    };
    insta::assert_snapshot!("print_default", printed(&options));
}

#[test]
fn the_light_theme_draws_in_its_own_colours() {
    let light = Theme::bundled("light").expect("bundled");
    for name in ["search", "compare_changes"] {
        let (_, state) = screens()
            .into_iter()
            .find(|(n, _)| *n == name)
            .expect("a screen");
        insta::assert_snapshot!(format!("light_{name}"), styles(&state, &light));
    }
    let state = searched();
    let backend = TestBackend::new(state.view.width, state.view.height);
    let mut terminal = Terminal::new(backend).expect("test backend");
    terminal.draw(|f| draw(f, &state, &light)).expect("draw");
    let buffer = terminal.backend().buffer();
    let cells = buffer.content();
    let text_in = |fg: Color, bg: Color| -> String {
        cells
            .iter()
            .filter(|c| c.fg == fg && c.bg == bg)
            .map(ratatui::buffer::Cell::symbol)
            .collect()
    };
    // The headings in the theme's blue, the match the reader is on dark on yellow.
    let blue = Color::Rgb(0x05, 0x50, 0xae);
    assert!(text_in(blue, Color::Reset).contains("Key points"));
    let current = text_in(Color::Rgb(0x1f, 0x23, 0x28), Color::Rgb(0xff, 0xd3, 0x3d));
    assert_eq!(current.to_lowercase(), "istanbul");
    // No cell is left in a 16-colour name: truecolor throughout.
    for cell in cells {
        for colour in [cell.fg, cell.bg] {
            assert!(matches!(colour, Color::Reset | Color::Rgb(..)), "{cell:?}");
        }
    }
}

#[test]
fn mono_sets_no_colour_in_any_cell_of_any_screen() {
    let mono = Theme::mono();
    for (name, state) in screens() {
        let backend = TestBackend::new(state.view.width, state.view.height);
        let mut terminal = Terminal::new(backend).expect("test backend");
        terminal.draw(|f| draw(f, &state, &mono)).expect("draw");
        for cell in terminal.backend().buffer().content() {
            assert_eq!(
                (cell.fg, cell.bg),
                (Color::Reset, Color::Reset),
                "{name}: {cell:?}"
            );
        }
    }
}

#[test]
fn print_in_a_truecolor_theme_writes_its_colours() {
    let options = brief::print::PrintOptions {
        width: 80,
        color: true,
        theme: Theme::bundled("dark").expect("bundled"),
    };
    let text = printed(&options);
    // The heading in the dark theme's blue, as 24-bit colour.
    assert!(text.contains("␛[38;2;97;175;239m␛[1mKey points"), "{text}");
    let plain = brief::print::PrintOptions {
        color: false,
        ..options
    };
    assert!(!printed(&plain).contains('␛'));
}
