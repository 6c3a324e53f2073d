//! The panes' text, laid out for the screen: the header, the reading text
//! (laid out in steps for a big briefing) and the positions panel.

use std::sync::Arc;

use crate::text::Layout;
use crate::text::document::Progress;

/// The layouts are shared, so a search can read them on another thread.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Panes {
    /// Headline, dek and meta at the full width.
    pub header: Arc<Layout>,
    pub reading: Arc<Layout>,
    pub positions: Arc<Layout>,
    /// The reading layout covers the whole briefing.
    pub complete: bool,
    /// How far a reading layout built in steps has got.
    pub progress: Progress,
}

impl Default for Panes {
    fn default() -> Panes {
        Panes {
            header: Arc::default(),
            reading: Arc::default(),
            positions: Arc::default(),
            complete: true,
            progress: Progress::default(),
        }
    }
}
