//! The positions panel's selection, and from a topic to the text: moving
//! the selection and keeping it in view, and Enter or a click on a topic
//! taking the reader to each section that discusses it in turn. Part of
//! `update`.

use ratatui::layout::Rect;

use super::moving::jump;
use super::panes::toggle_positions;
use crate::reader::model::geometry::{Mode, panel_inner};
use crate::reader::model::{About, Pane, PanelRow, State, TopicWalk};
use crate::text::Target;

/// j/k in the panel: the selection moves by `delta` rows (topics and the
/// parties under them), and the panel scrolls to show it.
pub(super) fn move_selection(state: &mut State, delta: i32) {
    let rows = state.panel_rows();
    if rows == 0 {
        return;
    }
    let at = state
        .selected_topic()
        .map_or(0, |_| state.panel_index(state.view.panel));
    let step = usize::try_from(delta.unsigned_abs()).unwrap_or(usize::MAX);
    let to = if delta < 0 {
        at.saturating_sub(step)
    } else {
        at.saturating_add(step).min(rows - 1)
    };
    if let Some(row) = state.panel_row(to) {
        state.view.panel = row;
    }
    reveal(state);
}

/// Scroll the panel as little as it takes to show the selected row whole,
/// or its first lines when it is taller than the panel.
pub(super) fn reveal(state: &mut State) {
    let Some(lines) = state.panel_lines(state.view.panel) else {
        return;
    };
    let page = state.positions_page();
    let mut scroll = state.view.positions_scroll;
    if lines.start < scroll {
        scroll = lines.start;
    } else if lines.end > scroll + page {
        scroll = lines.end.saturating_sub(page).min(lines.start);
    }
    state.view.positions_scroll = scroll.min(state.max_positions_scroll());
}

/// After the panel scrolled (the wheel, a page, following the reading): a
/// selection scrolled out of view moves to the nearest row still in it, so
/// what is selected is always what the reader sees.
pub(super) fn settle(state: &mut State) {
    if !state.visible().positions {
        return;
    }
    let Some(lines) = state.panel_lines(state.view.panel) else {
        return;
    };
    let top = state.view.positions_scroll;
    let bottom = top + state.positions_page();
    if (top..bottom).contains(&lines.start) {
        return;
    }
    let shown = state.panel_rows_starting_in(top..bottom);
    let nearest = if lines.start < top {
        shown.first()
    } else {
        shown.last()
    };
    // One row taller than the panel fills it: that row, then.
    if let Some(row) = nearest.copied().or_else(|| state.panel_row_at(top)) {
        state.view.panel = row;
    }
}

/// Bring the topics of the section now at the top into the panel's view;
/// above the first section (the key points), the panel's top: its summary.
pub(super) fn follow_reading(state: &mut State) {
    if state.current_section().is_none() {
        state.view.positions_scroll = 0;
        return;
    }
    let lit = state.lit_topics();
    follow(state, &lit);
}

/// The panel follows the reading to a new section: it scrolls to the
/// section's first topic, which is selected, unless the selection is on
/// one of the section's topics already (Enter on it brought the reader
/// here): then it stays, in view, and a panel with the focus brings that
/// topic to its top instead.
pub(super) fn follow(state: &mut State, lit: &[usize]) {
    let Some(&first) = lit.iter().min() else {
        return;
    };
    let kept = state.selected_topic().filter(|t| lit.contains(t));
    let top = match kept {
        Some(topic) if state.view.focus == Pane::Positions => topic,
        _ => first,
    };
    if let Some(line) = state.panes.positions.anchor(Target::Topic(top)) {
        state.view.positions_scroll = line.min(state.max_positions_scroll());
    }
    if kept.is_some() {
        reveal(state);
    } else {
        state.view.panel = PanelRow::Topic(first);
    }
}

/// Enter on a row of the panel: to the first section that discusses its
/// topic, or, when the reader is at one of them after doing this, the next
/// (round to the first after the last). The status bar says which of how
/// many; a topic no section lists says so.
pub(super) fn to_the_text(state: &mut State) {
    let Some(topic) = state.selected_topic() else {
        return;
    };
    let name = state
        .doc
        .comparison
        .topics
        .get(topic)
        .cloned()
        .unwrap_or_default();
    let sections = state.sections_on(topic);
    if sections.is_empty() {
        state.say(About::Place, format!("no section discusses {name}"));
        return;
    }
    let next = match state.view.walk {
        Some(walk)
            if walk.topic == topic && state.current_section() == sections.get(walk.at).copied() =>
        {
            (walk.at + 1) % sections.len()
        }
        _ => 0,
    };
    jump(state, Target::Section(sections[next]));
    state.view.walk = Some(TopicWalk { topic, at: next });
    state.say(
        About::Place,
        format!("section {} of {} on {name}", next + 1, sections.len()),
    );
    // Over the text on a narrow screen, the panel makes way for it.
    if state.mode() == Mode::Narrow {
        toggle_positions(state);
    }
}

/// A click in the panel at screen row `row`: the panel takes the focus and
/// the row clicked is selected; a click on a topic's title also goes to
/// the text on it, as Enter does.
pub(super) fn click(state: &mut State, panel: Rect, row: u16) {
    state.view.focus = Pane::Positions;
    let inner = panel_inner(panel);
    if !(inner.top()..inner.bottom()).contains(&row) {
        return;
    }
    let line = state.view.positions_scroll + usize::from(row - inner.y);
    let Some(clicked) = state.panel_row_at(line) else {
        return;
    };
    state.view.panel = clicked;
    if let PanelRow::Topic(_) = clicked {
        to_the_text(state);
    }
}

#[cfg(test)]
mod tests;
