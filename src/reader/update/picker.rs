//! The library picker (`o`): a query, the entries that match it, and a
//! selection. Part of `update`: state changes only; the scan that fills the
//! library runs in the loop's thread pool, not here.

use super::navigate;
use crate::keys::{Command, Hint, Mode};
use crate::library::{Entry, filter};
use crate::reader::action::{Effect, Request, Via};
use crate::reader::model::picker::{Hunt, Hunted, Inside, Library, Picker, PickerPage, Purpose};
use crate::reader::model::{About, Layer, Overlay, State};

pub fn open(state: &mut State, purpose: Purpose) {
    let mut picker = Picker {
        purpose,
        ..Picker::default()
    };
    refilter(&state.library, &mut picker);
    state.overlays.push(Overlay::Picker(picker));
    super::rounds::preselect(state);
}

/// New entries from the scan. A selection the user moved stays on the
/// same entry; otherwise it stays on the best match.
pub fn add_entries(state: &mut State, entries: Vec<Entry>, finished: bool) -> Effect {
    // The same file can come from the command line and from a directory.
    for entry in entries {
        if !state
            .library
            .entries
            .iter()
            .any(|e| e.origin == entry.origin)
        {
            state.library.entries.push(entry);
        }
    }
    state.library.scanning = !finished;
    if let Some(picker) = state.overlays.picker_mut() {
        if picker.inside.is_some() {
            // The search covered the briefings found when it began; once
            // the scan is over it runs again over all of them.
            if finished {
                picker.inside = None;
                return hunt(&mut state.library, picker);
            }
            return Effect::None;
        }
        let chosen = picker
            .matches
            .get(picker.selected)
            .map(|m| m.index)
            .filter(|_| picker.pinned);
        refilter(&state.library, picker);
        picker.selected = chosen
            .and_then(|i| picker.matches.iter().position(|m| m.index == i))
            .unwrap_or(0);
    }
    // The previous round may be among the entries just found.
    super::rounds::preselect(state);
    Effect::None
}

fn refilter(library: &Library, picker: &mut Picker) {
    picker.matches = filter(&library.entries, &picker.query, &library.recent);
    picker.selected = picker.selected.min(picker.matches.len().saturating_sub(1));
}

pub fn type_char(state: &mut State, c: char) -> Effect {
    match state.overlays.picker_mut() {
        Some(picker) => {
            picker.query.push(c);
            requery(&mut state.library, picker)
        }
        None => Effect::None,
    }
}

pub fn erase(state: &mut State) -> Effect {
    match state.overlays.picker_mut() {
        Some(picker) => {
            picker.query.pop();
            requery(&mut state.library, picker)
        }
        None => Effect::None,
    }
}

/// The query changed: filter the library, or search inside it when the
/// query starts with `/`.
fn requery(library: &mut Library, picker: &mut Picker) -> Effect {
    picker.selected = 0;
    picker.pinned = false;
    picker.error = None;
    if picker.inside_term().is_none() {
        picker.inside = None;
        refilter(library, picker);
        return Effect::None;
    }
    hunt(library, picker)
}

/// Start a search inside every briefing of the library for the picker's
/// term, unless the term is blank or the same as the one searched already.
fn hunt(library: &mut Library, picker: &mut Picker) -> Effect {
    let term = picker.inside_term().unwrap_or("").trim().to_owned();
    if picker.inside.as_ref().is_some_and(|i| i.term == term) {
        return Effect::None;
    }
    library.hunts += 1;
    let id = library.hunts;
    let blank = term.is_empty();
    picker.inside = Some(Inside {
        id,
        term: term.clone(),
        found: Vec::new(),
        done: blank,
    });
    if blank {
        return Effect::None;
    }
    // In the order the library lists them, so rows come in that order too.
    let (origins, entries) = filter(&library.entries, "", &library.recent)
        .into_iter()
        .filter_map(|m| {
            let entry = library.entries.get(m.index)?;
            entry
                .error
                .is_none()
                .then(|| (entry.origin.clone(), m.index))
        })
        .unzip();
    Effect::Hunt(Box::new(Hunt {
        id,
        term,
        origins,
        entries,
    }))
}

/// Briefings the search inside the library found, unless the query has
/// changed since it began.
pub fn hunted(state: &mut State, hunted: Hunted) {
    let Some(inside) = state
        .overlays
        .picker_mut()
        .and_then(|p| p.inside.as_mut())
        .filter(|i| i.id == hunted.id)
    else {
        return;
    };
    inside.found.extend(hunted.rows);
    inside.done = hunted.done;
}

/// `:` named a directory: the library starts again from it (the loop
/// scans it anew) and the picker shows it.
pub fn library_on(state: &mut State, dir: &std::path::Path) {
    state.library.entries.clear();
    state.library.scanning = true;
    state.overlays.remove(Layer::Prompt);
    if state.overlays.picker().is_none() {
        open(state, Purpose::Open);
    } else if let Some(picker) = state.overlays.picker_mut() {
        picker.query.clear();
        picker.inside = None;
        refilter(&state.library, picker);
    }
    let text = format!("library on {}", crate::dirs::tidy(dir));
    state.say(About::File, text);
}

pub fn choose(picker: &mut Picker, delta: i32) {
    let rows = picker
        .inside
        .as_ref()
        .map_or(picker.matches.len(), |i| i.found.len());
    let last = rows.saturating_sub(1);
    let moved = if delta < 0 {
        picker
            .selected
            .saturating_sub(delta.unsigned_abs() as usize)
    } else {
        picker
            .selected
            .saturating_add(delta.unsigned_abs() as usize)
    };
    picker.selected = moved.min(last);
    picker.pinned = true;
}

/// Enter: open the selected entry.
pub fn confirm(state: &mut State) -> Effect {
    let Some(picker) = state.overlays.picker() else {
        return Effect::None;
    };
    if let Some(inside) = &picker.inside {
        let Some((row, entry)) = inside
            .found
            .get(picker.selected)
            .and_then(|row| Some((row, state.library.entries.get(row.entry)?)))
        else {
            return Effect::None;
        };
        return match picker.purpose {
            Purpose::Open => Effect::Open(Box::new(Request {
                origin: entry.origin.clone(),
                via: Via::Found {
                    section: row.best.section,
                    term: inside.term.clone(),
                },
            })),
            Purpose::CompareAgainst => Effect::LoadAgainst(Box::new(entry.origin.clone())),
        };
    }
    let Some(entry) = picker
        .matches
        .get(picker.selected)
        .and_then(|m| state.library.entries.get(m.index))
    else {
        return Effect::None;
    };
    match picker.purpose {
        Purpose::Open => navigate::open(entry.origin.clone()),
        Purpose::CompareAgainst => Effect::LoadAgainst(Box::new(entry.origin.clone())),
    }
}

/// A click on an entry of the picker: it is chosen, as Enter would.
pub fn click(state: &mut State, column: u16, row: u16) -> Effect {
    let area = ratatui::layout::Rect::new(0, 0, state.view.width, state.view.height);
    let Some(picker) = state.overlays.picker_mut() else {
        return Effect::None;
    };
    let Some(page) = PickerPage::of(area, picker.selected) else {
        return Effect::None;
    };
    match page.entry_at(column, row) {
        Some(entry) if entry < picker.matches.len() => {
            picker.selected = entry;
            confirm(state)
        }
        _ => Effect::None,
    }
}

/// The briefing to compare against was read: mark what changed since it.
pub fn against_loaded(
    state: &mut State,
    origin: &crate::load::Origin,
    result: Result<crate::model::Briefing, crate::load::LoadError>,
) {
    let older = match result {
        Ok(older) => older,
        Err(error) => {
            match state.overlays.picker_mut() {
                Some(picker) => picker.error = Some(error.summary()),
                None => state.say(About::Changes, error.summary()),
            }
            return;
        }
    };
    let topics = crate::diff::topic_changes(&older, &state.doc.briefing);
    let changed = topics.iter().filter(|t| t.changed()).count();
    let name = origin.short_name();
    let clears = state
        .keys
        .hint(Mode::Reader, &[Hint::new(&[Command::Close], "clears")]);
    let clears = if clears.is_empty() {
        clears
    } else {
        format!(" ({clears})")
    };
    state.say(
        About::Changes,
        format!(
            "{changed} of {} topics changed since {name}{clears}",
            topics.len()
        ),
    );
    if let Some(view) = state.overlays.compare_mut() {
        view.changed = crate::diff::changed_marks(&topics);
    }
    state.doc.against = Some(crate::reader::model::Against {
        name,
        older,
        topics,
    });
    state.overlays.remove(Layer::Picker);
    // The panel's layout shows the marks, so it is laid out again.
    state.panes.positions = std::sync::Arc::default();
    state.relayout();
}
