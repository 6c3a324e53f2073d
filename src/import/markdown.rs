//! Markdown: headings are subheads (a first `#` heading is the title), and
//! every other block is kept as the Markdown it was written in. A YAML front
//! matter block may give the title, standfirst and date.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag};

use super::clean::squash;
use super::dateline;
use super::shape::{Found, Item};

/// A heading or block as the parser meets it, before the title is chosen.
enum Piece {
    Heading(HeadingLevel, String),
    Item(Item),
}

pub fn read(text: &str) -> Found {
    let mut found = Found::default();
    let mut pieces = Vec::new();
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
    let mut events = Parser::new_ext(text, options).into_offset_iter();
    while let Some((event, range)) = events.next() {
        let Event::Start(tag) = event else { continue };
        let end = tag.to_end();
        // Everything up to this block's end belongs to it.
        let mut inner = Vec::new();
        let mut depth = 0_usize;
        for (event, _) in events.by_ref() {
            match &event {
                Event::Start(_) => depth += 1,
                Event::End(e) if depth == 0 && *e == end => break,
                Event::End(_) => depth = depth.saturating_sub(1),
                _ => {}
            }
            inner.push(event);
        }
        let source = text[range].trim();
        match tag {
            Tag::Heading { level, .. } => pieces.push(Piece::Heading(level, words(&inner))),
            Tag::Paragraph => pieces.push(Piece::Item(Item::Para(source.to_owned()))),
            Tag::MetadataBlock(_) => front_matter(&words_raw(&inner), &mut found),
            // Raw HTML is neither shown nor safe to pass on; rules are decoration.
            Tag::HtmlBlock => {}
            _ => pieces.push(Piece::Item(Item::Block(source.to_owned()))),
        }
    }
    let title_at = title(&pieces);
    for (at, piece) in pieces.into_iter().enumerate() {
        match piece {
            Piece::Heading(_, text) if Some(at) == title_at => {
                found.title = found.title.take().or(Some(text));
            }
            Piece::Heading(_, text) if text.is_empty() => {}
            Piece::Heading(_, text) => found.items.push(Item::Heading(text)),
            Piece::Item(item) => found.items.push(item),
        }
    }
    found
}

/// The title: the first `#` heading before any text, or a first heading of
/// a higher level than every other.
fn title(pieces: &[Piece]) -> Option<usize> {
    let first_text = pieces
        .iter()
        .position(|p| matches!(p, Piece::Item(_)))
        .unwrap_or(pieces.len());
    let heading_levels = || {
        pieces.iter().enumerate().filter_map(|(at, p)| match p {
            Piece::Heading(level, _) => Some((at, *level)),
            Piece::Item(_) => None,
        })
    };
    if let Some((at, _)) =
        heading_levels().find(|(at, l)| *at < first_text && *l == HeadingLevel::H1)
    {
        return Some(at);
    }
    match pieces.first() {
        Some(Piece::Heading(level, _)) if heading_levels().skip(1).all(|(_, l)| l > *level) => {
            Some(0)
        }
        _ => None,
    }
}

/// The words of a heading, markup taken away.
fn words(events: &[Event<'_>]) -> String {
    squash(&words_raw(events))
}

fn words_raw(events: &[Event<'_>]) -> String {
    let mut text = String::new();
    for event in events {
        match event {
            Event::Text(t) | Event::Code(t) => text.push_str(t),
            Event::SoftBreak | Event::HardBreak => text.push('\n'),
            _ => {}
        }
    }
    text
}

/// `title:`, `description:` or `subtitle:`, and `date:` from YAML front matter.
fn front_matter(yaml: &str, found: &mut Found) {
    for line in yaml.lines() {
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim().trim_matches(['"', '\'']).trim();
        if value.is_empty() {
            continue;
        }
        match key.trim() {
            "title" => found.title = Some(value.to_owned()),
            "description" | "subtitle" | "dek" | "standfirst" => found.dek = Some(value.to_owned()),
            "date" => found.date = dateline::date_line(value),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_split_and_blocks_keep_their_markdown() {
        let found = read(
            "# The Title\n\n*A standfirst.*\n\nLead with **bold**.\n\n## First\n\n- one\n- two\n\n\
             > a quote\n\n<div>ad</div>\n\n### Second\n\nText.\n",
        );
        assert_eq!(found.title.as_deref(), Some("The Title"));
        assert_eq!(
            found.items,
            [
                Item::Para("*A standfirst.*".to_owned()),
                Item::Para("Lead with **bold**.".to_owned()),
                Item::Heading("First".to_owned()),
                Item::Block("- one\n- two".to_owned()),
                Item::Block("> a quote".to_owned()),
                Item::Heading("Second".to_owned()),
                Item::Para("Text.".to_owned()),
            ]
        );
    }

    #[test]
    fn without_a_top_heading_there_is_no_title() {
        let found = read("Lead.\n\n## One\n\nText.\n\n## Two\n\nMore.\n");
        assert_eq!(found.title, None);
        assert_eq!(found.items.len(), 5);
    }

    #[test]
    fn front_matter_gives_title_standfirst_and_date() {
        let found = read(
            "---\ntitle: \"Talks\"\ndescription: Both sides meet.\ndate: 2026-03-03\n---\n\nText.\n",
        );
        assert_eq!(found.title.as_deref(), Some("Talks"));
        assert_eq!(found.dek.as_deref(), Some("Both sides meet."));
        assert_eq!(
            found.date.map(|d| d.to_string()).as_deref(),
            Some("2026-03-03")
        );
        assert_eq!(found.items, [Item::Para("Text.".to_owned())]);
    }
}
