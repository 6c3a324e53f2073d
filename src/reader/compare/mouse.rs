//! The mouse in the compare view: which cell a click lands on, and the
//! wheel turning the matrix with the cursor carried along.

use ratatui::layout::Position;

use super::grid::{Grid, Slot};
use super::rules::clamped;
use crate::compare::Comparison;
use crate::model::Briefing;
use crate::reader::model::compare::Compare;

/// What is under a screen cell of the matrix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hit {
    /// A party's cell: topic and party indexes.
    Cell(usize, usize),
    /// A topic's name, in the first column.
    Topic(usize),
    /// A party's column header.
    Header(usize),
    /// The "◀ 2 more" (-1) or "3 more ▶" (1) mark: columns out of view.
    More(isize),
}

/// What is drawn at (`x`, `y`), by the same grid and offsets the view uses.
pub fn hit(
    c: &Compare,
    briefing: &Briefing,
    comparison: &Comparison,
    grid: &Grid,
    x: u16,
    y: u16,
) -> Option<Hit> {
    let table = grid.table;
    if !table.contains(Position { x, y }) {
        return None;
    }
    let (row_offset, column_offset) = grid.offsets(c, briefing, comparison);
    let shown = c.shown(briefing);
    // Columns as the table lays them out: the topics, then a space before each.
    let mut left = table.x + grid.topic_width;
    let mut party = None;
    let in_topics = x < left;
    for (slot, width) in grid.columns(briefing, &shown, column_offset) {
        let start = left + 1;
        left = start + width;
        if (start..left).contains(&x) {
            party = match slot {
                Slot::Party(p) => Some(p),
                Slot::Separator => None,
            };
            break;
        }
    }
    let body = table.y + grid.header_height;
    if y + 1 == body {
        let columns = grid.columns(briefing, &shown, column_offset);
        let drawn = columns
            .iter()
            .filter(|(s, _)| *s != Slot::Separator)
            .count();
        let right = shown.len().saturating_sub(column_offset + drawn);
        // The marks as the view writes them on the header's last line.
        let mark = u16::try_from(format!(" {right} more ▶").chars().count()).unwrap_or(0);
        if in_topics && column_offset > 0 {
            return Some(Hit::More(-1));
        }
        if right > 0 && x >= table.right().saturating_sub(mark) {
            return Some(Hit::More(1));
        }
    }
    if y < body {
        return party.map(Hit::Header);
    }
    let step = grid.row_height + grid.margin;
    let line = y - body;
    if line % step >= grid.row_height {
        // The blank line between two rows.
        return None;
    }
    let rows = c.rows(briefing, comparison);
    let index = row_offset + usize::from(line / step);
    let on_screen = index < row_offset + grid.rows_on_screen();
    let &topic = rows.get(index).filter(|_| on_screen)?;
    match party {
        Some(p) => Some(Hit::Cell(topic, p)),
        None if in_topics => Some(Hit::Topic(topic)),
        None => None,
    }
}

/// A click: close an open cell; else move the cursor to what was clicked,
/// or turn the columns a page on a "more" mark. True when a party's cell
/// was clicked, which then opens.
pub fn click(
    c: &mut Compare,
    briefing: &Briefing,
    comparison: &Comparison,
    grid: &Grid,
    x: u16,
    y: u16,
) -> bool {
    if c.open {
        c.open = false;
        return false;
    }
    match hit(c, briefing, comparison, grid, x, y) {
        Some(Hit::Cell(topic, party)) => {
            c.topic = topic;
            c.party = party;
            true
        }
        Some(Hit::Topic(topic)) => {
            c.topic = topic;
            false
        }
        Some(Hit::Header(party)) => {
            c.party = party;
            false
        }
        Some(Hit::More(direction)) => {
            // A page of columns that way, as far as the mark said there are.
            let shown = c.shown(briefing);
            let (_, offset) = grid.offsets(c, briefing, comparison);
            let page = grid.parties_fitting(briefing, &shown, offset).max(1);
            let page = isize::try_from(page).unwrap_or(1);
            scroll(c, briefing, comparison, grid, 0, direction * page);
            false
        }
        None => false,
    }
}

/// The wheel: turn the matrix by `rows` topic rows and `columns` party
/// columns, keeping the cursor on a row and column still on screen.
pub fn scroll(
    c: &mut Compare,
    briefing: &Briefing,
    comparison: &Comparison,
    grid: &Grid,
    rows: isize,
    columns: isize,
) {
    let (row_offset, column_offset) = grid.offsets(c, briefing, comparison);
    let order = c.rows(briefing, comparison);
    let page = grid.page();
    if rows != 0 && !order.is_empty() {
        let last = order.len().saturating_sub(page);
        let offset = row_offset.saturating_add_signed(rows).min(last);
        let row = c.row(&order).clamp(offset, offset + page - 1);
        c.row_offset = offset;
        c.topic = order[row.min(order.len() - 1)];
    }
    let shown = c.shown(briefing);
    if columns != 0 && !shown.is_empty() {
        let n = shown.len();
        // No further right than the first offset that shows the last column.
        let furthest = grid.settle_columns(briefing, &shown, n - 1, n - 1);
        let offset = clamped(column_offset, columns, n).min(furthest);
        let fits = grid.parties_fitting(briefing, &shown, offset).max(1);
        let column = c.column(&shown).clamp(offset, offset + fits - 1);
        c.column_offset = offset;
        c.party = shown[column.min(shown.len() - 1)];
    }
}
