//! Finding text in a laid-out pane. Pure, so it is tested without a terminal.
//!
//! A search reads the layout's one text buffer, where the lines of a
//! paragraph are joined by the spaces their wrap took out: a phrase that a
//! wrap broke in two is still found, and the search never has to gather a
//! line's text piece by piece. Matching is memchr's `memmem`; ignoring case,
//! the buffer is lowercased a slice at a time into one reused scratch
//! buffer, never copied whole.

use std::ops::Range;

use memchr::memmem::Finder;

use crate::text::Layout;
use crate::text::layout::offset;

/// A match: a byte range of the layout's text (see [`Layout::text`]). It may
/// run from one line into the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub start: u32,
    pub end: u32,
}

impl Hit {
    pub fn range(self) -> Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// Smart case: a query with no capital letter ignores case.
pub fn ignores_case(query: &str) -> bool {
    !query.chars().any(char::is_uppercase)
}

/// Bytes lowercased at a time when case is ignored: small enough to stay in
/// cache, big enough that the work per slice is nothing.
const SLICE: usize = 64 * 1024;

/// Every occurrence of `query` in `layout` that shows at least one
/// character on screen, in order, not overlapping.
pub fn find(layout: &Layout, query: &str) -> Vec<Hit> {
    find_within(layout, query, 0..layout.text().len())
}

/// The occurrences of `query` that start in `bytes` of the layout's text,
/// as [`find`] gives them. The reader finds the hits near the reader's
/// place this way first, so they show before the whole text is counted.
pub fn find_within(layout: &Layout, query: &str, bytes: Range<usize>) -> Vec<Hit> {
    let text = layout.text();
    let from = boundary(text, bytes.start);
    let to = boundary(text, bytes.end);
    if query.is_empty() || from >= to {
        return Vec::new();
    }
    // A match may run past `to`: it only has to start before it.
    let reach = boundary(text, to.saturating_add(query.len() * 4 + 4));
    let window = &text[from..reach];
    let limit = to - from;
    let mut hits = Vec::new();
    let mut last_end = 0;
    let mut found = |start: usize, end: usize| {
        // A match found again from the overlap of the next slice, or one
        // overlapping the last, is not a new one.
        if start >= last_end && start < limit {
            last_end = end;
            hits.push(Hit {
                start: offset(from + start),
                end: offset(from + end),
            });
        }
    };
    if ignores_case(query) {
        find_folded(window, &query.to_lowercase(), &mut found);
    } else {
        for start in Finder::new(query).find_iter(window.as_bytes()) {
            if start >= limit {
                break;
            }
            found(start, start + query.len());
        }
    }
    keep_shown(layout, &mut hits);
    hits.shrink_to_fit();
    hits
}

/// Matches of `needle` (already lowercase) in `text` with case ignored, as
/// byte ranges of `text`.
fn find_folded(text: &str, needle: &str, found: &mut impl FnMut(usize, usize)) {
    let finder = Finder::new(needle);
    // Lowercasing can change a character's length ('İ' grows, 'K' shrinks),
    // so each slice reads on this far past its end to catch a match that
    // starts inside it.
    let overlap = needle.len() * 4 + 4;
    let mut scratch = Scratch::default();
    // An ASCII needle can only match ASCII text; a needle with other letters
    // can only match where the text has some.
    let bytewise = needle.is_ascii();
    let mut from = 0;
    while from < text.len() {
        let to = boundary(text, from + SLICE);
        let reach = boundary(text, to + overlap);
        let slice = &text[from..reach];
        let in_place = if bytewise && !has_ascii_lowercase(slice) {
            // Every letter that lowercases into ASCII is ASCII itself here,
            // so lowercasing byte for byte finds what lowercasing by
            // character would.
            scratch.lowered.clear();
            scratch.lowered.push_str(slice);
            scratch.lowered.make_ascii_lowercase();
            true
        } else if !bytewise && slice.is_ascii() {
            // Nothing here lowercases into the needle's other letters.
            from = to;
            continue;
        } else {
            scratch.lower_keeping_lengths(slice)
        };
        if in_place {
            // Every character kept its length: positions carry over.
            for start in finder.find_iter(scratch.lowered.as_bytes()) {
                if start >= to - from {
                    break;
                }
                found(from + start, from + start + needle.len());
            }
        } else {
            scratch.lower(slice);
            for start in finder.find_iter(scratch.lowered.as_bytes()) {
                let (s, e) = scratch.original(slice, start, start + needle.len());
                if s >= to - from {
                    break;
                }
                found(from + s, from + e);
            }
        }
        from = to;
    }
}

/// Whether `text` holds one of the two letters outside ASCII whose
/// lowercase holds an ASCII letter: 'İ' (to "i̇") and the Kelvin sign (to
/// 'k').
fn has_ascii_lowercase(text: &str) -> bool {
    memchr::memmem::find(text.as_bytes(), "İ".as_bytes()).is_some()
        || memchr::memmem::find(text.as_bytes(), "\u{212A}".as_bytes()).is_some()
}

/// The first character boundary at or after `at`, within `text`.
fn boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

#[derive(Default)]
struct Scratch {
    lowered: String,
    /// For each byte of `lowered`, where its character came from.
    origin: Vec<usize>,
}

impl Scratch {
    /// Lowercase `text` into `lowered`, ASCII a run at a time, and say
    /// whether every character kept its length in bytes (as nearly all do;
    /// 'İ' and the Kelvin sign are among the few that do not).
    fn lower_keeping_lengths(&mut self, text: &str) -> bool {
        self.lowered.clear();
        let mut rest = text;
        while !rest.is_empty() {
            let ascii = rest
                .bytes()
                .position(|b| !b.is_ascii())
                .unwrap_or(rest.len());
            let start = self.lowered.len();
            self.lowered.push_str(&rest[..ascii]);
            self.lowered[start..].make_ascii_lowercase();
            rest = &rest[ascii..];
            let Some(c) = rest.chars().next() else {
                break;
            };
            let before = self.lowered.len();
            self.lowered.extend(c.to_lowercase());
            if self.lowered.len() - before != c.len_utf8() {
                return false;
            }
            rest = &rest[c.len_utf8()..];
        }
        true
    }

    /// Lowercase `text` into `lowered`, noting where each byte came from.
    fn lower(&mut self, text: &str) {
        self.lowered.clear();
        self.origin.clear();
        for (at, c) in text.char_indices() {
            for l in c.to_lowercase() {
                for _ in 0..l.len_utf8() {
                    self.origin.push(at);
                }
                self.lowered.push(l);
            }
        }
        self.origin.push(text.len());
    }

    /// The range of `text` that lowered into `start..end` of `lowered`.
    fn original(&self, text: &str, start: usize, end: usize) -> (usize, usize) {
        let from = self.origin[start];
        let to = self.origin[end];
        // A match ending inside a character's expansion covers that character.
        let to = if to <= from {
            text[from..]
                .chars()
                .next()
                .map_or(text.len(), |c| from + c.len_utf8())
        } else {
            to
        };
        (from, to)
    }
}

/// Drop matches that lie wholly in text no line shows: a query of spaces
/// matching only the spaces a wrap took out. Hits and lines are both in
/// order, so one walk does it.
fn keep_shown(layout: &Layout, hits: &mut Vec<Hit>) {
    // Start at the first hit's line: a search near the reader's place must
    // not walk every line before it.
    let first = hits.first().map_or(0, |h| layout.line_at(h.start as usize));
    let mut lines = (first..layout.len())
        .filter_map(|i| layout.line(i))
        .map(crate::text::LineRef::range)
        .filter(|r| !r.is_empty())
        .peekable();
    hits.retain(|hit| {
        while lines
            .peek()
            .is_some_and(|line| line.end <= hit.start as usize)
        {
            lines.next();
        }
        lines
            .peek()
            .is_some_and(|line| line.start < hit.end as usize)
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Span;
    use crate::text::Style;
    use crate::text::markdown::Block;
    use crate::text::wrap::wrap_block;

    /// Each text a paragraph, wrapped to `width`.
    fn layout(texts: &[&str], width: usize) -> Layout {
        let mut out = Layout::new(width);
        for (i, t) in texts.iter().enumerate() {
            let block = Block {
                spans: vec![Span::new(*t, Style::default())],
                first: vec![Span::new("• ", Style::default())],
                rest: vec![Span::new("  ", Style::default())],
                ..Block::default()
            };
            wrap_block(&block, width, u32::try_from(i).expect("few"), &mut out);
        }
        out
    }

    fn found<'a>(layout: &'a Layout, query: &str) -> Vec<&'a str> {
        find(layout, query)
            .iter()
            .map(|h| &layout.text()[h.range()])
            .collect()
    }

    #[test]
    fn lowercase_query_ignores_case() {
        let l = layout(&["Talks in Istanbul", "talks again"], 80);
        assert_eq!(found(&l, "talks"), ["Talks", "talks"]);
        let first = find(&l, "talks")[0];
        assert_eq!(l.line_at(first.start as usize), 0);
        assert_eq!(l.line_at(find(&l, "again")[0].start as usize), 1);
    }

    #[test]
    fn capital_in_query_matches_case() {
        let l = layout(&["Talks in Istanbul", "talks again"], 80);
        assert_eq!(found(&l, "Talks"), ["Talks"]);
    }

    #[test]
    fn byte_ranges_point_into_the_original_text() {
        let l = layout(&["Türkiye and TÜRKIYE, İstanbul"], 80);
        assert_eq!(found(&l, "türkiye"), ["Türkiye", "TÜRKIYE"]);
        // 'İ' lowercases to two characters; the hit still covers the letter.
        assert_eq!(found(&l, "i̇stanbul"), ["İstanbul"]);
        // The Kelvin sign lowercases to an ASCII 'k'.
        let l = layout(&["300 \u{212A} or 300 K"], 80);
        assert_eq!(found(&l, "k"), ["\u{212A}", "K"]);
    }

    #[test]
    fn a_phrase_broken_by_a_wrap_is_found_but_not_across_paragraphs() {
        let l = layout(&["the ceasefire talks resumed", "talks end"], 16);
        assert_eq!(l.line(0).expect("line").text(), "• the ceasefire");
        assert_eq!(found(&l, "ceasefire talks"), ["ceasefire talks"]);
        assert!(find(&l, "resumed talks").is_empty());
        // The spaces a wrap took out show on no line: alone, they are no match.
        assert_eq!(find(&l, " ").len(), 3);
    }

    #[test]
    fn matches_across_slice_edges_are_found_once() {
        // Long enough for several slices, with non-ASCII text in some.
        let mut text = String::new();
        for i in 0..20_000 {
            text.push_str(if i % 7 == 0 {
                "Ärger ceasefire "
            } else {
                "xx ceasefire "
            });
        }
        let l = layout(&[&text], 70);
        assert_eq!(find(&l, "ceasefire").len(), 20_000);
        assert_eq!(find(&l, "ärger").len(), 20_000 / 7 + 1);
        assert_eq!(find(&l, "Ceasefire").len(), 0);
        let hits = find(&l, "e c");
        assert!(hits.windows(2).all(|w| w[0].end <= w[1].start));
    }

    #[test]
    fn a_search_within_bytes_finds_what_the_whole_search_finds_there() {
        let mut text = String::new();
        for i in 0..5_000 {
            text.push_str(if i % 3 == 0 {
                "Ärger talks "
            } else {
                "the talks "
            });
        }
        let l = layout(&[&text], 50);
        for query in ["talks", "ärger", "s t", "Talks"] {
            let all = find(&l, query);
            for range in [0..1, 7..900, 1_000..30_000, 40_000..usize::MAX] {
                let within = find_within(&l, query, range.clone());
                let expected: Vec<Hit> = all
                    .iter()
                    .copied()
                    .filter(|h| range.contains(&(h.start as usize)))
                    .collect();
                assert_eq!(within, expected, "{query:?} in {range:?}");
            }
        }
        // A match may run on past the end of the bytes searched.
        let near = find_within(&l, "talks", 7..8);
        assert_eq!(near.len(), 1);
        assert_eq!(&l.text()[near[0].range()], "talks");
    }

    #[test]
    fn empty_query_finds_nothing() {
        assert!(find(&layout(&["a"], 10), "").is_empty());
    }
}
