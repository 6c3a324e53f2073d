//! One row of the library: what the picker shows about a briefing, read
//! once when the library is scanned.

use crate::load::Origin;
use crate::model::Briefing;

/// A briefing found by a scan, or a `.toml` file that failed to load.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Where to open it from. A file's path is canonical (absolute, links
    /// resolved) when it exists, so it compares equal to remembered places.
    pub origin: Origin,
    /// The file name alone, sanitised.
    pub file_name: String,
    /// `None` when the file failed to load.
    pub headline: Option<String>,
    /// ISO date, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// Party names, in file order.
    pub parties: Vec<String>,
    pub tags: Vec<String>,
    /// Why it failed to load: one line, `FILE:LINE:COL: message`.
    pub error: Option<String>,
    /// Where it lives, to tell apart entries of the same file name: the
    /// file's directory (from the working directory or `~`), or "bundled".
    /// Worked out once, when the entry is made, not while drawing.
    pub place: String,
    /// Which root of the scan found it (0 first): a directory given on the
    /// command line lists before `./briefings`, the data directory and the
    /// bundled briefings.
    pub root: usize,
    /// The negotiation it is a round of (`process = "..."`), if any.
    pub process: Option<String>,
    /// Its place in that negotiation (`round = N`).
    pub round: Option<u32>,
}

impl Entry {
    /// Load `origin` and describe it; a failure still makes an entry.
    pub fn read(origin: Origin) -> Entry {
        let bytes = match origin.bytes() {
            Ok(bytes) => bytes.into_owned(),
            Err(err) => return Entry::failed(origin, err.summary()),
        };
        match crate::load::load_bytes(&origin.name(), &bytes) {
            Ok(briefing) => Entry::loaded(origin, &briefing),
            Err(err) => Entry::failed(origin, err.summary()),
        }
    }

    /// An entry for a briefing that loaded.
    pub fn loaded(origin: Origin, briefing: &Briefing) -> Entry {
        Entry {
            file_name: origin.short_name(),
            place: place_of(&origin),
            origin,
            headline: Some(briefing.headline.clone()),
            date: briefing.date.clone(),
            parties: briefing.parties.iter().map(|p| p.name.clone()).collect(),
            tags: briefing.tags.clone(),
            error: None,
            root: 0,
            process: briefing.process.clone(),
            round: briefing.round,
        }
    }

    /// Where it lives, as the picker shows it.
    pub fn place(&self) -> &str {
        &self.place
    }

    /// An entry for a file that did not load; `error` is one line.
    pub fn failed(origin: Origin, error: String) -> Entry {
        Entry {
            file_name: origin.short_name(),
            place: place_of(&origin),
            origin,
            headline: None,
            date: None,
            parties: Vec::new(),
            tags: Vec::new(),
            error: Some(error),
            root: 0,
            process: None,
            round: None,
        }
    }
}

/// A file's directory, shown from the working directory or `~`; "bundled";
/// "piped" for standard input or a pipe.
fn place_of(origin: &Origin) -> String {
    match origin {
        Origin::Bundled(_) => "bundled".to_owned(),
        Origin::Stream(_) => "piped".to_owned(),
        Origin::File(path) => path.parent().map(crate::dirs::tidy).unwrap_or_default(),
    }
}
