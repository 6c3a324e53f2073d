//! The links and sources in view (`L`): the section's own links, then the
//! sources of the topics it discusses, numbered; and which position `y`
//! copies from the positions panel.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use super::State;
use super::link_list::{Link, OnScreen};
use crate::model::{Briefing, Citation};
use crate::text::{Target, url};

impl State {
    /// What `L` lists: the briefing's sources when their list is on
    /// screen, the links of the section being read, then the sources of
    /// the positions on its topics; safe links only, each once.
    pub fn links_in_view(&self) -> Vec<Link> {
        let briefing = &self.doc.briefing;
        let mut out: Vec<Link> = Vec::new();
        let mut add = |label: String, url: &str| {
            if url::is_safe(url) && !out.iter().any(|l| l.url == url) {
                out.push(Link {
                    label,
                    url: url.to_owned(),
                });
            }
        };
        // The list of sources, when it is on screen: every one of them.
        let page = self.view.scroll..self.view.scroll + self.page();
        if self
            .panes
            .reading
            .anchor(Target::Sources)
            .is_some_and(|line| page.contains(&line))
        {
            for source in &briefing.sources {
                if let Some(u) = &source.url {
                    add(source.label(), u);
                }
            }
        }
        if self
            .panes
            .reading
            .target_at(self.view.scroll)
            .map(|(t, _)| t)
            == Some(Target::Sources)
        {
            return out;
        }
        let Some(section) = self
            .current_section()
            .and_then(|i| briefing.sections.get(i))
        else {
            return out;
        };
        for (label, u) in body_links(&section.body) {
            add(label, &u);
        }
        for topic in section
            .topics
            .iter()
            .filter_map(|t| self.doc.comparison.topic_index(t))
        {
            for (p, party) in briefing.parties.iter().enumerate() {
                let Some(position) = self.doc.comparison.cell(briefing, topic, p) else {
                    continue;
                };
                let citation = Citation::of(position, briefing.cited(position));
                if let Some(u) = citation.url {
                    let from = citation.attribution().unwrap_or_default();
                    let label = format!("{} on {}: {from}", party.short_name(), position.topic);
                    add(label.trim_end_matches([':', ' ']).to_owned(), u);
                }
            }
        }
        out
    }

    /// The safe links shown in the reading pane's text and the positions
    /// panel, where they are on screen: what OSC 8 marks and a click opens.
    /// A pane drawn over another is not accounted for here: the view checks
    /// the cells, `update` which pane was clicked.
    pub fn links_on_screen(&self) -> Vec<OnScreen> {
        let g = self.geometry();
        let mut out = Vec::new();
        let panes = [
            Some((g.text, &*self.panes.reading, self.view.scroll)),
            g.positions.map(|r| {
                (
                    super::geometry::panel_inner(r),
                    &*self.panes.positions,
                    self.view.positions_scroll,
                )
            }),
        ];
        for (area, layout, first) in panes.into_iter().flatten() {
            for (y, i) in (area.top()..area.bottom()).zip(first..) {
                let Some(line) = layout.line(i) else { break };
                let text = line.text();
                for found in url::on_line(&text, &self.doc.urls) {
                    let x = area
                        .x
                        .saturating_add(u16::try_from(found.column).unwrap_or(u16::MAX));
                    if x >= area.right() {
                        continue;
                    }
                    let width = u16::try_from(found.width)
                        .unwrap_or(u16::MAX)
                        .min(area.right() - x);
                    out.push(OnScreen {
                        x,
                        y,
                        width,
                        shown: found.shown,
                        url: found.url,
                    });
                }
            }
        }
        out
    }

    /// The position `y` copies as a citation in the positions panel: party
    /// and position indexes. The selected party's position; on a topic's
    /// own row, the topic's first position; with no row selected yet, the
    /// first position in the panel's view.
    pub fn panel_position(&self) -> Option<(usize, usize)> {
        let (briefing, comparison) = (&self.doc.briefing, &self.doc.comparison);
        if let Some((topic, party)) = self.selected_position() {
            // A party silent on the topic has nothing to cite.
            let position = comparison.cell(briefing, topic, party)?;
            let index = briefing.parties[party]
                .positions
                .iter()
                .position(|q| std::ptr::eq(q, position))?;
            return Some((party, index));
        }
        if let Some(topic) = self.selected_topic() {
            return first_position(briefing, comparison, std::iter::once(topic));
        }
        let layout = &self.panes.positions;
        let first = self.view.positions_scroll;
        let last = first + self.positions_page();
        // The topic the panel's top row is in, then those starting below it.
        let at_top = layout.target_at(first).map(|(t, _)| t);
        let topics = at_top.into_iter().chain(
            layout
                .anchors
                .iter()
                .filter(|&&(_, line)| line > first && line < last)
                .map(|&(t, _)| t),
        );
        let topics = topics.filter_map(|t| match t {
            Target::Topic(i) => Some(i),
            _ => None,
        });
        first_position(&self.doc.briefing, &self.doc.comparison, topics)
    }
}

fn first_position(
    briefing: &Briefing,
    comparison: &crate::compare::Comparison,
    topics: impl Iterator<Item = usize>,
) -> Option<(usize, usize)> {
    for topic in topics {
        for p in 0..briefing.parties.len() {
            if let Some(position) = comparison.cell(briefing, topic, p) {
                let index = briefing.parties[p]
                    .positions
                    .iter()
                    .position(|q| std::ptr::eq(q, position))?;
                return Some((p, index));
            }
        }
    }
    None
}

/// The links of a Markdown body, with their text as the label (the
/// address itself for a bare one), in order.
pub fn body_links(markdown: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut open: Option<(String, String)> = None;
    for event in Parser::new(markdown) {
        match event {
            Event::Start(Tag::Link { dest_url, .. }) => {
                open = Some((String::new(), dest_url.into_string()));
            }
            Event::End(TagEnd::Link) => {
                if let Some((label, u)) = open.take() {
                    let label = if label.trim().is_empty() {
                        u.clone()
                    } else {
                        label
                    };
                    out.push((label, u));
                }
            }
            Event::Text(text) | Event::Code(text) => match &mut open {
                Some((label, _)) => label.push_str(&text),
                None => {
                    for range in url::find(&text) {
                        let u = text[range].to_owned();
                        out.push((u.clone(), u));
                    }
                }
            },
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_body_gives_its_links_with_their_text_and_its_bare_addresses() {
        let links = body_links(
            "Read [the *final* text](https://a.org/t) or https://b.org/x.\n\n<mailto:desk@un.org>",
        );
        assert_eq!(
            links,
            [
                ("the final text".to_owned(), "https://a.org/t".to_owned()),
                ("https://b.org/x".to_owned(), "https://b.org/x".to_owned()),
                (
                    "mailto:desk@un.org".to_owned(),
                    "mailto:desk@un.org".to_owned()
                ),
            ]
        );
    }
}
