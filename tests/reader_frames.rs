//! The frames the reader writes: after any run of actions, at any size, a
//! terminal emulator fed every byte ratatui wrote must show what the frame
//! holds.

use std::cell::RefCell;
use std::io::{self, Write};
use std::rc::Rc;

use brief::bundled;
use brief::generate::briefing_toml;
use brief::load::{Origin, load_str};
use brief::model::Briefing;
use brief::reader::testing::Action;
use brief::reader::testing::Screen;
use brief::reader::testing::State;
use brief::reader::testing::update;
use brief::theme::Theme;
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::{CrosstermBackend, TestBackend};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;

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

/// What the terminal was sent, shared with the test.
#[derive(Clone, Default)]
struct Sent(Rc<RefCell<Vec<u8>>>);

impl Write for Sent {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// The reader over a ratatui terminal writing into memory, as the app
/// draws, and a terminal emulator reading what it wrote.
struct Reader {
    state: State,
    area: Rect,
    screen: Screen<CrosstermBackend<Sent>>,
    sent: Sent,
    emulator: vt100::Parser,
    theme: Theme,
}

fn emulator(area: Rect) -> vt100::Parser {
    let size = |n: u16| std::num::NonZeroU16::new(n).expect("a screen is not empty");
    vt100::Parser::new(size(area.height), size(area.width), 0)
}

impl Reader {
    fn new(briefing: Briefing, width: u16, height: u16, theme: Theme) -> Reader {
        let area = Rect::new(0, 0, width, height);
        let sent = Sent::default();
        Reader {
            state: State::new(briefing, Origin::Bundled(bundled::DEFAULT), width, height),
            area,
            screen: screen(area, sent.clone()),
            sent,
            emulator: emulator(area),
            theme,
        }
    }

    /// What the app does for a key: update, then a frame. A resize starts
    /// a new screen, as the app's clears it.
    fn press(&mut self, action: Action) -> io::Result<()> {
        if let Action::Resize(width, height) = action {
            self.area = Rect::new(0, 0, width, height);
            self.screen = screen(self.area, self.sent.clone());
            self.emulator = emulator(self.area);
        }
        update(&mut self.state, action);
        let (state, theme) = (&self.state, &self.theme);
        self.screen
            .draw(|frame| brief::reader::testing::draw(frame, state, theme))?;
        let written = std::mem::take(&mut *self.sent.0.borrow_mut());
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
        let area = self.area;
        let mut full =
            Terminal::new(TestBackend::new(area.width, area.height)).expect("a test terminal");
        // The frame as drawn, not as the test backend applied its changes:
        // those leave out what a wide character covers.
        full.draw(|frame| brief::reader::testing::draw(frame, &self.state, &self.theme))
            .expect("drawing into memory")
            .buffer
            .clone()
    }
}

/// The screen the reader draws through, over memory.
fn screen(area: Rect, sent: Sent) -> Screen<CrosstermBackend<Sent>> {
    Screen::new(CrosstermBackend::new(sent), area).expect("a terminal over memory")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn the_terminal_shows_what_the_frame_holds_after_any_actions(
        which in 0..3u8,
        mono in proptest::bool::ANY,
        size in (40..170u16, 10..55u16),
        actions in proptest::collection::vec(action(), 1..40),
    ) {
        let briefing = match which {
            0 => istanbul(),
            1 => exotic(),
            _ => generated(7),
        };
        let theme = if mono { Theme::mono() } else { Theme::default() };
        let mut reader = Reader::new(briefing, size.0, size.1, theme);
        reader.press(Action::Top).expect("drawing into memory");
        for action in actions {
            // The variant only: a loaded briefing would fill the screen.
            let name: String = format!("{action:?}").chars().take(60).collect();
            reader.press(action).expect("drawing into memory");
            let whole = reader.whole();
            let emulated = reader.emulated_difference(&whole);
            prop_assert!(emulated.is_none(), "after {}: {:?}", name, emulated);
        }
    }
}
