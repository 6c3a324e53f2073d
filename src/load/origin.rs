//! Where a briefing came from, so it can be named and read again.

use std::path::PathBuf;
use std::sync::Arc;

use super::error::LoadError;
use super::parse::{load_bytes, load_file_named, load_str};
use super::read::read_file;
use crate::bundled::Bundled;
use crate::model::Briefing;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    File(PathBuf),
    Bundled(Bundled),
    /// Standard input or a pipe, read once when named: it cannot be read
    /// again, so it is not watched, reloaded or edited.
    Stream(Stream),
}

/// The bytes read from standard input or a pipe, and how to name them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stream {
    name: String,
    bytes: Arc<[u8]>,
}

impl Stream {
    pub fn new(name: &str, bytes: Vec<u8>) -> Stream {
        Stream {
            name: crate::sanitize::line(name).into_owned(),
            bytes: bytes.into(),
        }
    }

    /// `<stdin>`, or the pipe's path.
    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }
}

impl Origin {
    /// Its text as bytes, read (again) for a file: what `brief new --from` copies.
    pub fn bytes(&self) -> Result<std::borrow::Cow<'_, [u8]>, LoadError> {
        Ok(match self {
            Origin::File(path) => read_file(path, &self.name())?.into(),
            Origin::Bundled(b) => b.text.as_bytes().into(),
            Origin::Stream(s) => s.bytes().into(),
        })
    }

    /// Read and load it (again).
    pub fn load(&self) -> Result<Briefing, LoadError> {
        match self {
            Origin::File(path) => load_file_named(path, &self.name()),
            Origin::Bundled(b) => load_str(&self.name(), b.text),
            Origin::Stream(s) => load_bytes(s.name(), s.bytes()),
        }
    }

    /// How messages and the status bar name it: a file relative to the
    /// working directory, or from `~`.
    pub fn name(&self) -> String {
        match self {
            Origin::File(path) => crate::dirs::tidy(path),
            Origin::Bundled(b) => format!("{} (bundled)", b.file),
            Origin::Stream(s) => s.name().to_owned(),
        }
    }

    /// The file name alone, for a narrow status bar.
    pub fn short_name(&self) -> String {
        match self {
            Origin::File(path) => path.file_name().map_or_else(
                || self.name(),
                |n| crate::sanitize::line(&n.to_string_lossy()).into_owned(),
            ),
            Origin::Bundled(b) => b.file.to_owned(),
            Origin::Stream(s) => s.name().to_owned(),
        }
    }
}
