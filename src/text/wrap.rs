//! Wrapping styled text to a width, with textwrap's first-fit algorithm.
//!
//! First-fit is linear in the text and decides each line by itself, which is
//! what a reader laying out megabytes on a keypress needs; optimal-fit would
//! look nicer on paper but costs far more on long paragraphs.

use textwrap::WordSeparator;
use textwrap::core::{Fragment, Word, break_words};
use textwrap::wrap_algorithms::wrap_first_fit;
use unicode_width::UnicodeWidthStr;

use super::layout::Layout;
use super::markdown::Block;
use super::style::{Span, Style};
use super::url;

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

/// The address in `word`, when the word is too wide for a line of `width`.
fn long_address(word: &str, width: usize) -> Option<std::ops::Range<usize>> {
    if word.width() <= width {
        return None;
    }
    url::in_word(word)
}

/// Each word of `text` holding an address too wide for `width`, shortened
/// with an ellipsis so the word fits with a column to spare (for a stop in
/// the next span, as after a Markdown link), in order; brackets and stops
/// around the address stay.
fn shorten_addresses(text: &str, width: usize) -> Vec<String> {
    // Most text has no address and is passed over at memchr's speed.
    if !text.contains("://") && !text.contains("mailto:") {
        return Vec::new();
    }
    WordSeparator::AsciiSpace
        .find_words(text)
        .filter_map(|word| {
            let range = long_address(word.word, width)?;
            let around = word.word.width() - word.word[range.clone()].width();
            let room = width.saturating_sub(around + 1).max(1);
            let short = url::shorten(&word.word[range.clone()], room);
            Some(format!(
                "{}{short}{}",
                &word.word[..range.start],
                &word.word[range.end..]
            ))
        })
        .collect()
}

fn prefix_width(prefix: &[Span]) -> usize {
    prefix.iter().map(|s| s.text.width()).sum()
}

/// Wrap `block` to `width` columns as a paragraph of `out`, its lines
/// tagged with `block_id`.
pub fn wrap_block(block: &Block, width: usize, block_id: u32, out: &mut Layout) {
    let first_width = width.saturating_sub(prefix_width(&block.first)).max(1);
    let rest_width = width.saturating_sub(prefix_width(&block.rest)).max(1);
    let narrowest = first_width.min(rest_width);
    // Addresses too long for a line, shortened: kept here so the words
    // below can borrow them.
    let shortened: Vec<Vec<String>> = block
        .spans
        .iter()
        .map(|span| shorten_addresses(&span.text, narrowest))
        .collect();
    let mut pieces = Vec::new();
    for (span, short) in block.spans.iter().zip(&shortened) {
        let mut short = short.iter();
        let words = WordSeparator::AsciiSpace
            .find_words(&span.text)
            .map(|word| {
                if short.len() == 0 || long_address(word.word, narrowest).is_none() {
                    return word;
                }
                // `Word::from` measures the shortened text's width anew.
                let mut short = Word::from(short.next().map_or(word.word, String::as_str));
                short.whitespace = word.whitespace;
                short.penalty = word.penalty;
                short
            });
        // Words longer than a line are cut, so nothing ever runs off the
        // edge; an address is shortened instead (above), never cut.
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
    out.paragraph();
    if lines.is_empty() || lines.iter().all(|l| l.is_empty()) {
        out.start_line(block_id, &block.first);
        return;
    }
    for (i, pieces) in lines.iter().enumerate() {
        if i > 0 {
            // The spaces the wrap took out stay in the text, unseen, so a
            // search still finds the words on either side as a phrase.
            if let Some(last) = lines[i - 1].last() {
                out.push_hidden(last.word.whitespace);
            }
        }
        out.start_line(block_id, if i == 0 { &block.first } else { &block.rest });
        for (j, piece) in pieces.iter().enumerate() {
            out.push(piece.word.word, piece.style);
            if j + 1 < pieces.len() {
                out.push(piece.word.whitespace, piece.style);
            }
        }
    }
}

/// Wrap plain text in one style, each line starting with `indent` spaces.
pub fn wrap_plain(
    text: &str,
    style: Style,
    width: usize,
    indent: usize,
    block_id: u32,
    out: &mut Layout,
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
    use crate::text::layout::LineRef;
    use crate::text::style::Role;

    fn lines_of(block: &Block, width: usize) -> Vec<String> {
        let mut out = Layout::new(width);
        wrap_block(block, width, 0, &mut out);
        out.lines().map(LineRef::text).collect()
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
        let mut out = Layout::new(11);
        wrap_block(&block, 11, 7, &mut out);
        assert_eq!(out.len(), 2);
        let second: Vec<_> = out.line(1).expect("two lines").runs().collect();
        assert_eq!(second, [("words", strong)]);
        assert!(out.lines().all(|l| l.block() == 7));
        // The space the wrap took out joins the lines in the searched text.
        assert_eq!(out.text(), "plain bold words");
    }

    fn plain(text: &str) -> Block {
        Block {
            spans: vec![Span::new(text, Style::default())],
            ..Block::default()
        }
    }

    #[test]
    fn an_address_that_fits_a_line_is_never_broken() {
        let url = "https://www.gov.uk/government/publications/the-belfast-agreement";
        let text = format!("The agreement ({url}) was signed in Belfast.");
        let lines = lines_of(&plain(&text), 70);
        assert!(
            lines.iter().any(|l| l.contains(&format!("({url})"))),
            "{lines:#?}"
        );
        assert!(lines.iter().all(|l| l.width() <= 70));
    }

    #[test]
    fn an_address_wider_than_a_line_is_shortened_not_cut() {
        let url = "https://www.gov.uk/government/publications/the-belfast-agreement";
        let text = format!("The agreement ({url}) was signed.");
        let lines = lines_of(&plain(&text), 40);
        assert!(lines.iter().all(|l| l.width() <= 40), "{lines:#?}");
        let shown: Vec<&String> = lines.iter().filter(|l| l.contains("https://")).collect();
        assert_eq!(shown.len(), 1, "{lines:#?}");
        assert_eq!(shown[0].as_str(), "(https://www.gov.uk/government/public…)");
        // Nothing of the address spills onto another line.
        assert!(!lines.iter().any(|l| l.contains("belfast")), "{lines:#?}");
    }

    mod props {
        use super::*;
        use proptest::prelude::*;

        fn word() -> impl Strategy<Value = String> {
            prop_oneof![
                "[a-z]{1,12}",
                "(https?://[a-z]{1,12}\\.org(/[a-z0-9-]{1,20}){0,4})",
                "\\((https?://[a-z]{1,12}\\.org(/[a-z0-9-]{1,20}){0,4})\\),?",
            ]
        }

        proptest! {
            #[test]
            fn addresses_stay_whole_or_are_shortened_and_lines_fit(
                words in proptest::collection::vec(word(), 1..30),
                width in 8usize..90,
            ) {
                let text = words.join(" ");
                let lines = lines_of(&plain(&text), width);
                for line in &lines {
                    prop_assert!(line.width() <= width, "{line:?} is wider than {width}");
                }
                for w in &words {
                    let Some(range) = url::in_word(w) else { continue };
                    let address = &w[range];
                    let on_one = lines.iter().any(|l| l.contains(address));
                    if w.width() <= width {
                        prop_assert!(on_one, "{address} fits {width} but is not on one line: {lines:#?}");
                    } else if w.width() < width + address.width() - 8 {
                        // Shortened, with its brackets, whole on one line.
                        let around = w.width() - address.width();
                        let short = url::shorten(address, width - around - 1);
                        prop_assert!(short.ends_with(url::ELLIPSIS));
                        prop_assert!(
                            lines.iter().any(|l| l.contains(&short)),
                            "{address} at {width}: {lines:#?}"
                        );
                        prop_assert!(!lines.iter().any(|l| l.contains(address)));
                    }
                }
            }
        }
    }
}
