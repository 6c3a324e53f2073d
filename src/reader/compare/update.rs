//! The one place the compare view's state changes.

use ratatui::layout::Rect;

use super::grid::Grid;
use crate::compare::{Comparison, Verdict, verdict};
use crate::model::Briefing;
use crate::reader::model::compare::{Compare, column_order};

/// Everything that can happen in the compare view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompareAction {
    Left,
    Right,
    Up,
    Down,
    /// Open the cursor's cell: its whole text and source.
    Open,
    /// Esc: close the open cell, or leave the view when none is open.
    Close,
    NextDivergent,
    /// Hide or show the Nth party column (1-based, in column order).
    ToggleParty(usize),
    SortByVerdict,
    PageDown,
    PageUp,
}

/// Whether the caller should go back to the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Leave {
    Stay,
    /// Esc with no cell open: return to the reader.
    ToReader,
}

/// Apply `action`. `area` is where the view is drawn (the whole screen),
/// which says how many rows and columns fit, so the cursor stays in view.
pub fn update(
    c: &mut Compare,
    briefing: &Briefing,
    comparison: &Comparison,
    action: CompareAction,
    area: Rect,
) -> Leave {
    c.message = None;
    c.refresh(briefing, comparison);
    let grid = Grid::of(area, c, briefing, comparison);
    match action {
        CompareAction::Up => step_row(c, briefing, comparison, -1),
        CompareAction::Down => step_row(c, briefing, comparison, 1),
        // A page turns the view as well as the cursor, as in a pager.
        CompareAction::PageUp => {
            c.row_offset = c.row_offset.saturating_sub(grid.page());
            step_row(c, briefing, comparison, -signed(grid.page()));
        }
        CompareAction::PageDown => {
            c.row_offset = c.row_offset.saturating_add(grid.page());
            step_row(c, briefing, comparison, signed(grid.page()));
        }
        CompareAction::Left => step_column(c, briefing, -1),
        CompareAction::Right => step_column(c, briefing, 1),
        CompareAction::Open => {
            c.open = !comparison.topics.is_empty() && !briefing.parties.is_empty();
        }
        CompareAction::Close => {
            if !c.open {
                return Leave::ToReader;
            }
            c.open = false;
        }
        CompareAction::NextDivergent => next_divergent(c, briefing, comparison),
        CompareAction::ToggleParty(n) => toggle_party(c, briefing, n),
        CompareAction::SortByVerdict => {
            // The cursor is a topic, not a row, so it stays on its topic.
            c.sorted = !c.sorted;
            c.message = Some(
                if c.sorted {
                    "sorted by verdict, divergence first"
                } else {
                    "in the briefing's order"
                }
                .to_owned(),
            );
        }
    }
    // Hidden or shown columns change what fits, so measure again.
    let grid = Grid::of(area, c, briefing, comparison);
    let (rows, columns) = grid.offsets(c, briefing, comparison);
    c.row_offset = rows;
    c.column_offset = columns;
    Leave::Stay
}

fn signed(n: usize) -> isize {
    isize::try_from(n).unwrap_or(isize::MAX)
}

/// `value` moved by `delta`, within `0..len`.
fn clamped(value: usize, delta: isize, len: usize) -> usize {
    value
        .saturating_add_signed(delta)
        .min(len.saturating_sub(1))
}

fn step_row(c: &mut Compare, briefing: &Briefing, comparison: &Comparison, delta: isize) {
    let rows = c.rows(briefing, comparison);
    let row = clamped(c.row(&rows), delta, rows.len());
    if let Some(&topic) = rows.get(row) {
        c.topic = topic;
    }
}

fn step_column(c: &mut Compare, briefing: &Briefing, delta: isize) {
    // Only shown columns count, so hidden ones are skipped.
    let shown = c.shown(briefing);
    let column = clamped(c.column(&shown), delta, shown.len());
    if let Some(&party) = shown.get(column) {
        c.party = party;
    }
}

fn next_divergent(c: &mut Compare, briefing: &Briefing, comparison: &Comparison) {
    let rows = c.rows(briefing, comparison);
    let n = rows.len();
    let at = c.row(&rows);
    let found = (1..=n)
        .map(|step| rows[(at + step) % n])
        .find(|&t| verdict(briefing, comparison, t).verdict == Verdict::Divergence);
    match found {
        Some(topic) => c.topic = topic,
        None => c.message = Some("no topic with divergence".to_owned()),
    }
}

fn toggle_party(c: &mut Compare, briefing: &Briefing, n: usize) {
    let order = column_order(briefing);
    let Some(&party) = n.checked_sub(1).and_then(|i| order.get(i)) else {
        let count = order.len();
        c.message = Some(format!("no column {n}: this briefing has {count} parties"));
        return;
    };
    let name = &briefing.parties[party].name;
    if c.hidden.remove(&party) {
        c.message = Some(format!("{name} shown"));
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
    c.message = Some(format!("{name} hidden ({n} shows it again)"));
}
