//! The command line.

/// Parse arguments, run, and return the process exit code.
pub fn run() -> i32 {
    0
}
