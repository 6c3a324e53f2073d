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

use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP};
use signal_hook::iterator::{Handle, Signals};

pub use super::channel::{Input, Waker};
use super::input::{Pauser, Reading};

/// Signals that end the reader; it exits with 128 + the signal's number.
pub const TERMINATING: [i32; 4] = [SIGTERM, SIGHUP, SIGINT, SIGQUIT];

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
        let waker = Waker::new(sender);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminating_signals_map_to_terminate_and_job_control_to_its_own_inputs() {
        assert_eq!(from_signal(SIGTERM), Input::Terminate(SIGTERM));
        assert_eq!(from_signal(SIGHUP), Input::Terminate(SIGHUP));
        assert_eq!(from_signal(SIGINT), Input::Terminate(SIGINT));
        assert_eq!(from_signal(SIGTSTP), Input::Suspend);
        assert_eq!(from_signal(SIGCONT), Input::Continued);
    }
}
