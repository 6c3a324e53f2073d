//! Which cells a frame changed: what ratatui's `Buffer::diff` yields, at a
//! fraction of its cost, for the whole screen or for one pane, with one
//! difference (below) where ratatui leaves a stray cell on the screen.
//!
//! ratatui's diff compares each cell with `Cell::eq`, whose symbol comparison
//! is a libc `memcmp` call, and collects into a new `Vec` every frame. Here a
//! cell holding one byte (ASCII, one column to ratatui whatever it is) and no
//! diff option in both buffers, the common case, is compared without a call
//! and without a branch on the outcome; other symbols are compared byte by
//! byte when short; a width is looked up only for symbols longer than a byte;
//! and the caller's `Vec` is reused.
//!
//! The walk is ratatui's, cell for cell, because the wide-character rules make
//! each step depend on the ones before: a cell the previous wide character
//! covers is not looked at, a VS16 emoji's trailing columns are emitted when
//! their symbol changed, and when a narrower cell replaces a wide one, the
//! columns it covered are emitted, unchanged or not. ratatui emits those only
//! when the wide character's own background or modifiers show on blanks; but
//! a terminal blanks the other half of a wide character written over, and
//! may do so in the attributes of what was written (a lit search hit), which
//! then stay beside it. Where ratatui would index past the end of `next` (a
//! wide character replaced in the very last cell) this stops instead of
//! panicking.
//!
//! `underline_color` is compared because ratatui's default features, which
//! this crate uses, include `underline-color`.

use ratatui::buffer::{Buffer, Cell, CellDiffOption, CellWidth};
use ratatui::layout::Rect;

/// Symbols up to this many bytes are compared in a loop: calling `memcmp`
/// costs more than comparing them.
const SHORT_SYMBOL: usize = 16;

/// How many plain cells `plain_run` compares before appending to `out`.
const CHUNK: usize = 128;

/// The cells of `next` inside `area` that differ from `prev`, in the order and
/// with the same wide-character handling as ratatui's `Buffer::diff`, into
/// `out` (cleared first).
///
/// Cells outside `area` are taken to be equal in both buffers and are not
/// compared, but they are walked: a wide character left of the pane can cover
/// its first column, a replaced wide character at its right edge re-emits the
/// columns it covered past it, and `AlwaysUpdate` cells are emitted wherever
/// they are. So when the buffers are equal outside `area` the result is
/// `prev.diff(next)`; with `area` the whole screen it always is.
///
/// # Panics
///
/// Like ratatui, if the buffers differ in x, y or width.
pub fn changed_cells<'n>(
    prev: &Buffer,
    next: &'n Buffer,
    area: Rect,
    out: &mut Vec<(u16, u16, &'n Cell)>,
) {
    out.clear();
    let mut found = Vec::with_capacity(prev.content.len());
    let screen = prev.area;
    let width = usize::from(screen.width);
    let mut walk = Walk::new(prev, next, &mut found);
    let len = walk.len;
    let area = area.intersection(screen);
    let mut i = 0;
    if !area.is_empty() {
        let left = usize::from(area.x - screen.x);
        let top = usize::from(area.y - screen.y);
        for row in top..top + usize::from(area.height) {
            let start = (row * width + left).min(len);
            let end = (start + usize::from(area.width)).min(len);
            i = walk.pass_to(i, start);
            i = walk.run(i, end, row);
        }
    }
    walk.pass_to(i, len);
    out.extend(
        found
            .into_iter()
            .map(|(x, y, at)| (x, y, &next.content[at])),
    );
}

/// The cells of `next` that differ from `prev` in `runs`: stretches of one
/// row each, in screen order, that do not overlap. Outside them the buffers
/// are taken to be equal and are not looked at at all (not walked, as
/// [`changed_cells`] walks them). So the result is `prev.diff(next)` when,
/// besides being equal outside the runs, no wide character, skipped cell or
/// `AlwaysUpdate` cell outside a run reaches into one or must be written:
/// true of the screen's parts, each drawn within its own area.
pub fn changed_cells_in(prev: &Buffer, next: &Buffer, runs: &[Rect], out: &mut Vec<Change>) {
    out.clear();
    let screen = prev.area;
    let width = usize::from(screen.width);
    let mut walk = Walk::new(prev, next, out);
    let len = walk.len;
    let mut i = 0;
    for run in runs {
        let run = run.intersection(screen);
        let row = usize::from(run.y - screen.y);
        let start = (row * width + usize::from(run.x - screen.x)).min(len);
        let end = (start + usize::from(run.width)).min(len);
        // A wide character at the end of the run before may cover the
        // start of this one.
        i = walk.run(i.max(start), end, row);
    }
}

/// A changed cell: its column and row on the screen, and its index in the
/// buffer's cells. An index rather than the cell, so a list can be kept
/// from frame to frame and not allocated anew.
pub type Change = (u16, u16, usize);

/// One diff in progress: the cells, and the row of the last emitted cell,
/// which spares a division per emitted cell (emitted indices only grow).
struct Walk<'a, 'n, 'o> {
    old: &'a [Cell],
    new: &'n [Cell],
    len: usize,
    width: usize,
    x: usize,
    y: usize,
    row_start: usize,
    row_y: usize,
    out: &'o mut Vec<Change>,
    /// Where `plain_run` writes before appending to `out`.
    scratch: [Change; CHUNK],
}

impl<'a, 'n, 'o> Walk<'a, 'n, 'o> {
    /// A walk over two buffers of one screen, from the start.
    ///
    /// # Panics
    ///
    /// Like ratatui, if the buffers differ in x, y or width.
    fn new(prev: &'a Buffer, next: &'n Buffer, out: &'o mut Vec<Change>) -> Self {
        let screen = prev.area;
        assert!(
            screen.x == next.area.x && screen.y == next.area.y && screen.width == next.area.width,
            "buffer areas must have the same x, y, and width: prev={screen:?}, next={:?}",
            next.area,
        );
        Walk {
            old: &prev.content,
            new: &next.content,
            len: prev.content.len().min(next.content.len()),
            width: usize::from(screen.width),
            x: usize::from(screen.x),
            y: usize::from(screen.y),
            row_start: 0,
            row_y: usize::from(screen.y),
            out,
            scratch: [(0, 0, 0); CHUNK],
        }
    }

    fn emit(&mut self, j: usize) {
        while j >= self.row_start + self.width {
            self.row_start += self.width;
            self.row_y += 1;
        }
        let x = (j - self.row_start + self.x) as u16;
        self.out.push((x, self.row_y as u16, j));
    }

    /// Compares the cells from `i` to `end`, all in screen row `row`, and
    /// returns the next index ratatui looks at.
    fn run(&mut self, mut i: usize, end: usize, row: usize) -> usize {
        let row_start = row * self.width;
        let y = (row + self.y) as u16;
        while i < end {
            i = self.plain_run(i, end, row_start, y);
            if i < end {
                i = self.compare(i);
            }
        }
        i
    }

    /// Compares cells from `i` while both buffers hold one ASCII byte and no
    /// diff option there, as most cells do, and returns where that stops.
    ///
    /// Such a cell is one column wide in both, so only whether it changed
    /// matters; half of them do in a scrolled page, and a branch on that
    /// would be mispredicted half the time, costing more than the rest of
    /// the comparison. So each is written to a scratch slot whose index
    /// advances only if it changed, and the scratch is appended in chunks.
    fn plain_run(&mut self, i: usize, end: usize, row_start: usize, y: u16) -> usize {
        let mut at = i;
        while at < end {
            let stop = end.min(at + CHUNK);
            let cells = self.new[at..stop].iter().zip(&self.old[at..stop]);
            let mut kept = 0;
            let mut done = at;
            for (cell, old) in cells {
                let (Some(now), Some(was)) = (one_byte(cell), one_byte(old)) else {
                    break;
                };
                if !plain(cell) || old.diff_option != CellDiffOption::None {
                    break;
                }
                let changed = (now != was) | !same_colours(cell, old);
                let column = (done - row_start + self.x) as u16;
                // `kept` never reaches `CHUNK` here; `%` spares the bounds check.
                self.scratch[kept % CHUNK] = (column, y, done);
                kept += usize::from(changed);
                done += 1;
            }
            self.out.extend_from_slice(&self.scratch[..kept]);
            if done < stop {
                return done;
            }
            at = stop;
        }
        at
    }

    /// Steps over cells known to be equal in both buffers from `i` to at
    /// least `end`, and returns the next index ratatui looks at.
    fn pass_to(&mut self, mut i: usize, end: usize) -> usize {
        while i < end {
            // One column, whether skipped or not: the common case.
            let cells = self.new[i..end].iter();
            i += cells
                .take_while(|c| c.diff_option == CellDiffOption::None && c.symbol().len() <= 1)
                .count();
            if i < end {
                i = self.pass(i);
            }
        }
        i
    }

    /// Steps over the cell at `i`, known to be equal in both buffers, and
    /// returns the next index ratatui looks at.
    #[allow(deprecated)] // `skip` still decides, as it does in ratatui
    fn pass(&mut self, i: usize) -> usize {
        let cell = &self.new[i];
        match cell.diff_option {
            CellDiffOption::Skip => i + 1,
            CellDiffOption::None if cell.skip => i + 1,
            CellDiffOption::None => i + symbol_width(cell.symbol()).max(1),
            CellDiffOption::ForcedWidth(w) => i + usize::from(w.get()),
            CellDiffOption::AlwaysUpdate => self.compare(i),
        }
    }

    /// Compares the cell at `i`, emits what ratatui would for it, and
    /// returns the next index ratatui looks at.
    #[allow(deprecated)] // `skip` still decides, as it does in ratatui
    fn compare(&mut self, i: usize) -> usize {
        let cell = &self.new[i];
        let old = &self.old[i];
        match cell.diff_option {
            CellDiffOption::Skip => i + 1,
            CellDiffOption::None if cell.skip => i + 1,
            CellDiffOption::ForcedWidth(w) => {
                if !(same_style(cell, old) && same_symbol(cell.symbol(), old.symbol())) {
                    self.emit(i);
                }
                i + usize::from(w.get())
            }
            option => {
                let symbol = cell.symbol();
                let width = symbol_width(symbol);
                if option == CellDiffOption::None
                    && same_style(cell, old)
                    && same_symbol(symbol, old.symbol())
                {
                    return i + width.max(1);
                }
                self.emit(i);
                if width > 1 {
                    // Terminals may leave a VS16 emoji's trailing column
                    // stale; ratatui re-emits it if its symbol changed.
                    if symbol.contains('\u{FE0F}') {
                        return self.trailing(i + 1, (i + width).min(self.len), false);
                    }
                    return i + width;
                }
                let old_width = cell_width(old);
                if old_width > width {
                    return self.trailing(i + 1, i + old_width, true);
                }
                i + 1
            }
        }
    }

    /// Emits the cells in `at..end` that a wide character used to cover, or
    /// covers now: all of them if `force`, else those whose symbol changed.
    /// A wide cell in the range extends it by its own width. Returns where
    /// the walk resumes.
    fn trailing(&mut self, mut at: usize, mut end: usize, force: bool) -> usize {
        while at < end {
            let j = at;
            // ratatui indexes here unchecked and panics past the end.
            let Some(cell) = self.new.get(j) else { break };
            at += cell_width(cell).max(1);
            end = end.max(at).min(self.len);
            if !is_skip(cell) && (force || !same_symbol(self.old[j].symbol(), cell.symbol())) {
                self.emit(j);
            }
        }
        end
    }
}

/// Everything `Cell::eq` compares but the symbol.
fn same_style(a: &Cell, b: &Cell) -> bool {
    same_colours(a, b) && a.diff_option == b.diff_option
}

/// Everything `Cell::eq` compares but the symbol and the diff option.
#[inline]
#[allow(deprecated)] // `Cell::eq` compares `skip` too
fn same_colours(a: &Cell, b: &Cell) -> bool {
    a.fg == b.fg
        && a.bg == b.bg
        && a.modifier == b.modifier
        && a.underline_color == b.underline_color
        && a.skip == b.skip
}

/// The symbol's byte if it is one byte long.
fn one_byte(cell: &Cell) -> Option<u8> {
    match cell.symbol().as_bytes() {
        [byte] => Some(*byte),
        _ => None,
    }
}

/// No diff option, not skipped: ratatui's common case.
#[allow(deprecated)] // `skip` still decides, as it does in ratatui
fn plain(cell: &Cell) -> bool {
    cell.diff_option == CellDiffOption::None && !cell.skip
}

fn same_symbol(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    if a.len() <= SHORT_SYMBOL {
        a.iter().zip(b).all(|(x, y)| x == y)
    } else {
        a == b
    }
}

/// `str::cell_width` without the call for one byte, which ratatui counts as
/// one column (control characters included; its debug builds assert).
fn symbol_width(symbol: &str) -> usize {
    if symbol.len() == 1 {
        1
    } else {
        usize::from(symbol.cell_width())
    }
}

/// `Cell::cell_width`: a forced width, else the symbol's.
fn cell_width(cell: &Cell) -> usize {
    match cell.diff_option {
        CellDiffOption::ForcedWidth(w) => usize::from(w.get()),
        _ => symbol_width(cell.symbol()),
    }
}

#[allow(deprecated)] // `skip` still decides, as it does in ratatui
fn is_skip(cell: &Cell) -> bool {
    cell.diff_option == CellDiffOption::Skip
        || (cell.skip && cell.diff_option == CellDiffOption::None)
}

#[cfg(test)]
#[path = "changes_tests.rs"]
mod tests;
