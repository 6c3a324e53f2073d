//! Topics as rows and parties as columns, each cell a mark.

use std::collections::HashMap;

use crate::model::{Briefing, Position, Stance};

/// What one party says on one topic, as a mark that reads without colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mark {
    Stance(Stance),
    /// A position with no stance given.
    Stated,
    /// The party said nothing on this topic; not the same as `unclear`.
    Silent,
}

impl Mark {
    pub fn of(position: Option<&Position>) -> Mark {
        match position {
            None => Mark::Silent,
            Some(p) => p.stance.map_or(Mark::Stated, Mark::Stance),
        }
    }

    /// A one-character symbol, distinct for every mark.
    pub fn symbol(self) -> &'static str {
        match self {
            Mark::Stance(Stance::For) => "+",
            Mark::Stance(Stance::Against) => "-",
            Mark::Stance(Stance::Conditional) => "~",
            Mark::Stance(Stance::Unclear) => "?",
            Mark::Stated => "*",
            Mark::Silent => "·",
        }
    }

    /// The word that goes with the symbol.
    pub fn label(self) -> &'static str {
        match self {
            Mark::Stance(stance) => stance.name(),
            Mark::Stated => "stated",
            Mark::Silent => "no stated position",
        }
    }

    pub const LEGEND: [Mark; 6] = [
        Mark::Stance(Stance::For),
        Mark::Stance(Stance::Against),
        Mark::Stance(Stance::Conditional),
        Mark::Stance(Stance::Unclear),
        Mark::Stated,
        Mark::Silent,
    ];
}

/// Topics x parties for one briefing. Cells hold indexes into each party's
/// `positions`, so the model borrows nothing and survives being stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    /// Row order: the briefing's `topics`, then other topics by first appearance.
    pub topics: Vec<String>,
    /// `cells[topic][party]`: the index of that party's position on the topic.
    cells: Vec<Vec<Option<usize>>>,
}

impl Comparison {
    pub fn of(briefing: &Briefing) -> Comparison {
        // Rows found by a key equal exactly when `same_topic` says two
        // topics match, so a briefing of many topics and parties is
        // compared in one pass over its positions, not topic by topic.
        let mut topics: Vec<String> = Vec::new();
        let mut rows: HashMap<String, usize> = HashMap::new();
        let mut push = |topic: &str| {
            if topic.trim().is_empty() {
                return None;
            }
            let next = topics.len();
            let row = *rows.entry(topic_key(topic)).or_insert(next);
            if row == next {
                topics.push(topic.to_owned());
            }
            Some(row)
        };
        briefing.topics.iter().for_each(|t| {
            push(t);
        });
        let parties = briefing.parties.len();
        let mut at: Vec<Vec<Option<usize>>> = Vec::new();
        for (p, party) in briefing.parties.iter().enumerate() {
            for (i, position) in party.positions.iter().enumerate() {
                let Some(row) = push(&position.topic) else {
                    continue;
                };
                if at.len() <= row {
                    at.resize(row + 1, vec![None; parties]);
                }
                // The first position on a topic is the one shown.
                at[row][p].get_or_insert(i);
            }
        }
        at.resize(topics.len(), vec![None; parties]);
        Comparison { topics, cells: at }
    }

    /// The position of party `party` on topic row `topic`, if it stated one.
    pub fn cell<'b>(
        &self,
        briefing: &'b Briefing,
        topic: usize,
        party: usize,
    ) -> Option<&'b Position> {
        let index = (*self.cells.get(topic)?.get(party)?)?;
        briefing.parties.get(party)?.positions.get(index)
    }

    pub fn mark(&self, briefing: &Briefing, topic: usize, party: usize) -> Mark {
        Mark::of(self.cell(briefing, topic, party))
    }

    /// The row of a topic, matched the way cells are.
    pub fn topic_index(&self, topic: &str) -> Option<usize> {
        self.topics.iter().position(|t| same_topic(t, topic))
    }
}

/// What two topics share when [`same_topic`] matches them: lowercase
/// (ASCII case folding is the same on ASCII), without surrounding space.
fn topic_key(topic: &str) -> String {
    topic.trim().to_lowercase()
}

/// Topics match ignoring case and surrounding space, so "Ceasefire" and
/// "ceasefire " line up in one row.
pub fn same_topic(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim(), b.trim());
    // Checked every frame for the section's topics: ASCII, the usual
    // case, is compared without making lowercase copies.
    if a.is_ascii() && b.is_ascii() {
        return a.eq_ignore_ascii_case(b);
    }
    a.to_lowercase() == b.to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Party, Section};

    fn position(topic: &str, stance: Option<Stance>) -> Position {
        Position {
            topic: topic.into(),
            stance,
            text: format!("on {topic}"),
            ..Position::default()
        }
    }

    fn briefing() -> Briefing {
        Briefing {
            format: 1,
            headline: "h".into(),
            dek: None,
            date: None,
            location: None,
            process: None,
            round: None,
            tags: vec![],
            summary: vec![],
            topics: vec!["B".into(), "A".into()],
            sources: vec![],
            sections: vec![Section {
                title: "s".into(),
                topics: vec![],
                body: String::new(),
            }],
            parties: vec![
                Party {
                    name: "One".into(),
                    role: None,
                    summary: None,
                    short: None,
                    counted: None,
                    positions: vec![position("C", Some(Stance::For)), position("a", None)],
                },
                Party {
                    name: "Two".into(),
                    role: Some("mediator".into()),
                    summary: None,
                    short: None,
                    counted: None,
                    positions: vec![position("B", Some(Stance::Against))],
                },
            ],
        }
    }

    #[test]
    fn rows_follow_declared_topics_then_first_appearance() {
        let b = briefing();
        assert_eq!(Comparison::of(&b).topics, ["B", "A", "C"]);
    }

    #[test]
    fn cells_line_up_by_topic_ignoring_case() {
        let b = briefing();
        let c = Comparison::of(&b);
        assert_eq!(c.mark(&b, 0, 0), Mark::Silent);
        assert_eq!(c.mark(&b, 0, 1), Mark::Stance(Stance::Against));
        assert_eq!(c.mark(&b, 1, 0), Mark::Stated);
        assert_eq!(c.cell(&b, 1, 0).map(|p| p.text.as_str()), Some("on a"));
        assert_eq!(c.mark(&b, 2, 0), Mark::Stance(Stance::For));
        assert_eq!(c.mark(&b, 2, 1), Mark::Silent);
    }

    #[test]
    fn rows_match_as_same_topic_does_in_any_script() {
        let mut b = briefing();
        b.topics = vec!["ÉCHANGE de prisonniers".into(), " ".into()];
        b.parties[0].positions = vec![
            position("échange DE prisonniers ", Some(Stance::For)),
            position("K", Some(Stance::Against)),
            // A second position on one topic: the first is the one shown.
            position("échange de prisonniers", Some(Stance::Against)),
        ];
        // The Kelvin sign lowercases to "k", as `same_topic` finds too.
        b.parties[1].positions = vec![position("\u{212A}", None)];
        let c = Comparison::of(&b);
        assert_eq!(c.topics, ["ÉCHANGE de prisonniers", "K"]);
        assert!(same_topic("K", "\u{212A}"));
        assert_eq!(c.mark(&b, 0, 0), Mark::Stance(Stance::For));
        assert_eq!(c.mark(&b, 1, 0), Mark::Stance(Stance::Against));
        assert_eq!(c.mark(&b, 1, 1), Mark::Stated);
        assert_eq!(c.mark(&b, 0, 1), Mark::Silent);
        assert_eq!(c.topic_index("échange de PRISONNIERS"), Some(0));
    }

    #[test]
    fn topics_match_ignoring_case_and_surrounding_space_in_any_script() {
        assert!(same_topic("Ceasefire", " ceasefire "));
        assert!(same_topic(
            "ÉCHANGE de prisonniers",
            "échange DE prisonniers"
        ));
        assert!(same_topic("ΟΔΟΣ", "οδος"));
        assert!(!same_topic("Ceasefire", "Cease fire"));
        assert!(!same_topic("échange", "echange"));
    }

    #[test]
    fn every_mark_has_its_own_symbol() {
        let symbols: std::collections::HashSet<_> =
            Mark::LEGEND.iter().map(|m| m.symbol()).collect();
        assert_eq!(symbols.len(), Mark::LEGEND.len());
    }
}
