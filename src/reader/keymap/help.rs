//! The help screen and the status bar's hints, written from the key table
//! so they say what the keys really do.

use crate::reader::model::{Pane, State};

use super::TABLE;

/// The help screen's rows: a group title, then `(keys, what they do)`.
pub fn help_lines() -> Vec<(Option<&'static str>, &'static str, &'static str)> {
    let mut rows = Vec::new();
    let mut group = "";
    for b in TABLE.iter().filter(|b| !b.label.is_empty()) {
        if b.group != group {
            group = b.group;
            rows.push((Some(group), "", ""));
        }
        rows.push((None, b.label, b.help));
    }
    rows.push((Some("Compare view"), "", ""));
    rows.extend(crate::reader::compare::keys::help().map(|(keys, what)| (None, keys, what)));
    rows
}

/// Short key hints for the status bar, by focused pane.
pub fn hints(state: &State) -> &'static str {
    if state.search.editing {
        return "Enter keep · Esc drop";
    }
    if state.compare.is_some() {
        // The compare view shows its own keys above the status bar.
        return "? help · q quit";
    }
    match state.focus {
        Pane::Contents => "j/k move · Enter jump · Tab focus · ? help",
        Pane::Positions => "j/k scroll · Tab focus · p panel · ? help",
        Pane::Reading => "1-9 section · / search · c compare · o library · ? help",
    }
}
