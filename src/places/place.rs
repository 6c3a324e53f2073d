//! One remembered place, and how a briefing is known in the state file.

use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

/// The state file's name in the state directory.
pub const FILE_NAME: &str = "places.toml";
/// At most this many files are remembered; the least recently opened go.
pub const MAX_PLACES: usize = 500;
/// A state file bigger than this is not read but set aside: 500 places
/// take some 100 KB, so anything near this size is not one brief wrote.
pub const MAX_STATE_SIZE: u64 = 4 * 1024 * 1024;

/// Where the reader was in one file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Place {
    /// Index of the section being read.
    pub section: usize,
    /// Lines into that section.
    pub offset: usize,
    /// Indices of the sections read, ascending.
    pub read: Vec<usize>,
    /// When the file was last opened, in Unix seconds; orders
    /// [`super::Places::recent`].
    pub opened_at: u64,
}

/// Now, in Unix seconds, for [`Place::opened_at`].
pub fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// How a bundled briefing is known in the state file: `bundled:NAME`,
/// which no path of a file ever is.
pub fn bundled_key(file: &str) -> PathBuf {
    PathBuf::from(format!("{BUNDLED}{file}"))
}

const BUNDLED: &str = "bundled:";

pub(crate) fn is_bundled(path: &Path) -> bool {
    path.to_str().is_some_and(|p| p.starts_with(BUNDLED))
}

/// How a file is known: canonical when it exists, else absolute as given;
/// a bundled briefing by its name.
pub(super) fn key(path: &Path) -> PathBuf {
    if is_bundled(path) {
        return path.to_path_buf();
    }
    std::fs::canonicalize(path)
        .or_else(|_| std::path::absolute(path))
        .unwrap_or_else(|_| path.to_path_buf())
}
