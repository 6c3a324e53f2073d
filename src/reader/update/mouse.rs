//! A click, to whatever is under it: a row of the library picker on top,
//! else the pane clicked, which takes the focus. Part of `update`.

use super::panes::{click_contents, pane_at, toggle_contents};
use super::{picker, topics};
use crate::reader::action::Effect;
use crate::reader::model::geometry::Mode;
use crate::reader::model::{Overlay, Pane, State};

/// A left click at a screen cell. The picker opens the briefing clicked;
/// the other layers over the reader take no clicks. With none open, the
/// pane clicked takes the focus: a contents entry goes to its place, a
/// topic's title in the positions panel to the text on it.
pub(super) fn click(state: &mut State, column: u16, row: u16) -> Effect {
    match state.overlays.top() {
        Some(Overlay::Picker(_)) => return picker::click(state, column, row),
        Some(_) => return Effect::None,
        None => {}
    }
    match pane_at(state, column, row) {
        Some(Pane::Contents) => click_contents(state, row),
        Some(Pane::Positions) => {
            if let Some(panel) = state.geometry().positions {
                topics::click(state, panel, row);
            }
        }
        Some(Pane::Reading) => {
            // Back to the text: contents drawn over it make way, as Enter
            // on an entry would have them.
            if state.mode() != Mode::Wide && state.visible().contents {
                toggle_contents(state);
            }
            state.view.focus = Pane::Reading;
        }
        None => {}
    }
    Effect::None
}
