//! Writing to standard output when the reader at the other end may leave.
//!
//! Rust ignores SIGPIPE, so `brief print x | head -1` turns into a write
//! error once `head` exits; `println!` would panic on it. A closed pipe means
//! nobody wants more output, which is success, not failure.

use std::io::{self, Write};

/// Whether output could be delivered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivery {
    Written,
    /// The reader closed the pipe; stop writing, but this is not an error.
    Closed,
}

/// Write `text` to stdout and flush. Only real failures (a full disk, say) are errors.
pub fn write_stdout(text: &str) -> io::Result<Delivery> {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(Delivery::Written),
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => Ok(Delivery::Closed),
        Err(err) => Err(err),
    }
}

/// Write one line to stdout (a newline is added).
pub fn line(text: &str) -> io::Result<Delivery> {
    write_stdout(&format!("{text}\n"))
}
