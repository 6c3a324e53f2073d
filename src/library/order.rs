//! The order the picker lists a library in: recent files, roots, series.

use std::cmp::Ordering;
use std::collections::HashMap;

use super::entry::Entry;

/// The order of a library with no query: recently opened files first (in
/// `recent` order, by each entry's rank there), then by the root that found
/// them (the command line's directories first), then the newest first, a
/// series taking the place of its newest round and listing its rounds
/// together, newest round first; then by file name.
/// What each series is sorted by: its first root, its newest date.
pub struct Groups<'a> {
    by_process: HashMap<&'a str, (usize, Option<&'a str>)>,
}

impl<'a> Groups<'a> {
    pub fn new(entries: &'a [Entry]) -> Groups<'a> {
        let mut by_process: HashMap<&str, (usize, Option<&str>)> = HashMap::new();
        for entry in entries {
            if let Some(process) = &entry.process {
                let group = by_process
                    .entry(process.as_str())
                    .or_insert((entry.root, None));
                group.0 = group.0.min(entry.root);
                group.1 = group.1.max(entry.date.as_deref());
            }
        }
        Groups { by_process }
    }

    /// The root and date a row sorts by: its series' for a round.
    fn key(&self, entry: &'a Entry) -> (usize, Option<&'a str>) {
        entry
            .process
            .as_deref()
            .and_then(|p| self.by_process.get(p).copied())
            .unwrap_or((entry.root, entry.date.as_deref()))
    }

    pub fn compare(&self, entries: &[Entry], ranks: &[usize], a: usize, b: usize) -> Ordering {
        let (x, y) = (&entries[a], &entries[b]);
        let ((x_root, x_date), (y_root, y_date)) = (self.key(x), self.key(y));
        ranks[a]
            .cmp(&ranks[b])
            .then_with(|| x_root.cmp(&y_root))
            .then_with(|| newest_first(x_date, y_date))
            // Rounds of one series together; a lone briefing is its own group.
            .then_with(|| x.process.cmp(&y.process))
            .then_with(|| y.round.cmp(&x.round))
            .then_with(|| newest_first(x.date.as_deref(), y.date.as_deref()))
            .then_with(|| x.file_name.cmp(&y.file_name))
            .then_with(|| a.cmp(&b))
    }
}

/// Newest first; undated last. ISO dates sort as text.
pub fn newest_first(a: Option<&str>, b: Option<&str>) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => b.cmp(a),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}
