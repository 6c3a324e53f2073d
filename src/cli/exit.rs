//! The process's exit codes, for every command.

/// Exit code for success.
pub const EXIT_OK: i32 = 0;
/// Exit code when a briefing is invalid or a command could not do its job.
pub const EXIT_FAILURE: i32 = 1;
/// Exit code for options that do not go together, as clap's own usage errors.
pub const EXIT_USAGE: i32 = 2;
