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
    for (i, line) in lines.iter().enumerate() {
        let text = line.text();
        find_in(&text, &needle, fold, |start, end| {
            hits.push(Hit {
                line: i,
                start,
                end,
            });
        });
    }
    hits
}

/// Calls `found` with byte ranges of `text` (not of its lowercased copy).
fn find_in(text: &str, needle: &str, fold: bool, mut found: impl FnMut(usize, usize)) {
    if !fold {
        for (start, m) in text.match_indices(needle) {
            found(start, start + m.len());
        }
        return;
    }
    // Lowercasing can change byte lengths (e.g. 'İ'), so map positions back
    // through a table of where each lowered character came from.
    let mut lowered = String::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len() + 1);
    for (at, c) in text.char_indices() {
        for l in c.to_lowercase() {
            for _ in 0..l.len_utf8() {
                origin.push(at);
            }
            lowered.push(l);
        }
    }
    origin.push(text.len());
    for (start, m) in lowered.match_indices(needle) {
        let from = origin[start];
        let to = origin[start + m.len()];
        // A match ending inside a character's expansion covers that character.
        let to = if to <= from {
            next_char(text, from)
        } else {
            to
        };
        found(from, to);
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
    fn empty_query_finds_nothing() {
        assert!(find(&lines(&["a"]), "").is_empty());
    }
}
