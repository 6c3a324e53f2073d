//! No escape from a file reaches the terminal through the reader.
//!
//! Each hostile payload goes into every field of a briefing (and into file
//! names, an unknown key and a second, older version), and the reader draws
//! it through ratatui's real crossterm backend into a byte buffer: opened,
//! scrolled, searched, with help, the compare view, an opened cell, a
//! reload's error banner, the picker and the changes since an older version.
//! The bytes must hold only the sequences ratatui itself writes, and a
//! `vt100` terminal fed them must see no title, clipboard, bell or anything
//! it does not handle.
//!
//! ratatui itself leaves control characters out of the cells it draws, so
//! on this path C0 and C1 are stopped twice; bidi, invisible and tag
//! characters and piles of combining marks are stopped by sanitising alone.

#[path = "fixtures/hostile/support.rs"]
mod support;

use std::io::{self, Write};
use std::num::NonZeroU16;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use brief::library::Entry;
use brief::load::{Origin, load_file};
use brief::reader::testing::Action;
use brief::reader::testing::CompareAction;
use brief::reader::testing::State;
use brief::reader::testing::draw;
use brief::reader::testing::update;
use brief::theme::Theme;
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};
use support::{Written, briefing_with, first_hostile_char, older_briefing_with, payloads};

/// File names that try the same tricks as the payloads.
const HOSTILE_NAME: &str = "\u{1b}]0;name title\u{7}\u{202e}lmth.toml";
const OLDER_NAME: &str = "\u{9b}2J older \u{1b}[6n.toml";
const BROKEN_NAME: &str = "broken \u{1b}]52;c;AA==\u{7}.toml";

/// What vt100 reports that brief's own drawing never asks for.
#[derive(Default)]
struct Seen(Vec<String>);

impl vt100::Callbacks for Seen {
    fn audible_bell(&mut self, _: &mut vt100::Screen) {
        self.0.push("a bell".into());
    }
    fn visual_bell(&mut self, _: &mut vt100::Screen) {
        self.0.push("a visual bell".into());
    }
    fn resize(&mut self, _: &mut vt100::Screen, size: (u16, u16)) {
        self.0.push(format!("a window resize to {size:?}"));
    }
    fn set_window_icon_name(&mut self, _: &mut vt100::Screen, name: &[u8]) {
        self.0
            .push(format!("icon name {:?}", String::from_utf8_lossy(name)));
    }
    fn set_window_title(&mut self, _: &mut vt100::Screen, title: &[u8]) {
        self.0
            .push(format!("window title {:?}", String::from_utf8_lossy(title)));
    }
    fn copy_to_clipboard(&mut self, _: &mut vt100::Screen, _: &[u8], data: &[u8]) {
        self.0.push(format!(
            "clipboard write {:?}",
            String::from_utf8_lossy(data)
        ));
    }
    fn paste_from_clipboard(&mut self, _: &mut vt100::Screen, _: &[u8]) {
        self.0.push("clipboard read".into());
    }
    fn unhandled_char(&mut self, _: &mut vt100::Screen, c: char) {
        // vt100 also reports U+FFFD here, which is what sanitising turns
        // C1 characters into: a visible glyph, not a command.
        if c != '\u{fffd}' {
            self.0.push(format!("C1 character U+{:04X}", u32::from(c)));
        }
    }
    fn unhandled_control(&mut self, _: &mut vt100::Screen, b: u8) {
        self.0.push(format!("control byte {b:#04x}"));
    }
    fn unhandled_escape(&mut self, _: &mut vt100::Screen, i1: Option<u8>, _: Option<u8>, b: u8) {
        self.0.push(format!("escape {i1:?} {:?}", char::from(b)));
    }
    fn unhandled_csi(
        &mut self,
        _: &mut vt100::Screen,
        _: Option<u8>,
        _: Option<u8>,
        params: &[&[u16]],
        c: char,
    ) {
        // ratatui sets and resets the underline colour (SGR 58 and 59),
        // which vt100 does not model; any other CSI it does not know is news.
        let underline = c == 'm' && params.first().is_some_and(|p| [58, 59].contains(&p[0]));
        if !underline {
            self.0.push(format!("CSI {params:?} {c}"));
        }
    }
    fn unhandled_osc(&mut self, _: &mut vt100::Screen, params: &[&[u8]]) {
        self.0.push(format!("OSC {params:?}"));
    }
}

/// Whatever in `bytes` ratatui's crossterm backend would not write when
/// drawing: it only moves the cursor (`CSI y;x H`), sets colours and
/// attributes (`CSI … m`) and hides or shows the cursor (`CSI ?25 l/h`).
/// Text between the sequences must be inert as well.
fn foreign(bytes: &[u8]) -> Option<String> {
    let output = match std::str::from_utf8(bytes) {
        Ok(output) => output,
        Err(e) => return Some(format!("output is not UTF-8: {e}")),
    };
    let mut text = String::new();
    let mut chars = output.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if c != '\u{1b}' {
            text.push(c);
            continue;
        }
        let mut sequence = String::from("ESC");
        if chars.next_if(|&(_, c)| c == '[').is_none() {
            return Some(format!("a bare or non-CSI escape at byte {at}"));
        }
        sequence.push('[');
        while let Some((_, p)) = chars.next_if(|&(_, p)| p.is_ascii_digit() || ";:?".contains(p)) {
            sequence.push(p);
        }
        let Some((_, last)) = chars.next() else {
            return Some(format!("an unfinished sequence {sequence} at the end"));
        };
        sequence.push(last);
        let ours = match last {
            'H' | 'm' => !sequence.contains('?'),
            'l' | 'h' => sequence == format!("ESC[?25{last}"),
            _ => false,
        };
        if !ours {
            return Some(format!("{sequence:?} at byte {at}"));
        }
    }
    first_hostile_char(&text)
}

/// Where the backend writes; shared, so each frame's bytes can be taken.
#[derive(Clone, Default)]
struct Bytes(Arc<Mutex<Vec<u8>>>);

impl Write for Bytes {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.lock().expect("not poisoned").extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// A fake terminal: ratatui's crossterm backend writing into memory.
struct Screen {
    terminal: Terminal<CrosstermBackend<Bytes>>,
    written: Bytes,
    vt: vt100::Parser<Seen>,
    what: String,
}

impl Screen {
    fn new(width: u16, height: u16, what: String) -> Screen {
        let viewport = Viewport::Fixed(Rect::new(0, 0, width, height));
        let written = Bytes::default();
        let terminal = Terminal::with_options(
            CrosstermBackend::new(written.clone()),
            TerminalOptions { viewport },
        )
        .expect("a terminal over a buffer");
        let size = |n: u16| NonZeroU16::new(n).expect("not zero");
        let vt = vt100::Parser::new_with_callbacks(size(height), size(width), 0, Seen::default());
        Screen {
            terminal,
            written,
            vt,
            what,
        }
    }

    /// Draw `state` and check every byte written for it.
    fn frame(&mut self, state: &State, step: &str) {
        self.terminal
            .draw(|f| draw(f, state, &Theme::default()))
            .expect("draw");
        let bytes = std::mem::take(&mut *self.written.0.lock().expect("not poisoned"));
        let what = format!("{} after {step}", self.what);
        if let Some(found) = foreign(&bytes) {
            panic!("{what}: the reader wrote {found}");
        }
        self.vt.process(&bytes);
        let seen = &self.vt.callbacks().0;
        assert!(seen.is_empty(), "{what}: the terminal saw {seen:?}");
        assert!(
            !self.vt.screen().alternate_screen(),
            "{what}: switched screens"
        );
    }

    fn contents(&self) -> String {
        self.vt.screen().contents()
    }
}

/// One payload's files: the briefing under a hostile name, an older version
/// and a broken one.
struct Files {
    _dir: tempfile::TempDir,
    current: PathBuf,
    older: PathBuf,
    broken: PathBuf,
}

fn files(payload: &str, written: Written) -> Files {
    let dir = tempfile::tempdir().expect("tempdir");
    let put = |name: &str, text: String| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).expect("write");
        path
    };
    let key = support::toml_fragment(payload, written);
    Files {
        current: put(HOSTILE_NAME, briefing_with(payload, written)),
        older: put(OLDER_NAME, older_briefing_with(payload, written)),
        broken: put(
            BROKEN_NAME,
            format!("\"key {key}\" = 1\n{}", briefing_with(payload, written)),
        ),
        _dir: dir,
    }
}

fn entry(path: &Path) -> Entry {
    Entry::read(Origin::File(path.to_path_buf()))
}

fn act(screen: &mut Screen, state: &mut State, step: &str, actions: Vec<Action>) {
    for action in actions {
        update(state, action);
    }
    screen.frame(state, step);
}

/// Every screen the reader has, at one size, for one payload.
fn every_screen(files: &Files, width: u16, height: u16, what: &str) {
    let origin = Origin::File(files.current.clone());
    let briefing = load_file(&files.current).unwrap_or_else(|e| panic!("{what}: {e}"));
    let mut state = State::new(briefing, origin, width, height);
    let s = &mut Screen::new(width, height, format!("{what} at {width}x{height}"));
    let big = width >= 100;
    // What the screens must show, as visible stand-ins, when there is room.
    let expect = |s: &Screen, text: &str| {
        assert!(
            !big || s.contents().contains(text),
            "{what}: no {text:?} in\n{}",
            s.contents()
        );
    };
    act(s, &mut state, "opening", vec![]);
    expect(s, "Headline");
    act(s, &mut state, "the end", vec![Action::Bottom]);
    act(s, &mut state, "section 2", vec![Action::GoToSection(2)]);
    act(
        s,
        &mut state,
        "contents",
        vec![Action::ToggleContents, Action::FocusNext],
    );
    act(s, &mut state, "help", vec![Action::ToggleHelp]);
    act(s, &mut state, "help scrolled", vec![Action::Scroll(5)]);
    let close = vec![Action::ToggleHelp, Action::ToggleContents, Action::Top];
    act(s, &mut state, "help closed", close);
    let search = "end".chars().map(Action::SearchInput);
    let search = [Action::SearchStart].into_iter().chain(search);
    let search = search.chain([Action::SearchConfirm, Action::SearchNext]);
    act(s, &mut state, "a search", search.collect());
    act(
        s,
        &mut state,
        "compare",
        vec![Action::SearchCancel, Action::OpenCompare],
    );
    expect(s, "Topic one");
    let cell = [
        CompareAction::Down,
        CompareAction::Right,
        CompareAction::Open,
    ];
    act(s, &mut state, "a cell", cell.map(Action::Compare).into());
    act(s, &mut state, "compare help", vec![Action::ToggleHelp]);
    let leave = [CompareAction::Close, CompareAction::Close].map(Action::Compare);
    let leave = [Action::ToggleHelp].into_iter().chain(leave).collect();
    act(s, &mut state, "back", leave);
    let error = load_file(&files.broken).expect_err("the broken file is refused");
    act(
        s,
        &mut state,
        "a broken reload",
        vec![Action::Loaded(Box::new(Err(error)))],
    );
    expect(s, "AA==␇.toml:1:1: unknown key");
    let entries = [&files.current, &files.older, &files.broken].map(|p| entry(p));
    let picker = vec![
        Action::OpenPicker,
        Action::LibraryFound(entries.into(), true),
    ];
    act(s, &mut state, "the picker", picker);
    expect(s, "␛]0;name title␇lmth.toml");
    act(
        s,
        &mut state,
        "picker typed",
        vec![Action::Type('o'), Action::Choose(1)],
    );
    let older = Origin::File(files.older.clone());
    let loaded = older.load();
    assert!(loaded.is_ok(), "{what}: the older version is refused");
    let against = Action::AgainstLoaded(Box::new((older, loaded)));
    act(s, &mut state, "changes since", vec![Action::Close, against]);
    expect(s, "older ␛[6n.toml");
    act(s, &mut state, "changes compared", vec![Action::OpenCompare]);
}

/// The sizes: too small, narrow, medium and wide.
const SIZES: [(u16, u16); 4] = [(30, 8), (60, 20), (100, 30), (150, 45)];

#[test]
fn no_payload_in_any_field_reaches_the_terminal() {
    for (name, payload) in payloads() {
        // The raw form decodes to the same briefing, so it is drawn once.
        let written = if name.starts_with("zalgo") {
            Written::Raw
        } else {
            Written::Escaped
        };
        let files = files(&payload, written);
        for (width, height) in SIZES {
            every_screen(&files, width, height, &name);
        }
    }
}

#[test]
fn raw_characters_load_as_their_escapes_do() {
    for (name, payload) in payloads() {
        let raw = support::briefing_with(&payload, Written::Raw);
        let escaped = support::briefing_with(&payload, Written::Escaped);
        let raw = brief::load::load_str(&name, &raw).unwrap_or_else(|e| panic!("raw {name}: {e}"));
        let escaped = brief::load::load_str(&name, &escaped)
            .unwrap_or_else(|e| panic!("escaped {name}: {e}"));
        assert_eq!(raw, escaped, "{name}");
    }
}

/// The check above would catch each payload if it were drawn unsanitised,
/// so its passing means something.
#[test]
fn the_check_catches_every_payload_written_as_it_is() {
    for (name, payload) in payloads() {
        let drawn = format!("\u{1b}[1;1HHeadline {payload} end\u{1b}[0m");
        let caught = foreign(drawn.as_bytes());
        assert!(caught.is_some(), "{name} would slip through");
    }
    assert_eq!(foreign(b"\x1b[3;7H\x1b[38;5;12;1mok\x1b[0m\x1b[?25l"), None);
}

/// A visible stand-in where the escape was: the reader does not drop the
/// text silently, so a reader can see that the file holds something odd.
#[test]
fn escapes_show_as_visible_pictures() {
    let files = files("\u{1b}]0;pwned\u{7}", Written::Escaped);
    let briefing = load_file(&files.current).expect("loads");
    let state = State::new(briefing, Origin::File(files.current.clone()), 100, 30);
    let mut screen = Screen::new(100, 30, "pictures".into());
    screen.frame(&state, "opening");
    let shown = screen.contents();
    assert!(shown.contains("Headline ␛]0;pwned␇ end"), "{shown}");
}

/// Combining marks written as Markdown entities decode only when the body
/// is laid out, after load-time sanitising; they must be capped too.
#[test]
fn entity_marks_are_capped_like_raw_ones() {
    let body = format!("e{}", "&#x301;".repeat(100_000));
    let text = format!("headline = \"H\"\n[[sections]]\ntitle = \"T\"\nbody = \"{body}\"\n");
    let briefing = brief::load::load_str("entities.toml", &text).expect("loads");
    let state = State::new(briefing, Origin::File("entities.toml".into()), 100, 30);
    Screen::new(100, 30, "entity marks".into()).frame(&state, "opening");
}
