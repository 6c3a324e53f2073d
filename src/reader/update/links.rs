//! `L`, `y` and a click on a link: what is opened or copied is decided
//! here; the loop opens the browser and writes the clipboard (see
//! [`Effect::Browse`] and [`Effect::Copy`]).

use super::panes::pane_at;
use crate::reader::action::Effect;
use crate::reader::model::link_list::Links;
use crate::reader::model::{About, Layer, Overlay, Pane, State};
use crate::text::url;

/// `L`: the list of links and sources in view, or why there is none.
pub(super) fn open(state: &mut State) {
    let items = state.links_in_view();
    if items.is_empty() {
        state.say(About::Place, "no links or sources here");
        return;
    }
    state
        .overlays
        .push(Overlay::Links(Links { items, selected: 0 }));
}

/// Enter in the list: open the link chosen, and close the list.
pub(super) fn confirm(state: &mut State) -> Effect {
    let chosen = state.overlays.links().and_then(Links::chosen).cloned();
    state.overlays.remove(Layer::Links);
    chosen.map_or(Effect::None, |link| browse(state, link.url))
}

/// Open `target` in the browser, when it is a link brief offers.
pub(super) fn browse(state: &mut State, target: String) -> Effect {
    if !url::is_safe(&target) {
        state.say(
            About::Notice,
            "not opened: brief opens only http, https and mailto links",
        );
        return Effect::None;
    }
    let host = &target[..url::host_end(&target)];
    state.say(About::Notice, format!("opening {host}"));
    Effect::Browse(target)
}

/// A click on a link in the text or the panel opens it, as Enter in `L`
/// does; `None` when the click was on no link.
pub(super) fn click(state: &mut State, column: u16, row: u16) -> Option<Effect> {
    if let Some(Overlay::Links(list)) = state.overlays.top() {
        // A click on a link in the list opens it, as Enter does; one
        // elsewhere does nothing under the list.
        let (width, height) = (state.view.width, state.view.height);
        let area = list.area(width, height);
        let i = list
            .at_row(width, height, row)
            .filter(|_| column > area.x && column + 1 < area.right());
        if let (Some(i), Some(list)) = (i, state.overlays.links_mut()) {
            list.selected = i;
            return Some(confirm(state));
        }
        return Some(Effect::None);
    }
    if !state.overlays.is_empty() {
        return None;
    }
    let pane = pane_at(state, column, row)?;
    let (g, links) = (state.geometry(), state.links_on_screen());
    let inside = |x: u16, y: u16| {
        let area = match pane {
            Pane::Reading => g.text,
            Pane::Positions => g
                .positions
                .map(crate::reader::model::geometry::panel_inner)?,
            Pane::Contents => return None,
        };
        Some(area.contains(ratatui::layout::Position { x, y }))
    };
    let hit = links.into_iter().find(|l| {
        l.y == row
            && (l.x..l.x.saturating_add(l.width)).contains(&column)
            && inside(column, row) == Some(true)
    })?;
    Some(browse(state, hit.url))
}

/// `y`: in the links list, the link chosen; in the positions panel, the
/// position as a citation; in the text, the section being read as Markdown.
pub(super) fn copy(state: &mut State) -> Effect {
    if let Some(list) = state.overlays.links()
        && let Some(link) = list.chosen()
    {
        let text = link.url.clone();
        state.say(About::Notice, format!("copied link {}", list.selected + 1));
        return Effect::Copy(text);
    }
    let briefing = &state.doc.briefing;
    if state.view.focus == Pane::Positions {
        let Some((p, i)) = state.panel_position() else {
            state.say(About::Notice, "no position in view to copy");
            return Effect::None;
        };
        let party = &briefing.parties[p];
        let position = &party.positions[i];
        let text = crate::export::citation(briefing, party, position);
        let said = format!(
            "copied citation: {} on {}",
            party.short_name(),
            position.topic
        );
        state.say(About::Notice, said);
        return Effect::Copy(text);
    }
    let Some(i) = state.current_section() else {
        state.say(About::Notice, "no section here to copy: move to one");
        return Effect::None;
    };
    let section = &briefing.sections[i];
    let text = crate::export::section_markdown(section);
    let said = format!("copied section {} as Markdown", i + 1);
    state.say(About::Notice, said);
    Effect::Copy(text)
}
