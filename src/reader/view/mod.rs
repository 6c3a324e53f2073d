//! Drawing the reader from `&State`. Nothing here changes the state, and
//! every pane draws only the rows that are on screen.

mod chrome;
mod found;
pub mod lines;
mod links;
mod overlay;
mod panes;
mod picker;
mod row;
mod timeline;

use ratatui::Frame;
use ratatui::layout::Rect;

use crate::reader::model::geometry::Mode;
use crate::reader::model::{Overlay, State};
use crate::theme::Theme;

/// Whether the state is laid out for a screen of `area` with room for panes.
fn fits(state: &State, area: Rect) -> bool {
    state.mode() != Mode::TooSmall
        && area.width == state.view.width
        && area.height == state.view.height
}

pub use links::hyperlinks;

/// Draw the whole frame; ratatui then writes only what changed.
pub fn draw(frame: &mut Frame, state: &State, theme: &Theme) {
    let area = frame.area();
    if !fits(state, area) {
        // A size the state has not been laid out for yet is drawn as too
        // small for one frame rather than drawn wrong.
        overlay::too_small(frame, state);
        return;
    }
    let g = state.geometry();
    chrome::header(frame, state, theme, g.header);
    panes::reading(frame, state, theme, g.reading);
    panes::reading_text(frame, state, theme, g.text);
    if let Some(rect) = g.positions {
        panes::positions(frame, state, theme, rect);
    }
    if let Some(rect) = g.contents {
        panes::contents(frame, state, theme, rect);
    }
    let title_row = Rect::new(0, g.reading.y, area.width, 1.min(g.reading.height));
    panes::banner(frame, state, theme, title_row);
    // The overlays, bottom first; the prompt and the search are drawn by
    // the status bar, on top of everything.
    for layer in state.overlays.iter() {
        match layer {
            Overlay::Compare(view) => crate::reader::compare::draw(
                frame,
                state.compare_area(),
                view,
                &state.doc.briefing,
                &state.doc.comparison,
                &state.keys,
                theme,
            ),
            Overlay::Columns(chooser) => {
                if let Some(view) = state.overlays.compare() {
                    crate::reader::compare::draw_columns(
                        frame,
                        state.compare_area(),
                        chooser,
                        view,
                        &state.doc.briefing,
                        &state.keys,
                        theme,
                    );
                }
            }
            Overlay::Picker(p) => picker::draw(frame, p, &state.library, &state.keys, theme),
            Overlay::Help(help) => overlay::help(frame, state, theme, help.offset),
            Overlay::Links(list) => links::draw(frame, state, list, theme),
            Overlay::Timeline(view) => timeline::draw(frame, state, view, theme),
            Overlay::Prompt(_) | Overlay::Search => {}
        }
    }
    chrome::status(frame, state, theme, g.status);
}
