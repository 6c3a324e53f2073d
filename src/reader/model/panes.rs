//! The panes' text, laid out for the screen: the header, the reading text
//! (laid out in steps for a big briefing) and the positions panel.

use std::sync::Arc;

use crate::text::Layout;
use crate::text::document::Progress;

/// The text before the reader's place, laid out a step at a time after a
/// width change deep into a big briefing laid out the reader's own section
/// first; joined in front of the reading layout once it reaches it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Before {
    pub layout: Layout,
    pub progress: Progress,
    /// The section the reading layout starts at.
    pub upto: usize,
    /// The paragraph number given last before that section.
    pub block: u32,
}

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
    /// The text before the reading layout, while it is laid out (see
    /// [`Before`]); the reading layout's lines count from its start.
    pub before: Option<Box<Before>>,
    /// The paragraph number of each section's heading, as far as known:
    /// they do not change with the width.
    pub blocks: Vec<u32>,
}

impl Default for Panes {
    fn default() -> Panes {
        Panes {
            header: Arc::default(),
            reading: Arc::default(),
            positions: Arc::default(),
            complete: true,
            progress: Progress::default(),
            before: None,
            blocks: Vec::new(),
        }
    }
}
