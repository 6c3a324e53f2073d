//! Load any bytes; when they make a briefing, lay it out and draw the reader
//! at a size and through a few actions taken from the input, and print it.
//! Nothing may panic, and no cell or plain printed line may hold a control
//! character from the file. Each frame is also drawn through the reader's
//! own screen (ratatui's terminal with its workarounds), over a sink, in
//! the monochrome look.
//!
//! Input: width (2 bytes), height (1), number of actions (1), three bytes
//! per action, then the briefing's bytes.

#![no_main]

use std::sync::OnceLock;

use brief::load::{LoadError, Origin, load_bytes, load_str};
use brief::model::Briefing;
use brief::print::{PrintOptions, render};
use brief::reader::testing::{Action, Opened, Request, Via};
use brief::reader::testing::Spot;
use brief::reader::testing::CompareAction;
use brief::reader::testing::State;
use brief::reader::testing::update;
use brief::theme::Theme;
use brief::reader::testing::Screen;
use brief::reader::testing::draw;
use libfuzzer_sys::fuzz_target;
use ratatui::backend::{CrosstermBackend, TestBackend};
use ratatui::layout::Rect;
use ratatui::Terminal;

const MAX_ACTIONS: usize = 16;
/// Characters typed into searches, prompts and the picker: ASCII, accents,
/// a wide character and a combining mark.
const TYPED: &[char] = &[
    'a', 'e', 'E', ' ', 't', 'o', '1', '-', 'é', '漢', '\u{301}', 'ß',
];

fuzz_target!(|data: &[u8]| {
    let Some((&[w0, w1, h, n], rest)) = data.split_first_chunk::<4>() else {
        return;
    };
    let width = 1 + u16::from_le_bytes([w0, w1]) % 300;
    let height = 1 + u16::from(h) % 100;
    let count = usize::from(n) % (MAX_ACTIONS + 1);
    let Some((script, toml)) = rest.split_at_checked(count * 3) else {
        return;
    };
    let Ok(briefing) = load_bytes("fuzz.toml", toml) else {
        return;
    };

    let printed = render(
        &briefing,
        &PrintOptions {
            width: usize::from(width),
            color: false,
            theme: Theme::default(),
        },
    );
    assert_plain(&printed);
    let _ = render(
        &briefing,
        &PrintOptions {
            width: usize::from(width),
            color: true,
            theme: Theme::default(),
        },
    );

    let reload = briefing.clone();
    let mut state = State::new(
        briefing,
        Origin::Bundled(brief::bundled::DEFAULT),
        width,
        height,
    );
    let Ok(mut terminal) = Terminal::new(TestBackend::new(width, height));
    let mut kept = new_screen(Rect::new(0, 0, width, height));
    show(&mut terminal, &mut kept, &state);
    for step in script.chunks_exact(3) {
        let action = action(step[0], step[1], step[2], &reload);
        if let Action::Resize(w, h) = action {
            terminal.backend_mut().resize(w, h);
            kept = new_screen(Rect::new(0, 0, w, h));
        }
        let _ = update(&mut state, action);
        show(&mut terminal, &mut kept, &state);
    }
});

/// The reader's screen, writing nowhere.
type Kept = Screen<CrosstermBackend<std::io::Sink>>;

fn new_screen(area: Rect) -> Kept {
    Screen::new(CrosstermBackend::new(std::io::sink()), area).expect("a terminal over a sink")
}

fn show(terminal: &mut Terminal<TestBackend>, kept: &mut Kept, state: &State) {
    let Ok(frame) = terminal.draw(|frame| draw(frame, state, &Theme::default()));
    for cell in frame.buffer.content() {
        let symbol = cell.symbol();
        assert!(
            !symbol.chars().any(char::is_control),
            "a cell holds a control character: {symbol:?}"
        );
    }
    let drawn = kept.draw(|frame| draw(frame, state, &Theme::mono()));
    assert!(drawn.is_ok(), "writing to a sink fails: {drawn:?}");
}

/// `brief print` without colour: nothing but text and newlines.
fn assert_plain(printed: &str) {
    if let Some(c) = printed.chars().find(|&c| c.is_control() && c != '\n') {
        panic!("print output holds control {c:?}");
    }
}

fn signed(b: u8) -> i32 {
    i32::from(b.cast_signed())
}

fn action(op: u8, a: u8, b: u8, reload: &Briefing) -> Action {
    let typed = TYPED[usize::from(a) % TYPED.len()];
    match op % 40 {
        0 => Action::Scroll(signed(a)),
        1 => Action::HalfPage(signed(a)),
        2 => Action::Page(signed(a)),
        3 => Action::Top,
        4 => Action::Bottom,
        5 => Action::GoToSection(usize::from(a % 12)),
        6 => Action::NextSection,
        7 => Action::PrevSection,
        8 => Action::ToggleContents,
        9 => Action::TogglePositions,
        10 => Action::ToggleFollow,
        11 => Action::FocusNext,
        12 => Action::FocusPrev,
        13 => Action::Activate,
        14 => Action::SearchStart,
        15 => Action::SearchInput(typed),
        16 => Action::SearchBackspace,
        17 => Action::SearchConfirm,
        18 => Action::SearchCancel,
        19 => Action::SearchNext,
        20 => Action::SearchPrev,
        21 => Action::ToggleHelp,
        22 => Action::Close,
        23 => Action::Resize(1 + u16::from(a) * 300 / 256, 1 + u16::from(b) % 100),
        24 => Action::Wheel {
            column: u16::from(a),
            row: u16::from(b) % 100,
            lines: signed(b) % 8,
        },
        25 => Action::Click {
            column: u16::from(a),
            row: u16::from(b) % 100,
        },
        26 => Action::OpenCompare,
        27 => Action::Compare(compare_action(a, b)),
        28 => Action::Loaded(Box::new(Ok(reload.clone()))),
        29 => Action::Loaded(Box::new(Err(LoadError::unreadable(
            "fuzz.toml",
            "gone",
            "look",
        )))),
        30 => Action::FileRemoved,
        31 => Action::AgainstLoaded(Box::new((Origin::Bundled(older_origin()), older()))),
        32 => Action::OpenPrompt,
        33 => Action::OpenPicker,
        34 => Action::Type(typed),
        35 => Action::Opened(Box::new(opened(a, b, reload))),
        36 => Action::Back,
        37 => Action::Forward,
        38 => Action::LayoutMore,
        _ => Action::Choose(signed(a)),
    }
}

/// A briefing read for the prompt, the picker or history, with a remembered
/// place that may be far past its end (places files are hostile too).
fn opened(a: u8, b: u8, reload: &Briefing) -> Opened {
    let far = |x: u8| {
        if x == u8::MAX {
            usize::MAX
        } else {
            usize::from(x)
        }
    };
    let spot = Spot {
        section: far(a),
        offset: far(b).saturating_mul(97),
        read: vec![far(a), far(b)],
    };
    let via = match a % 3 {
        0 => Via::New,
        1 => Via::Back(spot.clone()),
        _ => Via::Forward(spot.clone()),
    };
    Opened {
        request: Request {
            origin: Origin::Bundled(brief::bundled::DEFAULT),
            via,
        },
        canonical: None,
        result: Ok(reload.clone()),
        remembered: Some(spot),
    }
}

fn compare_action(a: u8, b: u8) -> CompareAction {
    match a % 11 {
        0 => CompareAction::Left,
        1 => CompareAction::Right,
        2 => CompareAction::Up,
        3 => CompareAction::Down,
        4 => CompareAction::Open,
        5 => CompareAction::Close,
        6 => CompareAction::NextDivergent,
        7 => CompareAction::ToggleParty(usize::from(b % 12)),
        8 => CompareAction::SortByVerdict,
        9 => CompareAction::PageDown,
        _ => CompareAction::PageUp,
    }
}

/// An earlier briefing to compare against (`D`): a bundled one, loaded once.
fn older_origin() -> brief::bundled::Bundled {
    brief::bundled::ALL[3]
}

fn older() -> Result<Briefing, LoadError> {
    static OLDER: OnceLock<Result<Briefing, LoadError>> = OnceLock::new();
    OLDER
        .get_or_init(|| load_str(older_origin().file, older_origin().text))
        .clone()
}
