//! Loading a briefing: bytes from disk, UTF-8, TOML, the schema, all checked
//! and sanitised, or a [`LoadError`] that says where and what to do.

mod cite;
mod error;
mod lines;
mod numbers;
mod origin;
mod parse;
mod read;
mod rounds;
mod schema;
mod stream;
pub(crate) mod walker;

pub use cite::url_problem;
pub use error::{Diagnostic, LineIndex, LoadError, Severity};
pub use lines::section_lines;
pub use origin::{Origin, Stream};
pub use parse::{
    Then, display_path, load_bytes, load_bytes_then, load_file, load_file_named, load_file_then,
    load_str, load_str_then,
};
pub use read::{MAX_FILE_SIZE, human_size};
pub use rounds::MAX_ROUND;
pub use stream::{STDIN_NAME, arg_name, from_arg, is_stdin};
// For other files of TOML (themes, the config) to report mistakes alike.
pub(crate) use parse::syntax_problem;
pub(crate) use walker::{describe, suggest};

#[cfg(test)]
mod tests;
