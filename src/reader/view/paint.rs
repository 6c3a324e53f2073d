//! Laid-out lines painted straight into the frame's buffer, cell by cell.
//!
//! The lines are already laid out to the pane's width, so a `Paragraph`
//! only costs here: it splits every span into graphemes and measures each.
//! Most text is ASCII, one cell per byte, so that is written directly; any
//! stretch that is not goes through ratatui's own grapheme splitting and
//! widths, so wide characters, combining marks and zero-width characters
//! come out exactly as a `Paragraph` without wrap draws them, and so does
//! the cut at the right edge.

use ratatui::buffer::{Buffer, Cell, CellDiffOption, CellWidth};
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

/// One row of an area being painted from the left, as one `Paragraph` line.
pub struct Row<'b> {
    cells: &'b mut [Cell],
    /// The next cell to paint.
    x: usize,
    /// Something did not fit: the rest of the line is cut, as a
    /// `Paragraph` cuts it.
    cut: bool,
    /// Every cell of the row ends up as if the area had been cleared
    /// first (`Clear`), without clearing cells that are painted anyway.
    clear: bool,
}

impl<'b> Row<'b> {
    /// Row `y` of `area` (within the buffer); `None` when it has no cells.
    pub fn new(buf: &'b mut Buffer, area: Rect, y: u16, clear: bool) -> Option<Self> {
        let area = area.intersection(buf.area);
        if area.is_empty() || y < area.top() || y >= area.bottom() {
            return None;
        }
        let start = buf.index_of(area.x, y);
        let cells = buf
            .content
            .get_mut(start..start + usize::from(area.width))?;
        Some(Row {
            cells,
            x: 0,
            cut: false,
            clear,
        })
    }

    /// Paint `text` after what is painted so far.
    pub fn span(&mut self, text: &str, style: Style) {
        let bytes = text.as_bytes();
        let mut at = 0;
        while at < bytes.len() && !self.cut {
            let Some(wide) = bytes[at..].iter().position(|b| !b.is_ascii()) else {
                self.ascii(&bytes[at..], style);
                return;
            };
            let wide = at + wide;
            // The ASCII character before a non-ASCII one may be one grapheme
            // with it (a letter and its combining accent), so it goes with it.
            let from = wide.saturating_sub(1).max(at);
            self.ascii(&bytes[at..from], style);
            let to = boundary_after(bytes, wide);
            self.graphemes(text.get(from..to).unwrap_or_default(), style);
            at = to;
        }
    }

    /// Paint the same one-cell `symbol` `count` times (a rule).
    pub fn repeat(&mut self, symbol: &str, count: usize, style: Style) {
        if !repeats_cell_by_cell(symbol) {
            self.span(&symbol.repeat(count), style);
            return;
        }
        for _ in 0..count {
            if !self.fits(1) {
                return;
            }
            self.put(symbol, 1, style);
        }
    }

    fn ascii(&mut self, bytes: &[u8], style: Style) {
        for &b in bytes {
            // A control character is never drawn raw: a Paragraph drops it.
            if b.is_ascii_control() {
                continue;
            }
            if !self.fits(1) {
                return;
            }
            let cell = &mut self.cells[self.x];
            if self.clear || untouched(cell) {
                // The cell `set_char` makes of a cleared one, built whole
                // from a symbol of known length: much cheaper.
                let i = usize::from(b - b' ');
                *cell = Cell::new(PRINTABLE.get(i..=i).unwrap_or(" "));
            } else {
                cell.set_char(char::from(b));
            }
            cell.set_style(style);
            self.x += 1;
        }
    }

    /// What `Paragraph`'s line truncator and `render_line` do, grapheme by
    /// grapheme, with the graphemes and widths ratatui gives.
    fn graphemes(&mut self, text: &str, style: Style) {
        let span = Span::raw(text);
        for g in span.styled_graphemes(Style::default()) {
            let width = g.symbol.cell_width();
            // A grapheme wider than the whole row is left out, not cut at.
            if usize::from(width) > self.cells.len() {
                continue;
            }
            if !self.fits(width) {
                return;
            }
            if width > 0 {
                self.put(g.symbol, width, style);
            }
        }
    }

    fn fits(&mut self, width: u16) -> bool {
        self.cut = self.cut || self.x + usize::from(width) > self.cells.len();
        !self.cut
    }

    fn put(&mut self, symbol: &str, width: u16, style: Style) {
        let cells = &mut self.cells[self.x..self.x + usize::from(width)];
        if self.clear {
            // The cells a wide character covers stay as cleared.
            cells.iter_mut().for_each(Cell::reset);
        }
        cells[0].set_symbol(symbol).set_style(style);
        self.x += usize::from(width);
    }
}

impl Drop for Row<'_> {
    /// The cells after the text, when clearing.
    fn drop(&mut self) {
        if self.clear {
            for cell in &mut self.cells[self.x..] {
                cell.reset();
            }
        }
    }
}

/// Every printable ASCII character, in order from the space.
const PRINTABLE: &str = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";

/// A cell with nothing but perhaps its symbol set, as in a new frame.
fn untouched(cell: &Cell) -> bool {
    #[allow(deprecated)] // `skip` is still a field a cell keeps
    let skip = cell.skip;
    cell.style() == Cell::EMPTY.style() && cell.diff_option == CellDiffOption::None && !skip
}

/// Whether `symbol` twice is two graphemes of one cell each (not so for a
/// combining mark or a regional indicator), so a run of it can be painted
/// one symbol a cell. Checked on the stack: a frame paints a few rules.
fn repeats_cell_by_cell(symbol: &str) -> bool {
    let n = symbol.len();
    let mut pair = [0u8; 8];
    if n == 0 || n > 4 {
        return false;
    }
    pair[..n].copy_from_slice(symbol.as_bytes());
    pair[n..2 * n].copy_from_slice(symbol.as_bytes());
    let Ok(pair) = std::str::from_utf8(&pair[..2 * n]) else {
        return false;
    };
    let one_cell = |g: ratatui::text::StyledGrapheme| g.symbol == symbol;
    let span = Span::raw(pair);
    let mut graphemes = span.styled_graphemes(Style::default());
    // Measured last: only a symbol without control characters gets there.
    graphemes.next().is_some_and(one_cell)
        && graphemes.next().is_some_and(one_cell)
        && graphemes.next().is_none()
        && symbol.cell_width() == 1
}

/// A grapheme boundary at or after `from` that needs no look at what
/// follows: right after an ASCII character other than CR that another ASCII
/// character follows (no ASCII character joins the next one in a grapheme,
/// but CR LF). The end of the text if there is none.
fn boundary_after(bytes: &[u8], from: usize) -> usize {
    bytes
        .windows(2)
        .skip(from)
        .position(|w| w[0].is_ascii() && w[1].is_ascii() && w[0] != b'\r')
        .map_or(bytes.len(), |i| from + i + 1)
}

/// One line in the top row of `area`, over `base` across the whole area:
/// what `Paragraph::new(line).style(base)` draws.
pub fn line(buf: &mut Buffer, area: Rect, line: &Line, base: Style) {
    buf.set_style(area, base);
    if let Some(mut row) = Row::new(buf, area, area.y, false) {
        for span in &line.spans {
            row.span(&span.content, line.style.patch(span.style));
        }
    }
}

/// Reset the cells of row `y` in `x` (within the buffer), as `Clear` does.
pub fn clear(buf: &mut Buffer, x: std::ops::Range<u16>, y: u16) {
    for x in x {
        if let Some(cell) = buf.cell_mut((x, y)) {
            cell.reset();
        }
    }
}

#[cfg(test)]
#[path = "paint_tests.rs"]
mod tests;
