//! The state file on disk: read without trusting it, written atomically.
//!
//! TOML, like the briefings: readable and mendable by hand, and the crate
//! already parses and writes it, so no second format or dependency.

use std::collections::HashMap;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::place::{MAX_STATE_SIZE, Place, is_bundled, now};
use crate::dirs::tidy as display_path;

/// The format this build writes; a higher one is left alone.
const VERSION: u32 = 1;
/// More sections than any briefing has; caps what one bad record can hold.
const MAX_READ: usize = 10_000;
const HEADER: &str = "# Where brief left off in each briefing. Safe to delete.\n";

#[derive(Serialize, Deserialize)]
struct StateFile {
    version: u32,
    #[serde(default)]
    place: Vec<Record>,
}

#[derive(Serialize, Deserialize)]
struct Record {
    path: String,
    section: usize,
    offset: usize,
    #[serde(default)]
    read: Vec<usize>,
    #[serde(default)]
    opened_at: u64,
}

pub(super) enum Found {
    Missing,
    Places(HashMap<PathBuf, Place>),
    /// Unusable, set aside (or not): start afresh with this warning.
    Warn(String),
    /// Written by a newer brief: start afresh, and do not overwrite it.
    Newer(String),
}

/// Read the state file; anything wrong with it is set aside with a warning.
pub(super) fn read(file: &Path) -> Found {
    match parse(file) {
        Ok(read) => read,
        Err(Trouble::Io(err)) => Found::Warn(format!(
            "reading places not loaded: cannot read {}: {err}",
            display_path(file)
        )),
        Err(Trouble::Bad(reason)) => Found::Warn(set_aside(file, &reason)),
    }
}

/// Read the state file if it is good, touching nothing if it is not.
pub(super) fn read_quietly(file: &Path) -> Found {
    parse(file).unwrap_or(Found::Missing)
}

enum Trouble {
    /// Could not even look at it; setting it aside would fail as well.
    Io(io::Error),
    /// Looked at and found wanting, for this reason.
    Bad(String),
}

fn parse(file: &Path) -> Result<Found, Trouble> {
    let meta = match fs::metadata(file) {
        Ok(meta) => meta,
        Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(Found::Missing),
        Err(err) => return Err(Trouble::Io(err)),
    };
    if !meta.is_file() {
        return Err(Trouble::Bad("not a regular file".into()));
    }
    // Checked before reading, so a huge file costs nothing.
    if meta.len() > MAX_STATE_SIZE {
        return Err(Trouble::Bad(format!(
            "absurdly large ({})",
            crate::load::human_size(meta.len())
        )));
    }
    let bytes = read_bounded(file).map_err(|e| Trouble::Bad(format!("unreadable ({e})")))?;
    let text = std::str::from_utf8(&bytes).map_err(|_| Trouble::Bad("not UTF-8 text".into()))?;
    let state: StateFile = toml::from_str(text).map_err(|e| {
        let first = e.message().lines().next().unwrap_or("invalid").to_owned();
        Trouble::Bad(format!("corrupt ({})", crate::sanitize::line(&first)))
    })?;
    if state.version > VERSION {
        return Ok(Found::Newer(format!(
            "reading places will not be saved: {} was written by a newer brief \
             (version {}); update brief, or use --no-state",
            display_path(file),
            state.version
        )));
    }
    Ok(Found::Places(places_from(state.place)))
}

/// The file's bytes, at most [`MAX_STATE_SIZE`] (it may grow meanwhile).
fn read_bounded(file: &Path) -> io::Result<Vec<u8>> {
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // Swapped for a FIFO since the check above: do not block on it.
        options.custom_flags(libc::O_NONBLOCK);
    }
    let opened = options.open(file)?;
    if !opened.metadata()?.is_file() {
        return Err(io::Error::other("not a regular file"));
    }
    let mut bytes = Vec::new();
    opened.take(MAX_STATE_SIZE + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_STATE_SIZE {
        return Err(io::Error::other("grew too large while being read"));
    }
    Ok(bytes)
}

fn places_from(records: Vec<Record>) -> HashMap<PathBuf, Place> {
    let mut places: HashMap<PathBuf, Place> = HashMap::new();
    for record in records {
        // A path that sanitising would change could not be shown as it is;
        // a relative one is not a key this build ever wrote (but for a
        // bundled briefing's name).
        let path = PathBuf::from(&record.path);
        if crate::sanitize::line(&record.path) != record.path
            || !(path.is_absolute() || is_bundled(&path))
        {
            continue;
        }
        let mut read = record.read;
        read.truncate(MAX_READ);
        read.sort_unstable();
        read.dedup();
        let place = Place {
            section: record.section,
            offset: record.offset,
            read,
            opened_at: record.opened_at,
        };
        if places
            .get(&path)
            .is_none_or(|seen| place.opened_at > seen.opened_at)
        {
            places.insert(path, place);
        }
    }
    places
}

/// Rename the bad file out of the way; the warning says what happened.
fn set_aside(file: &Path, reason: &str) -> String {
    let shown = display_path(file);
    let stamp = now();
    let mut aside = None;
    for n in 0..10 {
        let suffix = if n == 0 {
            format!(".bad-{stamp}")
        } else {
            format!(".bad-{stamp}-{n}")
        };
        let mut name = file.as_os_str().to_owned();
        name.push(suffix);
        let candidate = PathBuf::from(name);
        if fs::symlink_metadata(&candidate).is_err() {
            aside = Some(candidate);
            break;
        }
    }
    let Some(aside) = aside else {
        return format!("reading places not loaded: {shown} is {reason}");
    };
    match fs::rename(file, &aside) {
        Ok(()) => format!(
            "reading places start afresh: {shown} was {reason}, so it was set aside as {}",
            display_path(&aside)
        ),
        Err(err) => format!(
            "reading places not loaded: {shown} is {reason} and could not be set aside ({err})"
        ),
    }
}

/// Write `places` to `file` atomically: a temporary file beside it,
/// flushed to disk, renamed over it, and the directory flushed too, so a
/// crash leaves the old file or the new one, never half of either.
pub(super) fn write(file: &Path, places: &HashMap<PathBuf, Place>) -> Result<(), String> {
    let shown = display_path(file);
    let fail = |what: &str, err: &dyn std::fmt::Display| {
        format!(
            "reading places not saved: cannot {what} {shown}: {err} \
             (check that its directory is writable, or use --no-state)"
        )
    };
    let mut records: Vec<Record> = places
        .iter()
        .filter_map(|(path, place)| {
            Some(Record {
                // A path that is not UTF-8 cannot be written to TOML; it is
                // remembered for this session only.
                path: path.to_str()?.to_owned(),
                section: place.section,
                offset: place.offset,
                read: place.read.clone(),
                opened_at: place.opened_at,
            })
        })
        .collect();
    records.sort_by(|a, b| {
        b.opened_at
            .cmp(&a.opened_at)
            .then_with(|| a.path.cmp(&b.path))
    });
    let state = StateFile {
        version: VERSION,
        place: records,
    };
    let text = toml::to_string(&state).map_err(|e| fail("write", &e))?;
    let dir = file.parent().unwrap_or_else(|| Path::new("."));
    fs::create_dir_all(dir).map_err(|e| fail("create the directory for", &e))?;
    let mut temp_name = file.as_os_str().to_owned();
    temp_name.push(format!(".tmp-{}", std::process::id()));
    let temp = PathBuf::from(temp_name);
    let written =
        write_synced(&temp, &format!("{HEADER}{text}")).and_then(|()| fs::rename(&temp, file));
    if let Err(err) = written {
        let _ = fs::remove_file(&temp);
        return Err(fail("write", &err));
    }
    sync_dir(dir);
    Ok(())
}

fn write_synced(path: &Path, text: &str) -> io::Result<()> {
    let mut out = OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .open(path)?;
    out.write_all(text.as_bytes())?;
    out.sync_all()
}

/// Make the rename itself durable. Some file systems refuse to sync a
/// directory; the file is written either way, so that is not an error.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(handle) = File::open(dir) {
        let _ = handle.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}
