//! Guard against crossterm#793: on a terminal that has hung up, a read
//! returns end-of-file forever and crossterm's read loop retries it without
//! end, spinning a core and never returning. A hang-up is not always
//! followed by SIGHUP (only a session leader gets one), so a sentinel thread
//! waits for the hang-up itself and sends [`Input::Closed`]; the loop then
//! exits, taking the spinning read with it.
//!
//! Unix only: it polls a file descriptor. Asking `poll` for no events makes
//! it sleep until the terminal hangs up (`POLLHUP`), which is reported
//! whatever was asked, and read nothing, so no key is taken. Where `poll`
//! cannot watch a terminal (macOS, where the `select` stand-in never reports
//! a hang-up, or any system answering `POLLNVAL`) the sentinel gives up
//! quietly and the reader relies on SIGHUP, rather than report a hang-up
//! that did not happen.

use std::fs::File;
use std::io::{self, IsTerminal};
use std::os::fd::{AsRawFd, RawFd};
use std::thread;

use filedescriptor::{Error, POLLHUP, poll, pollfd};

use super::channel::{Input, Waker};

/// The terminal crossterm reads: standard input when it is one,
/// otherwise `/dev/tty` (crossterm makes the same choice).
enum Tty {
    Stdin,
    Device(File),
}

impl Tty {
    fn fd(&self) -> RawFd {
        match self {
            Tty::Stdin => io::stdin().as_raw_fd(),
            Tty::Device(file) => file.as_raw_fd(),
        }
    }
}

pub(super) fn watch(waker: Waker) -> io::Result<()> {
    let tty = if io::stdin().is_terminal() {
        Tty::Stdin
    } else {
        Tty::Device(File::open("/dev/tty")?)
    };
    thread::Builder::new()
        .name("brief-hang-up".into())
        .spawn(move || {
            if hung_up(tty.fd()) {
                waker.wake(Input::Closed);
            }
        })?;
    Ok(())
}

/// Wait until the terminal hangs up (true), or until it is clear that
/// this system cannot tell (false).
fn hung_up(fd: RawFd) -> bool {
    let mut fds = [pollfd {
        fd,
        events: 0,
        revents: 0,
    }];
    loop {
        match poll(&mut fds, None) {
            Ok(_) => return fds[0].revents & POLLHUP != 0,
            // A signal arrived (SIGWINCH, say): not about the terminal.
            Err(Error::Poll(err) | Error::Io(err)) if err.kind() == io::ErrorKind::Interrupted => {}
            Err(_) => return false,
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::mpsc;
    use std::thread;
    use std::time::Duration;

    use super::*;

    // Not on macOS, where the sentinel's `select` stand-in for poll never
    // reports a hang-up (by design: see above).
    #[cfg(not(target_os = "macos"))]
    #[test]
    fn the_sentinel_hears_a_hang_up_and_not_an_open_pipe() {
        use std::os::unix::net::UnixStream;
        // A socket stands in for the terminal: its peer closing is a
        // hang-up to poll, as a pty's master closing is to its terminal.
        let (near, far) = UnixStream::pair().expect("pair");
        let fd = near.as_raw_fd();
        let (done, heard) = mpsc::channel();
        thread::spawn(move || done.send(hung_up(fd)));
        assert!(heard.recv_timeout(Duration::from_millis(200)).is_err());
        drop(far);
        assert_eq!(heard.recv_timeout(Duration::from_secs(5)), Ok(true));
        drop(near);
    }
}
