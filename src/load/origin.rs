//! Where a briefing came from, so it can be named and read again.

use std::path::PathBuf;

use super::error::LoadError;
use super::parse::{load_file_named, load_str};
use crate::bundled::Bundled;
use crate::model::Briefing;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    File(PathBuf),
    Bundled(Bundled),
}

impl Origin {
    /// Read and load it (again).
    pub fn load(&self) -> Result<Briefing, LoadError> {
        match self {
            Origin::File(path) => load_file_named(path, &self.name()),
            Origin::Bundled(b) => load_str(&self.name(), b.text),
        }
    }

    /// How messages and the status bar name it: a file relative to the
    /// working directory, or from `~`.
    pub fn name(&self) -> String {
        match self {
            Origin::File(path) => crate::dirs::tidy(path),
            Origin::Bundled(b) => format!("{} (bundled)", b.file),
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
        }
    }
}
