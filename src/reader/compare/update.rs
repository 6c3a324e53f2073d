//! The one place the compare view's state changes.

use ratatui::layout::Rect;

use super::columns::ColumnsAction;
use super::grid::Grid;
use super::rules::{clamped, set_hidden, settle};
use super::{divergent, mouse};
use crate::compare::Comparison;
use crate::model::Briefing;
use crate::reader::model::compare::{Compare, Filter, column_order};

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
    /// The cursor to the next divergent cell, scrolled into view.
    NextDivergent,
    /// Hide or show the Nth party column (1-based, in column order).
    ToggleParty(usize),
    SortByVerdict,
    /// Show only the topics of the next verdict (`v`), then all again.
    FilterVerdict,
    PageDown,
    PageUp,
    /// Open the column chooser over the view.
    ChooseColumns,
    /// A key in the column chooser.
    Columns(ColumnsAction),
    /// The mouse wheel: topic rows down (negative: up) and columns right.
    Scroll {
        rows: isize,
        columns: isize,
    },
    /// A click at a screen cell: a party cell opens.
    Click {
        column: u16,
        row: u16,
    },
}

/// Whether the caller should go back to the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Leave {
    Stay,
    /// Esc with no cell open: return to the reader.
    ToReader,
    /// Put the column chooser on top, at this row of it.
    ChooseColumns(usize),
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
        CompareAction::Open => open(c, briefing, comparison),
        CompareAction::Close => {
            if !c.open {
                return Leave::ToReader;
            }
            c.open = false;
        }
        CompareAction::NextDivergent => divergent::next(c, briefing, comparison, &grid),
        CompareAction::ToggleParty(n) => toggle_party(c, briefing, n),
        CompareAction::FilterVerdict => filter(c, briefing, comparison),
        CompareAction::ChooseColumns => {
            let order = column_order(briefing);
            let at = order.iter().position(|&p| p == c.party).unwrap_or(0);
            return Leave::ChooseColumns(at);
        }
        // The chooser's keys are the reader's to route (see `columns`).
        CompareAction::Columns(_) => {}
        CompareAction::Scroll { rows, columns } => {
            mouse::scroll(c, briefing, comparison, &grid, rows, columns);
        }
        CompareAction::Click { column, row } => {
            if mouse::click(c, briefing, comparison, &grid, column, row) {
                open(c, briefing, comparison);
            }
        }
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
    settle(c, briefing, comparison, area);
    Leave::Stay
}

fn signed(n: usize) -> isize {
    isize::try_from(n).unwrap_or(isize::MAX)
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

/// Open the cursor's cell, when there is one on screen.
fn open(c: &mut Compare, briefing: &Briefing, comparison: &Comparison) {
    let rows = c.rows(briefing, comparison);
    c.open = rows.contains(&c.topic) && !briefing.parties.is_empty();
    if rows.is_empty() && !comparison.topics.is_empty() {
        c.message = Some(format!("no topic with {}", c.filter.label()));
    }
}

/// Step to the next filter and say what it keeps.
fn filter(c: &mut Compare, briefing: &Briefing, comparison: &Comparison) {
    c.filter = c.filter.next();
    c.row_offset = 0;
    let kept = c.rows(briefing, comparison).len();
    let total = comparison.topics.len();
    let label = c.filter.label();
    c.message = Some(match c.filter {
        Filter::All => format!("all {total} topics"),
        Filter::Only(_) if kept == 0 => format!("no topic with {label}"),
        Filter::Only(_) => format!("only {label}: {kept} of {total} topics"),
    });
}

fn toggle_party(c: &mut Compare, briefing: &Briefing, n: usize) {
    let order = column_order(briefing);
    let Some(&party) = n.checked_sub(1).and_then(|i| order.get(i)) else {
        let count = order.len();
        c.message = Some(format!("no column {n}: this briefing has {count} parties"));
        return;
    };
    let again = format!(" ({n} shows it again)");
    set_hidden(c, briefing, party, !c.hidden.contains(&party), &again);
}
