//! Drawing the reader from `&State`. Nothing here changes the state, and
//! every pane draws only the rows that are on screen.

mod chrome;
mod key;
pub mod lines;
pub mod look;
mod overlay;
mod paint;
mod panes;
mod picker;

use ratatui::Frame;
use ratatui::layout::Rect;

use super::geometry::Mode;
use super::state::State;

pub use key::Key;

/// A part of the screen that a frame need not draw when its key is the same
/// as in the last frame: its cells would come out the same.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layer {
    pub area: Rect,
    pub key: Key,
}

/// The parts of the frame for `state` on a screen of `area` that may be
/// kept from the last frame when unchanged; `None` when the frame is to be
/// drawn whole, because something is drawn over the panes (an overlay, the
/// banner, panels over the text on a narrow screen) or there are no panes.
pub fn layers(state: &State, area: Rect) -> Option<Vec<Layer>> {
    let drawn_over = state.compare.is_some()
        || state.picker.is_some()
        || state.help.is_some()
        || state.banner.is_some();
    if drawn_over || !fits(state, area) {
        return None;
    }
    let g = state.geometry();
    let mut layers = vec![
        Layer {
            area: g.header,
            key: chrome::header_key(state, g.header),
        },
        Layer {
            area: g.text,
            key: panes::reading_text_key(state, g.text),
        },
    ];
    if let Some(rect) = g.positions {
        layers.push(Layer {
            area: rect,
            key: panes::positions_key(state, rect),
        });
    }
    if let Some(rect) = g.contents {
        layers.push(Layer {
            area: rect,
            key: panes::contents_key(state, rect),
        });
    }
    let overlap = layers
        .iter()
        .enumerate()
        .any(|(i, a)| layers[i + 1..].iter().any(|b| a.area.intersects(b.area)));
    (!overlap).then_some(layers)
}

/// Whether the state is laid out for a screen of `area` with room for panes.
fn fits(state: &State, area: Rect) -> bool {
    state.mode() != Mode::TooSmall && area.width == state.width && area.height == state.height
}

/// Draw the whole frame.
pub fn draw(frame: &mut Frame, state: &State) {
    draw_except(frame, state, &[]);
}

/// Draw the frame but for the parts in `kept`, parts [`layers`] gave, whose
/// cells the frame's buffer already holds.
pub fn draw_except(frame: &mut Frame, state: &State, kept: &[Rect]) {
    let area = frame.area();
    if !fits(state, area) {
        // A size the state has not been laid out for yet is drawn as too
        // small for one frame rather than drawn wrong.
        overlay::too_small(frame, state);
        return;
    }
    if let Some(view) = &state.compare {
        super::compare::draw(
            frame,
            state.compare_area(),
            view,
            &state.briefing,
            &state.comparison,
        );
        chrome::status(frame, state, Rect::new(0, area.height - 1, area.width, 1));
        if let Some(offset) = state.help {
            overlay::help(frame, offset);
        }
        return;
    }
    let g = state.geometry();
    let drawn = |rect: Rect| !kept.contains(&rect);
    if drawn(g.header) {
        chrome::header(frame, state, g.header);
    }
    panes::reading(frame, state, g.reading);
    if drawn(g.text) {
        panes::reading_text(frame, state, g.text);
    }
    if let Some(rect) = g.positions.filter(|&r| drawn(r)) {
        panes::positions(frame, state, rect);
    }
    if let Some(rect) = g.contents.filter(|&r| drawn(r)) {
        panes::contents(frame, state, rect);
    }
    // What is drawn over the panes from here on (banner, picker, help)
    // must make `layers` give `None`: a kept pane would keep it after it
    // goes.
    let title_row = Rect::new(0, g.reading.y, area.width, 1.min(g.reading.height));
    panes::banner(frame, state, title_row);
    chrome::status(frame, state, g.status);
    if let Some(p) = &state.picker {
        picker::draw(frame, p, &state.library);
    }
    if let Some(offset) = state.help {
        overlay::help(frame, offset);
    }
}
