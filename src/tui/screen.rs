//! What the terminal shows, and writing only what changed.
//!
//! ratatui's `Terminal::draw` draws every cell of every frame, compares the
//! frame with the last one, and writes the difference. This does the same
//! with its own pair of buffers, and skips the parts of the screen whose
//! key (see [`Layer`]) has not changed: on a scroll, the panes beside the
//! text are neither drawn, nor cleared, nor compared cell by cell. ratatui's
//! `Terminal` is still what makes a [`Frame`] to draw into, and what clears
//! the screen on a resize.

use std::io;
use std::ops::Range;

use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::Rect;
use ratatui::{Frame, Terminal};

use super::changes::{Change, changed_cells_in};
use super::view::Layer;

/// The cells on the terminal, and a canvas for the next frame.
pub struct Screen {
    /// What the terminal shows, as far as the reader has drawn it.
    shown: Buffer,
    /// The frame before, drawn on for the next one.
    canvas: Buffer,
    /// The parts of the last frame and their keys.
    layers: Vec<Layer>,
    /// The parts the last frame kept: the same in both buffers.
    settled: Vec<Rect>,
    /// The stretches of rows drawn in this frame, and the cells that
    /// changed in them; kept from frame to frame for their room.
    runs: Vec<Rect>,
    changes: Vec<Change>,
}

impl Screen {
    /// A screen of `area` that shows nothing yet: the first frame writes
    /// every cell that is not blank.
    pub fn new(area: Rect) -> Screen {
        Screen {
            shown: Buffer::empty(area),
            canvas: Buffer::empty(area),
            layers: Vec::new(),
            settled: Vec::new(),
            runs: Vec::new(),
            changes: Vec::new(),
        }
    }

    /// The terminal was cleared and is now `area`.
    pub fn cleared(&mut self, area: Rect) {
        *self = Screen::new(area);
    }

    /// What the terminal shows.
    pub fn shown(&self) -> &Buffer {
        &self.shown
    }

    /// Draw a frame with `render` and write the cells that differ from what
    /// the terminal shows, in one write. `layers` are the frame's parts that
    /// need not be drawn when they are as in the last frame; `render` is
    /// told which those are, and must draw everything else.
    pub fn draw<B>(
        &mut self,
        terminal: &mut Terminal<B>,
        layers: Option<Vec<Layer>>,
        render: impl FnOnce(&mut Frame, &[Rect]),
    ) -> io::Result<()>
    where
        B: ratatui::backend::Backend<Error = io::Error>,
    {
        let layers = layers.unwrap_or_default();
        let kept: Vec<Rect> = layers
            .iter()
            .filter(|layer| self.layers.contains(layer))
            .map(|layer| layer.area)
            .collect();
        // The canvas holds the frame before the last. Blank it but for the
        // kept parts, and bring those up to the last frame where they
        // changed in it.
        outside(self.canvas.area, &kept, &mut self.runs);
        for &run in &self.runs {
            let run = cells(&self.canvas, run);
            self.canvas.content[run].iter_mut().for_each(Cell::reset);
        }
        for &area in kept.iter().filter(|area| !self.settled.contains(area)) {
            for run in area.intersection(self.shown.area).rows() {
                let cells = cells(&self.shown, run);
                self.canvas.content[cells.clone()].clone_from_slice(&self.shown.content[cells]);
            }
        }
        std::mem::swap(&mut self.canvas, terminal.current_buffer_mut());
        render(&mut terminal.get_frame(), &kept);
        std::mem::swap(&mut self.canvas, terminal.current_buffer_mut());
        // Only what was drawn is compared: the kept parts are the same.
        changed_cells_in(&self.shown, &self.canvas, &self.runs, &mut self.changes);
        let canvas = &self.canvas;
        let changes = self
            .changes
            .iter()
            .map(|&(x, y, at)| (x, y, &canvas.content[at]));
        let backend = terminal.backend_mut();
        backend.draw(changes)?;
        ratatui::backend::Backend::flush(backend)?;
        std::mem::swap(&mut self.shown, &mut self.canvas);
        self.layers = layers;
        self.settled = kept;
        Ok(())
    }
}

/// The cells of a one-row `run` of `buf`, as indices into its content.
fn cells(buf: &Buffer, run: Rect) -> Range<usize> {
    let start = buf.index_of(run.x, run.y);
    start..start + usize::from(run.width)
}

/// The stretches of each row of `area`, in screen order, that are in none
/// of `kept`, into `runs`.
fn outside(area: Rect, kept: &[Rect], runs: &mut Vec<Rect>) {
    runs.clear();
    let mut kept: Vec<Rect> = kept
        .iter()
        .map(|r| r.intersection(area))
        .filter(|r| !r.is_empty())
        .collect();
    kept.sort_unstable_by_key(|r| r.x);
    for y in area.top()..area.bottom() {
        let mut x = area.left();
        let covers = kept.iter().filter(|r| r.top() <= y && y < r.bottom());
        for (left, right) in covers
            .map(|r| (r.left(), r.right()))
            .chain([(area.right(), area.right())])
        {
            if left > x {
                runs.push(Rect::new(x, y, left - x, 1));
            }
            x = x.max(right);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::backend::CrosstermBackend;
    use ratatui::widgets::Paragraph;

    const AREA: Rect = Rect {
        x: 0,
        y: 0,
        width: 20,
        height: 3,
    };

    /// A screen and a terminal writing into memory.
    fn setup() -> (Screen, Terminal<CrosstermBackend<Vec<u8>>>) {
        let options = ratatui::TerminalOptions {
            viewport: ratatui::Viewport::Fixed(AREA),
        };
        let terminal = Terminal::with_options(CrosstermBackend::new(Vec::new()), options)
            .expect("a terminal over memory");
        (Screen::new(AREA), terminal)
    }

    /// Draw `text` and return the bytes written for it.
    fn frame(
        screen: &mut Screen,
        terminal: &mut Terminal<CrosstermBackend<Vec<u8>>>,
        text: &str,
    ) -> Vec<u8> {
        terminal.backend_mut().writer_mut().clear();
        screen
            .draw(terminal, None, |f, _| {
                f.render_widget(Paragraph::new(text), f.area());
            })
            .expect("drawing into memory");
        terminal.backend().writer().clone()
    }

    fn printed(bytes: &[u8]) -> String {
        let size = |n: u16| std::num::NonZeroU16::new(n).expect("a screen is not empty");
        let mut parser = vt100::Parser::new(size(AREA.height), size(AREA.width), 0);
        parser.process(bytes);
        parser.screen().contents()
    }

    #[test]
    fn a_frame_writes_only_the_cells_that_changed() {
        let (mut screen, mut terminal) = setup();
        let first = frame(&mut screen, &mut terminal, "hello world");
        assert_eq!(printed(&first).trim_end(), "hello world");
        let same = frame(&mut screen, &mut terminal, "hello world");
        assert!(
            !String::from_utf8_lossy(&same)
                .contains(|c: char| c.is_alphabetic() && c != 'H' && c != 'm'),
            "nothing to print again: {same:?}"
        );
        let changed = frame(&mut screen, &mut terminal, "hello wOrld");
        let text = String::from_utf8_lossy(&changed);
        assert!(text.contains('O') && !text.contains("hello"), "{text:?}");
    }

    #[test]
    fn what_a_frame_no_longer_draws_is_blanked() {
        // The canvas is blank again for every frame: text drawn once and
        // not again must be erased, not left standing.
        let (mut screen, mut terminal) = setup();
        let mut all = Vec::new();
        // Both buffers have held the text before the frame without it.
        for text in ["first\nsecond", "first\nsecond", "first"] {
            all.extend(frame(&mut screen, &mut terminal, text));
        }
        assert_eq!(printed(&all).trim_end(), "first");
    }

    #[test]
    fn after_the_terminal_is_cleared_every_cell_is_written_again() {
        let (mut screen, mut terminal) = setup();
        frame(&mut screen, &mut terminal, "kept");
        screen.cleared(AREA);
        let again = frame(&mut screen, &mut terminal, "kept");
        assert_eq!(printed(&again).trim_end(), "kept");
    }
}
