//! Screenshots as SVG, drawn from a ratatui [`Buffer`]: the same cells the
//! terminal is sent, each placed on an exact grid, so the README's pictures
//! come from the drawing code itself and cannot drift from it (a test
//! compares them; `cargo run --example screenshots` rewrites them).
//!
//! Every run of cells styled alike is one `<text>` stretched to its cells'
//! width, a wide character takes two cells, and the text stays selectable.

mod palette;
pub mod scenes;

use std::fmt::Write as _;

use ratatui::buffer::{Buffer, Cell};
use ratatui::style::Modifier;
use unicode_width::UnicodeWidthStr;

pub use palette::{Palette, Rgb};

/// A cell's width and height in pixels, and the font size that fills it
/// (a monospace advance is about 0.6 em).
const CELL_WIDTH: u32 = 9;
const CELL_HEIGHT: u32 = 18;
const FONT_SIZE: u32 = 15;
/// From a row's top to the text's baseline.
const BASELINE: u32 = 14;
/// Room around the grid, as a terminal window has.
const PADDING: u32 = 12;
const FONTS: &str =
    "ui-monospace, 'SF Mono', Menlo, 'DejaVu Sans Mono', Consolas, 'Liberation Mono', monospace";

/// How a run of cells looks once the terminal's defaults are filled in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Look {
    fg: Rgb,
    bg: Rgb,
    bold: bool,
    italic: bool,
    dim: bool,
    underline: bool,
    strike: bool,
    hidden: bool,
}

impl Look {
    fn of(cell: &Cell, palette: &Palette) -> Look {
        let m = cell.modifier;
        let mut fg = palette.rgb(cell.fg, palette.foreground);
        let mut bg = palette.rgb(cell.bg, palette.background);
        if m.contains(Modifier::REVERSED) {
            std::mem::swap(&mut fg, &mut bg);
        }
        Look {
            fg,
            bg,
            bold: m.contains(Modifier::BOLD),
            italic: m.contains(Modifier::ITALIC),
            dim: m.contains(Modifier::DIM),
            underline: m.contains(Modifier::UNDERLINED),
            strike: m.contains(Modifier::CROSSED_OUT),
            hidden: m.contains(Modifier::HIDDEN),
        }
    }
}

/// A stretch of one row: its first column, its width in cells, its text.
struct Run {
    x: u16,
    cells: u16,
    text: String,
    look: Look,
    /// Holds a wide character: stretched to its cells, never extended.
    wide: bool,
}

/// The buffer as an SVG document, in `palette`'s colours.
#[must_use]
pub fn svg(buffer: &Buffer, palette: &Palette) -> String {
    let area = buffer.area;
    let width = u32::from(area.width) * CELL_WIDTH + 2 * PADDING;
    let height = u32::from(area.height) * CELL_HEIGHT + 2 * PADDING;
    let mut backgrounds = String::new();
    let mut texts = String::new();
    for y in 0..area.height {
        for run in runs(buffer, y, palette) {
            let left = PADDING + u32::from(run.x) * CELL_WIDTH;
            let top = PADDING + u32::from(y) * CELL_HEIGHT;
            let span = u32::from(run.cells) * CELL_WIDTH;
            if run.look.bg != palette.background {
                let _ = writeln!(
                    backgrounds,
                    r#"<rect x="{left}" y="{top}" width="{span}" height="{CELL_HEIGHT}" fill="{}"/>"#,
                    hex(run.look.bg)
                );
            }
            if run.look.hidden {
                continue;
            }
            // Blanks are background only. Each stretch of text between two
            // or more blanks is placed at its own cell, so no renderer's
            // handling of spaces can shift it, and selecting a line copies
            // no run of spaces.
            let pieces = if run.wide {
                vec![(0, run.text.as_str())]
            } else {
                pieces(&run.text)
            };
            for (skip, text) in pieces {
                let at = left + u32::try_from(skip).unwrap_or(0) * CELL_WIDTH;
                let span = if run.wide {
                    span
                } else {
                    u32::try_from(text.chars().count()).unwrap_or(0) * CELL_WIDTH
                };
                let _ = writeln!(
                    texts,
                    r#"<text x="{at}" y="{}" textLength="{span}" lengthAdjust="spacingAndGlyphs" fill="{}"{}>{}</text>"#,
                    top + BASELINE,
                    hex(run.look.fg),
                    attributes(run.look),
                    escape(text)
                );
            }
        }
    }
    let mut out = String::new();
    let _ = writeln!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="{FONTS}" font-size="{FONT_SIZE}" xml:space="preserve">"#
    );
    let _ = writeln!(
        out,
        r#"<rect width="{width}" height="{height}" rx="6" fill="{}"/>"#,
        hex(palette.background)
    );
    out.push_str(&backgrounds);
    out.push_str(&texts);
    out.push_str("</svg>\n");
    out
}

/// The stretches of `text` (one cell a character) between runs of two or
/// more spaces, each with the cell it starts at; single spaces stay inside.
fn pieces(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start: Option<(usize, usize)> = None; // (cell, byte)
    let mut blanks = 0;
    let mut end = 0;
    for (cell, (byte, c)) in text.char_indices().enumerate() {
        if c == ' ' {
            blanks += 1;
            if blanks == 2
                && let Some((at, from)) = start.take()
            {
                out.push((at, &text[from..end]));
            }
            continue;
        }
        blanks = 0;
        if start.is_none() {
            start = Some((cell, byte));
        }
        end = byte + c.len_utf8();
    }
    if let Some((at, from)) = start {
        out.push((at, &text[from..end]));
    }
    out
}

/// Row `y` cut where the look changes; a wide character is a run of its
/// own, so that stretching a run to its cells never squeezes or spreads it.
fn runs(buffer: &Buffer, y: u16, palette: &Palette) -> Vec<Run> {
    let area = buffer.area;
    let mut out: Vec<Run> = Vec::new();
    let mut x = 0;
    while x < area.width {
        let cell = &buffer[(area.x + x, area.y + y)];
        let symbol = cell.symbol();
        let cells = u16::try_from(symbol.width())
            .unwrap_or(1)
            .clamp(1, area.width - x);
        let look = Look::of(cell, palette);
        match out.last_mut() {
            Some(last) if cells == 1 && !last.wide && last.look == look => {
                last.text.push_str(symbol);
                last.cells += 1;
            }
            _ => out.push(Run {
                x,
                cells,
                text: symbol.to_owned(),
                look,
                wide: cells > 1,
            }),
        }
        // The cells a wide character covers hold nothing of their own.
        x += cells;
    }
    out
}

fn attributes(look: Look) -> String {
    let mut out = String::new();
    if look.bold {
        out.push_str(r#" font-weight="bold""#);
    }
    if look.italic {
        out.push_str(r#" font-style="italic""#);
    }
    if look.dim {
        out.push_str(r#" fill-opacity="0.6""#);
    }
    match (look.underline, look.strike) {
        (true, true) => out.push_str(r#" text-decoration="underline line-through""#),
        (true, false) => out.push_str(r#" text-decoration="underline""#),
        (false, true) => out.push_str(r#" text-decoration="line-through""#),
        (false, false) => {}
    }
    out
}

fn hex((r, g, b): Rgb) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// Text as XML character data; anything below a space (which a sanitized
/// buffer never holds) becomes a space rather than invalid XML.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests;
