//! Watching the open file, so an edit made elsewhere shows up in the reader.
//!
//! The file's directory is watched, not the file: editors save by writing
//! a new file and renaming it over the old, which a watch on the old file
//! would never see. Saving fires a burst of events (truncate, write,
//! close, rename), so they are gathered on a thread that blocks on
//! notify's channel and reports once when the burst has gone quiet: no
//! timer runs while nothing happens. Reading the file (as the reload
//! does) fires access events; those are ignored, or each reload would
//! cause the next.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::thread;
use std::time::{Duration, Instant};

use notify::event::{AccessKind, AccessMode, ModifyKind};
use notify::{Event, EventKind, RecommendedWatcher, RecursiveMode, Watcher as _};

/// A burst ends after this long without a relevant event.
const QUIET: Duration = Duration::from_millis(75);
/// A file written to without pause is still reported this often.
const MAX_BURST: Duration = Duration::from_millis(500);

/// What happened to the watched file, as it stands when a burst ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// It exists and was written, replaced or created.
    Changed,
    /// It no longer exists.
    Removed,
}

/// Watches one file until dropped.
pub struct Watcher {
    // Dropping it ends notify's thread, whose channel closing ends ours.
    _notify: RecommendedWatcher,
}

impl Watcher {
    /// Watch `path`, calling `on_change` on a thread of the watcher's once
    /// per burst of changes. The error says which directory could not be
    /// watched and why.
    pub fn new(
        path: &Path,
        on_change: impl Fn(Change) + Send + 'static,
    ) -> Result<Watcher, String> {
        let shown = crate::dirs::tidy(path);
        let absolute = std::path::absolute(path)
            .map_err(|e| format!("cannot watch {shown} for changes: {e}"))?;
        let mut targets = vec![absolute.clone()];
        // Through a symlink, an edit lands on the target; watch there too.
        if let Ok(real) = std::fs::canonicalize(&absolute)
            && real != absolute
        {
            targets.push(real);
        }
        let (sender, receiver) = mpsc::channel();
        let mut notify = notify::recommended_watcher(sender)
            .map_err(|e| format!("cannot watch {shown} for changes: {e}"))?;
        let mut watched: Vec<&Path> = Vec::new();
        for target in &targets {
            let dir = target.parent().unwrap_or(target);
            if watched.contains(&dir) {
                continue;
            }
            notify
                .watch(dir, RecursiveMode::NonRecursive)
                .map_err(|e| format!("cannot watch {} for changes: {e}", crate::dirs::tidy(dir)))?;
            watched.push(dir);
        }
        thread::Builder::new()
            .name("brief-watch".into())
            .spawn(move || debounce(&receiver, &targets, &on_change))
            .map_err(|e| format!("cannot watch {shown} for changes: {e}"))?;
        Ok(Watcher { _notify: notify })
    }
}

/// Report each burst of relevant events once, until the watcher is dropped.
fn debounce(
    events: &Receiver<notify::Result<Event>>,
    targets: &[PathBuf],
    on_change: &impl Fn(Change),
) {
    while let Ok(event) = events.recv() {
        if !relevant(&event, targets) {
            continue;
        }
        let start = Instant::now();
        let mut last = start;
        loop {
            let now = Instant::now();
            let deadline = (last + QUIET).min(start + MAX_BURST);
            let Some(wait) = deadline
                .checked_duration_since(now)
                .filter(|w| !w.is_zero())
            else {
                break;
            };
            match events.recv_timeout(wait) {
                Ok(event) if relevant(&event, targets) => last = Instant::now(),
                Ok(_) => {}
                Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => return,
            }
        }
        // What counts is how the file stands now: a delete followed by a
        // create within the burst is a change, not a removal.
        let change = if targets[0].exists() {
            Change::Changed
        } else {
            Change::Removed
        };
        on_change(change);
    }
}

fn relevant(event: &notify::Result<Event>, targets: &[PathBuf]) -> bool {
    let Ok(event) = event else {
        // The watch itself had trouble (a lost event queue): look again.
        return true;
    };
    let kind_counts = match event.kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) | EventKind::Modify(ModifyKind::Metadata(_)) => false,
        _ => true,
    };
    // No paths means "something changed, rescan": it may be ours.
    kind_counts && (event.paths.is_empty() || event.paths.iter().any(|p| targets.contains(p)))
}
