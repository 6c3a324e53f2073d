//! Finding briefings on disk, on a thread of its own, so a folder of ten
//! thousand files never holds up typing.
//!
//! Entries arrive through a channel as they are read. Directories are
//! walked without trusting what is in them: anything that is not a regular
//! file (a FIFO would block an open, a device would never end a read) is
//! skipped before it is opened, a directory reached twice (a symlink loop,
//! or two roots that overlap) is walked once, and a file reached by two
//! paths is listed once.

use std::collections::HashSet;
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender, TryRecvError};
use std::thread;
use std::time::Duration;

use super::entry::Entry;
use crate::bundled::{self, Bundled};
use crate::load::{LoadError, MAX_FILE_SIZE, Origin};

/// How deep below a root directory briefings are looked for.
pub const MAX_DEPTH: usize = 3;
/// A scan stops after this many entries, so a mistaken `brief /` stays bounded.
pub const MAX_ENTRIES: usize = 50_000;

/// Where a scan looks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Root {
    /// A file (always listed, even when it is not a briefing) or a directory
    /// (its `*.toml` files, down to [`MAX_DEPTH`] levels).
    Path(PathBuf),
    /// The briefings compiled into brief. A bundled briefing is left out
    /// when a file of the same name and headline was found on disk (running
    /// brief from its own repository would otherwise list each one twice).
    Bundled,
    /// A file opened before (from the remembered places): listed while it
    /// is still a file, wherever it is.
    Recent(PathBuf),
}

/// A scan in progress. Dropping it stops the scan at the next file.
pub struct Scan {
    receiver: Receiver<Entry>,
    /// Set by the scanner when it has woken the consumer and not yet been
    /// drained, so a burst of entries costs the consumer one wake-up.
    wake_pending: Arc<AtomicBool>,
    finished: bool,
}

impl Scan {
    /// Start scanning `roots` on a new thread.
    pub fn start(roots: Vec<Root>) -> io::Result<Scan> {
        Scan::start_with_wake(roots, || {})
    }

    /// Start scanning, calling `wake` (on the scan thread) when entries are
    /// waiting and nobody has been told yet, and once more when the scan
    /// ends. A consumer that blocks on its own channel forwards `wake`
    /// there and, when woken, drains [`Scan::try_recv`] until `None`.
    pub fn start_with_wake(roots: Vec<Root>, wake: impl Fn() + Send + 'static) -> io::Result<Scan> {
        let (sender, receiver) = mpsc::channel();
        let wake_pending = Arc::new(AtomicBool::new(false));
        let pending = Arc::clone(&wake_pending);
        thread::Builder::new()
            .name("brief-library".into())
            .spawn(move || {
                let mut walker = Walker::new(Some(sender), &wake, &pending);
                walker.scan(&roots);
                drop(walker);
                // The sender is gone now, so a drain after this wake sees the end.
                wake();
            })?;
        Ok(Scan {
            receiver,
            wake_pending,
            finished: false,
        })
    }

    /// The next entry if one is waiting; never blocks.
    pub fn try_recv(&mut self) -> Option<Entry> {
        // Cleared before reading: an entry sent after this read wakes again.
        self.wake_pending.store(false, Ordering::SeqCst);
        match self.receiver.try_recv() {
            Ok(entry) => Some(entry),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => {
                self.finished = true;
                None
            }
        }
    }

    /// The next entry, waiting at most `timeout`; `None` on timeout or when
    /// the scan has ended.
    pub fn recv_timeout(&mut self, timeout: Duration) -> Option<Entry> {
        self.wake_pending.store(false, Ordering::SeqCst);
        match self.receiver.recv_timeout(timeout) {
            Ok(entry) => Some(entry),
            Err(RecvTimeoutError::Timeout) => None,
            Err(RecvTimeoutError::Disconnected) => {
                self.finished = true;
                None
            }
        }
    }

    /// The channel itself, for a consumer that wants to block on it.
    pub fn receiver(&self) -> &Receiver<Entry> {
        &self.receiver
    }

    /// True once the scan has ended and every entry has been received.
    pub fn is_finished(&self) -> bool {
        self.finished
    }
}

/// The briefings `roots` hold, in scan order, without reading them: what
/// `brief search` looks through. The same rules as a [`Scan`] (depth,
/// hidden folders, links and loops, each file once), without the check
/// that a `.toml` file is a briefing, which needs its text.
pub fn files(roots: &[Root]) -> Vec<Origin> {
    let pending = AtomicBool::new(false);
    let mut walker = Walker::new(None, &|| {}, &pending);
    walker.scan(roots);
    walker.listed
}

struct Walker<'a, W: Fn()> {
    /// Where entries go; `None` when only listing origins.
    sender: Option<Sender<Entry>>,
    /// The origins found, when listing.
    listed: Vec<Origin>,
    /// The index of the root being walked.
    root: usize,
    wake: &'a W,
    pending: &'a AtomicBool,
    /// Canonical directories already walked.
    dirs: HashSet<PathBuf>,
    /// Canonical files already listed.
    files: HashSet<PathBuf>,
    /// (file name, headline) of files listed under a bundled briefing's
    /// name, to leave out its twin.
    found: Vec<(String, String)>,
    sent: usize,
    stopped: bool,
}

impl<'a, W: Fn()> Walker<'a, W> {
    fn new(sender: Option<Sender<Entry>>, wake: &'a W, pending: &'a AtomicBool) -> Self {
        Walker {
            sender,
            listed: Vec::new(),
            root: 0,
            wake,
            pending,
            dirs: HashSet::new(),
            files: HashSet::new(),
            found: Vec::new(),
            sent: 0,
            stopped: false,
        }
    }

    fn scan(&mut self, roots: &[Root]) {
        // Bundled briefings come last whatever their place, so a file on
        // disk of the same name is seen first and its twin left out.
        for (index, root) in roots.iter().enumerate() {
            self.root = index;
            match root {
                Root::Path(path) => self.root(path),
                Root::Recent(path) => self.recent(path),
                Root::Bundled => {}
            }
        }
        if let Some(index) = roots.iter().position(|r| *r == Root::Bundled) {
            self.root = index;
            for b in bundled::ALL {
                self.bundled(*b);
            }
        }
    }

    /// A file opened before: listed if it is still a regular file.
    fn recent(&mut self, path: &Path) {
        if fs::metadata(path).is_ok_and(|m| m.is_file()) {
            self.found_file(path);
        }
    }

    fn root(&mut self, path: &Path) {
        if fs::metadata(path).is_ok_and(|m| m.is_dir()) {
            self.dir(path, 0);
        } else {
            // Named on purpose, so listed whatever it is; loading is safe
            // for special files (see `load::read`) and says what is wrong.
            self.file(path);
        }
    }

    fn dir(&mut self, dir: &Path, depth: usize) {
        let Ok(canonical) = fs::canonicalize(dir) else {
            return;
        };
        if !self.dirs.insert(canonical) {
            return;
        }
        let Ok(listing) = fs::read_dir(dir) else {
            return;
        };
        let mut children: Vec<fs::DirEntry> = listing.filter_map(Result::ok).collect();
        // Sorted, so a scan lists files in the same order every time.
        children.sort_by_key(fs::DirEntry::file_name);
        for child in children {
            if self.stopped {
                return;
            }
            let name = child.file_name();
            // Hidden files and folders (.git and the like) are not briefings.
            if name.to_string_lossy().starts_with('.') {
                continue;
            }
            let path = child.path();
            let Ok(kind) = child.file_type() else {
                continue;
            };
            // Follows a symlink only to see what it points at; a loop fails here.
            let kind = if kind.is_symlink() {
                match fs::metadata(&path) {
                    Ok(meta) => meta.file_type(),
                    Err(_) => continue,
                }
            } else {
                kind
            };
            if kind.is_dir() {
                if depth < MAX_DEPTH {
                    self.dir(&path, depth + 1);
                }
            } else if kind.is_file() && is_toml(&path) {
                self.found_file(&path);
            }
        }
    }

    /// A `.toml` file met inside a directory: listed unless it is plainly
    /// some other kind of TOML (a `Cargo.toml`), which would only be noise.
    fn found_file(&mut self, path: &Path) {
        let Some(canonical) = self.first_sight(path) else {
            return;
        };
        let origin = Origin::File(canonical);
        if self.sender.is_none() {
            self.listed.push(origin);
            return;
        }
        let bytes = match origin.bytes() {
            Ok(bytes) => bytes.into_owned(),
            Err(err) => {
                self.send(Entry::failed(origin, err.summary()));
                return;
            }
        };
        let entry = match crate::load::load_bytes(&origin.name(), &bytes) {
            Ok(briefing) => Entry::loaded(origin, &briefing),
            Err(err @ LoadError::Invalid { .. }) => {
                if let Origin::File(path) = &origin
                    && !looks_like_briefing(path)
                {
                    return;
                }
                Entry::failed(origin, err.summary())
            }
            Err(err) => Entry::failed(origin, err.summary()),
        };
        self.send(entry);
    }

    fn file(&mut self, path: &Path) {
        let origin = match self.first_sight(path) {
            Some(canonical) => Origin::File(canonical),
            // Does not exist: keep the path as given, so the error names it.
            None if fs::canonicalize(path).is_err() => Origin::File(path.to_path_buf()),
            None => return,
        };
        if self.sender.is_none() {
            self.listed.push(origin);
        } else {
            self.send(Entry::read(origin));
        }
    }

    /// The canonical path, unless this file was listed already.
    fn first_sight(&mut self, path: &Path) -> Option<PathBuf> {
        let canonical = fs::canonicalize(path).ok()?;
        self.files.insert(canonical.clone()).then_some(canonical)
    }

    fn bundled(&mut self, b: Bundled) {
        if self.sender.is_none() {
            // Its twin on disk (brief run from its own repository) is
            // searched instead: the same name and the same text.
            let twin = self.listed.iter().any(|o| {
                matches!(o, Origin::File(p) if p.file_name().is_some_and(|n| n == b.file)
                    && read_small(p).is_some_and(|t| t == b.text.as_bytes()))
            });
            if !twin {
                self.listed.push(Origin::Bundled(b));
            }
            return;
        }
        let entry = Entry::read(Origin::Bundled(b));
        let twin = entry.headline.as_ref().is_some_and(|headline| {
            self.found
                .iter()
                .any(|(file, h)| file == b.file && h == headline)
        });
        if !twin {
            self.send(entry);
        }
    }

    fn send(&mut self, mut entry: Entry) {
        if self.stopped || self.sender.is_none() {
            return;
        }
        entry.root = self.root;
        if let (Origin::File(_), Some(headline)) = (&entry.origin, &entry.headline)
            && bundled::find(&entry.file_name).is_some()
        {
            self.found.push((entry.file_name.clone(), headline.clone()));
        }
        let sent = self.sender.as_ref().is_some_and(|s| s.send(entry).is_ok());
        if !sent {
            // Nobody is listening any more.
            self.stopped = true;
            return;
        }
        if !self.pending.swap(true, Ordering::SeqCst) {
            (self.wake)();
        }
        self.sent += 1;
        if self.sent >= MAX_ENTRIES {
            self.stopped = true;
        }
    }
}

fn is_toml(path: &Path) -> bool {
    path.extension()
        .is_some_and(|ext| ext.eq_ignore_ascii_case("toml"))
}

/// Whether a file that read but did not load was meant as a briefing:
/// anything but valid TOML with keys and none of a briefing's. An empty file
/// is a briefing not yet written, so it is listed with its error. Asked only
/// of failures, so a good briefing is read once.
fn looks_like_briefing(path: &Path) -> bool {
    const KEYS: [&str; 5] = ["format", "headline", "dek", "sections", "parties"];
    let Some(bytes) = read_small(path) else {
        return true;
    };
    let Ok(text) = std::str::from_utf8(&bytes) else {
        return true;
    };
    match toml::de::DeTable::parse(text) {
        Ok(table) => {
            let table = table.get_ref();
            table.is_empty() || KEYS.iter().any(|key| table.contains_key(*key))
        }
        Err(_) => true,
    }
}

/// The bytes of a regular file no bigger than a briefing may be. The file
/// loaded a moment ago, but may have been swapped for a FIFO since, hence
/// the non-blocking open and the check of what was opened.
fn read_small(path: &Path) -> Option<Vec<u8>> {
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path).ok()?;
    let meta = file.metadata().ok()?;
    if !meta.is_file() || meta.len() > MAX_FILE_SIZE {
        return None;
    }
    let mut bytes = Vec::new();
    file.take(MAX_FILE_SIZE).read_to_end(&mut bytes).ok()?;
    Some(bytes)
}
