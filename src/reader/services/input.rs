//! The terminal's keys, read by crossterm on a thread of their own and sent
//! into the loop's one channel, and what keeps that thread in check: a gate
//! that parks it while someone else has the terminal, and a sentinel that
//! notices a terminal that has hung up (`hang_up.rs`, crossterm#793).
//!
//! crossterm is built with `use-dev-tty`: it waits with a level-triggered
//! `poll` (a `select` on macOS, where `poll(2)` cannot watch a terminal)
//! rather than mio's edge-triggered epoll. With epoll, a resize and bytes
//! that are ready together make crossterm report the resize and lose sight
//! of the bytes until more arrive; level-triggered, a key typed during a
//! resize is read at once, after the resize.

use std::io;
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::thread;

use crossterm::event;

use super::channel::{Input, Waker, from_event};

/// Who may read the terminal. The reading thread passes through the gate
/// before every crossterm read and says when the read has returned; the loop
/// closes the gate, and waits for any read in progress to end, before it
/// hands the terminal to someone else (an editor, the shell on Ctrl-z), so
/// no key of theirs is taken.
#[derive(Debug, Default)]
pub(super) struct Gate {
    state: Mutex<GateState>,
    changed: Condvar,
}

#[derive(Debug, Default)]
struct GateState {
    /// The loop has closed the gate.
    closed: bool,
    /// The reading thread is in a read, or about to be.
    reading: bool,
}

impl Gate {
    fn lock(&self) -> MutexGuard<'_, GateState> {
        // The state is two flags, consistent after any panic.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The reading thread: wait while the gate is closed, then mark a read
    /// as begun.
    pub(super) fn enter(&self) {
        let mut state = self.lock();
        while state.closed {
            state = self
                .changed
                .wait(state)
                .unwrap_or_else(PoisonError::into_inner);
        }
        state.reading = true;
    }

    /// The reading thread: the read has returned (or the thread has ended).
    pub(super) fn leave(&self) {
        self.lock().reading = false;
        self.changed.notify_all();
    }

    /// Close the gate and return once no read is in progress. `interrupt`
    /// is called when one is, and must make it return.
    pub(super) fn close(&self, interrupt: impl FnOnce() -> io::Result<()>) -> io::Result<()> {
        let mut state = self.lock();
        state.closed = true;
        if state.reading
            && let Err(err) = interrupt()
        {
            // The read cannot be stopped: leave the gate as it was.
            state.closed = false;
            return Err(err);
        }
        while state.reading {
            state = self
                .changed
                .wait(state)
                .unwrap_or_else(PoisonError::into_inner);
        }
        Ok(())
    }

    /// Close the gate for good without waiting: the loop has ended, and
    /// keys typed from now on belong to the shell.
    fn shut(&self, interrupt: impl FnOnce() -> io::Result<()>) {
        let mut state = self.lock();
        state.closed = true;
        if state.reading {
            let _ = interrupt();
        }
    }

    pub(super) fn open(&self) {
        self.lock().closed = false;
        self.changed.notify_all();
    }
}

/// Make a crossterm read in progress return, without a timer: crossterm
/// listens for SIGWINCH beside the terminal, so raising it makes its wait
/// end with a resize. That resize (of the size the terminal has) is passed
/// on like any other; the loop repaints after taking the terminal back
/// anyway. The byte its handler leaves stays until read, so a read that has
/// not begun its wait yet returns at once too.
#[cfg(unix)]
fn interrupt_read() -> io::Result<()> {
    signal_hook::low_level::raise(signal_hook::consts::SIGWINCH)
}

/// Without SIGWINCH there is no way to end a read from outside: pausing
/// fails, and the terminal is not handed over, rather than have its keys
/// taken.
#[cfg(not(unix))]
fn interrupt_read() -> io::Result<()> {
    Err(io::Error::new(
        io::ErrorKind::Unsupported,
        "cannot pause reading the terminal here",
    ))
}

/// The reading thread and its gate.
pub(super) struct Reading {
    gate: Arc<Gate>,
}

impl Reading {
    /// Start reading the terminal; a terminal that cannot be opened is an
    /// error here rather than a silent reader.
    pub(super) fn start(waker: &Waker) -> io::Result<Reading> {
        // crossterm sets its reader up (the terminal, its SIGWINCH handler)
        // on first use. Done here, before any read, so that a pause can
        // always interrupt one. A zero timeout waits for nothing.
        event::poll(std::time::Duration::ZERO)?;
        #[cfg(unix)]
        super::hang_up::watch(waker.clone())?;
        let gate = Arc::new(Gate::default());
        let (gate_for_thread, waker) = (Arc::clone(&gate), waker.clone());
        thread::Builder::new()
            .name("brief-keys".into())
            .spawn(move || read_terminal(&gate_for_thread, &waker))?;
        Ok(Reading { gate })
    }

    pub(super) fn pauser(&self) -> Pauser {
        Pauser {
            gate: Arc::clone(&self.gate),
        }
    }
}

/// Parks the thread reading the terminal, for whoever hands the terminal
/// to someone else.
#[derive(Debug, Clone)]
pub struct Pauser {
    gate: Arc<Gate>,
}

impl Pauser {
    /// Stop reading the terminal until the value returned is dropped, so
    /// whoever is handed the terminal meanwhile (an editor, the shell on
    /// Ctrl-z) gets every key. Returns once no read is in progress.
    pub fn pause(&self) -> io::Result<Paused> {
        self.gate.close(interrupt_read)?;
        Ok(Paused {
            gate: Arc::clone(&self.gate),
        })
    }
}

impl Drop for Reading {
    fn drop(&mut self) {
        self.gate.shut(interrupt_read);
    }
}

/// The reading thread is parked while this lives.
#[must_use = "the terminal is read again as soon as this is dropped"]
pub struct Paused {
    gate: Arc<Gate>,
}

impl Drop for Paused {
    fn drop(&mut self) {
        self.gate.open();
    }
}

fn read_terminal(gate: &Gate, waker: &Waker) {
    loop {
        gate.enter();
        let read = event::read();
        gate.leave();
        // A read error is not retried: nothing says the next read would go
        // better.
        let Ok(event) = read else {
            waker.wake(Input::Closed);
            return;
        };
        if let Some(input) = from_event(&event)
            && !waker.send(input)
        {
            // The loop has ended.
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::mpsc;
    use std::time::Duration;

    use super::*;

    const SOON: Duration = Duration::from_secs(5);

    /// A reading thread driven by the test: it passes the gate, reports
    /// that, and "reads" until told to return.
    fn reader(gate: &Arc<Gate>) -> (mpsc::Sender<()>, mpsc::Receiver<()>) {
        let (finish, finished) = mpsc::channel::<()>();
        let (entered, entries) = mpsc::channel();
        let gate = Arc::clone(gate);
        thread::spawn(move || {
            loop {
                gate.enter();
                if entered.send(()).is_err() {
                    return;
                }
                let done = finished.recv().is_err();
                gate.leave();
                if done {
                    return;
                }
            }
        });
        (finish, entries)
    }

    #[test]
    fn closing_an_idle_gate_neither_interrupts_nor_waits() {
        let gate = Gate::default();
        gate.close(|| panic!("nothing to interrupt"))
            .expect("closed");
        gate.open();
    }

    #[test]
    fn closing_interrupts_a_read_waits_for_it_and_holds_the_next_until_opened() {
        let gate = Arc::new(Gate::default());
        let (finish, entries) = reader(&gate);
        entries.recv_timeout(SOON).expect("first read begun");
        // The interrupt is what makes the read return, as SIGWINCH does.
        let interrupted = finish.clone();
        gate.close(move || {
            interrupted.send(()).expect("reader alive");
            Ok(())
        })
        .expect("closed");
        // The read has returned, and no other may begin while closed.
        assert!(!gate.lock().reading);
        assert!(entries.recv_timeout(Duration::from_millis(200)).is_err());
        gate.open();
        entries
            .recv_timeout(SOON)
            .expect("reading again once opened");
        drop(finish);
    }

    #[test]
    fn a_failed_interrupt_leaves_the_gate_open() {
        let gate = Arc::new(Gate::default());
        let (finish, entries) = reader(&gate);
        entries.recv_timeout(SOON).expect("read begun");
        let failed = gate.close(|| Err(io::Error::other("no signal")));
        assert!(failed.is_err());
        assert!(
            !gate.lock().closed,
            "a read no one can stop is not waited for"
        );
        drop(finish);
    }

    #[test]
    fn a_shut_gate_stops_reads_without_waiting() {
        let gate = Arc::new(Gate::default());
        let (finish, entries) = reader(&gate);
        entries.recv_timeout(SOON).expect("read begun");
        let (interrupted, interrupts) = mpsc::channel();
        gate.shut(move || {
            interrupted.send(()).ok();
            Ok(())
        });
        interrupts
            .recv_timeout(SOON)
            .expect("the read was interrupted");
        finish.send(()).expect("reader alive");
        assert!(entries.recv_timeout(Duration::from_millis(200)).is_err());
    }
}
