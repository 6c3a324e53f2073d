//! What the loop keeps running beside the reader: the remembered places,
//! the library scan and the watcher on the open file. All I/O lives here or
//! in the loop; `update` only ever sees the actions they produce.

use std::path::PathBuf;

pub mod browser;
mod channel;
pub mod editor;
pub mod events;
// Unix only: it polls a file descriptor (see there).
#[cfg(unix)]
mod hang_up;
mod hunter;
mod input;
pub(super) mod rounds;
mod searcher;
mod slot;

pub use input::Pauser;

use crate::keys::Keymap;
use crate::library::{Scan, library_roots};
use crate::load::Origin;
use crate::load::{Diagnostic, LoadError};
use crate::model::Briefing;
use crate::places::{Place, Places, bundled_key, now};
use crate::reader::action::Action;
use crate::reader::model::search::Job;
use crate::reader::model::{Checked, Spot, State};
use crate::watch::Watcher;
use channel::{Input, Waker};
use hunter::Hunter;
use searcher::Searcher;

/// Recently opened files the library lists wherever they are: the newest
/// ones, enough for a screenful and more.
const RECENT_LISTED: usize = 50;

/// How the reader was started, beyond the first briefing.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Paths given on the command line, scanned into the library first.
    pub library: Vec<PathBuf>,
    /// `--no-state`: remember nothing.
    pub no_state: bool,
    /// Open the picker at once (`brief DIR`).
    pub open_picker: bool,
    /// What `brief check` warns of in the first briefing.
    pub warnings: Vec<Diagnostic>,
    /// How the reader looks; mono all the same when `NO_COLOR` is set.
    pub theme: crate::theme::Theme,
    /// The keys: the defaults unless a config changed them.
    pub keymap: Keymap,
    /// The configuration's `[reader]` settings.
    pub settings: crate::config::Reader,
    /// What is wrong with the configuration file, for the banner.
    pub banner: Option<String>,
}

pub struct Services {
    places: Places,
    /// Started by the first search.
    searcher: Option<Searcher>,
    /// Started by the first search inside the library.
    hunter: Option<Hunter>,
    /// Started once the first frame is up ([`Services::scan_library`]).
    scan: Option<Scan>,
    /// The paths given on the command line, for the scan.
    given: Vec<PathBuf>,
    watcher: Option<Watcher>,
    watching: Option<PathBuf>,
    waker: Waker,
    /// Saving failed once already; say so only once.
    save_failed: bool,
    /// The configuration's `follow`: watch the open file at all.
    follow: bool,
    /// Finds the series each briefing shown is a round of.
    rounds: rounds::Finder,
}

impl Services {
    /// Read the places; returns a warning for the status bar. Threads wait
    /// for their first use, or for the first frame, so start-up stays quick.
    pub fn start(options: &Options, waker: Waker) -> (Services, Option<String>) {
        let (places, warning) = if options.no_state {
            (Places::disabled(), None)
        } else {
            Places::load(crate::dirs::state_dir().as_deref())
        };
        let services = Services {
            places,
            searcher: None,
            hunter: None,
            scan: None,
            given: options.library.clone(),
            watcher: None,
            watching: None,
            rounds: rounds::Finder::new(waker.clone()),
            waker,
            save_failed: false,
            follow: options.settings.follow,
        };
        (services, warning)
    }

    /// Start scanning the library, once; entries arrive as
    /// [`Input::Library`].
    pub fn scan_library(&mut self) {
        if self.scan.is_some() {
            return;
        }
        let wake = self.waker.clone();
        let recent: Vec<PathBuf> = self
            .places
            .recent()
            .into_iter()
            .take(RECENT_LISTED)
            .collect();
        self.scan = Scan::start_with_wake(library_roots(&recent, &self.given), move || {
            wake.wake(Input::Library);
        })
        .ok();
    }

    /// Scan the library again with `dir` first (`:` on a directory); the
    /// scan running is stopped.
    pub fn scan_library_on(&mut self, dir: PathBuf) {
        self.given.retain(|p| p != &dir);
        self.given.insert(0, dir);
        self.scan = None;
        self.scan_library();
    }

    /// Search inside the library's briefings off the UI thread; the rows
    /// come back as [`Input::Hunted`]. Without the thread, say so.
    pub fn hunt(&mut self, job: Box<crate::reader::model::picker::Hunt>) -> Option<Action> {
        if self.hunter.is_none() {
            self.hunter = Hunter::start(self.waker.clone()).ok();
        }
        match &self.hunter {
            Some(hunter) => {
                hunter.submit(job);
                None
            }
            None => Some(Action::Notice(
                "could not start a thread to search the library".to_owned(),
            )),
        }
    }

    /// What the search inside the library has found since last asked.
    pub fn hunted(&self) -> Option<Action> {
        let hunted = self.hunter.as_ref()?.latest()?;
        Some(Action::Hunted(Box::new(hunted)))
    }

    /// Run a search off the UI thread; without the thread, run it here.
    pub fn search(&mut self, job: Box<Job>) -> Option<Action> {
        if self.searcher.is_none() {
            self.searcher = Searcher::start(self.waker.clone()).ok();
        }
        if let Some(searcher) = &self.searcher {
            searcher.submit(job);
            return None;
        }
        let hits = job.run();
        Some(Action::Searched(job, hits))
    }

    /// The newest search result that has come back.
    pub fn searched(&self) -> Option<Action> {
        let (job, hits) = self.searcher.as_ref()?.latest()?;
        Some(Action::Searched(job, hits))
    }

    /// Look for the series of the briefing shown; the answer comes as
    /// [`Input::Rounds`], or now when there is nothing to look for.
    pub fn find_rounds(&self, state: &State) -> Option<Action> {
        self.rounds.find(&state.doc.origin, &state.doc.briefing)
    }

    /// The series found for the briefing shown, once it has come.
    pub fn rounds_found(&self, state: &State) -> Option<Action> {
        self.rounds.answer(&state.doc.origin)
    }

    /// Recently opened files, most recent first.
    pub fn recent(&self) -> Vec<PathBuf> {
        self.places.recent()
    }

    /// Entries the scan has found since last asked, and whether it is done.
    pub fn drain_library(&mut self) -> Action {
        let Some(scan) = &mut self.scan else {
            return Action::LibraryFound(Vec::new(), true);
        };
        let mut found = Vec::new();
        while let Some(entry) = scan.try_recv() {
            found.push(entry);
        }
        Action::LibraryFound(found, scan.is_finished())
    }

    /// The place remembered for a briefing, from an earlier session.
    pub fn recall(&self, origin: &Origin) -> Option<Spot> {
        self.places.get(&place_key(origin)?).map(|p| Spot {
            section: p.section,
            offset: p.offset,
            read: p.read,
        })
    }

    /// Remember where the reader is in the open briefing.
    pub fn remember(&mut self, state: &State) {
        let Some(key) = place_key(&state.doc.origin) else {
            return;
        };
        let spot = state.spot();
        self.places.set(
            &key,
            Place {
                section: spot.section,
                offset: spot.offset,
                read: spot.read,
                opened_at: now(),
            },
        );
    }

    /// Write the places out; a failure is reported once, as a notice.
    pub fn save(&mut self) -> Option<String> {
        match self.places.save() {
            Ok(()) => None,
            Err(_) if self.save_failed => None,
            Err(error) => {
                self.save_failed = true;
                Some(error)
            }
        }
    }

    /// Watch the open file (and stop watching the previous one), unless
    /// the configuration turned `follow` off.
    pub fn watch(&mut self, origin: &Origin) -> Option<String> {
        if !self.follow {
            return None;
        }
        let Origin::File(path) = origin else {
            self.watcher = None;
            self.watching = None;
            return None;
        };
        if self.watching.as_ref() == Some(path) {
            return None;
        }
        let waker = self.waker.clone();
        self.watching = Some(path.clone());
        match Watcher::new(path, move |change| waker.wake(Input::Watched(change))) {
            Ok(watcher) => {
                self.watcher = Some(watcher);
                None
            }
            Err(error) => {
                self.watcher = None;
                Some(error)
            }
        }
    }
}

/// What the places are kept under: a file's path, or a bundled briefing's
/// name. Standard input has no name to find it by next time.
fn place_key(origin: &Origin) -> Option<PathBuf> {
    match origin {
        Origin::File(path) => Some(path.clone()),
        Origin::Bundled(b) => Some(bundled_key(b.file)),
        Origin::Stream(_) => None,
    }
}

/// Load the briefing from `origin` with what `brief check` says of it,
/// parsing it once.
pub fn load_checked(origin: &Origin) -> Result<(Briefing, Option<Checked>), LoadError> {
    let (briefing, warnings) = crate::check::load(origin)?;
    Ok((briefing, checked(origin, &warnings)))
}

/// `brief check`'s warnings as the status bar tells of them.
pub fn checked(origin: &Origin, warnings: &[Diagnostic]) -> Option<Checked> {
    let line = crate::check::status_line(&origin.name(), warnings)?;
    Some(Checked {
        count: warnings.len(),
        line,
    })
}
