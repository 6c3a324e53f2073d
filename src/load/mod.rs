//! Loading a briefing: bytes from disk, UTF-8, TOML, the schema, all checked
//! and sanitised, or a [`LoadError`] that says where and what to do.

mod error;
mod numbers;
mod origin;
mod parse;
mod read;
mod schema;
mod walker;

pub use error::{Diagnostic, LineIndex, LoadError, Severity};
pub use origin::Origin;
pub use parse::{
    Then, display_path, load_bytes, load_bytes_then, load_file, load_file_named, load_file_then,
    load_str, load_str_then,
};
pub use read::{MAX_FILE_SIZE, human_size};
pub(crate) use walker::suggest;

#[cfg(test)]
mod tests;
