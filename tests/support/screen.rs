//! A drawn test screen as text, for asserting on what a person would read.

use ratatui::buffer::Buffer;

/// Every row of `buffer` as a line, trailing spaces trimmed.
pub fn text_of(buffer: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buffer.area.height {
        let mut row = String::new();
        for x in 0..buffer.area.width {
            row.push_str(buffer[(x, y)].symbol());
        }
        out.push_str(row.trim_end());
        out.push('\n');
    }
    out
}
