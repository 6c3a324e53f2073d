//! Plain text: paragraphs are lines, or blocks between blank lines when the
//! lines are wrapped; a subhead is a short line without a final full stop
//! standing between paragraphs; a short first line is the title.

use super::boiler;
use super::clean::squash;
use super::dateline;
use super::shape::{Found, Item};

/// The longest subhead, in words and characters.
const MAX_SUBHEAD_WORDS: usize = 12;
const MAX_SUBHEAD_CHARS: usize = 80;
/// The longest title, in words.
const MAX_TITLE_WORDS: usize = 20;

/// A paragraph-sized piece of the text, before subheads are told apart.
#[derive(Debug)]
enum Unit {
    /// One line standing alone: a paragraph, or perhaps a title or subhead.
    Line(String),
    /// A paragraph wrapped over several lines, joined.
    Wrapped(String),
    /// A list or quote, already Markdown.
    Block(String),
}

pub fn read(text: &str) -> Found {
    let units: Vec<Unit> = blocks(text).iter().flat_map(|b| units(b)).collect();
    let mut found = Found::default();
    let mut start = 0;
    if let [Unit::Line(first), _, ..] = units.as_slice()
        && is_title(first)
    {
        found.title = Some(first.clone());
        start = 1;
    }
    let units = &units[start..];
    for (at, unit) in units.iter().enumerate() {
        let item = match unit {
            Unit::Line(line) if is_subhead(units, at) => Item::Heading(line.clone()),
            Unit::Line(text) | Unit::Wrapped(text) => Item::Para(escaped(text)),
            Unit::Block(text) => Item::Block(text.clone()),
        };
        found.items.push(item);
    }
    found
}

/// Runs of non-blank lines.
fn blocks(text: &str) -> Vec<Vec<&str>> {
    let mut blocks = vec![Vec::new()];
    for line in text.lines().map(str::trim_end) {
        if line.trim().is_empty() {
            blocks.push(Vec::new());
        } else if let Some(block) = blocks.last_mut() {
            block.push(line);
        }
    }
    blocks.retain(|b| !b.is_empty());
    blocks
}

/// A block is one wrapped paragraph when most of its lines stop mid-sentence;
/// otherwise each line stands alone (one paragraph a line, as in articles
/// copied from a web page). Lists and quotes are kept together either way.
fn units(block: &[&str]) -> Vec<Unit> {
    let open_ends = block[..block.len() - 1]
        .iter()
        .filter(|l| !ends_sentence(l))
        .count();
    let wrapped = block.len() > 1 && open_ends * 2 > block.len() - 1;
    let mut units = Vec::new();
    let mut lines = block.iter().peekable();
    while let Some(line) = lines.next() {
        let trimmed = line.trim_start();
        if let Some(item) = bullet(trimmed) {
            let mut list = format!("- {item}");
            while let Some(next) = lines.peek() {
                match bullet(next.trim_start()) {
                    Some(item) => list.push_str(&format!("\n- {item}")),
                    // A wrapped item continues on an indented line.
                    None if wrapped && next.starts_with(' ') => {
                        list.push_str(&format!(" {}", next.trim()));
                    }
                    None => break,
                }
                lines.next();
            }
            units.push(Unit::Block(list));
        } else if trimmed.starts_with('>') {
            let mut quote = (*trimmed).to_owned();
            while let Some(next) = lines.peek().filter(|l| l.trim_start().starts_with('>')) {
                quote.push('\n');
                quote.push_str(next.trim_start());
                lines.next();
            }
            units.push(Unit::Block(quote));
        } else if wrapped {
            let mut paragraph = (*trimmed).to_owned();
            while let Some(next) = lines.peek().filter(|l| bullet(l.trim_start()).is_none()) {
                paragraph.push(' ');
                paragraph.push_str(next.trim());
                lines.next();
            }
            units.push(Unit::Wrapped(squash(&paragraph)));
        } else {
            units.push(Unit::Line(squash(trimmed)));
        }
    }
    units
}

/// The item of a list line: `- x`, `* x`, `• x`, `1. x`, `2) x`.
fn bullet(line: &str) -> Option<&str> {
    for mark in ["- ", "* ", "• ", "· ", "– "] {
        if let Some(item) = line.strip_prefix(mark) {
            return Some(item.trim());
        }
    }
    let digits = line.find(|c: char| !c.is_ascii_digit())?;
    let rest = &line[digits..];
    (digits > 0 && digits <= 3)
        .then(|| rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") ")))
        .flatten()
        .map(str::trim)
}

/// The line ends as a sentence does, perhaps inside quotes or brackets.
fn ends_sentence(line: &str) -> bool {
    let end = line.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»')
    });
    end.ends_with(['.', '!', '?', ':', ';', '…'])
}

/// A short first line that does not end in a full stop.
fn is_title(line: &str) -> bool {
    let end = line.trim_end();
    line.split_whitespace().count() <= MAX_TITLE_WORDS
        && !end.ends_with(['.', ',', ';', ':'])
        && !boiler::is_dropped(line)
        && dateline::date_line(line).is_none()
}

/// A short line, capitalised, without a final full stop, between two
/// paragraphs (not right after another subhead, nor last).
fn is_subhead(units: &[Unit], at: usize) -> bool {
    let Some(Unit::Line(line)) = units.get(at) else {
        return false;
    };
    let shaped = line.split_whitespace().count() <= MAX_SUBHEAD_WORDS
        && line.chars().count() <= MAX_SUBHEAD_CHARS
        && line
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        // A subhead may ask a question; a quoted question is still a sentence.
        && (!ends_sentence(line) || line.trim_end().ends_with('?'))
        && !line.trim_end().ends_with(',')
        && !boiler::is_dropped(line)
        && dateline::date_line(line).is_none();
    let after_text = at > 0 && !is_subhead_shaped(&units[at - 1]);
    let before_text = units.get(at + 1).is_some();
    shaped && after_text && before_text
}

/// Shaped like a subhead, ignoring where it stands (so two short lines in a
/// row are not both taken as subheads).
fn is_subhead_shaped(unit: &Unit) -> bool {
    match unit {
        Unit::Line(line) => {
            line.split_whitespace().count() <= MAX_SUBHEAD_WORDS && !ends_sentence(line)
        }
        _ => false,
    }
}

/// Plain text may start a line with a character Markdown would read as a
/// heading; escape it so the paragraph stays a paragraph.
fn escaped(text: &str) -> String {
    if text.starts_with('#') {
        format!("\\{text}")
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(found: &Found) -> Vec<String> {
        found
            .items
            .iter()
            .map(|i| match i {
                Item::Heading(t) => format!("## {t}"),
                Item::Para(t) => format!("p {t}"),
                Item::Block(t) => format!("b {t}"),
            })
            .collect()
    }

    #[test]
    fn one_paragraph_a_line_with_subheads_between() {
        let found = read(
            "First paragraph, long enough.\nA Subhead Here\nSecond paragraph.\nThird paragraph.\n",
        );
        assert_eq!(found.title, None);
        assert_eq!(
            shown(&found),
            [
                "p First paragraph, long enough.",
                "## A Subhead Here",
                "p Second paragraph.",
                "p Third paragraph."
            ]
        );
    }

    #[test]
    fn wrapped_paragraphs_are_joined_and_lists_kept() {
        let found = read(
            "The Title\n\nThe first paragraph is wrapped\nover two lines.\n\nA subhead\n\n\
             Points made:\n\n- one\n- two, which\n  wraps\n\n• three\n",
        );
        assert_eq!(found.title.as_deref(), Some("The Title"));
        assert_eq!(
            shown(&found),
            [
                "p The first paragraph is wrapped over two lines.",
                "## A subhead",
                "p Points made:",
                "b - one\n- two, which wraps",
                "b - three",
            ]
        );
    }

    #[test]
    fn a_short_quoted_sentence_is_not_a_subhead() {
        let found = read("Lead.\nHe said: \"No.\"\nBody.\nWhat Next?\nMore.");
        assert_eq!(
            shown(&found),
            [
                "p Lead.",
                "p He said: \"No.\"",
                "p Body.",
                "## What Next?",
                "p More."
            ]
        );
    }

    #[test]
    fn a_short_line_after_a_subhead_or_at_the_end_is_text() {
        let found = read("Lead.\nOne\nTwo\nBody.\nThe End");
        assert_eq!(
            shown(&found),
            ["p Lead.", "## One", "p Two", "p Body.", "p The End"]
        );
    }
}
