//! The briefing laid out as text: the header, the reading document (key
//! points, sections, sources); the positions compared are in
//! [`super::positions`].

use super::layout::{Layout, Target};
use super::markdown;
use super::style::{Role, Span, Style};
use super::wrap::{wrap_block, wrap_plain};
use crate::model::Briefing;

// The positions have a file of their own; this keeps the old path working.
pub use super::positions::positions;

/// Headline, dek and the meta line, wrapped to `width`.
pub fn header(briefing: &Briefing, width: usize) -> Layout {
    let mut out = Layout::new(width);
    let headline = Style {
        strong: true,
        ..Style::role(Role::Headline)
    };
    wrap_plain(&briefing.headline, headline, width, 0, 0, &mut out);
    if let Some(dek) = &briefing.dek {
        let dek_style = Style {
            emphasis: true,
            ..Style::role(Role::Dek)
        };
        wrap_plain(dek, dek_style, width, 0, 0, &mut out);
    }
    let meta = meta_line(briefing);
    if !meta.is_empty() {
        wrap_plain(&meta, Style::role(Role::Meta), width, 0, 0, &mut out);
    }
    out.finish();
    out
}

/// "15 May 2025 · Istanbul · diplomacy, war".
pub fn meta_line(briefing: &Briefing) -> String {
    let mut parts = Vec::new();
    if let Some(date) = &briefing.date {
        parts.push(human_date(date));
    }
    if let Some(location) = &briefing.location {
        parts.push(location.clone());
    }
    if !briefing.tags.is_empty() {
        parts.push(briefing.tags.join(", "));
    }
    parts.join(" · ")
}

/// `2025-05-15` as `15 May 2025`; anything else as it is.
pub fn human_date(iso: &str) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let mut parts = iso.splitn(3, '-');
    let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
        return iso.to_owned();
    };
    match (m.parse::<usize>(), d.parse::<u32>()) {
        (Ok(m @ 1..=12), Ok(d)) => format!("{d} {} {y}", MONTHS[m - 1]),
        _ => iso.to_owned(),
    }
}

fn heading(text: &str, width: usize, block: u32, out: &mut Layout) {
    let style = Style {
        strong: true,
        ..Style::role(Role::Heading)
    };
    wrap_plain(text, style, width, 0, block, out);
}

/// Lines being gathered, numbering paragraphs as they come.
struct Builder {
    layout: Layout,
    block: u32,
}

impl Builder {
    fn new(width: usize) -> Builder {
        Builder {
            layout: Layout::new(width),
            block: 0,
        }
    }

    /// Start a new paragraph and return its number.
    fn next(&mut self) -> u32 {
        self.block += 1;
        self.block
    }

    fn blank(&mut self) {
        self.layout.blank(self.block);
    }

    fn anchor(&mut self, target: Target) {
        self.layout.anchor_here(target);
    }

    fn heading(&mut self, text: &str) {
        let block = self.next();
        heading(text, self.layout.width, block, &mut self.layout);
    }

    fn bullet(&mut self, spans: Vec<Span>) {
        let marker = Style::role(Role::Marker);
        let b = markdown::Block {
            spans,
            first: vec![Span::new("• ", marker)],
            rest: vec![Span::new("  ", marker)],
            ..markdown::Block::default()
        };
        let block = self.next();
        let width = self.layout.width;
        wrap_block(&b, width, block, &mut self.layout);
    }
}

/// Key points, every section with its Markdown body, then the sources.
pub fn reading(briefing: &Briefing, width: usize) -> Layout {
    reading_until(briefing, width, usize::MAX).0
}

/// [`reading`], stopping after the section in which the layout reaches
/// `lines` lines: enough for a first screen of a huge briefing, while the
/// rest waits. Says whether the layout is complete. The lines laid out are
/// the same as the start of the full layout, paragraph numbers included.
pub fn reading_until(briefing: &Briefing, width: usize, lines: usize) -> (Layout, bool) {
    let mut doc = Builder::new(width);
    if lines == usize::MAX {
        // Markdown takes away more than headings and bullets add.
        let text: usize = briefing
            .sections
            .iter()
            .map(|s| s.body.len() + s.title.len())
            .sum();
        doc.layout.reserve(text, text / width.max(1));
    }
    if !briefing.summary.is_empty() {
        doc.anchor(Target::KeyPoints);
        doc.heading("Key points");
        doc.blank();
        for point in &briefing.summary {
            doc.bullet(vec![Span::new(point.replace('\n', " "), Style::default())]);
        }
    }
    for (i, section) in briefing.sections.iter().enumerate() {
        if doc.layout.len() >= lines {
            doc.layout.finish();
            return (doc.layout, false);
        }
        if !doc.layout.is_empty() {
            doc.blank();
        }
        doc.anchor(Target::Section(i));
        doc.heading(&format!("{}. {}", i + 1, section.title));
        doc.blank();
        for b in markdown::blocks(&section.body) {
            if b.gap_before {
                doc.blank();
            }
            let block = doc.next();
            wrap_block(&b, width, block, &mut doc.layout);
        }
    }
    if !briefing.sources.is_empty() {
        doc.blank();
        doc.anchor(Target::Sources);
        doc.heading("Sources");
        doc.blank();
        for source in &briefing.sources {
            let mut spans = vec![Span::new(source.name.clone(), Style::default())];
            if let Some(url) = &source.url {
                spans.push(Span::new(format!(" ({url})"), Style::role(Role::Url)));
            }
            doc.bullet(spans);
        }
    }
    doc.layout.finish();
    (doc.layout, true)
}
