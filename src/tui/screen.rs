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
