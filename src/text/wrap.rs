//! Wrapping styled text to a width, with textwrap's first-fit algorithm.
//!
//! First-fit is linear in the text and decides each line by itself, which is
//! what a reader laying out megabytes on a keypress needs; optimal-fit would
//! look nicer on paper but costs far more on long paragraphs.

use textwrap::WordSeparator;
use textwrap::core::{Fragment, Word, break_words};
use textwrap::wrap_algorithms::wrap_first_fit;
use unicode_width::UnicodeWidthStr;

use super::markdown::Block;
use super::style::{Line, Span, Style};

/// A word with the style of the span it came from.
#[derive(Debug)]
struct Piece<'a> {
    word: Word<'a>,
    style: Style,
}

impl Fragment for Piece<'_> {
    fn width(&self) -> f64 {
        self.word.width()
    }
    fn whitespace_width(&self) -> f64 {
        self.word.whitespace_width()
    }
    fn penalty_width(&self) -> f64 {
        self.word.penalty_width()
    }
}

fn prefix_width(prefix: &[Span]) -> usize {
    prefix.iter().map(|s| s.text.width()).sum()
}

/// Wrap `block` to `width` columns, appending lines tagged with `block_id`.
pub fn wrap_block(block: &Block, width: usize, block_id: u32, out: &mut Vec<Line>) {
    let first_width = width.saturating_sub(prefix_width(&block.first)).max(1);
    let rest_width = width.saturating_sub(prefix_width(&block.rest)).max(1);
    let narrowest = first_width.min(rest_width);
    let mut pieces = Vec::new();
    for span in &block.spans {
        let words = WordSeparator::AsciiSpace.find_words(&span.text);
        // Words longer than a line are cut, so nothing ever runs off the edge.
        for word in break_words(words, narrowest) {
            pieces.push(Piece {
                word,
                style: span.style,
            });
        }
    }
    #[allow(clippy::cast_precision_loss)] // widths are small whole numbers
    let widths = [first_width as f64, rest_width as f64];
    let lines = wrap_first_fit(&pieces, &widths);
    if lines.is_empty() || lines.iter().all(|l| l.is_empty()) {
        let mut line = Line::blank(block_id);
        for span in &block.first {
            line.push(&span.text, span.style);
        }
        out.push(line);
        return;
    }
    let mut runs = Runs::default();
    for (i, pieces) in lines.iter().enumerate() {
        let prefix = if i == 0 { &block.first } else { &block.rest };
        for span in prefix {
            runs.push(&span.text, span.style);
        }
        for (j, piece) in pieces.iter().enumerate() {
            runs.push(piece.word.word, piece.style);
            if j + 1 < pieces.len() {
                runs.push(piece.word.whitespace, piece.style);
            }
        }
        out.push(runs.take_line(block_id));
    }
}

/// A line being gathered in reused buffers, so the finished line holds
/// exactly what it needs: a big briefing has hundreds of thousands of lines,
/// and growth slack in each would double the layout's memory.
#[derive(Default)]
struct Runs {
    text: String,
    /// Where each run of one style ends in `text`, with its style.
    ends: Vec<(usize, Style)>,
}

impl Runs {
    fn push(&mut self, text: &str, style: Style) {
        if text.is_empty() {
            return;
        }
        self.text.push_str(text);
        match self.ends.last_mut() {
            Some((end, last)) if *last == style => *end = self.text.len(),
            _ => self.ends.push((self.text.len(), style)),
        }
    }

    fn take_line(&mut self, block: u32) -> Line {
        let mut spans = Vec::with_capacity(self.ends.len());
        let mut start = 0;
        for &(end, style) in &self.ends {
            spans.push(Span::new(&self.text[start..end], style));
            start = end;
        }
        self.text.clear();
        self.ends.clear();
        Line { spans, block }
    }
}

/// Wrap plain text in one style, each line starting with `indent` spaces.
pub fn wrap_plain(
    text: &str,
    style: Style,
    width: usize,
    indent: usize,
    block_id: u32,
    out: &mut Vec<Line>,
) {
    let pad = Span::new(" ".repeat(indent), Style::default());
    let block = Block {
        spans: vec![Span::new(text, style)],
        first: vec![pad.clone()],
        rest: vec![pad],
        gap_before: false,
        preformatted: false,
    };
    wrap_block(&block, width, block_id, out);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::style::Role;

    fn lines_of(block: &Block, width: usize) -> Vec<String> {
        let mut out = Vec::new();
        wrap_block(block, width, 0, &mut out);
        out.iter().map(Line::text).collect()
    }

    #[test]
    fn wraps_within_width_and_keeps_prefixes() {
        let marker = Style::role(Role::Marker);
        let block = Block {
            spans: vec![Span::new("one two three four five six", Style::default())],
            first: vec![Span::new("• ", marker)],
            rest: vec![Span::new("  ", marker)],
            ..Block::default()
        };
        let lines = lines_of(&block, 12);
        assert_eq!(lines, ["• one two", "  three four", "  five six"]);
    }

    #[test]
    fn long_words_are_cut_to_fit() {
        let block = Block {
            spans: vec![Span::new("x".repeat(25), Style::default())],
            ..Block::default()
        };
        let lines = lines_of(&block, 10);
        assert_eq!(lines.len(), 3);
        assert!(lines.iter().all(|l| l.width() <= 10));
    }

    #[test]
    fn styles_survive_wrapping() {
        let strong = Style {
            strong: true,
            ..Style::default()
        };
        let block = Block {
            spans: vec![
                Span::new("plain ", Style::default()),
                Span::new("bold words", strong),
            ],
            ..Block::default()
        };
        let mut out = Vec::new();
        wrap_block(&block, 11, 7, &mut out);
        assert_eq!(out.len(), 2);
        assert_eq!(out[1].spans, vec![Span::new("words", strong)]);
        assert!(out.iter().all(|l| l.block == 7));
    }
}
