//! The column chooser: every party in column order with a box ticked when
//! its column shows. A change shows in the matrix at once; one column
//! always stays. Where the chooser goes is worked out here, for both the
//! update (clicks, scrolling) and the view.

use ratatui::layout::{Position, Rect};

use super::rules::{clamped, set_hidden, settle};
use crate::compare::Comparison;
use crate::model::Briefing;
use crate::reader::model::compare::{Columns, Compare, column_order};

/// Everything that can happen in the chooser.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnsAction {
    /// Move the selection by rows (negative: up).
    Move(isize),
    First,
    Last,
    /// Show or hide the party selected.
    Toggle,
    /// Show every party.
    All,
    /// Hide every party but the one selected.
    None,
    /// A click at a screen cell: a party's row is selected and toggled.
    Click {
        column: u16,
        row: u16,
    },
}

/// The widest the chooser gets.
const MAX_WIDTH: u16 = 60;

/// The chooser's box in `area` for `parties` rows, border included.
pub fn frame(area: Rect, parties: usize) -> Rect {
    let width = area
        .width
        .saturating_sub(4)
        .clamp(area.width.min(24), MAX_WIDTH);
    let rows = u16::try_from(parties).unwrap_or(u16::MAX);
    let height = rows
        .saturating_add(2)
        .min(area.height.saturating_sub(2).max(area.height.min(3)));
    Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    )
}

/// The rows of the list inside the box.
pub fn list(area: Rect, parties: usize) -> Rect {
    let outer = frame(area, parties);
    Rect::new(
        outer.x + 1,
        outer.y + 1,
        outer.width.saturating_sub(2),
        outer.height.saturating_sub(2),
    )
}

/// The first row on screen that keeps `selected` in view, moving as
/// little as possible from `offset`.
pub fn first_row(selected: usize, offset: usize, rows: usize, parties: usize) -> usize {
    let rows = rows.max(1);
    let mut first = offset.min(selected);
    if selected >= first + rows {
        first = selected + 1 - rows;
    }
    first.min(parties.saturating_sub(rows))
}

/// Apply `action` to the chooser and to the view under it.
pub fn update(
    chooser: &mut Columns,
    c: &mut Compare,
    briefing: &Briefing,
    comparison: &Comparison,
    action: ColumnsAction,
    area: Rect,
) {
    c.message = None;
    let order = column_order(briefing);
    let n = order.len();
    let rows = usize::from(list(area, n).height);
    chooser.selected = chooser.selected.min(n.saturating_sub(1));
    match action {
        ColumnsAction::Move(delta) => chooser.selected = clamped(chooser.selected, delta, n),
        ColumnsAction::First => chooser.selected = 0,
        ColumnsAction::Last => chooser.selected = n.saturating_sub(1),
        ColumnsAction::Toggle => toggle(chooser, c, briefing, &order),
        ColumnsAction::All => {
            c.hidden.clear();
            c.message = Some(format!("all {n} parties shown"));
        }
        ColumnsAction::None => {
            if let Some(&keep) = order.get(chooser.selected) {
                c.hidden = order.iter().copied().filter(|&p| p != keep).collect();
                c.party = keep;
                let name = briefing.parties.get(keep).map_or("", |p| p.name.as_str());
                c.message = Some(format!("only {name} shown"));
            }
        }
        ColumnsAction::Click { column, row } => {
            let list = list(area, n);
            if list.contains(Position { x: column, y: row }) {
                let first = first_row(chooser.selected, chooser.offset, rows, n);
                let at = first + usize::from(row - list.y);
                if at < n {
                    chooser.selected = at;
                    toggle(chooser, c, briefing, &order);
                }
            }
        }
    }
    chooser.offset = first_row(chooser.selected, chooser.offset, rows, n);
    settle(c, briefing, comparison, area);
}

fn toggle(chooser: &Columns, c: &mut Compare, briefing: &Briefing, order: &[usize]) {
    if let Some(&party) = order.get(chooser.selected) {
        let hide = !c.hidden.contains(&party);
        set_hidden(c, briefing, party, hide, "");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_scrolls_only_as_far_as_it_must() {
        assert_eq!(first_row(3, 0, 10, 25), 0);
        assert_eq!(first_row(12, 0, 10, 25), 3);
        assert_eq!(first_row(11, 3, 10, 25), 3, "still in view: no move");
        assert_eq!(first_row(2, 3, 10, 25), 2);
        assert_eq!(first_row(0, 20, 10, 25), 0);
        assert_eq!(first_row(24, 20, 30, 25), 0, "all fit: from the top");
    }

    #[test]
    fn the_box_fits_small_and_large_screens() {
        for (w, h) in [(80, 24), (120, 40), (160, 50), (30, 8)] {
            let area = Rect::new(0, 0, w, h);
            let f = frame(area, 25);
            assert!(area.contains(f.as_position()) && f.right() <= w && f.bottom() <= h);
            assert!(f.height >= 3.min(h), "{f:?}");
        }
    }
}
