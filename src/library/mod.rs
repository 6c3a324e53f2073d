//! The library: every briefing brief can offer in its picker, found by a
//! [`Scan`] off the UI thread, narrowed by a fuzzy [`filter`], grouped by
//! series, and searched inside with [`hunt`].

mod entry;
mod filter;
pub mod grep;
mod hunt;
mod order;
mod readable;
mod scan;

use std::path::{Path, PathBuf};

pub use entry::Entry;
pub use filter::{Match, filter};
pub use hunt::{Found, hunt};
pub use readable::readable;
pub use scan::{MAX_DEPTH, MAX_ENTRIES, Root, Scan, files};

/// The roots the picker scans: the paths given on the command line, then
/// `./briefings` and `$XDG_DATA_HOME/brief/briefings` when they are
/// directories, then the bundled briefings.
pub fn default_roots(given: &[PathBuf]) -> Vec<Root> {
    let mut roots: Vec<Root> = given.iter().cloned().map(Root::Path).collect();
    let local = Path::new("briefings");
    if local.is_dir() {
        roots.push(Root::Path(local.to_path_buf()));
    }
    if let Some(data) = crate::dirs::data_dir() {
        let user = data.join("briefings");
        if user.is_dir() {
            roots.push(Root::Path(user));
        }
    }
    roots.push(Root::Bundled);
    roots
}

/// The roots of the reader's library: the files opened recently (canonical
/// paths, most recent first), wherever they are, then [`default_roots`].
pub fn library_roots(recent: &[PathBuf], given: &[PathBuf]) -> Vec<Root> {
    let mut roots: Vec<Root> = recent.iter().cloned().map(Root::Recent).collect();
    roots.extend(default_roots(given));
    roots
}
