//! Everything the reader waits for, in one blocking channel.
//!
//! Two threads feed it: one reads the terminal, one receives signals. The
//! app blocks on the channel, so an idle reader uses no CPU and draws
//! nothing; there is no polling timer anywhere.
//!
//! The terminal thread must not call crossterm on a terminal that has hung
//! up: crossterm 0.29 retries a read that returns end-of-file or EIO in a
//! tight loop, forever, spinning a core. So the thread waits for the
//! terminal itself (`poll`, no timeout), checks again right before each
//! crossterm call, and only calls it when there are bytes to read; a
//! hang-up ends the thread with [`Input::Closed`]. A hang-up landing in
//! the microseconds between that check and crossterm's read would still
//! catch the thread in crossterm's loop; brief then exits only on the
//! SIGHUP that a session leader, or a job of a shell, also gets.

use std::io::{self, Write};
use std::os::unix::net::UnixStream;
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::thread;

use crossterm::event::{Event, KeyEvent, MouseEvent};
use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP, SIGWINCH};
use signal_hook::iterator::{Handle, Signals};

mod reader;
use reader::{Tty, read_terminal};

/// Signals that end the reader; it exits with 128 + the signal's number.
pub const TERMINATING: [i32; 4] = [SIGTERM, SIGHUP, SIGINT, SIGQUIT];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    Key(KeyEvent),
    Mouse(MouseEvent),
    /// The terminal's new size: columns, rows.
    Resize(u16, u16),
    /// SIGTSTP from outside (`kill -TSTP`): suspend as Ctrl-z does.
    Suspend,
    /// SIGCONT: the process was stopped and has been continued; whoever had
    /// the terminal meanwhile may have changed it.
    Continued,
    /// A signal asking the reader to end (one of [`TERMINATING`]).
    Terminate(i32),
    /// The terminal is gone: hung up, unreadable, or its reader stopped.
    Closed,
    /// The library scan has entries waiting (or has finished).
    Library,
    /// A search run off the UI thread has come back.
    Searched,
    /// The open file changed or went away on disk.
    Watched(crate::watch::Change),
    /// Time to lay out another step of a big briefing. The loop sends it to
    /// itself, so keys pressed meanwhile come first.
    LayoutMore,
}

/// A handle other threads (the library scan, the file watcher) use to wake
/// the loop with an [`Input`].
#[derive(Debug, Clone)]
pub struct Waker(mpsc::Sender<Input>);

impl Waker {
    /// Wake the loop; a loop that has ended is not an error.
    pub fn wake(&self, input: Input) {
        let _ = self.0.send(input);
    }
}

/// The receiving end, and the means to pause terminal reading.
pub struct Inputs {
    receiver: Receiver<Input>,
    waker: Waker,
    gate: Arc<Gate>,
    signals: Handle,
}

impl Inputs {
    /// Start listening. Signal handlers are installed here, so call this
    /// before changing the terminal: a SIGTERM from then on is an input, not
    /// a death that leaves the terminal raw.
    pub fn start() -> io::Result<Inputs> {
        let tty = Tty::open()?;
        let (sender, receiver) = mpsc::channel();
        let waker = Waker(sender.clone());
        let mut signals = Signals::new(TERMINATING.iter().chain(&[SIGTSTP, SIGCONT, SIGWINCH]))?;
        let handle = signals.handle();
        let gate = Arc::new(Gate::default());
        let (poke, poked) = UnixStream::pair()?;
        poke.set_nonblocking(true)?;
        poked.set_nonblocking(true)?;

        let to_app = sender.clone();
        thread::Builder::new()
            .name("brief-signals".into())
            .spawn(move || {
                for signal in signals.forever() {
                    if signal == SIGWINCH {
                        // Full already means a poke is waiting.
                        let _ = (&poke).write(&[0]);
                    }
                    if let Some(input) = from_signal(signal)
                        && to_app.send(input).is_err()
                    {
                        break;
                    }
                }
            })?;

        let terminal_gate = Arc::clone(&gate);
        thread::Builder::new()
            .name("brief-input".into())
            .spawn(move || {
                let _closed = ClosedOnExit(sender.clone());
                read_terminal(&tty, &poked, &terminal_gate, &sender);
            })?;

        Ok(Inputs {
            receiver,
            waker,
            gate,
            signals: handle,
        })
    }

    /// A handle for other threads to wake the loop.
    pub fn waker(&self) -> Waker {
        self.waker.clone()
    }

    /// Wait for the next input. Blocks without a timeout; if both threads
    /// are gone, the terminal is as good as closed.
    pub fn next(&self) -> Input {
        self.receiver.recv().unwrap_or(Input::Closed)
    }

    /// Stop reading the terminal while the returned value lives, so a child
    /// process (an editor) gets every key typed. Keys typed before the hold
    /// may still reach the reader.
    pub fn hold(&self) -> Hold<'_> {
        self.gate.set_held(true);
        Hold { gate: &self.gate }
    }
}

impl Drop for Inputs {
    fn drop(&mut self) {
        // Ends the signal thread; the terminal thread stays blocked on the
        // terminal until the process exits, which is harmless.
        self.signals.close();
    }
}

/// While alive, the terminal is not read. See [`Inputs::hold`].
pub struct Hold<'a> {
    gate: &'a Gate,
}

impl Drop for Hold<'_> {
    fn drop(&mut self) {
        self.gate.set_held(false);
    }
}

#[derive(Default)]
struct Gate {
    held: Mutex<bool>,
    changed: Condvar,
}

impl Gate {
    fn set_held(&self, held: bool) {
        *self.held.lock().unwrap_or_else(PoisonError::into_inner) = held;
        self.changed.notify_all();
    }

    fn is_held(&self) -> bool {
        *self.held.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn wait_open(&self) {
        let held = self.held.lock().unwrap_or_else(PoisonError::into_inner);
        let _open = self
            .changed
            .wait_while(held, |held| *held)
            .unwrap_or_else(PoisonError::into_inner);
    }
}

fn from_signal(signal: i32) -> Option<Input> {
    match signal {
        // A size that cannot be read now is skipped: the next resize or
        // draw reads it again, and a terminal that is gone shows up as
        // `Closed` from the terminal thread.
        SIGWINCH => crossterm::terminal::size()
            .ok()
            .map(|(columns, rows)| Input::Resize(columns, rows)),
        SIGTSTP => Some(Input::Suspend),
        SIGCONT => Some(Input::Continued),
        other => Some(Input::Terminate(other)),
    }
}

/// Tells the app the terminal is closed when the reading thread ends, by
/// returning or by a panic, so the app never waits for a key that cannot
/// come.
struct ClosedOnExit(Sender<Input>);

impl Drop for ClosedOnExit {
    fn drop(&mut self) {
        let _ = self.0.send(Input::Closed);
    }
}

fn from_event(event: &Event) -> Option<Input> {
    match *event {
        Event::Key(key) => Some(Input::Key(key)),
        Event::Mouse(mouse) => Some(Input::Mouse(mouse)),
        // Resizes come from the signal thread, which hears every SIGWINCH
        // at once; crossterm reports them late (only when it next reads a
        // key), and a second report would repaint the whole screen again.
        Event::Resize(..) | Event::FocusGained | Event::FocusLost | Event::Paste(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    use crossterm::event::{KeyCode, KeyModifiers};

    #[test]
    fn terminating_signals_map_to_terminate_and_job_control_to_its_own_inputs() {
        assert_eq!(from_signal(SIGTERM), Some(Input::Terminate(SIGTERM)));
        assert_eq!(from_signal(SIGHUP), Some(Input::Terminate(SIGHUP)));
        assert_eq!(from_signal(SIGINT), Some(Input::Terminate(SIGINT)));
        assert_eq!(from_signal(SIGTSTP), Some(Input::Suspend));
        assert_eq!(from_signal(SIGCONT), Some(Input::Continued));
    }

    #[test]
    fn keys_pass_through_and_crossterms_late_resizes_do_not() {
        let key = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(from_event(&Event::Key(key)), Some(Input::Key(key)));
        // Resizes come from SIGWINCH instead, once each.
        assert_eq!(from_event(&Event::Resize(80, 24)), None);
        assert_eq!(from_event(&Event::FocusLost), None);
    }

    #[test]
    fn a_hold_blocks_the_reader_until_released() {
        let gate = Arc::new(Gate::default());
        gate.set_held(true);
        let (done_tx, done_rx) = mpsc::channel();
        let waiting = Arc::clone(&gate);
        let waiter = thread::spawn(move || {
            waiting.wait_open();
            done_tx.send(()).ok();
        });
        assert!(
            done_rx.recv_timeout(Duration::from_millis(50)).is_err(),
            "the reader went on while held"
        );
        gate.set_held(false);
        assert!(done_rx.recv_timeout(Duration::from_secs(5)).is_ok());
        waiter.join().ok();
    }
}
