//! What the terminal shows, and writing only what changed.
//!
//! ratatui's `Terminal::draw` keeps two buffers, diffs them, and resets the
//! next one before the frame goes out. This does the same with its own
//! pair of buffers, so that the diff can be a quicker one and the reset
//! happens after the frame is written, outside the time a key waits for its
//! answer. ratatui's `Terminal` is still what makes a [`Frame`] to draw
//! into, and what clears the screen on a resize.

use std::io;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::{Frame, Terminal};

/// The cells on the terminal, and a blank canvas for the next frame.
pub struct Screen {
    /// What the terminal shows, as far as the reader has drawn it.
    shown: Buffer,
    /// Blank, ready to be drawn on.
    canvas: Buffer,
}

impl Screen {
    /// A screen of `area` that shows nothing yet: the first frame writes
    /// every cell that is not blank.
    pub fn new(area: Rect) -> Screen {
        Screen {
            shown: Buffer::empty(area),
            canvas: Buffer::empty(area),
        }
    }

    /// The terminal was cleared and is now `area`.
    pub fn cleared(&mut self, area: Rect) {
        *self = Screen::new(area);
    }

    /// Draw a frame with `render` and write the cells that differ from what
    /// the terminal shows, in one write.
    pub fn draw<B>(
        &mut self,
        terminal: &mut Terminal<B>,
        render: impl FnOnce(&mut Frame),
    ) -> io::Result<()>
    where
        B: ratatui::backend::Backend<Error = io::Error>,
    {
        // Drawn on this screen's canvas, through ratatui's frame.
        std::mem::swap(&mut self.canvas, terminal.current_buffer_mut());
        render(&mut terminal.get_frame());
        std::mem::swap(&mut self.canvas, terminal.current_buffer_mut());
        let backend = terminal.backend_mut();
        backend.draw(self.shown.diff_iter(&self.canvas))?;
        ratatui::backend::Backend::flush(backend)?;
        std::mem::swap(&mut self.shown, &mut self.canvas);
        self.canvas.reset();
        Ok(())
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
            .draw(terminal, |f| {
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
