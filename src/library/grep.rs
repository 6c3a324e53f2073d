//! Searching inside briefings: which lines of a briefing's text hold a
//! term, and which of them best stands for the briefing. Pure, so it is
//! tested without a terminal or a thread; [`super::hunt`] runs it over a
//! library.
//!
//! The text is searched as it is on disk, so a match has a line and column
//! to give, as grep's do. A whole file is searched at once (Aho-Corasick
//! for a term without capitals, which ignores ASCII case without copying
//! the text; memchr's `memmem` otherwise), and only a file with a match is
//! read line by line, to keep the matches in values the reader shows
//! (headline, sections, positions, sources...) and drop those in comments,
//! key names and table headers.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder};
use memchr::memmem::Finder;

/// What to look for, prepared once for every file.
pub struct Needle {
    term: String,
    how: How,
}

enum How {
    /// ASCII letters with case ignored.
    Ascii(AhoCorasick),
    /// Exactly as typed (the term has a capital letter).
    Exact(Box<Finder<'static>>),
    /// Case ignored beyond ASCII: each line is lowercased.
    Folded(String),
}

impl Needle {
    /// Smart case, as the reader's search: a term with no capital letter
    /// ignores case. `None` for a blank term.
    pub fn new(term: &str) -> Option<Needle> {
        let term = term.trim();
        if term.is_empty() {
            return None;
        }
        let how = if crate::search::ignores_case(term) {
            if term.is_ascii() {
                How::Ascii(
                    AhoCorasickBuilder::new()
                        .ascii_case_insensitive(true)
                        .build([term])
                        .ok()?,
                )
            } else {
                How::Folded(term.to_lowercase())
            }
        } else {
            How::Exact(Box::new(Finder::new(term.as_bytes()).into_owned()))
        };
        Some(Needle {
            term: term.to_owned(),
            how,
        })
    }

    pub fn term(&self) -> &str {
        &self.term
    }

    /// Where the term starts in `line`, and where it ends (bytes).
    fn find_in(&self, line: &str, from: usize) -> Option<(usize, usize)> {
        let rest = line.get(from..)?;
        match &self.how {
            How::Ascii(ac) => ac
                .find(rest.as_bytes())
                .map(|m| (from + m.start(), from + m.end())),
            How::Exact(finder) => finder
                .find(rest.as_bytes())
                .map(|at| (from + at, from + self.term.len())),
            How::Folded(term) => folded_find(rest, term).map(|(a, b)| (from + a, from + b)),
        }
    }

    /// Whether the term is anywhere in `text`: the quick test every file
    /// gets before any line is looked at.
    fn anywhere(&self, text: &[u8]) -> bool {
        match &self.how {
            How::Ascii(ac) => ac.is_match(text),
            How::Exact(finder) => finder.find(text).is_some(),
            How::Folded(term) => String::from_utf8_lossy(text).to_lowercase().contains(term),
        }
    }
}

/// `term` (lowercase) in `line` with case ignored, as a byte range of `line`.
fn folded_find(line: &str, term: &str) -> Option<(usize, usize)> {
    // Lowercasing may change lengths, so the match is mapped back a
    // character at a time.
    for (start, _) in line.char_indices() {
        let mut lowered = String::new();
        for (i, c) in line[start..].char_indices() {
            lowered.extend(c.to_lowercase());
            if lowered.len() >= term.len() {
                if lowered.starts_with(term) {
                    return Some((start, start + i + c.len_utf8()));
                }
                break;
            }
            if !term.starts_with(&lowered) {
                break;
            }
        }
    }
    None
}

/// What part of a briefing a line belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Part {
    /// Anything else the briefing says (tags, notes, a party's details).
    Other,
    Source,
    Position,
    Section,
    Party,
    /// The dek and the summary.
    Summary,
    Headline,
}

/// One line of a briefing that holds the term.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineHit {
    /// 1-based, as editors count.
    pub line: usize,
    /// 1-based, in characters, where the first match on the line starts.
    pub column: usize,
    /// The line, trimmed and made safe to show.
    pub text: String,
    /// Characters of `text` the first match covers.
    pub lit: std::ops::Range<usize>,
    pub part: Part,
    /// The section it is in (0-based), when it is in one.
    pub section: Option<usize>,
}

impl LineHit {
    /// How well this line stands for its briefing: the headline before a
    /// section title, a whole word before a part of one.
    fn weight(&self) -> (Part, bool) {
        let chars: Vec<char> = self.text.chars().collect();
        let before = self.lit.start.checked_sub(1).and_then(|i| chars.get(i));
        let after = chars.get(self.lit.end);
        let whole = before.is_none_or(|c| !c.is_alphanumeric())
            && after.is_none_or(|c| !c.is_alphanumeric());
        (self.part, whole)
    }
}

/// Every line of `text` (a briefing's TOML) where `needle` is found in a
/// value, in order. Empty when the term is not there, or when the text is
/// not a briefing's (no top-level `headline`), so a `Cargo.toml` beside the
/// briefings is never reported.
pub fn search(text: &[u8], needle: &Needle) -> Vec<LineHit> {
    if !needle.anywhere(text) {
        return Vec::new();
    }
    let text = String::from_utf8_lossy(text);
    let mut walk = Walk::default();
    let mut hits = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let Some(value_at) = walk.step(line) else {
            continue;
        };
        if walk.skip_value() {
            continue;
        }
        let Some((start, end)) = needle.find_in(line, value_at) else {
            continue;
        };
        hits.push(hit(line, n + 1, start, end, &walk));
    }
    if walk.headline { hits } else { Vec::new() }
}

/// The line that best stands for a briefing among its hits.
pub fn best(hits: &[LineHit]) -> Option<&LineHit> {
    // The first of the best: max_by_key keeps the last of equals.
    hits.iter().rev().max_by_key(|h| h.weight())
}

fn hit(line: &str, number: usize, start: usize, end: usize, walk: &Walk) -> LineHit {
    let lead = line.len() - line.trim_start().len();
    let shown = line.trim();
    let safe = |s: &str| crate::sanitize::line(s).chars().count();
    let before = safe(&line[lead..start.max(lead)]);
    let matched = safe(&line[start.max(lead)..end.min(lead + shown.len()).max(start)]);
    LineHit {
        line: number,
        column: line[..start].chars().count() + 1,
        text: crate::sanitize::line(shown).into_owned(),
        lit: before..before + matched,
        part: walk.part(),
        section: walk.section(),
    }
}

/// Where a walk through the lines of a briefing is.
#[derive(Default)]
struct Walk {
    /// The table the lines are in: "" for the top level, else its header.
    table: String,
    /// The key whose value is being read.
    key: String,
    /// Inside a multi-line string, closed by this.
    multiline: Option<&'static str>,
    /// `[[sections]]` headers met.
    sections: usize,
    /// A top-level `headline` was met: it is a briefing.
    headline: bool,
}

impl Walk {
    /// Take in the next line; where its value starts (in bytes), or `None`
    /// for a line with none (a header, a comment, a blank).
    fn step(&mut self, line: &str) -> Option<usize> {
        if let Some(close) = self.multiline {
            if line.contains(close) {
                self.multiline = None;
            }
            return Some(0);
        }
        let trimmed = line.trim_start();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            return None;
        }
        if trimmed.starts_with('[') {
            let name = trimmed
                .trim_start_matches('[')
                .split(']')
                .next()
                .unwrap_or("")
                .trim();
            name.clone_into(&mut self.table);
            self.key.clear();
            if trimmed.starts_with("[[") && name == "sections" {
                self.sections += 1;
            }
            return None;
        }
        let Some(eq) = line.find('=') else {
            // A line of an array or inline table run on from the key above.
            return Some(0);
        };
        let key = line[..eq].trim().trim_matches('"');
        if key.contains(['"', '\'', ' ']) && !key.contains('.') {
            // Not a key (an `=` inside a string of a run-on array).
            return Some(0);
        }
        key.clone_into(&mut self.key);
        if self.table.is_empty() && key == "headline" {
            self.headline = true;
        }
        let value = &line[eq + 1..];
        for delimiter in ["\"\"\"", "'''"] {
            if value.matches(delimiter).count() == 1 {
                self.multiline = Some(delimiter);
            }
        }
        Some(eq + 1)
    }

    /// Values that are codes, not text anyone wrote: a match there is noise.
    fn skip_value(&self) -> bool {
        matches!(self.key.as_str(), "format" | "stance" | "verdict" | "id")
    }

    fn part(&self) -> Part {
        match (self.table.as_str(), self.key.as_str()) {
            ("", "headline") => Part::Headline,
            ("", "dek" | "summary") => Part::Summary,
            ("sections", _) => Part::Section,
            ("parties", "name") => Part::Party,
            ("parties.positions", _) => Part::Position,
            ("sources", _) => Part::Source,
            _ => Part::Other,
        }
    }

    fn section(&self) -> Option<usize> {
        (self.table == "sections").then(|| self.sections.saturating_sub(1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = r#"# Ceasefire notes, not text
format = 1
headline = "Talks on a ceasefire resume"
dek = "Both sides meet"

[[sections]]
title = "Background"
body = """
The first round ended without a CEASEFIRE.
Second line.
"""

[[sections]]
title = "Ceasefire terms"
body = "x"

[[parties]]
name = "Aravia"
  [[parties.positions]]
  topic = "ceasefire"
  stance = "for"
  text = "Wants a ceasefire by June."

[[sources]]
name = "Wire report on the ceasefire"
"#;

    fn lines(hits: &[LineHit]) -> Vec<usize> {
        hits.iter().map(|h| h.line).collect()
    }

    #[test]
    fn values_are_searched_and_comments_keys_and_codes_are_not() {
        let needle = Needle::new("ceasefire").expect("a term");
        let hits = search(TEXT.as_bytes(), &needle);
        assert_eq!(lines(&hits), [3, 9, 14, 20, 22, 25]);
        let body = &hits[1];
        assert_eq!((body.part, body.section), (Part::Section, Some(0)));
        assert_eq!(body.column, 33);
        assert_eq!(&body.text, "The first round ended without a CEASEFIRE.");
        let lit: String = body
            .text
            .chars()
            .skip(body.lit.start)
            .take(body.lit.len())
            .collect();
        assert_eq!(lit, "CEASEFIRE");
        assert_eq!(hits[2].section, Some(1));
        assert_eq!(hits[3].part, Part::Position);
        assert_eq!(hits[5].part, Part::Source);
        assert_eq!(best(&hits).map(|h| h.line), Some(3));
        // "for" is only a stance here: never a match.
        assert!(search(TEXT.as_bytes(), &Needle::new("for").expect("a term")).is_empty());
    }

    #[test]
    fn a_capital_makes_the_term_exact_and_accents_fold() {
        let exact = Needle::new("CEASEFIRE").expect("a term");
        assert_eq!(lines(&search(TEXT.as_bytes(), &exact)), [9]);
        let text = "headline = \"Talks in TÜRKIYE\"\n";
        let folded = Needle::new("türkiye").expect("a term");
        let hits = search(text.as_bytes(), &folded);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].lit, 21..28);
    }

    #[test]
    fn a_file_that_is_no_briefing_has_no_hits() {
        let needle = Needle::new("brief").expect("a term");
        assert!(search(b"[package]\nname = \"brief\"\n", &needle).is_empty());
        assert!(Needle::new("  ").is_none());
    }

    #[test]
    fn the_best_line_is_a_headline_then_a_whole_word() {
        let text =
            "headline = \"h\"\n[[sections]]\ntitle = \"Ceasefires\"\nbody = \"a ceasefire\"\n";
        let hits = search(text.as_bytes(), &Needle::new("ceasefire").expect("a term"));
        assert_eq!(best(&hits).map(|h| h.line), Some(4));
    }
}
