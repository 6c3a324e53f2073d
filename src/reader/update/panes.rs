//! The panes: which show, which has the focus, the screen's size, the mouse.

use super::moving::jump;
use crate::reader::model::geometry::Mode;
use crate::reader::model::{Pane, State};

pub(super) fn cycle_focus(state: &mut State, forward: bool) {
    let panes = state.focusable();
    let at = panes
        .iter()
        .position(|&p| p == state.view.focus)
        .unwrap_or(0);
    let next = if forward {
        at + 1
    } else {
        at + panes.len() - 1
    };
    state.view.focus = panes[next % panes.len()];
}

pub(super) fn toggle_contents(state: &mut State) {
    state.view.contents_flipped = !state.view.contents_flipped;
    if state.visible().contents {
        state.view.selected = state.current_entry().unwrap_or(0);
        if state.mode() != Mode::Wide {
            state.view.focus = Pane::Contents;
        }
    } else if state.view.focus == Pane::Contents {
        state.view.focus = Pane::Reading;
    }
    state.relayout();
}

pub(super) fn toggle_positions(state: &mut State) {
    state.view.positions_flipped = !state.view.positions_flipped;
    if state.visible().positions {
        if state.mode() == Mode::Narrow {
            state.view.focus = Pane::Positions;
        }
    } else if state.view.focus == Pane::Positions {
        state.view.focus = Pane::Reading;
    }
    state.relayout();
}

pub(super) fn activate(state: &mut State) {
    if state.view.focus != Pane::Contents {
        return;
    }
    if let Some(entry) = state.doc.entries.get(state.view.selected) {
        let target = entry.target;
        jump(state, target);
    }
    if state.mode() != Mode::Wide {
        toggle_contents(state);
    }
    state.view.focus = Pane::Reading;
}

pub(super) fn resize(state: &mut State, width: u16, height: u16) {
    let before = state.mode();
    state.view.width = width;
    state.view.height = height;
    if state.mode() != before {
        // What a flip means depends on the screen size; start from the default.
        state.view.contents_flipped = false;
        state.view.positions_flipped = false;
        if !state.focusable().contains(&state.view.focus) {
            state.view.focus = Pane::Reading;
        }
        // `contents = "always"` brings it back over the text, with the keys.
        state.show_contents_as_set();
    }
    state.relayout();
}

pub(super) fn pane_at(state: &State, column: u16, row: u16) -> Option<Pane> {
    let g = state.geometry();
    let inside =
        |r: ratatui::layout::Rect| r.contains(ratatui::layout::Position { x: column, y: row });
    // Overlays sit on top, so they are hit first.
    if g.contents.is_some_and(inside) {
        Some(Pane::Contents)
    } else if g.positions.is_some_and(inside) {
        Some(Pane::Positions)
    } else if inside(g.reading) {
        Some(Pane::Reading)
    } else {
        None
    }
}

/// A click on row `row` of the contents pane: to the entry clicked.
pub(super) fn click_contents(state: &mut State, row: u16) {
    let g = state.geometry();
    let Some(rect) = g.contents else { return };
    // Entries start below the pane's border line, scrolled as the view scrolls them.
    let height = usize::from(rect.height.saturating_sub(1)).max(1);
    let keep = if state.view.focus == Pane::Contents {
        Some(state.view.selected)
    } else {
        state.current_entry()
    };
    let first = keep.map_or(0, |k| k.saturating_sub(height - 1));
    let index = first + usize::from(row.saturating_sub(rect.y + 1));
    if index < state.doc.entries.len() {
        state.view.selected = index;
        state.view.focus = Pane::Contents;
        activate(state);
    }
}
