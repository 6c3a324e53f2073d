//! ratatui's `Terminal`, with the one workaround the reader needs at its
//! call site.
//!
//! A terminal that prints a narrow character over the first column of a
//! wide one blanks the other column itself, in the attributes of what it
//! printed: a search hit's reverse video, say. ratatui's diff rewrites that
//! column only when the old wide character's own style shows on blanks
//! (ratatui#2585, ratatui#2738), so a reversed blank was left beside CJK
//! text. Here the columns a wide character covered in the last frame are
//! marked `AlwaysUpdate` in the next one: ratatui's own diff then writes
//! them after the narrow character, unless a wide character covers them
//! again (the diff steps over those).
//!
//! Hyperlinks are written after the frame (see `hyperlink.rs`); the cells
//! they covered are marked the same way, so the next frame's diff rewrites
//! them and no link is left on text that has moved there.

use ratatui::backend::Backend;
use ratatui::buffer::{Buffer, CellDiffOption};
use ratatui::layout::Rect;
use ratatui::{Frame, Terminal, TerminalOptions, Viewport};
use unicode_width::UnicodeWidthStr;

use super::hyperlink::{Hyperlink, osc8};

/// A ratatui terminal on a fixed area, drawn through [`Screen::draw`].
pub struct Screen<B: Backend> {
    terminal: Terminal<B>,
    /// Where the last frame had wide characters: column, row, width.
    wide: Vec<(u16, u16, u16)>,
    /// Where the last frame had hyperlinks: column, row, width.
    linked: Vec<(u16, u16, u16)>,
}

impl<B: Backend> Screen<B> {
    pub fn new(backend: B, area: Rect) -> Result<Self, B::Error> {
        let options = TerminalOptions {
            viewport: Viewport::Fixed(area),
        };
        Ok(Screen {
            terminal: Terminal::with_options(backend, options)?,
            wide: Vec::new(),
            linked: Vec::new(),
        })
    }

    /// Draw one frame; ratatui writes the cells that changed.
    pub fn draw(&mut self, render: impl FnOnce(&mut Frame)) -> Result<(), B::Error> {
        self.draw_linked(render, &[]).map(|_| ())
    }

    /// Draw one frame, and return what makes `links` hyperlinks on it, for
    /// the caller to write after it (ratatui cannot: ratatui#1227).
    pub fn draw_linked(
        &mut self,
        render: impl FnOnce(&mut Frame),
        links: &[Hyperlink],
    ) -> Result<Vec<u8>, B::Error> {
        let wide = std::mem::take(&mut self.wide);
        let linked = std::mem::take(&mut self.linked);
        let done = self.terminal.draw(|frame| {
            render(frame);
            let buf = frame.buffer_mut();
            rewrite_covered(buf, &wide);
            for &(x, y, width) in &linked {
                for dx in 0..width {
                    if let Some(cell) = buf.cell_mut((x.saturating_add(dx), y)) {
                        cell.set_diff_option(CellDiffOption::AlwaysUpdate);
                    }
                }
            }
        })?;
        self.wide = wide_cells(done.buffer);
        let bytes = osc8(done.buffer, links);
        self.linked = links.iter().map(|l| (l.x, l.y, l.width())).collect();
        Ok(bytes)
    }

    /// Where ratatui writes, for what it cannot write itself.
    pub fn backend_mut(&mut self) -> &mut B {
        self.terminal.backend_mut()
    }

    /// A new size: the screen is cleared and the next frame drawn whole.
    pub fn resize(&mut self, area: Rect) -> Result<(), B::Error> {
        self.wide.clear();
        self.linked.clear();
        self.terminal.resize(area)
    }

    #[cfg(test)]
    fn terminal_mut(&mut self) -> &mut Terminal<B> {
        &mut self.terminal
    }

    /// The terminal, to dispose of it (see the session's `Drop`).
    pub fn into_terminal(self) -> Terminal<B> {
        self.terminal
    }
}

/// The wide characters of a frame.
fn wide_cells(buf: &Buffer) -> Vec<(u16, u16, u16)> {
    let mut wide = Vec::new();
    for (i, cell) in buf.content.iter().enumerate() {
        let symbol = cell.symbol();
        if symbol.is_ascii() {
            continue;
        }
        let width = u16::try_from(symbol.width()).unwrap_or(u16::MAX);
        if width > 1 {
            let (x, y) = buf.pos_of(i);
            wide.push((x, y, width));
        }
    }
    wide
}

/// Mark the columns the last frame's wide characters covered to be written.
fn rewrite_covered(buf: &mut Buffer, wide: &[(u16, u16, u16)]) {
    for &(x, y, width) in wide {
        for dx in 1..width {
            if let Some(cell) = buf.cell_mut((x.saturating_add(dx), y)) {
                cell.set_diff_option(CellDiffOption::AlwaysUpdate);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::backend::TestBackend;
    use ratatui::style::{Modifier, Style};

    fn written(screen: &mut Screen<TestBackend>, text: &str, style: Style) -> Vec<(u16, String)> {
        let mut cells = Vec::new();
        screen
            .draw(|frame| {
                frame.buffer_mut().set_string(0, 0, text, style);
            })
            .expect("drawing to memory");
        let buf = screen.terminal_mut().backend().buffer().clone();
        for x in 0..4 {
            cells.push((x, buf[(x, 0)].symbol().to_owned()));
        }
        cells
    }

    #[test]
    fn the_column_a_wide_character_covered_is_marked_in_the_next_frame() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 4, 1));
        buf.set_string(0, 0, "字ab", Style::default());
        let wide = wide_cells(&buf);
        assert_eq!(wide, vec![(0, 0, 2)]);
        let mut next = Buffer::empty(Rect::new(0, 0, 4, 1));
        next.set_string(0, 0, "s", Style::default().add_modifier(Modifier::REVERSED));
        rewrite_covered(&mut next, &wide);
        assert_eq!(next[(1, 0)].diff_option, CellDiffOption::AlwaysUpdate);
        assert_eq!(next[(0, 0)].diff_option, CellDiffOption::None);
        // ratatui's diff now writes the column after the narrow character.
        let prev = Buffer::empty(Rect::new(0, 0, 4, 1));
        let diff: Vec<(u16, u16)> = prev.diff(&next).iter().map(|&(x, y, _)| (x, y)).collect();
        assert!(diff.contains(&(1, 0)), "{diff:?}");
    }

    #[test]
    fn a_wide_character_drawn_again_keeps_its_second_column() {
        let area = Rect::new(0, 0, 4, 1);
        let mut screen = Screen::new(TestBackend::new(4, 1), area).expect("a test screen");
        written(&mut screen, "字ab", Style::default());
        let cells = written(&mut screen, "字ab", Style::default());
        assert_eq!(cells[0].1, "字");
        assert_eq!(cells[2].1, "a");
    }
}
