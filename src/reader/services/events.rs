//! Everything the reader waits for, in one place: one channel.
//!
//! Every producer sends its [`Input`] into the same channel: the thread
//! reading the terminal (see `input.rs`), the signal thread, the library
//! scan, the file watcher, the search worker, and the loop itself (the next
//! step of a layout). The loop blocks on that channel, so an idle reader
//! uses no CPU and draws nothing; there is no timer anywhere.

use std::io;
use std::sync::mpsc::{self, Receiver};
use std::thread;

use crossterm::event::{Event, KeyEvent, MouseEvent};
use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP};
use signal_hook::iterator::{Handle, Signals};

use super::input::{Pauser, Reading};

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

/// A handle other threads (the library scan, the file watcher, signals)
/// use to wake the loop with an [`Input`].
#[derive(Debug, Clone)]
pub struct Waker {
    sender: mpsc::Sender<Input>,
}

impl Waker {
    /// Wake the loop; a loop that has ended is not an error.
    pub fn wake(&self, input: Input) {
        let _ = self.send(input);
    }

    /// Wake the loop; false when it has ended.
    pub(super) fn send(&self, input: Input) -> bool {
        self.sender.send(input).is_ok()
    }
}

/// Where the loop waits: the one channel, and the threads that feed it
/// from the terminal and from signals.
pub struct Inputs {
    receiver: Receiver<Input>,
    waker: Waker,
    signals: Handle,
    reading: Reading,
}

impl Inputs {
    /// Start listening. Signal handlers are installed here, so call this
    /// before changing the terminal: a SIGTERM from then on is an input, not
    /// a death that leaves the terminal raw.
    pub fn start() -> io::Result<Inputs> {
        let (sender, receiver) = mpsc::channel();
        let waker = Waker { sender };
        // No SIGWINCH here: resizes come from crossterm, which hears the
        // same signal and reports it from the thread that reads the keys,
        // in the order it happened among them. One source, so a resize is
        // reported once (a second report would repaint the screen again).
        let mut signals = Signals::new(TERMINATING.iter().chain(&[SIGTSTP, SIGCONT]))?;
        let handle = signals.handle();
        let to_app = waker.clone();
        thread::Builder::new()
            .name("brief-signals".into())
            .spawn(move || {
                for signal in signals.forever() {
                    to_app.wake(from_signal(signal));
                }
            })?;
        let reading = Reading::start(&waker)?;
        Ok(Inputs {
            receiver,
            waker,
            signals: handle,
            reading,
        })
    }

    /// A handle for other threads to wake the loop.
    pub fn waker(&self) -> Waker {
        self.waker.clone()
    }

    /// Wait for the next input, without a timeout, in the order they came.
    pub fn next(&self) -> Input {
        // We hold a sender ourselves, so the channel never disconnects.
        self.receiver.recv().unwrap_or(Input::Closed)
    }

    /// What parks the thread reading the terminal while someone else has it.
    pub fn pauser(&self) -> Pauser {
        self.reading.pauser()
    }
}

impl Drop for Inputs {
    fn drop(&mut self) {
        // Ends the signal thread.
        self.signals.close();
    }
}

fn from_signal(signal: i32) -> Input {
    match signal {
        SIGTSTP => Input::Suspend,
        SIGCONT => Input::Continued,
        other => Input::Terminate(other),
    }
}

pub(super) fn from_event(event: &Event) -> Option<Input> {
    match *event {
        Event::Key(key) => Some(Input::Key(key)),
        Event::Mouse(mouse) => Some(Input::Mouse(mouse)),
        Event::Resize(columns, rows) => Some(Input::Resize(columns, rows)),
        Event::FocusGained | Event::FocusLost | Event::Paste(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::{KeyCode, KeyModifiers};

    #[test]
    fn terminating_signals_map_to_terminate_and_job_control_to_its_own_inputs() {
        assert_eq!(from_signal(SIGTERM), Input::Terminate(SIGTERM));
        assert_eq!(from_signal(SIGHUP), Input::Terminate(SIGHUP));
        assert_eq!(from_signal(SIGINT), Input::Terminate(SIGINT));
        assert_eq!(from_signal(SIGTSTP), Input::Suspend);
        assert_eq!(from_signal(SIGCONT), Input::Continued);
    }

    #[test]
    fn keys_and_resizes_pass_through_and_focus_does_not() {
        let key = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(from_event(&Event::Key(key)), Some(Input::Key(key)));
        assert_eq!(
            from_event(&Event::Resize(80, 24)),
            Some(Input::Resize(80, 24))
        );
        assert_eq!(from_event(&Event::FocusLost), None);
    }
}
