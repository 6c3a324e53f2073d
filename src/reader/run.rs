//! The event loop: inputs become actions, `update` changes the state, and a
//! frame is drawn only after something happened; idle means no work at all.

use std::io;

use crossterm::event::KeyEventKind;
use signal_hook::consts::SIGHUP;

use super::action::{Action, Opened, Request};
use super::model::{Checked, State};
use super::services::events::{Input, Inputs};
use super::services::{self, Options, Pauser, Services, browser};
use super::term::Session;
use super::{keymap, update, view};
use crate::load::{LoadError, Origin};
use crate::model::Briefing;
use crate::theme::Theme;
use crate::watch::Change;

mod edit;
mod links;
mod perform;

/// The exit code when the terminal goes away: what a hang-up (SIGHUP), the
/// usual way of learning it, gives.
const TERMINAL_GONE: i32 = 128 + SIGHUP;

/// Run the reader until the user quits; returns the process exit code: 0 on
/// `q` or Ctrl-c, 128 + the signal's number when a signal ended it.
pub fn run(briefing: Briefing, origin: Origin) -> io::Result<i32> {
    run_with(briefing, origin, &Options::default())
}

/// [`run`], with the library's extra paths, `--no-state` and the picker.
pub fn run_with(briefing: Briefing, origin: Origin, options: &Options) -> io::Result<i32> {
    // Signal handlers first: from here a SIGTERM is an input that leads to
    // a restored terminal, never a death that leaves it raw.
    let inputs = Inputs::start()?;
    let mut session = Session::enter(options.settings.mouse)?;
    let (width, height) = session.size();
    let (services, warning) = Services::start(options, inputs.waker());
    let started = modified(&origin);
    let mut reader = Reader {
        started,
        state: State::new(briefing, origin, width, height).with_settings(options.settings),
        services,
        keys: inputs.pauser(),
        expect_continue: false,
        layout_queued: false,
        theme: chosen_theme(options),
        hyperlinks: options
            .settings
            .links
            .enabled(std::env::var("TERM").ok().as_deref()),
        browsed: false,
    };
    reader.state.home = crate::dirs::home_dir();
    reader.state.keys = std::sync::Arc::new(options.keymap.clone());
    // A configuration with mistakes: the banner says where, from the start.
    reader.state.status.banner.clone_from(&options.banner);
    // The briefing shown is in the library from the start, without a second read.
    reader.list_shown();
    reader.arrive(warning);
    if let Origin::Stream(stream) = &reader.state.doc.origin {
        let notice = format!(
            "{} is read once: it is not watched, and reload (r) and edit (e) are off",
            stream.name()
        );
        update::update(&mut reader.state, Action::Notice(notice));
    }
    let checked = services::checked(&reader.state.doc.origin, &options.warnings);
    update::update(&mut reader.state, Action::Checked(checked));
    if options.open_picker {
        update::update(&mut reader.state, Action::OpenPicker);
    }
    let code = match reader.run(&inputs, &mut session) {
        Ok(code) => code,
        // Closing the window while a frame is being written: the write
        // fails before the hang-up is heard. It is the same ending.
        Err(err) if is_terminal_gone(&err) => TERMINAL_GONE,
        Err(err) => return Err(err),
    };
    // The place is kept however the reader ended.
    reader.services.remember(&reader.state);
    let _ = reader.services.save();
    // Restored before returning, so whatever the caller prints next lands on
    // the normal screen.
    drop(session);
    Ok(code)
}

/// The theme asked for, or mono when `NO_COLOR` is set: it always wins
/// (<https://no-color.org>).
fn chosen_theme(options: &Options) -> Theme {
    if Theme::no_color_env() {
        Theme::mono()
    } else {
        options.theme.clone()
    }
}

/// Whether an error says the terminal has gone (hung up, or no longer a
/// device) rather than that something went wrong.
fn is_terminal_gone(err: &io::Error) -> bool {
    matches!(err.raw_os_error(), Some(libc::EIO | libc::ENXIO))
}

enum Next {
    /// Nothing visible changed.
    Wait,
    Draw,
    Exit(i32),
}

struct Reader {
    state: State,
    /// When the open file was last modified as the reader started.
    started: Option<std::time::SystemTime>,
    services: Services,
    /// Parks the thread reading keys while the terminal is handed over.
    keys: Pauser,
    /// Our own Ctrl-z has already taken the terminal back, so the SIGCONT
    /// that continued us needs no second repaint.
    expect_continue: bool,
    /// An [`Input::LayoutMore`] is on its way.
    layout_queued: bool,
    /// How everything looks, chosen once: the view draws with it.
    theme: Theme,
    /// Write addresses as OSC 8 hyperlinks (`links`, and not `TERM=dumb`).
    hyperlinks: bool,
    /// A browser was started: its launcher may be left to reap.
    browsed: bool,
}

impl Reader {
    /// Settle into the briefing now shown: its remembered place, a watcher
    /// on its file, and any warning worth a notice.
    fn arrive(&mut self, warning: Option<String>) {
        self.state.library.recent = self.services.recent();
        if let Some(spot) = self.services.recall(&self.state.doc.origin) {
            self.state.go_to_spot(&spot);
        }
        if let Some(notice) = warning {
            update::update(&mut self.state, Action::Notice(notice));
        }
    }

    /// `:` named a directory: scan the library again with it first.
    fn library_on(&mut self, dir: std::path::PathBuf) {
        let dir = std::fs::canonicalize(&dir).unwrap_or(dir);
        self.services.scan_library_on(dir.clone());
        // The briefing shown is not listed ahead of the scan: the picker's
        // selection would stay on it rather than on the directory's first.
        update::update(&mut self.state, Action::LibraryOn(dir));
    }

    /// Look for the series the briefing shown is a round of.
    fn find_rounds(&mut self) {
        if let Some(action) = self.services.find_rounds(&self.state) {
            update::update(&mut self.state, action);
        }
    }

    /// Put the briefing shown in the library, without a second read.
    fn list_shown(&mut self) {
        if let Origin::File(path) = &self.state.doc.origin {
            let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.clone());
            let entry = crate::library::Entry::loaded(Origin::File(path), &self.state.doc.briefing);
            update::update(&mut self.state, Action::LibraryFound(vec![entry], false));
        }
    }

    /// What waits until the first frame is up, so start-up stays quick:
    /// scanning the library and watching the file. A change made before the
    /// watch began is caught by comparing the file's modification time with
    /// the one at start. Says whether there is something new to show.
    fn settle(&mut self, session: &mut Session) -> io::Result<bool> {
        self.services.scan_library();
        self.find_rounds();
        if let Some(notice) = self.services.watch(&self.state.doc.origin) {
            update::update(&mut self.state, Action::Notice(notice));
            return Ok(true);
        }
        // Without `follow` a change on disk waits for `r` (or `e`).
        if !self.state.settings.follow || modified(&self.state.doc.origin) == self.started {
            return Ok(false);
        }
        let effect = update::update(&mut self.state, Action::FileChanged);
        self.perform(effect, session)?;
        Ok(true)
    }

    /// Draw, wait, act, until the reader should end; returns the exit code.
    fn run(&mut self, inputs: &Inputs, session: &mut Session) -> io::Result<i32> {
        let panic_while_drawing = test_panic_requested();
        let mut draw = true;
        let mut first = true;
        loop {
            if draw {
                let (state, theme) = (&self.state, &self.theme);
                let links = links::hyperlinks(state, self.hyperlinks);
                session.draw(
                    |frame| {
                        assert!(
                            !panic_while_drawing,
                            "BRIEF_TEST_PANIC=1: panicking while drawing, as a test asked"
                        );
                        view::draw(frame, state, theme);
                    },
                    &links,
                )?;
                if std::mem::take(&mut first) && self.settle(session)? {
                    continue;
                }
                if !self.state.panes.complete && !self.layout_queued {
                    // The first screens of a big briefing are up; the rest
                    // is laid out a step at a time, each step queued behind
                    // any keys already waiting.
                    inputs.waker().wake(Input::LayoutMore);
                    self.layout_queued = true;
                }
            }
            match self.on_input(inputs.next(), inputs, session)? {
                Next::Wait => draw = false,
                Next::Draw => draw = true,
                Next::Exit(code) => return Ok(code),
            }
        }
    }

    fn on_input(
        &mut self,
        input: Input,
        inputs: &Inputs,
        session: &mut Session,
    ) -> io::Result<Next> {
        if self.browsed {
            browser::reap();
        }
        let action = match input {
            // Releases (reported by terminals with the kitty protocol) would
            // otherwise act a second time.
            Input::Key(key) if matches!(key.kind, KeyEventKind::Press | KeyEventKind::Repeat) => {
                if let Some([esc, rest]) = keymap::split_alt(&self.state, key) {
                    // Esc and a key read together: one, then the other.
                    let first = self.on_input(Input::Key(esc), inputs, session)?;
                    if let Next::Exit(code) = first {
                        return Ok(Next::Exit(code));
                    }
                    let second = self.on_input(Input::Key(rest), inputs, session)?;
                    return Ok(match (first, second) {
                        (_, Next::Exit(code)) => Next::Exit(code),
                        (Next::Draw, _) | (_, Next::Draw) => Next::Draw,
                        _ => Next::Wait,
                    });
                }
                keymap::map_key(&self.state, key)
            }
            Input::Key(_) => None,
            Input::Mouse(mouse) => keymap::map_mouse(&self.state, mouse),
            Input::Resize(columns, rows) => {
                session.force_full_redraw()?;
                Some(Action::Resize(columns, rows))
            }
            Input::Suspend => Some(Action::Suspend),
            Input::Continued => {
                if std::mem::take(&mut self.expect_continue) {
                    return Ok(Next::Wait);
                }
                // Stopped by someone else (SIGSTOP): the terminal may have
                // been reset and the screen overwritten meanwhile.
                session.reclaim()?;
                return Ok(Next::Draw);
            }
            Input::Terminate(signal) => return Ok(Next::Exit(128 + signal)),
            Input::Library => Some(self.services.drain_library()),
            Input::Searched => self.services.searched(),
            Input::Hunted => self.services.hunted(),
            Input::Rounds => self.services.rounds_found(&self.state),
            Input::Watched(Change::Changed) => Some(Action::FileChanged),
            Input::Watched(Change::Removed) => Some(Action::FileRemoved),
            Input::Closed => return Ok(Next::Exit(TERMINAL_GONE)),
            Input::LayoutMore => {
                self.layout_queued = false;
                if self.state.search_holds_layout() {
                    // A search on the other thread reads the layout: laying
                    // out more now would copy it. Its answer brings a frame,
                    // and the frame the next step.
                    return Ok(Next::Wait);
                }
                update::update(&mut self.state, Action::LayoutMore);
                if self.state.panes.complete {
                    // The status bar's place in the text counts every line now.
                    return Ok(Next::Draw);
                }
                inputs.waker().wake(Input::LayoutMore);
                self.layout_queued = true;
                return Ok(Next::Wait);
            }
        };
        match action {
            Some(action) => {
                let effect = update::update(&mut self.state, action);
                self.perform(effect, session)
            }
            None => Ok(Next::Wait),
        }
    }

    /// Open a briefing; a failure leaves the current one in place.
    fn open(&mut self, request: Request, session: &mut Session) -> io::Result<Next> {
        // Leaving a briefing is one of the moments its place is saved.
        self.services.remember(&self.state);
        let (result, checked) = split(services::load_checked(&request.origin));
        let remembered = self.services.recall(&request.origin);
        let before = self.state.doc.origin.clone();
        let canonical = match &request.origin {
            Origin::File(path) => std::fs::canonicalize(path).ok(),
            Origin::Bundled(_) | Origin::Stream(_) => None,
        };
        let opened = Opened {
            request,
            canonical,
            result,
            remembered,
        };
        let effect = update::update(&mut self.state, Action::Opened(Box::new(opened)));
        if self.state.doc.origin != before {
            update::update(&mut self.state, Action::Checked(checked));
            self.find_rounds();
            let notice = self
                .services
                .save()
                .or_else(|| self.services.watch(&self.state.doc.origin));
            if let Some(notice) = notice {
                update::update(&mut self.state, Action::Notice(notice));
            }
        }
        self.perform(effect, session)
    }
}

/// Whether to panic while drawing, so the end-to-end tests can prove the
/// terminal is restored after a panic and the message is readable.
///
/// Set by `BRIEF_TEST_PANIC=1`, and honoured only in debug builds (which
/// `cargo test` builds and runs) or with the `test-panic` feature. A feature
/// alone is not enough: plain `cargo test` cannot turn on a feature of the
/// binary under test, so the test would never run. A release build ignores
/// the variable; nothing in its environment can make it panic.
fn test_panic_requested() -> bool {
    cfg!(any(debug_assertions, feature = "test-panic"))
        && std::env::var_os("BRIEF_TEST_PANIC").is_some_and(|value| value == "1")
}

/// When the file behind `origin` was last modified, if it is a file.
fn modified(origin: &Origin) -> Option<std::time::SystemTime> {
    match origin {
        Origin::File(path) => std::fs::metadata(path).and_then(|m| m.modified()).ok(),
        Origin::Bundled(_) | Origin::Stream(_) => None,
    }
}

/// A briefing loaded with what `brief check` says of it, as the two things
/// `update` is told one after the other.
fn split(
    loaded: Result<(Briefing, Option<Checked>), LoadError>,
) -> (Result<Briefing, LoadError>, Option<Checked>) {
    match loaded {
        Ok((briefing, checked)) => (Ok(briefing), checked),
        Err(error) => (Err(error), None),
    }
}
