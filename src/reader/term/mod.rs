//! The terminal as the reader needs it, and always given back as it was.
//!
//! [`Session::enter`] switches to raw mode and the alternate screen, captures
//! the mouse and hides the cursor. Every way out puts all of that back: the
//! session's `Drop`, a panic (the hook restores before the message is
//! printed, so it lands on the normal screen, readable), and the app's
//! handling of SIGTERM, SIGHUP and SIGINT, which ends by dropping the session.
//! Restoring twice does nothing the second time, so these paths may overlap.
//!
//! Beside the session, what ratatui leaves to the caller about the
//! terminal's cells: [`cover`] clears an area without leaving half a wide
//! character (ratatui#2526), `hyperlink` writes OSC 8 over a drawn frame
//! (ratatui#1227). The view and the compare view draw with them.

use std::io::{self, Write};
use std::sync::Once;
use std::sync::atomic::{AtomicBool, Ordering};

use crossterm::event::DisableMouseCapture;
use crossterm::terminal::{self, EnterAlternateScreen, LeaveAlternateScreen};
use crossterm::{cursor, execute};
use ratatui::Frame;
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;

pub mod cover;
mod hyperlink;
mod screen;
pub use hyperlink::Hyperlink;
pub use screen::Screen;

/// Whether the terminal is currently in the reader's modes. One flag for the
/// whole process because the panic hook, which cannot reach the session,
/// must know whether there is anything to undo.
static ACTIVE: AtomicBool = AtomicBool::new(false);

static PANIC_HOOK: Once = Once::new();

/// Mouse reporting for clicks and the wheel only (1000), in the SGR encoding
/// (1006) so columns past 223 work. Not crossterm's `EnableMouseCapture`: it
/// also asks for every pointer motion (1003), a stream of events the reader
/// has no use for, each one waking it up.
struct EnableClickCapture;

impl crossterm::Command for EnableClickCapture {
    fn write_ansi(&self, f: &mut impl std::fmt::Write) -> std::fmt::Result {
        f.write_str("\x1b[?1000h\x1b[?1006h")
    }
}

pub type Backend = CrosstermBackend<Frames>;

/// Where ratatui writes: a frame is gathered and goes out in one write when
/// ratatui flushes at its end. The standard output's own buffer would send
/// a redraw in kilobyte pieces, each one more trip through the terminal.
/// What was never flushed (a frame cut short by a panic) is dropped, so it
/// can never land on the screen after the terminal was restored.
#[derive(Default)]
pub struct Frames {
    pending: Vec<u8>,
}

impl Write for Frames {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.pending.extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        let mut out = io::stdout().lock();
        let written = out.write_all(&self.pending);
        // Cleared even on failure: a terminal that is gone must not make
        // frames pile up.
        self.pending.clear();
        written?;
        out.flush()
    }
}

/// The terminal in the reader's modes for as long as this value lives.
pub struct Session {
    /// Always `Some` until `Drop`; an `Option` only so drop can decide how to
    /// dispose of it (see there).
    screen: Option<Screen<Backend>>,
    /// The size drawn to, as last read from the kernel.
    area: Rect,
    /// Whether to take the mouse (the configuration's `mouse`).
    mouse: bool,
}

impl Session {
    /// Take over the terminal. Nothing here asks the terminal anything, so a
    /// terminal that never answers cannot stall the start.
    pub fn enter(mouse: bool) -> io::Result<Session> {
        install_panic_hook();
        // A fixed viewport, resized by the loop on every resize it hears
        // of: ratatui would otherwise ask the kernel for the size (opening
        // /dev/tty) before every frame.
        let size = query_size()?;
        let area = Rect::new(0, 0, size.0, size.1);
        let screen = Screen::new(CrosstermBackend::new(Frames::default()), area)?;
        // `claim` undoes its own work if it fails half way.
        claim(mouse)?;
        Ok(Session {
            screen: Some(screen),
            area,
            mouse,
        })
    }

    /// Draw one frame with ratatui, which writes only the cells that
    /// changed since the last one, in one write (see [`Frames`]); then
    /// `links` as hyperlinks over it (see `hyperlink.rs`).
    pub fn draw(&mut self, render: impl FnOnce(&mut Frame), links: &[Hyperlink]) -> io::Result<()> {
        let screen = live(&mut self.screen)?;
        let bytes = screen.draw_linked(render, links)?;
        if !bytes.is_empty() {
            let out = screen.backend_mut();
            out.write_all(&bytes)?;
            out.flush()?;
        }
        Ok(())
    }

    /// Put `text` on the terminal's clipboard with OSC 52, which the
    /// terminal (and tmux with `set-clipboard on`) passes to the system's.
    pub fn copy(&mut self, text: &str) -> io::Result<()> {
        let out = live(&mut self.screen)?.backend_mut();
        crossterm::execute!(
            out,
            crossterm::clipboard::CopyToClipboard::to_clipboard_from(text)
        )
    }

    /// Columns and rows of the screen drawn to: read at the start and at
    /// every [`Session::force_full_redraw`], not before each frame.
    pub fn size(&self) -> (u16, u16) {
        (self.area.width, self.area.height)
    }

    /// Give the terminal back, stop the process as Ctrl-z would outside raw
    /// mode, and take the terminal again once continued (`fg`).
    pub fn suspend(&mut self) -> io::Result<()> {
        restore();
        // This raises SIGSTOP, not SIGTSTP: the reader handles SIGTSTP
        // itself (a `kill -TSTP` suspends like Ctrl-z), so SIGTSTP would
        // only come back as an input; and a process whose group has no
        // parent in its session (started by `setsid`, or a test harness)
        // ignores SIGTSTP. The shell sees a stopped job either way.
        signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGTSTP)?;
        self.reclaim()
    }

    /// Take the terminal again after the process was stopped and continued:
    /// whoever had the terminal meanwhile (the shell) may have reset its
    /// modes, and the screen holds their output, so everything is redone
    /// and the next draw repaints every cell.
    pub fn reclaim(&mut self) -> io::Result<()> {
        if ACTIVE.load(Ordering::SeqCst) {
            // Back to the saved original first, so entering raw mode again
            // saves that original rather than the raw state as "original".
            terminal::disable_raw_mode()?;
        }
        claim(self.mouse)?;
        self.force_full_redraw()
    }

    /// Run `child` (an editor, a pager) with the terminal in its normal
    /// state, then take it back and repaint. Input must not be read
    /// meanwhile: the caller parks the thread reading keys around this call
    /// (`services::Pauser`), as around [`Session::suspend`].
    pub fn with_terminal_released<T>(&mut self, child: impl FnOnce() -> T) -> io::Result<T> {
        restore();
        let result = child();
        claim(self.mouse)?;
        self.force_full_redraw()?;
        Ok(result)
    }

    /// Clear the screen and forget what ratatui believes is on it, so the
    /// next draw writes every cell. Needed after every resize: terminals
    /// reflow or cut their contents when resized, so what is on screen is
    /// no longer what ratatui last drew, even when the size ends up the
    /// same (shrunk and grown back before the reader looked). Not
    /// `Terminal::clear`: that asks the terminal for the cursor position, a
    /// query that can stall; `resize` clears without asking.
    pub fn force_full_redraw(&mut self) -> io::Result<()> {
        let (width, height) = query_size()?;
        let area = Rect::new(0, 0, width, height);
        live(&mut self.screen)?.resize(area)?;
        self.area = area;
        Ok(())
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        restore();
        if let Some(mut terminal) = self.screen.take().map(Screen::into_terminal)
            && terminal.show_cursor().is_err()
        {
            // The terminal is gone (hung up). ratatui's own drop would try to
            // show the cursor again and report the failure with `eprintln!`,
            // which panics when stderr is that same dead terminal; there is
            // nothing left to restore, so skip its drop.
            std::mem::forget(terminal);
        }
    }
}

/// The ratatui terminal, until the session has ended.
fn live(screen: &mut Option<Screen<Backend>>) -> io::Result<&mut Screen<Backend>> {
    screen
        .as_mut()
        .ok_or_else(|| io::Error::other("the terminal session has ended"))
}

/// Columns and rows, from the kernel (no escape-sequence query).
fn query_size() -> io::Result<(u16, u16)> {
    terminal::size()
}

/// Switch the terminal to the reader's modes; the mouse only if `mouse`.
fn claim(mouse: bool) -> io::Result<()> {
    terminal::enable_raw_mode()?;
    // Marked before the screen changes so that a failure or a panic from
    // here on restores what was already switched.
    ACTIVE.store(true, Ordering::SeqCst);
    let mut out = io::stdout();
    let mut result = execute!(out, EnterAlternateScreen, cursor::Hide);
    if mouse && result.is_ok() {
        result = execute!(out, EnableClickCapture);
    }
    if result.is_err() {
        restore();
    }
    result
}

/// Leave the reader's modes if they are on. Safe to call any number of
/// times, from any thread; every step is attempted even if one fails,
/// because a half-restored terminal is the thing to avoid.
pub fn restore() {
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return;
    }
    let mut out = io::stdout();
    // Errors are ignored: when the terminal has hung up there is nothing to
    // write to, and nothing better to do.
    let _ = execute!(out, DisableMouseCapture, LeaveAlternateScreen, cursor::Show);
    let _ = out.flush();
    let _ = terminal::disable_raw_mode();
}

/// Restore the terminal before the default hook prints the panic, so the
/// message appears on the normal screen with normal line endings instead of
/// vanishing with the alternate screen.
fn install_panic_hook() {
    PANIC_HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore();
            previous(info);
        }));
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn restore_without_a_session_writes_nothing_and_can_repeat() {
        // Not active: restore must be a no-op (it would otherwise print
        // escape sequences into the test output and fail on a non-tty).
        assert!(!ACTIVE.load(Ordering::SeqCst));
        restore();
        restore();
        assert!(!ACTIVE.load(Ordering::SeqCst));
    }

    #[test]
    fn click_capture_asks_for_clicks_and_wheel_in_sgr_only() {
        let mut written = String::new();
        crossterm::Command::write_ansi(&EnableClickCapture, &mut written).ok();
        assert_eq!(written, "\x1b[?1000h\x1b[?1006h");
        assert!(!written.contains("1003"), "no motion tracking");
    }
}
