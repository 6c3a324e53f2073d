//! Which negotiation a briefing belongs to, for grouping the library by
//! series, and the order the picker lists a library in.

use std::cmp::Ordering;
use std::collections::HashMap;

use super::entry::Entry;

// TODO(rounds-merge): the briefing model gains `process` and `round` (the
// `rounds` branch); once merged, `Entry::loaded` takes them from the
// `Briefing` and this reading of the text goes.
/// The top-level `process = "..."` and `round = N` of a briefing's text.
/// Only the lines before the first table header are looked at, each parsed
/// on its own, so a file that does not parse as a whole still says nothing
/// wrong, and a `round` inside a section body is never taken for one.
pub fn series_of(text: &[u8]) -> (Option<String>, Option<u32>) {
    let text = String::from_utf8_lossy(text);
    let mut process = None;
    let mut round = None;
    let mut multiline: Option<&str> = None;
    for line in text.lines() {
        let trimmed = line.trim();
        if let Some(close) = multiline {
            if trimmed.contains(close) {
                multiline = None;
            }
            continue;
        }
        if trimmed.starts_with('[') {
            break;
        }
        for delimiter in ["\"\"\"", "'''"] {
            if trimmed.matches(delimiter).count() == 1 {
                multiline = Some(delimiter);
            }
        }
        let Some((key, _)) = trimmed.split_once('=') else {
            continue;
        };
        let key = key.trim();
        if key != "process" && key != "round" {
            continue;
        }
        let Ok(table) = toml::from_str::<toml::Table>(trimmed) else {
            continue;
        };
        match table.get(key) {
            Some(toml::Value::String(name)) if key == "process" && !name.trim().is_empty() => {
                process = Some(crate::sanitize::line(name.trim()).into_owned());
            }
            Some(toml::Value::Integer(n)) if key == "round" => round = u32::try_from(*n).ok(),
            _ => {}
        }
    }
    (process, round)
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn process_and_round_are_read_from_the_top_level_only() {
        let text = "headline = \"h\"\nprocess = \"istanbul-2025\"\nround = 3\ndek = \"\"\"\nround = 9\n\"\"\"\n[[sections]]\nround = 7\n";
        assert_eq!(
            series_of(text.as_bytes()),
            (Some("istanbul-2025".into()), Some(3))
        );
        assert_eq!(series_of(b"headline = \"h\"\n"), (None, None));
        // A round in a section is not the briefing's.
        assert_eq!(
            series_of(b"process = \"p\"\n[[sections]]\nround = 2\n"),
            (Some("p".into()), None)
        );
        assert_eq!(series_of(b"round = -1\nprocess = 4\n"), (None, None));
    }
}
