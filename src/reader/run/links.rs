//! The loop's part in links: which hyperlinks go over a frame, and opening
//! a link with the terminal handed over when the browser runs in it.

use std::io;

use crate::reader::model::State;
use crate::reader::services::{Pauser, browser};
use crate::reader::term::{Hyperlink, Session};
use crate::reader::view;

/// The hyperlinks to write over the frame of `state`; none when `enabled`
/// is off (`links = "never"`, `TERM=dumb`).
pub(super) fn hyperlinks(state: &State, enabled: bool) -> Vec<Hyperlink> {
    if !enabled {
        return Vec::new();
    }
    view::hyperlinks(state)
        .into_iter()
        .map(|l| Hyperlink {
            x: l.x,
            y: l.y,
            text: l.shown,
            url: l.url,
        })
        .collect()
}

/// Open `url` in the browser; a text browser gets the terminal, and every
/// key typed, until it quits, as an editor does. What went wrong, if
/// anything, for the status bar.
pub(super) fn browse(
    url: &str,
    keys: &Pauser,
    session: &mut Session,
) -> io::Result<Option<String>> {
    let opened = if browser::needs_terminal() {
        let paused = keys.pause()?;
        let opened = session.with_terminal_released(|| browser::open(url))?;
        drop(paused);
        opened
    } else {
        browser::open(url)
    };
    Ok(opened.err())
}
