//! The library picker (`o`): a query, the entries that match it, and a
//! selection. Part of `update`: state changes only; the scan that fills the
//! library runs in the loop's thread pool, not here.

use super::navigate;
use crate::keys::{Command, Hint, Mode};
use crate::library::{Entry, filter};
use crate::reader::action::Effect;
use crate::reader::model::picker::{Library, Picker, PickerPage, Purpose};
use crate::reader::model::{About, Layer, Overlay, State};

pub fn open(state: &mut State, purpose: Purpose) {
    let mut picker = Picker {
        purpose,
        ..Picker::default()
    };
    refilter(&state.library, &mut picker);
    state.overlays.push(Overlay::Picker(picker));
}

/// New entries from the scan; the selection stays on the same entry.
pub fn add_entries(state: &mut State, entries: Vec<Entry>, finished: bool) {
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
        let chosen = picker.matches.get(picker.selected).map(|m| m.index);
        refilter(&state.library, picker);
        if let Some(at) = chosen.and_then(|i| picker.matches.iter().position(|m| m.index == i)) {
            picker.selected = at;
        }
    }
}

fn refilter(library: &Library, picker: &mut Picker) {
    picker.matches = filter(&library.entries, &picker.query, &library.recent);
    picker.selected = picker.selected.min(picker.matches.len().saturating_sub(1));
}

pub fn type_char(state: &mut State, c: char) {
    if let Some(picker) = state.overlays.picker_mut() {
        picker.query.push(c);
        picker.selected = 0;
        picker.error = None;
        refilter(&state.library, picker);
    }
}

pub fn erase(state: &mut State) {
    if let Some(picker) = state.overlays.picker_mut() {
        picker.query.pop();
        picker.selected = 0;
        picker.error = None;
        refilter(&state.library, picker);
    }
}

pub fn choose(picker: &mut Picker, delta: i32) {
    let last = picker.matches.len().saturating_sub(1);
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
}

/// Enter: open the selected entry.
pub fn confirm(state: &mut State) -> Effect {
    let Some(picker) = state.overlays.picker() else {
        return Effect::None;
    };
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
