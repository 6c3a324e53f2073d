//! The rules every change to the compare view keeps, shared by its update,
//! the column chooser and the mouse: the cursor on a row and column shown,
//! in view, and one column always showing.

use ratatui::layout::Rect;

use super::grid::Grid;
use crate::compare::Comparison;
use crate::model::Briefing;
use crate::reader::model::compare::Compare;

/// After any change: the cursor on a shown row, and the offsets that keep
/// it in view (hidden or shown columns change what fits, so measure again).
pub fn settle(c: &mut Compare, briefing: &Briefing, comparison: &Comparison, area: Rect) {
    keep_cursor_in_rows(c, briefing, comparison);
    let grid = Grid::of(area, c, briefing, comparison);
    let (rows, columns) = grid.offsets(c, briefing, comparison);
    c.row_offset = rows;
    c.column_offset = columns;
}

/// `value` moved by `delta`, within `0..len`.
pub fn clamped(value: usize, delta: isize, len: usize) -> usize {
    value
        .saturating_add_signed(delta)
        .min(len.saturating_sub(1))
}

/// The cursor stays on a topic the filter shows, and a cell open on one it
/// hides closes.
pub fn keep_cursor_in_rows(c: &mut Compare, briefing: &Briefing, comparison: &Comparison) {
    let rows = c.rows(briefing, comparison);
    if rows.contains(&c.topic) {
        return;
    }
    c.open = false;
    // The next shown topic in the briefing's order, else the first.
    let next = rows.iter().filter(|&&t| t > c.topic).min().or(rows.first());
    if let Some(&topic) = next {
        c.topic = topic;
    }
}

/// Hide or show `party`'s column and say so; `again` ends the message of
/// a hide (how to undo it). The last column showing stays, and the cursor leaves a hidden one.
pub fn set_hidden(c: &mut Compare, briefing: &Briefing, party: usize, hide: bool, again: &str) {
    let Some(name) = briefing.parties.get(party).map(|p| p.name.as_str()) else {
        return;
    };
    if !hide {
        c.hidden.remove(&party);
        c.message = Some(format!("{name} shown"));
        return;
    }
    if c.hidden.contains(&party) {
        return;
    }
    if c.shown(briefing).len() <= 1 {
        c.message = Some(format!("{name} is the only column showing"));
        return;
    }
    if c.party == party {
        // The cursor moves to the neighbour on the right, or else the left.
        let shown = c.shown(briefing);
        let at = c.column(&shown);
        c.party = shown
            .get(at + 1)
            .or_else(|| at.checked_sub(1).and_then(|i| shown.get(i)))
            .copied()
            .unwrap_or(party);
    }
    c.hidden.insert(party);
    c.message = Some(format!("{name} hidden{again}"));
}
