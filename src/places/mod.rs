//! Remembered reading places: for each file, where the reader was and which
//! sections were read, so a briefing opens tomorrow where it was left today.
//!
//! Kept in `places.toml` in the state directory (see [`crate::dirs`]).
//! Losing this file costs little, so nothing about it may stop brief: a
//! bad file is set aside with a one-line warning, and a failed save is an
//! error the caller shows once.

mod store;

use std::collections::HashMap;
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
    /// When the file was last opened, in Unix seconds; orders [`Places::recent`].
    pub opened_at: u64,
}

/// The remembered places, loaded once and saved on every switch and on quit.
#[derive(Debug)]
pub struct Places {
    /// The state file, or `None` when nothing is read or written.
    file: Option<PathBuf>,
    by_path: HashMap<PathBuf, Place>,
    /// Why saving is refused, when the file on disk must not be overwritten.
    frozen: Option<String>,
}

impl Places {
    /// Read the places kept in `dir` (normally [`crate::dirs::state_dir`]).
    /// Never fails: a problem gives empty places and a one-line warning.
    pub fn load(dir: Option<&Path>) -> (Places, Option<String>) {
        let Some(dir) = dir else {
            let warning = "reading places will not be remembered: no home directory \
                           (set HOME or XDG_STATE_HOME, or use --no-state)";
            return (Places::disabled(), Some(warning.to_owned()));
        };
        let file = dir.join(FILE_NAME);
        let (places, frozen, warning) = match store::read(&file) {
            store::Found::Missing => (HashMap::new(), None, None),
            store::Found::Places(places) => (places, None, None),
            store::Found::Warn(warning) => (HashMap::new(), None, Some(warning)),
            store::Found::Newer(warning) => (HashMap::new(), Some(warning.clone()), Some(warning)),
        };
        let places = Places {
            file: Some(file),
            by_path: places,
            frozen,
        };
        (places, warning)
    }

    /// Places that are kept in memory only: `--no-state`.
    pub fn disabled() -> Places {
        Places {
            file: None,
            by_path: HashMap::new(),
            frozen: None,
        }
    }

    /// The state file, when there is one.
    pub fn file(&self) -> Option<&Path> {
        self.file.as_deref()
    }

    /// The place remembered for `path`, however the path is spelled.
    pub fn get(&self, path: &Path) -> Option<Place> {
        self.by_path.get(&key(path)).cloned()
    }

    /// Remember `place` for `path`. Saved by [`Places::save`].
    pub fn set(&mut self, path: &Path, mut place: Place) {
        place.read.sort_unstable();
        place.read.dedup();
        self.by_path.insert(key(path), place);
    }

    /// Canonical paths of the files opened, most recent first (not the
    /// bundled briefings: they are no files).
    pub fn recent(&self) -> Vec<PathBuf> {
        let mut all: Vec<(&PathBuf, u64)> = self
            .by_path
            .iter()
            .filter(|(p, _)| !is_bundled(p))
            .map(|(p, place)| (p, place.opened_at))
            .collect();
        all.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
        all.into_iter().map(|(p, _)| p.clone()).collect()
    }

    /// Write the places to the state file, atomically, merged with what
    /// another brief running meanwhile saved there. The message names the
    /// file and what to do.
    pub fn save(&mut self) -> Result<(), String> {
        let Some(file) = self.file.clone() else {
            return Ok(());
        };
        if let Some(reason) = &self.frozen {
            return Err(reason.clone());
        }
        if let store::Found::Places(theirs) = store::read_quietly(&file) {
            for (path, place) in theirs {
                let newer = self
                    .by_path
                    .get(&path)
                    .is_none_or(|ours| place.opened_at > ours.opened_at);
                if newer {
                    self.by_path.insert(path, place);
                }
            }
        }
        self.keep_most_recent(MAX_PLACES);
        store::write(&file, &self.by_path)
    }

    fn keep_most_recent(&mut self, max: usize) {
        if self.by_path.len() <= max {
            return;
        }
        let keep: Vec<PathBuf> = self.recent().into_iter().take(max).collect();
        let mut kept = HashMap::with_capacity(max);
        for path in keep {
            if let Some(place) = self.by_path.remove(&path) {
                kept.insert(path, place);
            }
        }
        self.by_path = kept;
    }
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
fn key(path: &Path) -> PathBuf {
    if is_bundled(path) {
        return path.to_path_buf();
    }
    std::fs::canonicalize(path)
        .or_else(|_| std::path::absolute(path))
        .unwrap_or_else(|_| path.to_path_buf())
}
