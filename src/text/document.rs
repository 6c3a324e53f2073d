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
    wrap_plain(&briefing.headline, headline_style(), width, 0, 0, &mut out);
    if let Some(dek) = &briefing.dek {
        wrap_plain(dek, dek_style(), width, 0, 0, &mut out);
    }
    let meta = meta_line(briefing);
    if !meta.is_empty() {
        wrap_plain(&meta, Style::role(Role::Meta), width, 0, 0, &mut out);
    }
    out.finish();
    out
}

/// How the headline looks, wherever it is laid out.
pub(super) fn headline_style() -> Style {
    Style {
        strong: true,
        ..Style::role(Role::Headline)
    }
}

/// How the dek looks, wherever it is laid out.
pub(super) fn dek_style() -> Style {
    Style {
        emphasis: true,
        ..Style::role(Role::Dek)
    }
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

/// How far a reading layout built in steps has got: the next section to
/// lay out and the last paragraph number given. A huge briefing shows its
/// first screens at once and lays out the rest a step at a time between
/// keystrokes, and the lines come out the same as in one go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Progress {
    section: usize,
    block: u32,
    started: bool,
    done: bool,
}

impl Progress {
    /// Every line is laid out.
    pub fn is_done(self) -> bool {
        self.done
    }

    /// The next section to lay out.
    pub(crate) fn section(self) -> usize {
        self.section
    }

    /// The last paragraph number given.
    pub(crate) fn block_given(self) -> u32 {
        self.block
    }
}

/// Lay out [`reading`] into `layout` from where `progress` says up to, not
/// including, section `stop`, and no further; like [`reading_more`].
pub(crate) fn reading_until(
    briefing: &Briefing,
    layout: &mut Layout,
    progress: &mut Progress,
    stop: usize,
) {
    let stop = stop.min(briefing.sections.len());
    if progress.section < stop || !progress.started {
        // The key points come first, then sections up to the stop.
        let mut doc = Builder {
            layout,
            block: progress.block,
        };
        doc.key_points(briefing, progress);
        doc.sections(briefing, progress, usize::MAX, stop);
        progress.block = doc.block;
    }
}

/// Sections `from..stop` of [`reading`] on their own, numbering paragraphs
/// on from `block`, for [`Layout::join`] onto the layout of everything
/// before them (key points or section 0 at least); with the last paragraph
/// number given, for [`Progress::skip`].
pub(crate) fn reading_part(
    briefing: &Briefing,
    width: usize,
    from: usize,
    stop: usize,
    block: u32,
) -> (Layout, u32) {
    let mut layout = Layout::continuing(width);
    let mut progress = Progress {
        section: from,
        block,
        started: true,
        done: false,
    };
    let mut doc = Builder {
        layout: &mut layout,
        block,
    };
    doc.sections(briefing, &mut progress, usize::MAX, stop);
    let block = doc.block;
    (layout, block)
}

impl Progress {
    /// Going on from section `section`, paragraph `block` being the last
    /// given before it: for a part laid out before the text it follows.
    pub(crate) fn at(section: usize, block: u32) -> Progress {
        Progress {
            section,
            block,
            started: true,
            done: false,
        }
    }

    /// A part laid out by [`reading_part`] has been joined on: go on after it.
    pub(crate) fn skip(&mut self, section: usize, block: u32) {
        self.section = section;
        self.block = block;
    }
}

/// Lines being gathered, numbering paragraphs as they come.
struct Builder<'a> {
    layout: &'a mut Layout,
    block: u32,
}

impl Builder<'_> {
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
        heading(text, self.layout.width, block, self.layout);
    }

    /// Lay out sections from `progress.section` until the layout has
    /// `lines` lines or section `stop` is reached; says whether it was.
    fn sections(
        &mut self,
        briefing: &Briefing,
        progress: &mut Progress,
        lines: usize,
        stop: usize,
    ) -> bool {
        let width = self.layout.width;
        while progress.section < stop {
            let Some(section) = briefing.sections.get(progress.section) else {
                break;
            };
            if self.layout.len() >= lines {
                return false;
            }
            if !self.layout.is_empty() || self.layout.is_continuing() {
                self.blank();
            }
            self.anchor(Target::Section(progress.section));
            self.heading(&format!("{}. {}", progress.section + 1, section.title));
            self.blank();
            for b in markdown::blocks(&section.body) {
                if b.gap_before {
                    self.blank();
                }
                let block = self.next();
                wrap_block(&b, width, block, self.layout);
            }
            progress.section += 1;
        }
        true
    }

    /// The key points, first of all, unless they are laid out already.
    fn key_points(&mut self, briefing: &Briefing, progress: &mut Progress) {
        if !std::mem::replace(&mut progress.started, true) && !briefing.summary.is_empty() {
            self.anchor(Target::KeyPoints);
            self.heading("Key points");
            self.blank();
            for point in &briefing.summary {
                self.bullet(vec![Span::new(point.replace('\n', " "), Style::default())]);
            }
        }
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
        wrap_block(&b, width, block, self.layout);
    }
}

/// Key points, every section with its Markdown body, then the sources.
pub fn reading(briefing: &Briefing, width: usize) -> Layout {
    let mut layout = Layout::new(width);
    reserve(briefing, &mut layout);
    reading_more(briefing, &mut layout, &mut Progress::default(), usize::MAX);
    layout
}

/// Make room in `layout` for the whole of `briefing`'s reading text, so a
/// big layout is not copied again and again as it grows.
pub fn reserve(briefing: &Briefing, layout: &mut Layout) {
    // Markdown takes away more than headings and bullets add.
    let text: usize = briefing
        .sections
        .iter()
        .map(|s| s.body.len() + s.title.len())
        .sum();
    layout.reserve(text, text / layout.width.max(1));
}

/// Lay out more of [`reading`] into `layout`, where `progress` says the last
/// step stopped, a section at a time until the layout has `lines` lines or
/// is complete. Says whether it is complete.
pub fn reading_more(
    briefing: &Briefing,
    layout: &mut Layout,
    progress: &mut Progress,
    lines: usize,
) -> bool {
    let mut doc = Builder {
        layout,
        block: progress.block,
    };
    doc.key_points(briefing, progress);
    if !doc.sections(briefing, progress, lines, usize::MAX) {
        progress.block = doc.block;
        return false;
    }
    if !progress.done && !briefing.sources.is_empty() {
        doc.blank();
        doc.anchor(Target::Sources);
        doc.heading("Sources");
        doc.blank();
        for source in &briefing.sources {
            let mut spans = vec![Span::new(source.label(), Style::default())];
            if let Some(url) = &source.url {
                spans.push(Span::new(format!(" ({url})"), Style::role(Role::Url)));
            }
            doc.bullet(spans);
        }
    }
    progress.block = doc.block;
    progress.done = true;
    doc.layout.finish();
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::briefing_toml;
    use crate::load::load_str;

    #[test]
    fn a_layout_built_in_steps_is_the_layout_built_at_once() {
        let b = load_str("g.toml", &briefing_toml(60_000, 7)).expect("generated briefings load");
        let whole = reading(&b, 50);
        let mut steps = Layout::new(50);
        let mut progress = Progress::default();
        let mut rounds = 0;
        loop {
            let lines = steps.len() + 40;
            if reading_more(&b, &mut steps, &mut progress, lines) {
                break;
            }
            rounds += 1;
        }
        assert!(rounds > 3, "only {rounds} steps");
        assert!(progress.is_done());
        assert_eq!(steps, whole);
        // Once done, a further step adds nothing.
        assert!(reading_more(&b, &mut steps, &mut progress, usize::MAX));
        assert_eq!(steps, whole);
    }
}
