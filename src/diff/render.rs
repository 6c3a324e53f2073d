//! A [`Diff`] as styled lines for `brief diff`: the briefing's own fields,
//! parties and topics, then position by position, then the sections.

use unicode_width::UnicodeWidthStr;

use super::{Change, Diff, FieldChange, PositionChange, SectionChange, VerdictChange};
use crate::compare::{Mark, Verdict};
use crate::model::{Citation, Stance};
use crate::text::document::human_date;
use crate::text::markdown::Block;
use crate::text::positions::verdict_style;
use crate::text::wrap::{wrap_block, wrap_plain};
use crate::text::{Layout, Role, Span, Style};

/// Green, red and yellow, as a diff reads: added, gone, changed. Borrowed
/// from the stance roles so `brief print` and the reader colour them alike.
const ADDED: Style = Style::role(Role::Stance(Mark::Stance(Stance::For)));
const GONE: Style = Style::role(Role::Stance(Mark::Stance(Stance::Against)));
const CHANGED: Style = Style::role(Role::Stance(Mark::Stance(Stance::Conditional)));

/// The report, wrapped to `width`: "no changes" when there are none.
pub fn lines(diff: &Diff, old_name: &str, new_name: &str, width: usize) -> Layout {
    let mut out = Out {
        lines: Layout::new(width),
        width,
    };
    if diff.is_empty() {
        out.text(
            &format!("no changes between {old_name} and {new_name}"),
            Style::default(),
        );
        return out.lines;
    }
    out.text(
        &format!("Changes from {old_name} to {new_name}"),
        Style {
            strong: true,
            ..Style::role(Role::Headline)
        },
    );
    verdicts(&mut out, &diff.verdicts);
    briefing(&mut out, diff);
    names(
        &mut out,
        "Parties",
        &diff.parties_added,
        &diff.parties_removed,
    );
    names(&mut out, "Topics", &diff.topics_added, &diff.topics_removed);
    positions(&mut out, &diff.positions);
    sections(&mut out, &diff.sections);
    out.lines
}

struct Out {
    lines: Layout,
    width: usize,
}

impl Out {
    fn heading(&mut self, title: &str) {
        self.lines.blank(0);
        let style = Style {
            strong: true,
            ..Style::role(Role::Heading)
        };
        wrap_plain(title, style, self.width, 0, 0, &mut self.lines);
    }

    fn text(&mut self, text: &str, style: Style) {
        wrap_plain(text, style, self.width, 0, 0, &mut self.lines);
    }

    /// Spans as one paragraph, indented by two, wrapped lines by six.
    fn entry(&mut self, spans: Vec<Span>) {
        let block = Block {
            spans,
            first: vec![Span::new("  ", Style::default())],
            rest: vec![Span::new("      ", Style::default())],
            ..Block::default()
        };
        wrap_block(&block, self.width, 0, &mut self.lines);
    }

    /// "    was: the old words", wrapped under itself.
    fn quote(&mut self, label: &str, text: &str, style: Style) {
        let block = Block {
            spans: vec![Span::new(text.replace('\n', " "), style)],
            first: vec![Span::new(format!("    {label}: "), Style::role(Role::Dim))],
            rest: vec![Span::new("         ", Style::default())],
            ..Block::default()
        };
        wrap_block(&block, self.width, 0, &mut self.lines);
    }
}

/// What a verdict is on one side: its name, or that the topic is not there.
pub fn verdict_word(verdict: Option<Verdict>, side: &str) -> &'static str {
    match (verdict, side) {
        (Some(v), _) => v.label(),
        (None, "was") => "new topic",
        (None, _) => "topic removed",
    }
}

/// "Implementing the treaty: common ground → divergence", first of all:
/// the verdicts are what an analyst asks of two rounds before anything.
fn verdicts(out: &mut Out, changes: &[VerdictChange]) {
    if changes.is_empty() {
        return;
    }
    out.heading("Verdicts");
    for c in changes {
        let look = |v: Option<Verdict>| v.map_or(Style::role(Role::Dim), verdict_style);
        out.entry(vec![
            Span::new(format!("{}: ", c.topic), Style::role(Role::Topic)),
            Span::new(verdict_word(c.was, "was"), look(c.was)),
            Span::new(" → ", CHANGED),
            Span::new(verdict_word(c.now, "now"), look(c.now)),
        ]);
    }
}

fn briefing(out: &mut Out, diff: &Diff) {
    if diff.fields.is_empty()
        && diff.key_points_added.is_empty()
        && diff.key_points_removed.is_empty()
    {
        return;
    }
    out.heading("Briefing");
    for FieldChange { field, old, new } in &diff.fields {
        let shown = |v: &Option<String>| match (v, *field) {
            (None, _) => "(none)".to_owned(),
            (Some(d), "date") => human_date(d),
            (Some(v), _) => v.replace('\n', " "),
        };
        let (old, new) = (shown(old), shown(new));
        // Short values read best side by side; long ones one above the other.
        if field.width() + old.width() + new.width() + 8 <= out.width {
            out.entry(vec![
                Span::new(format!("{field}: "), Style::default()),
                Span::new(old, Style::role(Role::Dim)),
                Span::new(" -> ", CHANGED),
                Span::new(new, Style::default()),
            ]);
        } else {
            out.entry(vec![Span::new(format!("{field}:"), Style::default())]);
            out.quote("was", &old, Style::role(Role::Dim));
            out.quote("now", &new, Style::default());
        }
    }
    for (points, word, style) in [
        (&diff.key_points_added, "key point added: ", ADDED),
        (&diff.key_points_removed, "key point removed: ", GONE),
    ] {
        for point in points {
            out.entry(vec![
                Span::new(word, style),
                Span::new(point.replace('\n', " "), Style::default()),
            ]);
        }
    }
}

fn names(out: &mut Out, title: &str, added: &[String], removed: &[String]) {
    if added.is_empty() && removed.is_empty() {
        return;
    }
    out.heading(title);
    for (list, word, style) in [(added, "added: ", ADDED), (removed, "removed: ", GONE)] {
        for name in list {
            out.entry(vec![
                Span::new(word, style),
                Span::new(name.clone(), Style::role(Role::Topic)),
            ]);
        }
    }
}

fn positions(out: &mut Out, changes: &[PositionChange]) {
    if changes.is_empty() {
        return;
    }
    out.heading("Positions");
    let mut topic: Option<&str> = None;
    for c in changes {
        // A blank line between topics keeps each topic's changes together.
        if topic.is_some_and(|t| t != c.topic) {
            out.lines.blank(0);
        }
        topic = Some(&c.topic);
        let mut spans = head(c, &c.party);
        // The full name where the line has room; the short one where not.
        let wide = spans.iter().map(|s| s.text.width()).sum::<usize>() + 2 > out.width;
        if let (Some(short), true) = (&c.short, wide) {
            spans = head(c, short);
        }
        out.entry(spans);
        match &c.change {
            Change::Added(new) => out.quote("now", &new.text, Style::default()),
            Change::Dropped(old) => out.quote("was", &old.text, Style::role(Role::Dim)),
            Change::Revised { old, new } => {
                if c.change.reworded() {
                    out.quote("was", &old.text, Style::role(Role::Dim));
                }
                out.quote("now", &new.text, Style::default());
                if c.change.quote_changed() {
                    let quote = new
                        .quote
                        .as_deref()
                        .map_or("(none)".to_owned(), |q| format!("“{}”", q.trim()));
                    out.quote("quote", &quote, Style::role(Role::Quote));
                }
                if c.change.source_changed() {
                    let citation = Citation::of(new, c.cited.as_ref());
                    let source = citation.attribution();
                    out.quote(
                        "source",
                        source.as_deref().unwrap_or("(none)"),
                        Style::role(Role::Dim),
                    );
                    if let Some(url) = citation.url {
                        out.quote("link", url, Style::role(Role::Url));
                    }
                }
            }
        }
    }
}

/// "Russia · Renewal: conditional -> against, reworded".
fn head(c: &PositionChange, party: &str) -> Vec<Span> {
    let mark = |m: Mark| Span::new(m.label(), Style::role(Role::Stance(m)));
    let mut spans = vec![
        Span::new(
            party.to_owned(),
            Style {
                strong: true,
                ..Style::role(Role::Party)
            },
        ),
        Span::new(" · ", Style::role(Role::Dim)),
        Span::new(format!("{}: ", c.topic), Style::role(Role::Topic)),
    ];
    match &c.change {
        Change::Added(_) => {
            spans.push(Span::new("added, ", ADDED));
            spans.push(mark(c.change.new_mark()));
        }
        Change::Dropped(_) => {
            spans.push(Span::new("dropped, was ", GONE));
            spans.push(mark(c.change.old_mark()));
        }
        Change::Revised { .. } => {
            let mut what = Vec::new();
            if let Some((from, to)) = c.change.stance_shift() {
                what.push(vec![mark(from), Span::new(" -> ", CHANGED), mark(to)]);
            }
            if c.change.reworded() {
                what.push(vec![Span::new("reworded", CHANGED)]);
            }
            if c.change.quote_changed() {
                what.push(vec![Span::new("new quote", CHANGED)]);
            }
            if c.change.source_changed() {
                what.push(vec![Span::new("new source", CHANGED)]);
            }
            for (i, part) in what.into_iter().enumerate() {
                if i > 0 {
                    spans.push(Span::new(", ", Style::default()));
                }
                spans.extend(part);
            }
        }
    }
    spans
}

fn sections(out: &mut Out, changes: &[SectionChange]) {
    if changes.is_empty() {
        return;
    }
    out.heading("Sections");
    for change in changes {
        let (word, style, title, note) = match change {
            SectionChange::Added(title) => ("added: ", ADDED, title, ""),
            SectionChange::Removed(title) => ("removed: ", GONE, title, ""),
            SectionChange::Changed {
                title,
                body,
                topics,
            } => {
                let note = match (body, topics) {
                    (true, true) => " (text and topics)",
                    (false, true) => " (topics)",
                    _ => " (text)",
                };
                ("changed: ", CHANGED, title, note)
            }
        };
        out.entry(vec![
            Span::new(word, style),
            Span::new(
                title.clone(),
                Style {
                    strong: true,
                    ..Style::default()
                },
            ),
            Span::new(note, Style::role(Role::Dim)),
        ]);
    }
}
