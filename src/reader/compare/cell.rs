//! What goes in one cell of the matrix: a stance mark (or "old→new" when it
//! changed) and the start of the position's text, cut to fit with "…".

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::compare::{Mark, Verdict};
use crate::text::fit::ellipsize;
use crate::theme::Theme;

/// A mark's look, shared with the reader's positions through the theme.
pub fn mark_style(mark: Mark, theme: &Theme) -> Style {
    theme.mark(mark)
}

/// The verdict as a row's tag: its one name (the same everywhere) and its look.
pub fn verdict_tag(verdict: Verdict, theme: &Theme) -> (&'static str, Style) {
    (verdict.label(), theme.verdict(verdict))
}

pub use crate::text::fit::truncate;

/// `text` wrapped to `width` in at most `height` lines; the last line ends
/// in "…" when the text goes on.
pub fn wrap(text: &str, width: usize, height: usize) -> Vec<String> {
    if width == 0 || height == 0 {
        return Vec::new();
    }
    let mut lines: Vec<String> = textwrap::wrap(text, width)
        .into_iter()
        .map(|l| truncate(&l, width))
        .collect();
    if lines.len() > height {
        lines.truncate(height);
        if let Some(last) = lines.last_mut() {
            *last = ellipsize(last, width);
        }
    }
    lines
}

/// A cell's lines: the mark (or old→new), then the start of the text.
pub fn cell_lines(
    mark: Mark,
    old: Option<Mark>,
    text: &str,
    width: u16,
    height: u16,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let width = usize::from(width);
    let mut prefix = vec![Span::styled(mark.symbol(), mark_style(mark, theme))];
    if let Some(old) = old {
        prefix.insert(0, Span::styled(old.symbol(), mark_style(old, theme)));
        prefix.insert(1, Span::raw("→"));
    }
    let prefix_width: usize = prefix.iter().map(Span::width).sum::<usize>() + 1;
    if mark == Mark::Silent || width <= prefix_width {
        let mut line = Line::from(prefix);
        if width < line.width() {
            line = Line::from(truncate(mark.symbol(), width));
        }
        return vec![line];
    }
    let text_width = width - prefix_width;
    wrap(text, text_width, usize::from(height))
        .into_iter()
        .enumerate()
        .map(|(i, l)| {
            let mut spans = if i == 0 {
                prefix.clone()
            } else {
                vec![Span::raw(" ".repeat(prefix_width - 1))]
            };
            spans.push(Span::raw(" "));
            spans.push(Span::raw(l));
            Line::from(spans)
        })
        .collect()
}
