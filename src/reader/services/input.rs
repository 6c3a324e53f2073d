//! Reading the terminal through crossterm on the loop's own thread, so a
//! key goes straight from the terminal to `update` with no thread between.
//! It guards against crossterm's two ways of going wrong: spinning on a
//! terminal that has hung up (see the module comment above), and losing
//! sight of bytes that arrive beside a resize (see [`Terminal`]).

use std::fs::File;
use std::io::{self, IsTerminal, Read};
use std::os::fd::{AsFd, BorrowedFd};
use std::os::unix::net::UnixStream;
use std::time::{Duration, Instant};

use crossterm::event::{self, Event};
use rustix::event::{PollFd, PollFlags, Timespec, poll};

use super::events::{Input, from_event};

/// How long to wait for crossterm to see a resize the signal thread has
/// heard of: it is the same signal, so a moment.
const RESIZE_GRACE: Duration = Duration::from_millis(50);

/// How often to look again at bytes crossterm has not seen (see
/// [`Terminal`]): rare, and never a spin.
const UNSEEN_BYTES_RECHECK: Duration = Duration::from_millis(100);

/// The terminal that crossterm reads: standard input when it is one,
/// otherwise `/dev/tty` (crossterm makes the same choice).
enum Tty {
    Stdin(io::Stdin),
    Device(File),
}

impl Tty {
    fn open() -> io::Result<Tty> {
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

/// What waiting found.
#[derive(Debug, PartialEq, Eq)]
enum Readiness {
    /// The terminal has bytes.
    Readable,
    /// The terminal has hung up or cannot be polled.
    Gone,
    /// The other threads poked, or the time ran out.
    Other,
}

/// The terminal as the loop reads it.
///
/// crossterm waits for the terminal through an edge-triggered epoll, and it
/// watches SIGWINCH too: when a resize and bytes are both waiting, it
/// reports the resize and leaves the bytes unread, and its epoll does not
/// report them again until more arrive. So after every resize the loop lets
/// crossterm report it at once, before the next key comes. Should bytes
/// still wait unseen by crossterm (a key typed at the very moment of a
/// resize), the loop sets the terminal's modes again, unchanged, which wakes
/// crossterm's epoll; and failing that, it looks again every 100 ms rather
/// than spinning on a terminal that is always ready.
pub(crate) struct Terminal {
    tty: Tty,
    /// Bytes here mean the other threads have sent an input.
    poked: UnixStream,
    /// crossterm has a resize of its own to report, by about then.
    resize_due: Option<Instant>,
    /// Bytes wait in the terminal that crossterm does not see.
    unseen: bool,
    /// The last wait found the terminal readable and still there, so the
    /// next look need not ask again: one system call less for every key.
    readable: bool,
}

impl Terminal {
    pub(crate) fn open(poked: UnixStream) -> io::Result<Terminal> {
        poked.set_nonblocking(true)?;
        Ok(Terminal {
            tty: Tty::open()?,
            poked,
            resize_due: None,
            unseen: false,
            readable: false,
        })
    }

    /// The signal thread has reported a resize: crossterm will too.
    pub(crate) fn resized(&mut self) {
        self.resize_due = Some(Instant::now() + RESIZE_GRACE);
    }

    /// The next input from the terminal, without waiting; `Closed` when it
    /// has gone.
    pub(crate) fn try_next(&mut self) -> Option<Input> {
        let mut nudged = false;
        loop {
            // Before each call to crossterm, make sure the terminal is still
            // there (see the module comment), unless the wait that just
            // ended said so.
            let ready = if std::mem::take(&mut self.readable) {
                Readiness::Readable
            } else {
                self.wait(true, Some(Duration::ZERO)).0
            };
            if ready == Readiness::Gone {
                return Some(Input::Closed);
            }
            let event = match event::poll(Duration::ZERO) {
                Ok(true) => event::read(),
                Ok(false) if ready == Readiness::Readable && !nudged => {
                    // Bytes wait that crossterm does not see. Setting the
                    // terminal's modes again, unchanged, makes the kernel
                    // wake the terminal's readers, crossterm's epoll among
                    // them, so the next look finds them.
                    nudged = true;
                    nudge(&self.tty);
                    continue;
                }
                Ok(false) => {
                    self.unseen = ready == Readiness::Readable;
                    return None;
                }
                Err(err) => Err(err),
            };
            // A read error is not retried: nothing says the next read would
            // go better, and retrying is how a dead terminal spins a core.
            let Ok(event) = event else {
                return Some(Input::Closed);
            };
            self.unseen = false;
            if matches!(event, Event::Resize(..)) {
                self.resize_due = None;
            }
            if let Some(input) = from_event(&event) {
                return Some(input);
            }
        }
    }

    /// Block until the terminal or the other threads may have something.
    pub(crate) fn wait_for_more(&mut self) {
        let mut timeout = None;
        if self.unseen {
            timeout = Some(UNSEEN_BYTES_RECHECK);
        }
        if let Some(due) = self.resize_due {
            let left = due.saturating_duration_since(Instant::now());
            if left.is_zero() {
                self.resize_due = None;
            }
            timeout = Some(timeout.map_or(left, |t: Duration| t.min(left)));
        }
        // A terminal that is always ready is not waited on while crossterm
        // cannot see what it holds.
        let (ready, poked) = self.wait(!self.unseen, timeout);
        self.readable = ready == Readiness::Readable;
        if poked {
            let mut drained = [0; 64];
            while matches!((&self.poked).read(&mut drained), Ok(n) if n > 0) {}
        }
    }

    /// Wait for the terminal (when `terminal`) or a poke; `None` waits
    /// forever. Also says whether the other threads poked.
    fn wait(&self, terminal: bool, timeout: Option<Duration>) -> (Readiness, bool) {
        let timeout = timeout.and_then(|t| Timespec::try_from(t).ok());
        let tty = self.tty.fd();
        // On the stack: this runs twice for every key.
        let watched = if terminal { 2 } else { 1 };
        loop {
            let mut all = [
                PollFd::new(&self.poked, PollFlags::IN),
                PollFd::new(&tty, PollFlags::IN),
            ];
            let fds = &mut all[..watched];
            match poll(fds, timeout.as_ref()) {
                // A signal arrived (SIGWINCH, say): not about the terminal.
                Err(rustix::io::Errno::INTR) => {}
                // Nothing sensible can follow an error; reporting the
                // terminal as gone ends the reader rather than retrying.
                Err(_) => return (Readiness::Gone, true),
                Ok(_) => {
                    let poked = !fds[0].revents().is_empty();
                    let Some(events) = fds.get(1).map(PollFd::revents) else {
                        return (Readiness::Other, poked);
                    };
                    let ready =
                        if events.intersects(PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL) {
                            Readiness::Gone
                        } else if events.contains(PollFlags::IN) {
                            Readiness::Readable
                        } else {
                            Readiness::Other
                        };
                    return (ready, poked);
                }
            }
        }
    }
}

/// Wake whoever waits to read the terminal, by setting its modes again as
/// they are: Linux wakes a terminal's readers on every change of modes, and
/// an edge-triggered epoll hears that as new input. Failing, it changes
/// nothing, and the bytes are looked at again in [`UNSEEN_BYTES_RECHECK`].
fn nudge(tty: &Tty) {
    if let Ok(modes) = rustix::termios::tcgetattr(tty.fd()) {
        let _ = rustix::termios::tcsetattr(tty.fd(), rustix::termios::OptionalActions::Now, &modes);
    }
}
