//! From a run of headings and blocks, whatever the format they came in, to
//! an [`Article`]: the front matter (standfirst, byline, date line, dateline)
//! read off the top, page furniture dropped, sections split at subheads.

use super::article::{Article, Date, Section};
use super::clean::squash;
use super::{boiler, dateline};

/// One piece of an article as a format reader finds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    /// A subhead.
    Heading(String),
    /// A paragraph of Markdown: the kind a byline, date or dateline can be.
    Para(String),
    /// Any other Markdown block: a list, a quote, a table.
    Block(String),
}

/// What a format reader found.
#[derive(Debug, Clone, Default)]
pub struct Found {
    pub title: Option<String>,
    pub dek: Option<String>,
    pub date: Option<Date>,
    /// Where the page says it lives (HTML's canonical address).
    pub url: Option<String>,
    pub items: Vec<Item>,
}

/// The longest standfirst, in characters; a longer paragraph is the story.
const MAX_DEK: usize = 300;

pub fn article(found: Found) -> Article {
    let Found {
        title,
        mut dek,
        date,
        url,
        items,
    } = found;
    let mut article = Article {
        date,
        url,
        ..Article::default()
    };
    let mut items: Vec<Item> = items;
    // A standfirst stands under a title; the page's own (HTML) wins.
    let front = front_matter(&items, title.is_some() && dek.is_none());
    if let Some(at) = front.dek {
        dek = Some(squash(&emphasis_off(para(&items[at]))));
    }
    article.date = article.date.or(front.date);
    if let Some((at, line)) = front.dateline {
        article.location = line.location;
        article.date = article.date.or(line.date);
        items[at] = Item::Para(line.rest);
    }
    article.title = title;
    article.dek = dek;
    let mut current: Option<Section> = None;
    for (at, item) in items.into_iter().enumerate() {
        if front.dropped.contains(&at) {
            continue;
        }
        let block = match item {
            Item::Heading(title) => {
                article.sections.extend(current.take());
                current = Some(Section {
                    title,
                    blocks: Vec::new(),
                });
                continue;
            }
            Item::Para(text) if boiler::is_dropped(&text) => continue,
            Item::Para(text) | Item::Block(text) => text,
        };
        match current.as_mut() {
            Some(section) => section.blocks.push(block),
            None => article.lead.push(block),
        }
    }
    article.sections.extend(current);
    article
}

/// What the top of the article holds before its story starts.
#[derive(Debug, Default)]
struct Front {
    /// Items read as front matter, not to be kept as text.
    dropped: Vec<usize>,
    dek: Option<usize>,
    date: Option<Date>,
    /// The first paragraph of the story, when it starts with a dateline.
    dateline: Option<(usize, dateline::Dateline)>,
}

/// Read the front matter: bylines and date lines are dropped; a paragraph
/// before them is the standfirst when it is short, as is an emphasised one
/// right at the top; the first paragraph of the story may open with a dateline.
fn front_matter(items: &[Item], want_dek: bool) -> Front {
    let mut front = Front::default();
    let mut candidate: Option<usize> = None;
    for (at, item) in items.iter().enumerate() {
        let Item::Para(text) = item else { break };
        if boiler::is_dropped(text) {
            front.dropped.push(at);
            front.dek = front.dek.or(candidate.take());
        } else if let Some(date) = dateline::date_line(text) {
            front.dropped.push(at);
            front.date = front.date.or(Some(date));
            front.dek = front.dek.or(candidate.take());
        } else if let Some(line) = dateline::split(text) {
            front.dek = front.dek.or(candidate.take());
            front.dateline = Some((at, line));
            break;
        } else if want_dek && at == 0 && text.chars().count() <= MAX_DEK {
            if is_emphasised(text) {
                front.dek = Some(at);
            } else {
                candidate = Some(at);
            }
        } else {
            break;
        }
    }
    if let Some(at) = front.dek {
        front.dropped.push(at);
    }
    front
}

fn para(item: &Item) -> &str {
    match item {
        Item::Heading(text) | Item::Para(text) | Item::Block(text) => text,
    }
}

/// `*A whole paragraph in italics*`, as Markdown articles set a standfirst.
fn is_emphasised(text: &str) -> bool {
    let text = text.trim();
    ["*", "_"].iter().any(|m| {
        text.len() > 2 * m.len()
            && text.starts_with(m)
            && text.ends_with(m)
            && !text[m.len()..text.len() - m.len()].contains(m)
    })
}

fn emphasis_off(text: &str) -> String {
    let text = text.trim();
    if is_emphasised(text) {
        text[1..text.len() - 1].to_owned()
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(text: &str) -> Item {
        Item::Para(text.to_owned())
    }

    fn titled(items: Vec<Item>) -> Article {
        article(Found {
            title: Some("Title".to_owned()),
            items,
            ..Found::default()
        })
    }

    #[test]
    fn the_standfirst_stands_before_the_byline() {
        let a = titled(vec![
            p("Both sides meet again."),
            p("By Jane Doe"),
            p("GENEVA, 3 March 2026 — Talks resumed."),
            p("More."),
        ]);
        assert_eq!(a.dek.as_deref(), Some("Both sides meet again."));
        assert_eq!(a.location.as_deref(), Some("Geneva"));
        assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2026-03-03"));
        assert_eq!(a.lead, ["Talks resumed.", "More."]);
    }

    #[test]
    fn without_a_byline_the_first_paragraph_is_the_story() {
        let a = titled(vec![p("Talks resumed."), p("More.")]);
        assert_eq!(a.dek, None);
        assert_eq!(a.lead, ["Talks resumed.", "More."]);
    }

    #[test]
    fn an_italic_first_paragraph_is_the_standfirst() {
        let a = titled(vec![p("*Both sides meet again.*"), p("Talks resumed.")]);
        assert_eq!(a.dek.as_deref(), Some("Both sides meet again."));
        assert_eq!(a.lead, ["Talks resumed."]);
    }

    #[test]
    fn subheads_split_sections_and_furniture_goes() {
        let a = titled(vec![
            p("Lead."),
            Item::Heading("One".to_owned()),
            p("First."),
            p("Subscribe to our newsletter"),
            Item::Block("- a\n- b".to_owned()),
            Item::Heading("Two".to_owned()),
            p("Second."),
        ]);
        assert_eq!(a.lead, ["Lead."]);
        let sections: Vec<(&str, Vec<&str>)> = a
            .sections
            .iter()
            .map(|s| {
                (
                    s.title.as_str(),
                    s.blocks.iter().map(String::as_str).collect(),
                )
            })
            .collect();
        assert_eq!(
            sections,
            [
                ("One", vec!["First.", "- a\n- b"]),
                ("Two", vec!["Second."])
            ]
        );
    }
}
