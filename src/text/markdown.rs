//! Section bodies: Markdown into blocks of styled text, ready to wrap.
//!
//! Each block is one paragraph, list item, quote paragraph, heading or code
//! line, with the prefix its first line and its other lines carry (bullets,
//! quote bars, indentation), so wrapping never has to know about Markdown.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::style::{Role, Span, Style};
use crate::sanitize;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Block {
    pub spans: Vec<Span>,
    /// Prefix of the first line, such as `│ • `.
    pub first: Vec<Span>,
    /// Prefix of every following line, such as `│   `.
    pub rest: Vec<Span>,
    /// A blank line goes before this block.
    pub gap_before: bool,
    /// Code keeps its line breaks and spaces.
    pub preformatted: bool,
}

enum Container {
    Quote,
    List { next: Option<u64>, depth: usize },
    Item { marker: String, used: bool },
}

const BULLETS: [&str; 3] = ["•", "◦", "▪"];

/// Parse one Markdown body into blocks.
pub fn blocks(markdown: &str) -> Vec<Block> {
    let mut b = Builder {
        // The body was cleaned at load; only an entity such as `&#27;` can
        // decode into something that needs cleaning again.
        entities: markdown.contains('&'),
        ..Builder::default()
    };
    for event in Parser::new_ext(markdown, Options::ENABLE_STRIKETHROUGH) {
        b.event(event);
    }
    b.flush(false);
    b.out
}

#[derive(Default)]
struct Builder {
    /// The text may hold entities, so what it decodes to is cleaned again.
    entities: bool,
    out: Vec<Block>,
    stack: Vec<Container>,
    spans: Vec<Span>,
    strong: usize,
    emphasis: usize,
    heading: bool,
    code_block: bool,
    links: Vec<String>,
    /// A blank line is due before the next block (after a paragraph,
    /// heading, quote or list; not between the items of a tight list).
    gap: bool,
}

impl Builder {
    fn style(&self, role: Role) -> Style {
        Style {
            role: if self.heading && role == Role::Body {
                Role::Heading
            } else {
                role
            },
            strong: self.strong > 0 || self.heading,
            emphasis: self.emphasis > 0,
        }
    }

    fn text(&mut self, text: &str, role: Role) {
        // Entities such as `&#27;` decode here, after load-time sanitising, so clean again.
        let clean = if self.entities || text.contains('\n') {
            sanitize::line(text)
        } else {
            std::borrow::Cow::Borrowed(text)
        };
        let style = self.style(role);
        match self.spans.last_mut() {
            Some(last) if last.style == style => last.text.push_str(&clean),
            _ => self.spans.push(Span::new(clean, style)),
        }
    }

    fn in_quote(&self) -> bool {
        self.stack.iter().any(|c| matches!(c, Container::Quote))
    }

    fn base_role(&self) -> Role {
        if self.in_quote() {
            Role::Quote
        } else {
            Role::Body
        }
    }

    /// End the current block, if it has text.
    fn flush(&mut self, preformatted: bool) {
        if self.spans.is_empty() {
            return;
        }
        cap_combining(&mut self.spans);
        let marker = Style::role(Role::Marker);
        let mut first = Vec::new();
        let mut rest = Vec::new();
        for container in &mut self.stack {
            match container {
                Container::Quote => {
                    first.push(Span::new("│ ", marker));
                    rest.push(Span::new("│ ", marker));
                }
                Container::Item { marker: m, used } => {
                    let pad = " ".repeat(unicode_width::UnicodeWidthStr::width(m.as_str()));
                    first.push(Span::new(
                        if *used { pad.clone() } else { m.clone() },
                        marker,
                    ));
                    rest.push(Span::new(pad, marker));
                    *used = true;
                }
                Container::List { .. } => {}
            }
        }
        let gap_before = !self.out.is_empty() && self.gap;
        self.gap = false;
        self.out.push(Block {
            spans: std::mem::take(&mut self.spans),
            first,
            rest,
            gap_before,
            preformatted,
        });
    }

    fn event(&mut self, event: Event) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(text) if self.code_block => self.code_lines(&text),
            Event::Text(text) => self.text(&text, self.base_role()),
            Event::Code(text) => self.text(&text, Role::Code),
            Event::Html(html) | Event::InlineHtml(html) => self.text(&html, self.base_role()),
            Event::SoftBreak => self.text(" ", self.base_role()),
            Event::HardBreak => self.flush(false),
            Event::Rule => {
                self.flush(false);
                self.gap = true;
                self.text("───", Role::Marker);
                self.flush(false);
                self.gap = true;
            }
            _ => {}
        }
    }

    fn code_lines(&mut self, text: &str) {
        for (i, line) in text.trim_end_matches('\n').split('\n').enumerate() {
            if i > 0 {
                self.flush(true);
            }
            self.text(&format!("  {line}"), Role::Code);
        }
    }

    fn start(&mut self, tag: Tag) {
        match tag {
            Tag::Paragraph => self.flush(false),
            Tag::Heading { .. } => {
                self.flush(false);
                self.gap = true;
                self.heading = true;
            }
            Tag::BlockQuote(_) => {
                self.flush(false);
                self.stack.push(Container::Quote);
            }
            Tag::CodeBlock(_) => {
                self.flush(false);
                self.code_block = true;
            }
            Tag::List(start) => {
                self.flush(false);
                let depth = self
                    .stack
                    .iter()
                    .filter(|c| matches!(c, Container::List { .. }))
                    .count();
                self.stack.push(Container::List { next: start, depth });
            }
            Tag::Item => {
                self.flush(false);
                let marker = match self.stack.last_mut() {
                    Some(Container::List { next: Some(n), .. }) => {
                        let m = format!("{n}. ");
                        *n += 1;
                        m
                    }
                    Some(Container::List { depth, .. }) => {
                        format!("{} ", BULLETS[*depth % BULLETS.len()])
                    }
                    _ => "• ".to_owned(),
                };
                self.stack.push(Container::Item {
                    marker,
                    used: false,
                });
            }
            Tag::Emphasis => self.emphasis += 1,
            Tag::Strong => self.strong += 1,
            Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. } => {
                self.links.push(dest_url.into_string());
            }
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph => {
                self.flush(false);
                self.gap = true;
            }
            TagEnd::Heading(_) => {
                self.flush(false);
                self.heading = false;
                self.gap = true;
            }
            TagEnd::CodeBlock => {
                self.flush(true);
                self.code_block = false;
                self.gap = true;
            }
            TagEnd::BlockQuote(_) => {
                self.flush(false);
                self.pop(|c| matches!(c, Container::Quote));
                self.gap = true;
            }
            TagEnd::List(_) => {
                self.flush(false);
                self.pop(|c| matches!(c, Container::List { .. }));
                // A nested list ends inside an item; only a whole list earns a gap.
                self.gap = !self
                    .stack
                    .iter()
                    .any(|c| matches!(c, Container::Item { .. }));
            }
            TagEnd::Item => {
                self.flush(false);
                self.pop(|c| matches!(c, Container::Item { .. }));
            }
            TagEnd::Emphasis => self.emphasis = self.emphasis.saturating_sub(1),
            TagEnd::Strong => self.strong = self.strong.saturating_sub(1),
            TagEnd::Link | TagEnd::Image => {
                if let Some(url) = self.links.pop() {
                    // An autolink already shows its address as its text.
                    let shown = self.spans.last().map_or("", |s| s.text.as_str());
                    if !url.is_empty() && !shown.ends_with(url.as_str()) {
                        self.text(&format!(" ({url})"), Role::Url);
                    }
                }
            }
            _ => {}
        }
    }

    fn pop(&mut self, is: impl Fn(&Container) -> bool) {
        if self.stack.last().is_some_and(is) {
            self.stack.pop();
        }
    }
}

/// Entities such as `&#x301;` decode one by one, each clean on its own, so
/// runs of combining marks are capped again across the whole block.
fn cap_combining(spans: &mut [Span]) {
    let mut run = 0usize;
    for span in spans {
        if !span.text.chars().any(sanitize::is_combining) {
            if !span.text.is_empty() {
                run = 0;
            }
            continue;
        }
        let mut kept = String::with_capacity(span.text.len());
        for c in span.text.chars() {
            if sanitize::is_combining(c) {
                run += 1;
                if run > sanitize::MAX_COMBINING {
                    continue;
                }
            } else {
                run = 0;
            }
            kept.push(c);
        }
        span.text = kept;
    }
}
