//! The frames the reader writes: a screen that keeps the panes whose keys
//! did not change must end up showing exactly what drawing everything
//! would, after any run of keys, at any size.

use std::io;

use brief::bundled;
use brief::generate::briefing_toml;
use brief::load::{Origin, load_str};
use brief::model::Briefing;
use brief::tui::action::Action;
use brief::tui::screen::Screen;
use brief::tui::state::State;
use brief::tui::update::update;
use brief::tui::view;
use proptest::prelude::*;
use ratatui::backend::{CrosstermBackend, TestBackend};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::{Terminal, TerminalOptions, Viewport};

fn istanbul() -> Briefing {
    let b = bundled::DEFAULT;
    load_str(b.file, b.text).expect("the bundled briefing loads")
}

/// The bundled briefing with wide characters, an emoji and combining marks
/// through its text, so wide characters meet pane edges and lines wrap
/// around them. (Not a VS16 emoji: the emulator counts one column for one,
/// as some terminals do, where ratatui counts two.)
fn exotic() -> Briefing {
    let text = bundled::DEFAULT
        .text
        .replace("Istanbul", "伊斯坦布尔")
        .replace("Kyiv", "Київ")
        .replace("ceasefire", "ce\u{301}asefire")
        .replace("Moscow", "Moscow 🤝");
    load_str("exotic.toml", &text).expect("the exotic briefing loads")
}

/// A small generated briefing: many sections and topics, some hits for
/// common letters.
fn generated(seed: u64) -> Briefing {
    load_str("generated", &briefing_toml(20_000, seed)).expect("generated briefings load")
}

fn action() -> impl Strategy<Value = Action> {
    prop_oneof![
        4 => (-40..40i32).prop_map(Action::Scroll),
        2 => prop_oneof![Just(-1), Just(1)].prop_map(Action::Page),
        1 => prop_oneof![Just(-1), Just(1)].prop_map(Action::HalfPage),
        1 => Just(Action::Top),
        1 => Just(Action::Bottom),
        2 => Just(Action::NextSection),
        1 => Just(Action::PrevSection),
        1 => (1..12usize).prop_map(Action::GoToSection),
        1 => Just(Action::ToggleContents),
        1 => Just(Action::TogglePositions),
        1 => Just(Action::ToggleFollow),
        2 => Just(Action::FocusNext),
        1 => Just(Action::FocusPrev),
        1 => Just(Action::Activate),
        1 => Just(Action::SearchStart),
        2 => prop_oneof![Just('a'), Just('e'), Just('t'), Just('s'), Just(' ')].prop_map(Action::SearchInput),
        1 => Just(Action::SearchBackspace),
        1 => Just(Action::SearchConfirm),
        1 => Just(Action::SearchCancel),
        2 => Just(Action::SearchNext),
        1 => Just(Action::SearchPrev),
        1 => Just(Action::ToggleHelp),
        1 => Just(Action::Close),
        1 => Just(Action::FileRemoved),
        1 => (0..3u64).prop_map(|seed| Action::Loaded(Box::new(Ok(generated(seed))))),
        1 => (40..170u16, 10..55u16).prop_map(|(w, h)| Action::Resize(w, h)),
        1 => Just(Action::Notice("noticed".to_owned())),
    ]
}

/// The reader's screen over a terminal writing into memory, and a terminal
/// emulator reading what it wrote.
struct Reader {
    state: State,
    screen: Screen,
    terminal: Terminal<CrosstermBackend<Vec<u8>>>,
    emulator: vt100::Parser,
}

fn emulator(area: Rect) -> vt100::Parser {
    let size = |n: u16| std::num::NonZeroU16::new(n).expect("a screen is not empty");
    vt100::Parser::new(size(area.height), size(area.width), 0)
}

impl Reader {
    fn new(briefing: Briefing, width: u16, height: u16) -> Reader {
        let area = Rect::new(0, 0, width, height);
        Reader {
            state: State::new(briefing, Origin::Bundled(bundled::DEFAULT), width, height),
            screen: Screen::new(area),
            terminal: terminal(area),
            emulator: emulator(area),
        }
    }

    /// What the app does for a key: update, then a frame that keeps what
    /// its keys say is unchanged. A resize clears the screen, as the app's
    /// does.
    fn press(&mut self, action: Action) -> io::Result<()> {
        if let Action::Resize(width, height) = action {
            let area = Rect::new(0, 0, width, height);
            self.terminal = terminal(area);
            self.emulator = emulator(area);
            self.screen.cleared(area);
        }
        update(&mut self.state, action);
        let state = &self.state;
        let area = self.screen.shown().area;
        self.screen.draw(
            &mut self.terminal,
            view::layers(state, area),
            |frame, kept| {
                view::draw_except(frame, state, kept);
            },
        )?;
        let written = std::mem::take(self.terminal.backend_mut().writer_mut());
        self.emulator.process(&written);
        Ok(())
    }

    /// Where the emulated terminal shows something else than `whole`: the
    /// text and the bold, italic and reverse of every cell. The cell after
    /// a wide character is not compared: the character covers it, whatever
    /// the frame holds there.
    fn emulated_difference(&self, whole: &Buffer) -> Option<String> {
        let screen = self.emulator.screen();
        // Bold and dim are one intensity to a terminal: the emulator keeps
        // the last one set, so bold is compared only where not dimmed.
        let attributes = |m: Modifier| {
            (
                m.contains(Modifier::BOLD) && !m.contains(Modifier::DIM),
                m.contains(Modifier::ITALIC),
                m.contains(Modifier::REVERSED),
            )
        };
        for y in 0..whole.area.height {
            // Columns a wide character of the frame covers: ratatui never
            // writes them, whatever an overlay put there.
            let mut covered_to = 0;
            for x in 0..whole.area.width {
                let cell = screen.cell(y, x)?;
                let width = unicode_width::UnicodeWidthStr::width(whole[(x, y)].symbol());
                if x < covered_to || cell.is_wide_continuation() {
                    continue;
                }
                covered_to = x + u16::try_from(width).unwrap_or(1).max(1);
                let want = &whole[(x, y)];
                let text = if cell.contents().is_empty() {
                    " "
                } else {
                    cell.contents()
                };
                let bold = cell.bold() && !want.modifier.contains(Modifier::DIM);
                let mut shown = (bold, cell.italic(), cell.inverse());
                let mut wanted = attributes(want.modifier);
                // Bold and italic do not show on a blank; a blank cell's
                // attributes can differ where an overlay cut a wide
                // character in two, whatever writes the frame.
                if text == " " {
                    (shown.0, shown.1, wanted.0, wanted.1) = (false, false, false, false);
                }
                if text != want.symbol() || shown != wanted {
                    return Some(format!(
                        "at {x},{y} the terminal shows {text:?} {shown:?} where the frame has {:?} {:?}",
                        want.symbol(),
                        want.modifier
                    ));
                }
            }
        }
        None
    }

    /// Every cell drawn from scratch.
    fn whole(&self) -> Buffer {
        let area = self.screen.shown().area;
        let mut full =
            Terminal::new(TestBackend::new(area.width, area.height)).expect("a test terminal");
        // The frame as drawn, not as the test backend applied its changes:
        // those leave out what a wide character covers.
        full.draw(|frame| view::draw(frame, &self.state))
            .expect("drawing into memory")
            .buffer
            .clone()
    }
}

fn terminal(area: Rect) -> Terminal<CrosstermBackend<Vec<u8>>> {
    let options = TerminalOptions {
        viewport: Viewport::Fixed(area),
    };
    Terminal::with_options(CrosstermBackend::new(Vec::new()), options)
        .expect("a terminal over memory")
}

/// The first row where two buffers differ, as text, for the failure message.
fn first_difference(a: &Buffer, b: &Buffer) -> String {
    for y in 0..a.area.height {
        let row = |buf: &Buffer| -> String {
            (0..buf.area.width)
                .map(|x| buf[(x, y)].symbol().to_owned())
                .collect()
        };
        if (0..a.area.width).any(|x| a[(x, y)] != b[(x, y)]) {
            return format!("row {y}:\n kept: {}\nwhole: {}", row(a), row(b));
        }
    }
    String::new()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn keeping_unchanged_panes_shows_what_drawing_everything_shows(
        which in 0..3u8,
        size in (40..170u16, 10..55u16),
        actions in proptest::collection::vec(action(), 1..40),
    ) {
        let briefing = match which {
            0 => istanbul(),
            1 => exotic(),
            _ => generated(7),
        };
        let mut reader = Reader::new(briefing, size.0, size.1);
        reader.press(Action::Top).expect("drawing into memory");
        for action in actions {
            // The variant only: a loaded briefing would fill the screen.
            let name: String = format!("{action:?}").chars().take(60).collect();
            reader.press(action).expect("drawing into memory");
            let whole = reader.whole();
            prop_assert!(
                reader.screen.shown() == &whole,
                "after {}: {}",
                name,
                first_difference(reader.screen.shown(), &whole)
            );
            let emulated = reader.emulated_difference(&whole);
            prop_assert!(emulated.is_none(), "after {}: {:?}", name, emulated);
        }
    }
}

#[test]
fn scrolling_the_text_keeps_the_header_and_the_positions_panel() {
    // The point of keeping: a line's scroll draws the text pane only.
    let mut reader = Reader::new(istanbul(), 100, 30);
    reader.press(Action::Top).expect("drawing into memory");
    reader
        .press(Action::Scroll(1))
        .expect("drawing into memory");
    let area = reader.screen.shown().area;
    let layers = view::layers(&reader.state, area).expect("panes side by side");
    assert!(layers.len() >= 3, "header, text and positions: {layers:?}");
    reader.emulator = emulator(area);
    reader
        .press(Action::Scroll(1))
        .expect("drawing into memory");
    let text = reader.state.geometry().text;
    // Only cells of the text pane (and the status bar's place) were written.
    let screen = reader.emulator.screen();
    for y in 0..area.height {
        for x in 0..area.width {
            let inside = text.contains(ratatui::layout::Position { x, y }) || y == area.height - 1;
            let blank = screen.cell(y, x).is_none_or(|c| c.contents().is_empty());
            assert!(
                inside || blank,
                "cell {x},{y} written outside the text: {:?}",
                screen.cell(y, x).map(vt100::Cell::contents)
            );
        }
    }
}
