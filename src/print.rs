//! `brief print`: the whole briefing as wrapped text, optionally with colour.

use crate::model::Briefing;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PrintOptions {
    /// Columns to wrap to.
    pub width: usize,
    /// Emit ANSI styling.
    pub color: bool,
}

/// The briefing as text, ending with a newline.
pub fn render(briefing: &Briefing, options: PrintOptions) -> String {
    // Placeholder until the shared text layout lands.
    let _ = options;
    format!("{}\n", briefing.headline)
}
