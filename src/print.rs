//! `brief print`: the whole briefing, or only its positions, as wrapped
//! text, optionally with colour.

use crossterm::style::ContentStyle;
use ratatui::backend::IntoCrossterm;

use crate::compare::{Comparison, Mark};
use crate::model::Briefing;
use crate::text::document::{header, reading};
use crate::text::positions::positions;
use crate::text::{Layout, Role, Span, Style};
use crate::theme::Theme;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrintOptions {
    /// Columns to wrap to.
    pub width: usize,
    /// Emit ANSI styling.
    pub color: bool,
    /// How each role looks when `color`.
    pub theme: Theme,
}

impl PrintOptions {
    /// The theme to write in, or none for plain text.
    pub fn styled(&self) -> Option<&Theme> {
        self.color.then_some(&self.theme)
    }
}

/// The briefing as text, ending with a newline.
pub fn render(briefing: &Briefing, options: &PrintOptions) -> String {
    let width = options.width.max(1);
    let mut lines = header(briefing, width);
    lines.blank(0);
    lines.extend(&reading(briefing, width));
    let comparison = Comparison::of(briefing);
    if !comparison.topics.is_empty() {
        lines.blank(0);
        lines.extend(&compared(briefing, &comparison, width));
    }
    to_text(&lines, options.styled())
}

/// Only the positions compared (`brief print --positions`), ending with a newline.
pub fn render_positions(briefing: &Briefing, options: &PrintOptions) -> String {
    let width = options.width.max(1);
    let comparison = Comparison::of(briefing);
    if comparison.topics.is_empty() {
        return "This briefing states no positions to compare.\n".to_owned();
    }
    to_text(&compared(briefing, &comparison, width), options.styled())
}

/// "Positions", the legend, then the summary and every topic.
fn compared(briefing: &Briefing, comparison: &Comparison, width: usize) -> Layout {
    let mut lines = Layout::new(width);
    lines.push(
        "Positions",
        Style {
            strong: true,
            ..Style::role(Role::Heading)
        },
    );
    lines.extend(&legend(width));
    lines.blank(0);
    lines.extend(&positions(briefing, comparison, width));
    lines
}

/// Laid-out lines as text, one per line, with ANSI styling in `theme`
/// when there is one.
pub fn to_text(lines: &Layout, theme: Option<&Theme>) -> String {
    let mut out = String::new();
    for line in lines.lines() {
        for (text, style) in line.spans() {
            write_span(&mut out, text, style, theme);
        }
        // Trailing spaces help nobody in a file or a pipe.
        let trimmed = out.trim_end_matches(' ').len();
        out.truncate(trimmed);
        out.push('\n');
    }
    out
}

/// The key to the stance marks, for readers without colour, wrapped to `width`.
pub fn legend(width: usize) -> Layout {
    let mut spans = Vec::new();
    for (i, mark) in Mark::LEGEND.iter().enumerate() {
        if i > 0 {
            spans.push(Span::new("  ", Style::role(Role::Dim)));
        }
        // One span, joined by no-break spaces, so a wrap never parts a mark
        // from its word.
        let entry = format!("{} {}", mark.symbol(), mark.label()).replace(' ', "\u{a0}");
        spans.push(Span::new(entry, Style::role(Role::Stance(*mark))));
    }
    let block = crate::text::markdown::Block {
        spans,
        ..crate::text::markdown::Block::default()
    };
    let mut out = Layout::new(width);
    crate::text::wrap::wrap_block(&block, width, 0, &mut out);
    out
}

fn write_span(out: &mut String, text: &str, style: Style, theme: Option<&Theme>) {
    let Some(theme) = theme else {
        out.push_str(text);
        return;
    };
    let style: ContentStyle = theme.text(style).into_crossterm();
    out.push_str(&style.apply(text).to_string());
}
