//! Clearing an area to draw over it, without leaving half a wide character
//! at its edges.
//!
//! Workaround for ratatui#2526 (`Clear` does not handle double-width glyphs
//! straddling the area's edges): a wide character just left of the area
//! still claims the area's first column, and ratatui's diff then never
//! writes that column, so the overlay's border went missing there, or the
//! column was left blank on the next frame when the character went.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Clear, Widget};
use unicode_width::UnicodeWidthStr;

/// Clear `area` as `Clear` does, and blank a wide character that reaches
/// into it from the left, and what is left of one cut at its right edge.
pub fn cover(buf: &mut Buffer, area: Rect) {
    let area = area.intersection(buf.area);
    if area.is_empty() {
        return;
    }
    Clear.render(area, buf);
    for y in area.top()..area.bottom() {
        if let Some(x) = area.x.checked_sub(1)
            && let Some(cell) = buf.cell_mut((x, y))
            && cell.symbol().width() > 1
        {
            cell.set_symbol(" ");
        }
        // The column after a wide character cut in two at the right edge.
        if let Some(cell) = buf.cell_mut((area.right(), y))
            && cell.symbol().is_empty()
        {
            cell.set_symbol(" ");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::Style;

    #[test]
    fn a_wide_character_reaching_in_from_the_left_is_blanked() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 6, 1));
        buf.set_string(0, 0, "a字bc", Style::default());
        cover(&mut buf, Rect::new(2, 0, 3, 1));
        assert_eq!(
            buf[(1, 0)].symbol(),
            " ",
            "half of 字 would be under the overlay"
        );
        assert_eq!(buf[(0, 0)].symbol(), "a");
        assert_eq!(buf[(2, 0)].symbol(), " ");
    }

    #[test]
    fn a_wide_character_wholly_outside_is_kept() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 6, 1));
        buf.set_string(0, 0, "字bcd", Style::default());
        cover(&mut buf, Rect::new(2, 0, 3, 1));
        assert_eq!(buf[(0, 0)].symbol(), "字");
    }
}
