//! Finding text in laid-out lines. Pure, so it is tested without a terminal.

use crate::text::Line;

/// Where a match is: a line of some pane and a byte range in its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub line: usize,
    pub start: usize,
    pub end: usize,
}

/// Smart case: a query with no capital letter ignores case.
pub fn ignores_case(query: &str) -> bool {
    !query.chars().any(char::is_uppercase)
}

/// Every occurrence of `query` in `lines`, in order.
pub fn find(lines: &[Line], query: &str) -> Vec<Hit> {
    find_among(lines, query, 0..lines.len())
}

/// Every occurrence of `query` in the lines numbered `candidates` (in
/// increasing order). Typing narrows a search: a line that holds "ceas"
/// also holds "cea", so each keystroke after the first only looks again at
/// the lines the last one found.
pub fn find_among(
    lines: &[Line],
    query: &str,
    candidates: impl IntoIterator<Item = usize>,
) -> Vec<Hit> {
    if query.is_empty() {
        return Vec::new();
    }
    let fold = ignores_case(query);
    let needle = if fold {
        query.to_lowercase()
    } else {
        query.to_owned()
    };
    let mut hits = Vec::new();
    // Buffers reused across lines: a search over a big briefing must not
    // allocate once per line.
    let mut scratch = Scratch::default();
    for i in candidates {
        let Some(line) = lines.get(i) else {
            continue;
        };
        scratch.text.clear();
        for span in &line.spans {
            scratch.text.push_str(&span.text);
        }
        scratch.find(&needle, fold, |start, end| {
            hits.push(Hit {
                line: i,
                start,
                end,
            });
        });
    }
    hits
}

#[derive(Default)]
struct Scratch {
    /// The line's text.
    text: String,
    /// Its lowercased copy, when case is ignored.
    lowered: String,
    /// For each byte of `lowered`, where its character came from in `text`.
    origin: Vec<usize>,
}

impl Scratch {
    /// Calls `found` with byte ranges of `self.text` (not of its lowercased copy).
    fn find(&mut self, needle: &str, fold: bool, mut found: impl FnMut(usize, usize)) {
        let text = self.text.as_str();
        if !fold {
            for (start, m) in text.match_indices(needle) {
                found(start, start + m.len());
            }
            return;
        }
        if text.is_ascii() {
            // ASCII lowercases byte for byte, so positions carry over as they are.
            self.lowered.clear();
            self.lowered.push_str(text);
            self.lowered.make_ascii_lowercase();
            for (start, m) in self.lowered.match_indices(needle) {
                found(start, start + m.len());
            }
            return;
        }
        // Lowercasing can change byte lengths (e.g. 'İ'), so map positions back
        // through a table of where each lowered character came from.
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
        for (start, m) in self.lowered.match_indices(needle) {
            let from = self.origin[start];
            let to = self.origin[start + m.len()];
            // A match ending inside a character's expansion covers that character.
            let to = if to <= from {
                next_char(text, from)
            } else {
                to
            };
            found(from, to);
        }
    }
}

fn next_char(text: &str, at: usize) -> usize {
    text[at..]
        .chars()
        .next()
        .map_or(text.len(), |c| at + c.len_utf8())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Style;

    fn lines(texts: &[&str]) -> Vec<Line> {
        texts
            .iter()
            .map(|t| {
                let mut l = Line::default();
                l.push(t, Style::default());
                l
            })
            .collect()
    }

    #[test]
    fn lowercase_query_ignores_case() {
        let hits = find(&lines(&["Talks in Istanbul", "talks again"]), "talks");
        assert_eq!(hits.len(), 2);
        assert_eq!(
            hits[0],
            Hit {
                line: 0,
                start: 0,
                end: 5
            }
        );
    }

    #[test]
    fn capital_in_query_matches_case() {
        let hits = find(&lines(&["Talks in Istanbul", "talks again"]), "Talks");
        assert_eq!(
            hits,
            vec![Hit {
                line: 0,
                start: 0,
                end: 5
            }]
        );
    }

    #[test]
    fn byte_ranges_point_into_the_original_text() {
        let text = "Türkiye and TÜRKIYE";
        let hits = find(&lines(&[text]), "türkiye");
        assert_eq!(hits.len(), 2);
        assert_eq!(&text[hits[1].start..hits[1].end], "TÜRKIYE");
    }

    #[test]
    fn narrowing_finds_the_same_as_searching_again() {
        let all = lines(&["Ceasefire now", "cease", "no", "a ceasefire, ceasefire"]);
        let wide = find(&all, "cea");
        let mut candidates: Vec<usize> = wide.iter().map(|h| h.line).collect();
        candidates.dedup();
        assert_eq!(find_among(&all, "ceasef", candidates), find(&all, "ceasef"));
    }

    #[test]
    fn empty_query_finds_nothing() {
        assert!(find(&lines(&["a"]), "").is_empty());
    }
}
