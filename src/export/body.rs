//! A section body, Markdown already, made safe to pass on as Markdown.
//!
//! Load-time cleaning sees `&#27;` as five harmless characters, but a
//! Markdown renderer decodes it into an ESC. The reader cleans again after
//! decoding; a renderer further down the line will not. So a character
//! reference that would decode into something hostile (a control
//! character, a bidi or invisible character, or one combining mark too many)
//! gets its `&` written as `&amp;`, and shows as typed. That holds in code
//! too: a renderer with `$math$` can end a code span early and decode what
//! was code. The rest of the body passes through as written.
//!
//! The bodies are also joined into one document, so a code fence or an HTML
//! comment left open in one would swallow everything after it; it is closed.

use std::collections::{HashMap, HashSet};

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::escape::reference_len;
use crate::sanitize::{MAX_COMBINING, is_combining, is_removed};

/// What is parsed to find references in text: standard Markdown and the common
/// extensions, so a table or footnote is seen as a renderer would see it.
const OPTIONS: Options = Options::ENABLE_TABLES
    .union(Options::ENABLE_STRIKETHROUGH)
    .union(Options::ENABLE_FOOTNOTES)
    .union(Options::ENABLE_TASKLISTS);

/// `markdown` with every hostile reference written literally, trailing
/// marks over the cap dropped, and any block left open closed.
pub fn safe(markdown: &str) -> String {
    // Most bodies have neither; they need no parse to know it.
    if !markdown.contains('&') && !markdown.chars().any(is_combining) {
        return close_open_blocks(markdown.to_owned());
    }
    let plan = Plan::of(markdown);
    let mut out = String::with_capacity(markdown.len());
    for (at, c) in markdown.char_indices() {
        if !c.is_ascii() && plan.dropped.contains(&at) {
            continue;
        }
        if c == '&' {
            let escape = plan.references.get(&at).copied().unwrap_or_else(|| {
                // A reference outside text (a link's address, raw HTML, code)
                // is shown nowhere as text: any mark is too many.
                reference_len(&markdown[at..]).is_some_and(|len| {
                    decode(&markdown[at..at + len])
                        .chars()
                        .any(|c| hostile(c) || is_combining(c))
                })
            });
            if escape {
                out.push_str("&amp;");
                continue;
            }
        }
        out.push(c);
    }
    close_open_blocks(out)
}

/// What to change in one body, found by parsing it the way a renderer will.
#[derive(Default)]
struct Plan {
    /// References that decode as text, by where their `&` is: escape or not.
    references: HashMap<usize, bool>,
    /// Literal combining marks past the cap, once marks from references
    /// and from across emphasis are counted.
    dropped: HashSet<usize>,
}

impl Plan {
    fn of(markdown: &str) -> Plan {
        let mut plan = Plan::default();
        // Combining marks in a row as rendered: emphasis and links do not
        // break a run, a new block does.
        let mut run = 0usize;
        for (event, range) in Parser::new_ext(markdown, OPTIONS).into_offset_iter() {
            match event {
                Event::Code(text) => run = count_marks(run, &text),
                Event::Text(text) => {
                    let source = &markdown[range.clone()];
                    if *text == *source {
                        for (offset, c) in source.char_indices() {
                            run = if is_combining(c) { run + 1 } else { 0 };
                            if run > MAX_COMBINING {
                                plan.dropped.insert(range.start + offset);
                            }
                        }
                    } else if reference_len(source) == Some(source.len()) {
                        let marks = count_marks(run, &text);
                        let escape = text.chars().any(hostile) || marks > MAX_COMBINING;
                        plan.references.insert(range.start, escape);
                        // Escaped, it shows as `&#x301;`, which ends any run.
                        run = if escape { 0 } else { marks };
                    } else {
                        run = count_marks(run, &text);
                    }
                }
                Event::Start(tag) if !is_inline(tag.to_end()) => run = 0,
                Event::End(tag) if !is_inline(tag) => run = 0,
                Event::SoftBreak | Event::HardBreak | Event::Rule | Event::Html(_) => run = 0,
                _ => {}
            }
        }
        plan
    }
}

/// Whether a decoded character must not reach a renderer: what load-time
/// cleaning removes or replaces, but for tabs and newlines, which are harmless.
fn hostile(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || is_removed(c)
        || matches!(c, '\u{2028}' | '\u{2029}')
}

/// The run of combining marks after `text`, starting from `run`.
fn count_marks(run: usize, text: &str) -> usize {
    text.chars()
        .fold(run, |run, c| if is_combining(c) { run + 1 } else { 0 })
}

fn is_inline(tag: TagEnd) -> bool {
    matches!(
        tag,
        TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Superscript
            | TagEnd::Subscript
            | TagEnd::Link
            | TagEnd::Image
    )
}

/// A character reference decoded as a renderer decodes it.
fn decode(reference: &str) -> String {
    Parser::new(reference)
        .filter_map(|event| match event {
            Event::Text(text) => Some(text.into_string()),
            _ => None,
        })
        .collect()
}

/// The body with a code fence or raw HTML block left open at its end
/// closed, so the next heading of the export is still a heading.
fn close_open_blocks(mut body: String) -> String {
    if is_closed(&body) {
        return body;
    }
    let mut depth = 0usize;
    let mut last = None;
    for (event, range) in Parser::new_ext(&body, OPTIONS).into_offset_iter() {
        match event {
            Event::Start(tag) => {
                if depth == 0 {
                    last = Some((tag.to_end(), range.start));
                }
                depth += 1;
            }
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    let Some((kind, start)) = last else {
        return body;
    };
    let first_line = body[start..]
        .lines()
        .next()
        .unwrap_or_default()
        .trim_start();
    let closer = match kind {
        TagEnd::CodeBlock => {
            let fence = first_line.chars().next().unwrap_or('`');
            fence
                .to_string()
                .repeat(first_line.chars().take_while(|&c| c == fence).count())
        }
        TagEnd::HtmlBlock => html_closer(first_line).to_owned(),
        _ => String::new(),
    };
    if !closer.is_empty() {
        body.push('\n');
        body.push_str(&closer);
    }
    body
}

/// Whether a heading written after `body`, as the export writes the next
/// section's, is a heading rather than part of something `body` left open.
fn is_closed(body: &str) -> bool {
    // Only a fence or raw HTML stays open past a blank line.
    if !body.contains("```") && !body.contains("~~~") && !body.contains('<') {
        return true;
    }
    let probe = format!("{body}\n\n## next\n");
    let at = body.len() + 2;
    Parser::new_ext(&probe, OPTIONS)
        .into_offset_iter()
        .any(|(event, range)| {
            matches!(event, Event::Start(Tag::Heading { .. })) && range.start == at
        })
}

/// What ends an HTML block that a blank line does not end (the spec's
/// kinds 1 to 5), from the line that opened it.
fn html_closer(first_line: &str) -> &'static str {
    const CLOSERS: [(&str, &str); 8] = [
        ("<script", "</script>"),
        ("<pre", "</pre>"),
        ("<style", "</style>"),
        ("<textarea", "</textarea>"),
        ("<!--", "-->"),
        ("<?", "?>"),
        ("<![cdata[", "]]>"),
        ("<!", ">"),
    ];
    let lower = first_line.to_ascii_lowercase();
    CLOSERS
        .iter()
        .find(|(opener, _)| lower.starts_with(opener))
        .map_or("", |&(_, closer)| closer)
}
