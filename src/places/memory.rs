//! The remembered places in memory: read once, saved on every switch and
//! on quit, merged with what another brief saved meanwhile.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::place::{FILE_NAME, MAX_PLACES, Place, is_bundled, key};
use super::store;

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
