//! The thread that reads the terminal through crossterm, guarding against
//! crossterm's two ways of going wrong: spinning on a terminal that has
//! hung up (see the module comment above), and losing sight of bytes that
//! arrive beside a resize (see [`read_terminal`]).

use std::fs::File;
use std::io::{self, IsTerminal, Read};
use std::os::fd::{AsFd, BorrowedFd};
use std::os::unix::net::UnixStream;
use std::sync::mpsc::Sender;
use std::time::{Duration, Instant};

use crossterm::event::{self, Event};
use rustix::event::{PollFd, PollFlags, poll};

use super::{Gate, Input, from_event};

/// The terminal that crossterm reads: standard input when it is one,
/// otherwise `/dev/tty` (crossterm makes the same choice).
pub(super) enum Tty {
    Stdin(io::Stdin),
    Device(File),
}

impl Tty {
    pub(super) fn open() -> io::Result<Tty> {
        let stdin = io::stdin();
        if stdin.is_terminal() {
            Ok(Tty::Stdin(stdin))
        } else {
            File::open("/dev/tty").map(Tty::Device)
        }
    }

    fn fd(&self) -> BorrowedFd<'_> {
        match self {
            Tty::Stdin(stdin) => stdin.as_fd(),
            Tty::Device(file) => file.as_fd(),
        }
    }
}

#[derive(Debug, PartialEq, Eq)]
enum Readiness {
    Readable,
    /// The terminal has nothing, but the signal thread poked.
    Poked,
    Nothing,
    Gone,
}

/// How long to wait for crossterm to see a resize the signal thread has
/// heard of: it is the same signal, so a moment.
const RESIZE_GRACE: Duration = Duration::from_millis(50);

/// How often to look again at bytes crossterm has not seen (see
/// [`read_terminal`]): rare, and never a spin.
const UNSEEN_BYTES_RECHECK: Duration = Duration::from_millis(100);

/// Wait until the terminal has bytes or has gone, or `poked` has a byte;
/// `None` waits forever.
fn wait_for(tty: &Tty, poked: Option<&UnixStream>, timeout: Option<Duration>) -> Readiness {
    let timeout = timeout.and_then(|t| rustix::event::Timespec::try_from(t).ok());
    loop {
        let fd = tty.fd();
        let mut fds = vec![PollFd::new(&fd, PollFlags::IN)];
        if let Some(poked) = poked {
            fds.push(PollFd::new(poked, PollFlags::IN));
        }
        match poll(&mut fds, timeout.as_ref()) {
            // A signal arrived (SIGWINCH, say): not about the terminal.
            Err(rustix::io::Errno::INTR) => {}
            // Nothing sensible can follow an error; reporting the terminal
            // as gone ends the thread rather than retrying in a loop.
            Err(_) => return Readiness::Gone,
            Ok(0) => return Readiness::Nothing,
            Ok(_) => {
                let events = fds[0].revents();
                return if events.intersects(PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL) {
                    Readiness::Gone
                } else if events.contains(PollFlags::IN) {
                    Readiness::Readable
                } else {
                    Readiness::Poked
                };
            }
        }
    }
}

/// Read the terminal until it is gone or the app stops listening.
///
/// crossterm waits for the terminal through an edge-triggered epoll, and it
/// watches SIGWINCH too: when a resize and bytes are both waiting, it
/// reports the resize and leaves the bytes unread, and its epoll does not
/// report them again until more arrive. Two things keep that from losing a
/// key and spinning a core. The signal thread pokes this one on every
/// resize, and this one waits for crossterm to report it, so that report
/// never comes with the next key. Should bytes still wait unseen by
/// crossterm (a key typed at the very moment of a resize), this thread sets
/// the terminal's modes again, unchanged, which wakes crossterm's epoll,
/// and looks again in 100 ms steps rather than spinning on a terminal that
/// is always ready.
pub(super) fn read_terminal(tty: &Tty, poked: &UnixStream, gate: &Gate, to_app: &Sender<Input>) {
    loop {
        let woke = wait_for(tty, Some(poked), None);
        if woke == Readiness::Gone {
            return;
        }
        let mut drained = [0; 64];
        while matches!((&*poked).read(&mut drained), Ok(n) if n > 0) {}
        gate.wait_open();
        // crossterm hears of a resize from the same signal, a moment after
        // the signal thread (whose poke may well have woken this one).
        let resize_due = (woke == Readiness::Poked).then(|| Instant::now() + RESIZE_GRACE);
        if !hand_over(tty, gate, to_app, resize_due) {
            return;
        }
    }
}

/// Give the app every event crossterm has. False when the terminal is gone
/// or the app has stopped listening.
fn hand_over(
    tty: &Tty,
    gate: &Gate,
    to_app: &Sender<Input>,
    mut resize_due: Option<Instant>,
) -> bool {
    // Before each call to crossterm, make sure the terminal is still there
    // (see the module comment).
    loop {
        let ready = wait_for(tty, None, Some(Duration::ZERO));
        if ready == Readiness::Gone {
            return false;
        }
        let event = match event::poll(Duration::ZERO) {
            Ok(false) if resize_due.is_some_and(|due| Instant::now() < due) => {
                // Let crossterm report the resize now, not beside the next key.
                let left = resize_due.map_or(Duration::ZERO, |due| due - Instant::now());
                match event::poll(left) {
                    Ok(true) => event::read(),
                    Ok(false) => continue,
                    Err(err) => Err(err),
                }
            }
            Ok(false) if ready == Readiness::Readable => {
                // Bytes wait that crossterm does not see. Setting the
                // terminal's modes again, unchanged, makes the kernel wake
                // the terminal's readers, crossterm's epoll among them.
                if gate.is_held() {
                    return true;
                }
                nudge(tty);
                match event::poll(UNSEEN_BYTES_RECHECK) {
                    Ok(true) => event::read(),
                    Ok(false) => continue,
                    Err(err) => Err(err),
                }
            }
            Ok(false) => return true,
            Ok(true) => event::read(),
            Err(err) => Err(err),
        };
        // A read error is not retried: nothing says the next read would
        // go better, and retrying is how a dead terminal spins a core.
        let Ok(event) = event else { return false };
        if matches!(event, Event::Resize(..)) {
            resize_due = None;
        }
        if let Some(input) = from_event(&event)
            && to_app.send(input).is_err()
        {
            return false;
        }
    }
}

/// Wake whoever waits to read the terminal, by setting its modes again as
/// they are: Linux wakes a terminal's readers on every change of modes, and
/// an edge-triggered epoll hears that as new input. Failing, it changes
/// nothing, and the bytes are read with the next key.
fn nudge(tty: &Tty) {
    if let Ok(modes) = rustix::termios::tcgetattr(tty.fd()) {
        let _ = rustix::termios::tcsetattr(tty.fd(), rustix::termios::OptionalActions::Now, &modes);
    }
}
