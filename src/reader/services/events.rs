//! Everything the reader waits for, in one place.
//!
//! The loop reads the terminal itself, on its own thread, so a key goes
//! straight to `update`; the signals, the library scan, the file watcher
//! and the search send their inputs through a channel and poke the loop
//! awake through a socket. The loop blocks in `poll` on the terminal and
//! that socket, so an idle reader uses no CPU and draws nothing; there is
//! no polling timer anywhere.
//!
//! The loop must not call crossterm on a terminal that has hung up:
//! crossterm 0.29 retries a read that returns end-of-file or EIO in a tight
//! loop, forever, spinning a core. So the loop waits for the terminal
//! itself, checks again right before each crossterm call, and only calls it
//! when there are bytes to read; a hang-up is [`Input::Closed`]. A hang-up
//! landing in the microseconds between that check and crossterm's read
//! would still catch the loop in crossterm's; brief then exits only on the
//! SIGHUP that a session leader, or a job of a shell, also gets.

use std::cell::RefCell;
use std::io::{self, Write};
use std::os::unix::net::UnixStream;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver};
use std::thread;

use crossterm::event::{Event, KeyEvent, MouseEvent};
use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP, SIGWINCH};
use signal_hook::iterator::{Handle, Signals};

use super::input::Terminal;

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
    /// A byte here wakes the loop from its wait on the terminal.
    poke: Arc<UnixStream>,
}

impl Waker {
    /// Wake the loop; a loop that has ended is not an error.
    pub fn wake(&self, input: Input) {
        if self.sender.send(input).is_ok() {
            // Full means a poke is already waiting to be read.
            let _ = (&*self.poke).write(&[0]);
        }
    }
}

/// Where the loop waits: the terminal, read on the loop's own thread, and
/// what the other threads send.
pub struct Inputs {
    terminal: RefCell<Terminal>,
    receiver: Receiver<Input>,
    waker: Waker,
    signals: Handle,
}

impl Inputs {
    /// Start listening. Signal handlers are installed here, so call this
    /// before changing the terminal: a SIGTERM from then on is an input, not
    /// a death that leaves the terminal raw.
    pub fn start() -> io::Result<Inputs> {
        let (poke, poked) = UnixStream::pair()?;
        poke.set_nonblocking(true)?;
        let terminal = Terminal::open(poked)?;
        let (sender, receiver) = mpsc::channel();
        let waker = Waker {
            sender,
            poke: Arc::new(poke),
        };
        let mut signals = Signals::new(TERMINATING.iter().chain(&[SIGTSTP, SIGCONT, SIGWINCH]))?;
        let handle = signals.handle();
        let to_app = waker.clone();
        thread::Builder::new()
            .name("brief-signals".into())
            .spawn(move || {
                for signal in signals.forever() {
                    if let Some(input) = from_signal(signal) {
                        to_app.wake(input);
                    }
                }
            })?;
        Ok(Inputs {
            terminal: RefCell::new(terminal),
            receiver,
            waker,
            signals: handle,
        })
    }

    /// A handle for other threads to wake the loop.
    pub fn waker(&self) -> Waker {
        self.waker.clone()
    }

    /// Wait for the next input, without a timeout. Keys come first, so
    /// what the loop sends itself (the next step of a layout) waits behind
    /// them. Nothing reads the terminal while the loop is busy elsewhere,
    /// running an editor say, so that child gets every key typed.
    pub fn next(&self) -> Input {
        let mut terminal = self.terminal.borrow_mut();
        loop {
            if let Some(input) = terminal.try_next() {
                return input;
            }
            match self.receiver.try_recv() {
                Ok(input) => {
                    if matches!(input, Input::Resize(..)) {
                        terminal.resized();
                    }
                    return input;
                }
                // The signal thread holds a sender for as long as we live.
                Err(mpsc::TryRecvError::Disconnected) => return Input::Closed,
                Err(mpsc::TryRecvError::Empty) => terminal.wait_for_more(),
            }
        }
    }
}

impl Drop for Inputs {
    fn drop(&mut self) {
        // Ends the signal thread.
        self.signals.close();
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

pub(super) fn from_event(event: &Event) -> Option<Input> {
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
}
