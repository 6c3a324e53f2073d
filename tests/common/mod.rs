//! Runs the real `brief` binary in a pseudo-terminal and reads its screen.
//!
//! [`Pty::spawn`] starts brief as a terminal emulator would: in its own
//! session with the pty as controlling terminal, `TERM=xterm-256color`, and
//! a fresh temporary home and XDG directories so nothing from the machine
//! leaks in. A thread collects every byte brief writes, keeps it (see
//! [`Pty::raw_output`]) and feeds a `vt100` parser (see [`Pty::screen_text`]).
//!
//! Synchronise only by waiting for what a person would see
//! ([`Pty::wait_for`]) or for the process ([`Pty::wait_exit`]): never by
//! sleeping. Every wait has a generous deadline and, on failure, panics with
//! the screen as it was, so a failing test says what was on screen.

// Each test file uses only some of these helpers.
#![allow(dead_code)]

use std::fs::OpenOptions;
use std::io::{Read, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{Child, MasterPty, PtySize};

pub mod checks;
mod keys;
mod spawn;

#[allow(unused_imports)] // used by some test files only
pub use checks::{colour_sequences, last};
pub use keys::Key;
pub use nix::sys::signal::Signal;
// A test file that only uses `Pty::builder(..).spawn()` never names it.
#[allow(unused_imports)]
pub use spawn::Builder;

/// How long a wait lasts before the test fails: far above what any step
/// takes, so a slow CI machine fails nothing that works.
pub const TIMEOUT: Duration = Duration::from_secs(10);

/// Between checks of something that cannot wake us (a process exiting).
const POLL: Duration = Duration::from_millis(20);

/// How the process ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Exit {
    Code(u32),
    /// Killed by a signal (its description, e.g. "Terminated").
    Signal(String),
}

/// Everything brief wrote, raw and as a screen.
struct Output {
    raw: Vec<u8>,
    parser: vt100::Parser,
    /// The reader saw end of file: brief and everything it started closed
    /// the terminal, so `raw` is complete.
    finished: bool,
}

type Shared = Arc<(Mutex<Output>, Condvar)>;

/// brief running in a pseudo-terminal.
pub struct Pty {
    child: Box<dyn Child + Send + Sync>,
    pid: i32,
    master: Option<Box<dyn MasterPty + Send>>,
    writer: Option<Box<dyn Write + Send>>,
    output: Shared,
    /// Asks the reader thread to let go of the pty (see `close_pty`).
    letting_go: Arc<AtomicBool>,
    exit: Option<Exit>,
    home: tempfile::TempDir,
}

impl Pty {
    /// `brief ARGS` at 24 rows by 80 columns, from the repository root.
    pub fn spawn(args: &[&str]) -> Pty {
        Pty::builder(args).spawn()
    }

    /// `brief ARGS` at the given size.
    pub fn spawn_sized(args: &[&str], rows: u16, cols: u16) -> Pty {
        Pty::builder(args).size(rows, cols).spawn()
    }

    /// brief's process id.
    pub fn pid(&self) -> i32 {
        self.pid
    }

    /// The temporary directory holding HOME and the XDG directories.
    pub fn home(&self) -> &Path {
        self.home.path()
    }

    /// The screen as text, rows joined by newlines.
    pub fn screen_text(&self) -> String {
        self.lock().parser.screen().contents()
    }

    /// Look at the parsed screen (colours, cursor, modes).
    pub fn with_screen<T>(&self, look: impl FnOnce(&vt100::Screen) -> T) -> T {
        look(self.lock().parser.screen())
    }

    /// Every byte brief has written so far.
    pub fn raw_output(&self) -> Vec<u8> {
        self.lock().raw.clone()
    }

    /// Wait until `text` is on screen (up to [`TIMEOUT`]).
    pub fn wait_for(&self, text: &str) {
        self.wait_for_within(text, TIMEOUT);
    }

    pub fn wait_for_within(&self, text: &str, timeout: Duration) {
        self.wait_until(&format!("{text:?} on screen"), timeout, |screen| {
            screen.contents().contains(text)
        });
    }

    /// Wait until `text` is no longer on screen.
    pub fn wait_for_gone(&self, text: &str) {
        self.wait_until(
            &format!("{text:?} gone from the screen"),
            TIMEOUT,
            |screen| !screen.contents().contains(text),
        );
    }

    /// Wait until `ready` holds for the screen; `what` names it on failure.
    pub fn wait_until(
        &self,
        what: &str,
        timeout: Duration,
        ready: impl Fn(&vt100::Screen) -> bool,
    ) {
        let deadline = Instant::now() + timeout;
        let (_, changed) = &*self.output;
        let mut output = self.lock();
        loop {
            if ready(output.parser.screen()) {
                return;
            }
            let now = Instant::now();
            if now >= deadline {
                let screen = output.parser.screen().contents();
                let tail = checks::tail(&output.raw);
                drop(output);
                panic!(
                    "timed out after {timeout:?} waiting for {what}\n--- screen ---\n{screen}\n--- last output ---\n{tail}"
                );
            }
            // Woken by every chunk of output; the short bound is only a
            // safety net, not what the wait relies on.
            output = changed
                .wait_timeout(output, (deadline - now).min(POLL))
                .unwrap_or_else(PoisonError::into_inner)
                .0;
        }
    }

    /// How many bytes brief has written so far; see [`Pty::wait_for_output_after`].
    pub fn output_len(&self) -> usize {
        self.lock().raw.len()
    }

    /// Wait until brief writes something beyond the first `len` bytes (it
    /// drew a frame, say, after a resize that changes nothing readable).
    pub fn wait_for_output_after(&self, len: usize) {
        let deadline = Instant::now() + TIMEOUT;
        let (_, changed) = &*self.output;
        let mut output = self.lock();
        while output.raw.len() <= len {
            let now = Instant::now();
            assert!(
                now < deadline,
                "brief wrote nothing within {TIMEOUT:?}\n--- screen ---\n{}",
                output.parser.screen().contents()
            );
            output = changed
                .wait_timeout(output, (deadline - now).min(POLL))
                .unwrap_or_else(PoisonError::into_inner)
                .0;
        }
    }

    /// Type bytes as if at the keyboard.
    pub fn send(&mut self, bytes: &[u8]) {
        let writer = self.writer.as_mut().expect("the pty is still open");
        writer.write_all(bytes).expect("write to the pty");
        writer.flush().expect("flush the pty");
    }

    pub fn send_key(&mut self, key: Key) {
        self.send(&key.bytes());
    }

    pub fn send_keys(&mut self, keys: &[Key]) {
        for &key in keys {
            self.send_key(key);
        }
    }

    /// Type text, one character after another.
    pub fn type_text(&mut self, text: &str) {
        self.send(text.as_bytes());
    }

    /// Resize the terminal, as dragging a window edge does (brief gets
    /// SIGWINCH); the screen model follows.
    pub fn resize(&mut self, rows: u16, cols: u16) {
        self.lock()
            .parser
            .screen_mut()
            .set_size(nonzero(rows), nonzero(cols));
        self.master
            .as_ref()
            .expect("the pty is still open")
            .resize(size(rows, cols))
            .expect("resize the pty");
    }

    /// Send a signal to brief.
    pub fn kill(&self, signal: Signal) {
        nix::sys::signal::kill(nix::unistd::Pid::from_raw(self.pid), signal)
            .expect("send a signal to brief");
    }

    /// How brief ended, if it has.
    pub fn try_exit(&mut self) -> Option<Exit> {
        if self.exit.is_none() {
            let status = self.child.try_wait().expect("check on brief")?;
            self.exit = Some(match status.signal() {
                Some(signal) => Exit::Signal(signal.to_owned()),
                None => Exit::Code(status.exit_code()),
            });
        }
        self.exit.clone()
    }

    /// Wait for brief to end (up to `timeout`), then for the last of its
    /// output, so [`Pty::raw_output`] is complete.
    pub fn wait_exit(&mut self, timeout: Duration) -> Exit {
        let deadline = Instant::now() + timeout;
        let exit = loop {
            if let Some(exit) = self.try_exit() {
                break exit;
            }
            assert!(
                Instant::now() < deadline,
                "brief did not exit within {timeout:?} (state {:?})\n--- screen ---\n{}",
                self.process_state(),
                self.screen_text()
            );
            thread::sleep(POLL);
        };
        self.wait_for_end_of_output();
        exit
    }

    fn wait_for_end_of_output(&self) {
        let (_, changed) = &*self.output;
        let deadline = Instant::now() + TIMEOUT;
        let mut output = self.lock();
        while !output.finished && Instant::now() < deadline {
            output = changed
                .wait_timeout(output, POLL)
                .unwrap_or_else(PoisonError::into_inner)
                .0;
        }
    }

    /// Close the terminal under brief, as closing a terminal window does.
    pub fn close_pty(&mut self) {
        let slave_path = self.master.as_ref().and_then(|m| m.tty_name());
        self.letting_go.store(true, Ordering::SeqCst);
        self.writer = None;
        self.master = None;
        // The reader thread holds the last handle on the pty and is blocked
        // reading it; one byte written from the other side wakes it to let
        // go, which closes the pty. Opened without becoming our controlling
        // terminal.
        if let Some(path) = slave_path
            && let Ok(mut slave) = OpenOptions::new()
                .write(true)
                .custom_flags(libc::O_NOCTTY)
                .open(path)
        {
            slave.write_all(b"\0").ok();
        }
    }

    fn lock(&self) -> MutexGuard<'_, Output> {
        self.output.0.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        // A test that failed half way must not leave brief running.
        if self.try_exit().is_none() {
            self.child.kill().ok();
            self.child.wait().ok();
        }
    }
}

fn collect(mut reader: Box<dyn Read + Send>, output: &Shared, letting_go: &AtomicBool) {
    let (state, changed) = &**output;
    let mut buffer = [0u8; 8192];
    loop {
        let read = match reader.read(&mut buffer) {
            Ok(read) => read,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            // portable-pty reports the other end closed (EIO) as 0 already;
            // any other error also means there is nothing more to read.
            Err(_) => 0,
        };
        let mut output = state.lock().unwrap_or_else(PoisonError::into_inner);
        if read == 0 || letting_go.load(Ordering::SeqCst) {
            output.finished = true;
            changed.notify_all();
            return;
        }
        output.raw.extend_from_slice(&buffer[..read]);
        output.parser.process(&buffer[..read]);
        changed.notify_all();
    }
}

fn size(rows: u16, cols: u16) -> PtySize {
    PtySize {
        rows,
        cols,
        pixel_width: 0,
        pixel_height: 0,
    }
}

fn nonzero(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n).unwrap_or(std::num::NonZeroU16::MIN)
}
