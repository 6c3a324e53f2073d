//! Where the parts of the compare view go in an area, and which rows and
//! columns fit. `update` (to keep the cursor in view) and the view (to draw)
//! both ask here, so they never disagree about what is on screen.

use ratatui::layout::Rect;

use crate::compare::Comparison;
use crate::model::Briefing;
use crate::reader::model::compare::Compare;

/// Party columns narrower than this show too little text to be worth it;
/// with more parties than fit, the matrix scrolls sideways instead.
pub const MIN_COLUMN: u16 = 14;
/// Wider columns make lines too long to take in at a glance.
pub const MAX_COLUMN: u16 = 40;

/// One column of the matrix after the topic column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    Party(usize),
    /// A thin rule that sets mediators and observers apart from the sides.
    Separator,
}

/// The rectangles of one compare screen and the size of its rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Grid {
    /// The title line: what is compared and the verdict summary.
    pub title: Rect,
    /// The table: its header rows, then its body.
    pub table: Rect,
    pub header_height: u16,
    pub legend: Rect,
    pub topic_width: u16,
    /// Lines per topic row, and blank lines between rows.
    pub row_height: u16,
    pub margin: u16,
}

impl Grid {
    pub fn of(area: Rect, c: &Compare, briefing: &Briefing, comparison: &Comparison) -> Grid {
        // Rows are as tall as the rows the filter keeps allow.
        let mut grid = Grid::sized(area, c.rows(briefing, comparison).len());
        // A few columns off the topics' width is worth it when that lets
        // every party column show without scrolling sideways.
        let shown = c.shown(briefing);
        let preferred = grid.topic_width;
        for narrower in (preferred.saturating_sub(4)..=preferred).rev() {
            let candidate = Grid {
                topic_width: narrower,
                ..grid
            };
            if candidate.parties_fitting(briefing, &shown, 0) == shown.len() {
                grid = candidate;
                break;
            }
        }
        grid
    }

    fn sized(area: Rect, topics: usize) -> Grid {
        let h = area.height;
        let title_h = u16::from(h >= 8);
        let legend_h = match h {
            16.. => 2,
            5.. => 1,
            _ => 0,
        };
        // Tall enough: names, roles, and a rule that carries the "more" marks.
        let header_height = if h >= 16 { 3 } else { h.min(1) };
        let table_h = h.saturating_sub(title_h + legend_h);
        let body = usize::from(table_h.saturating_sub(header_height));
        // The tallest rows that show every topic; when none do, rows of two
        // lines and scrolling, or single lines on a short screen.
        let (row_height, margin) = [(4, 1), (3, 1), (2, 1), (2, 0)]
            .into_iter()
            .find(|&(rh, m)| topics * usize::from(rh + m) <= body + usize::from(m))
            .unwrap_or(if body >= 16 { (2, 1) } else { (1, 0) });
        let w = area.width;
        let topic_width = match w {
            120.. => 26,
            90.. => 22,
            _ => (w / 3).min(20),
        };
        Grid {
            title: Rect::new(area.x, area.y, w, title_h),
            table: Rect::new(area.x, area.y + title_h, w, table_h),
            header_height,
            legend: Rect::new(area.x, area.y + title_h + table_h, w, legend_h),
            topic_width,
            row_height,
            margin,
        }
    }

    /// Topic rows that fit below the header (the last needs no margin).
    pub fn rows_on_screen(&self) -> usize {
        let body = self.table.height.saturating_sub(self.header_height);
        usize::from((body + self.margin) / (self.row_height + self.margin))
    }

    /// Rows a page moves: those on screen, and at least one.
    pub fn page(&self) -> usize {
        self.rows_on_screen().max(1)
    }

    /// The columns that fit from the `offset`-th shown party on, with their
    /// widths. A spare width is shared out so the columns fill the row.
    pub fn columns(&self, briefing: &Briefing, shown: &[usize], offset: usize) -> Vec<(Slot, u16)> {
        let avail = u32::from(self.table.width.saturating_sub(self.topic_width));
        let neutral = |p: usize| {
            briefing
                .parties
                .get(p)
                .is_some_and(crate::model::Party::is_neutral)
        };
        let mut side_before = shown.iter().take(offset).any(|&p| !neutral(p));
        let mut separated = false;
        let mut used: u32 = 0;
        let mut out = Vec::new();
        for &p in shown.iter().skip(offset) {
            // Every column costs its width and the one space before it.
            let rule = neutral(p) && side_before && !separated;
            let cost = u32::from(MIN_COLUMN) + 1 + if rule { 2 } else { 0 };
            if used + cost > avail {
                break;
            }
            if rule {
                out.push((Slot::Separator, 1));
                separated = true;
            }
            out.push((Slot::Party(p), MIN_COLUMN));
            used += cost;
            side_before |= !neutral(p);
        }
        if out.is_empty() {
            // Not even one full column fits: a narrower one beats none.
            return match shown.get(offset) {
                Some(&p) if avail >= 2 => vec![(Slot::Party(p), narrow(avail - 1))],
                _ => Vec::new(),
            };
        }
        let parties = out.iter().filter(|(s, _)| *s != Slot::Separator).count();
        let extra = (avail - used) / u32::try_from(parties).unwrap_or(u32::MAX).max(1);
        for (slot, width) in &mut out {
            if *slot != Slot::Separator {
                *width = narrow(u32::from(*width) + extra).min(MAX_COLUMN);
            }
        }
        out
    }

    pub fn parties_fitting(&self, briefing: &Briefing, shown: &[usize], offset: usize) -> usize {
        self.columns(briefing, shown, offset)
            .iter()
            .filter(|(s, _)| *s != Slot::Separator)
            .count()
    }

    /// The column offset that shows the cursor, moving as little as
    /// possible from `offset`, and leaving no empty space it could fill.
    pub fn settle_columns(
        &self,
        briefing: &Briefing,
        shown: &[usize],
        cursor: usize,
        offset: usize,
    ) -> usize {
        let n = shown.len();
        if n == 0 {
            return 0;
        }
        let cursor = cursor.min(n - 1);
        let mut off = offset.min(cursor);
        while off < cursor && cursor >= off + self.parties_fitting(briefing, shown, off) {
            off += 1;
        }
        while off > 0 && off - 1 + self.parties_fitting(briefing, shown, off - 1) >= n {
            off -= 1;
        }
        off
    }

    /// The row offset that shows the cursor's row, moving as little as
    /// possible from `offset`.
    pub fn settle_rows(&self, rows: usize, cursor: usize, offset: usize) -> usize {
        let page = self.page();
        let mut off = offset.min(cursor);
        if cursor >= off + page {
            off = cursor + 1 - page;
        }
        off.min(rows.saturating_sub(page))
    }

    /// Row and column offsets that keep the cursor in view in this grid.
    pub fn offsets(
        &self,
        c: &Compare,
        briefing: &Briefing,
        comparison: &Comparison,
    ) -> (usize, usize) {
        let rows = c.rows(briefing, comparison);
        let shown = c.shown(briefing);
        (
            self.settle_rows(rows.len(), c.row(&rows), c.row_offset),
            self.settle_columns(briefing, &shown, c.column(&shown), c.column_offset),
        )
    }
}

fn narrow(width: u32) -> u16 {
    u16::try_from(width).unwrap_or(u16::MAX)
}
