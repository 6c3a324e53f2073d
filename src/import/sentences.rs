//! Sentences of a Markdown body, as plain text: what candidate positions
//! and a made-up headline are cut from.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use unicode_segmentation::UnicodeSegmentation;

use super::clean::squash;

/// Words ending in a full stop that do not end a sentence, as in "Mr. Putin"
/// or "the U.S. envoy". Unicode's sentence rules break after every one.
const ABBREVIATIONS: &[&str] = &[
    "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gen.", "Lt.", "Col.", "Capt.", "Sgt.", "Adm.", "Gov.",
    "Sen.", "Rep.", "Pres.", "Amb.", "Sec.", "Rev.", "St.", "Mt.", "No.", "Nos.", "Art.", "Para.",
    "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.",
    "Dec.", "U.S.", "U.K.", "U.N.", "E.U.", "vs.", "e.g.", "i.e.", "approx.",
];

/// The plain text of each paragraph, list item, quote or table cell row in
/// a Markdown body, markup taken away.
pub fn paragraphs(markdown: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for event in Parser::new(markdown) {
        match event {
            Event::Text(t) | Event::Code(t) => current.push_str(&t),
            Event::SoftBreak | Event::HardBreak => current.push(' '),
            Event::End(
                TagEnd::Paragraph | TagEnd::Item | TagEnd::Heading(_) | TagEnd::TableRow,
            ) => {
                flush(&mut current, &mut out);
            }
            Event::Start(
                Tag::Paragraph
                | Tag::Item
                | Tag::List(_)
                | Tag::BlockQuote(_)
                | Tag::Heading { .. },
            ) => {
                // A nested list starts inside an item's text: end that text first.
                flush(&mut current, &mut out);
            }
            _ => {}
        }
    }
    flush(&mut current, &mut out);
    out
}

fn flush(current: &mut String, out: &mut Vec<String>) {
    let text = squash(current);
    if !text.is_empty() {
        out.push(text);
    }
    current.clear();
}

/// The sentences of one paragraph of plain text.
pub fn split(paragraph: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut joining = false;
    for piece in paragraph.unicode_sentences() {
        let piece = piece.trim();
        if piece.is_empty() {
            continue;
        }
        match out.last_mut() {
            Some(last) if joining => {
                last.push(' ');
                last.push_str(piece);
            }
            _ => out.push(piece.to_owned()),
        }
        joining = ends_in_abbreviation(piece);
    }
    out
}

/// Every sentence of a Markdown body.
pub fn of_markdown(markdown: &str) -> Vec<String> {
    paragraphs(markdown).iter().flat_map(|p| split(p)).collect()
}

fn ends_in_abbreviation(piece: &str) -> bool {
    let Some(last) = piece.split_whitespace().last() else {
        return false;
    };
    let last = last.trim_start_matches(['(', '"', '“', '\'']);
    ABBREVIATIONS.contains(&last)
        // An initial: "John F. Kennedy".
        || (last.len() == 2 && last.starts_with(|c: char| c.is_ascii_uppercase()) && last.ends_with('.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_do_not_end_at_titles_or_initials() {
        assert_eq!(
            split("Mr. Putin met the U.S. envoy. John F. Kennedy did not. Why? Nobody knows!"),
            [
                "Mr. Putin met the U.S. envoy.",
                "John F. Kennedy did not.",
                "Why?",
                "Nobody knows!"
            ]
        );
    }

    #[test]
    fn markdown_gives_plain_paragraphs_and_items() {
        assert_eq!(
            paragraphs(
                "Some **bold** and [a link](https://x.org).\n\n- one\n- two\n  - deep\n\n> quoted"
            ),
            ["Some bold and a link.", "one", "two", "deep", "quoted"]
        );
    }
}
