//! The compare view and its column chooser as layers of the reader: opening
//! them, and handing each its keys with the briefing and the screen.

use crate::reader::compare::{self, CompareAction, Leave};
use crate::reader::model::compare::{Columns, Compare};
use crate::reader::model::{Layer, Overlay, State};

/// `c`: the compare view over the reader.
pub(super) fn open(state: &mut State) {
    let mut view = Compare::new(&state.doc.briefing, &state.doc.comparison);
    if let Some(against) = &state.doc.against {
        view.changed = crate::diff::changed_marks(&against.topics);
    }
    state.overlays.push(Overlay::Compare(view));
}

/// A compare view's action: the chooser's go to the chooser on top and
/// the view under it; the rest to the view.
pub(super) fn act(state: &mut State, action: CompareAction) {
    let area = state.compare_area();
    let doc = &state.doc;
    if let CompareAction::Columns(action) = action {
        // Two layers change together: the chooser is copied out and back.
        let Some(mut chooser) = state.overlays.columns().cloned() else {
            return;
        };
        if let Some(view) = state.overlays.compare_mut() {
            compare::columns::update(
                &mut chooser,
                view,
                &doc.briefing,
                &doc.comparison,
                action,
                area,
            );
        }
        if let Some(slot) = state.overlays.columns_mut() {
            *slot = chooser;
        }
        return;
    }
    let Some(view) = state.overlays.compare_mut() else {
        return;
    };
    match compare::update(view, &doc.briefing, &doc.comparison, action, area) {
        Leave::Stay => {}
        Leave::ToReader => state.overlays.remove(Layer::Compare),
        Leave::ChooseColumns(selected) => {
            let mut chooser = Columns {
                selected,
                offset: 0,
            };
            // Open with the selection in view, as a key would leave it.
            let parties = doc.briefing.parties.len();
            let rows = usize::from(compare::columns::list(area, parties).height);
            chooser.offset = compare::columns::first_row(selected, 0, rows, parties);
            state.overlays.push(Overlay::Columns(chooser));
        }
    }
}
