//! The timeline of a negotiation: topics as rows, rounds as columns; in
//! each cell the topic's verdict in that round, and beneath it each
//! counted party's stance, so who moved, and when, reads along a row.
//!
//! Pure: a [`Series`] in, a [`Timeline`] out. [`render`] lays it out as
//! text, [`formats`] writes Markdown, JSON and CSV.

pub mod formats;
pub mod render;
#[cfg(test)]
mod tests;

use std::collections::HashMap;

use crate::compare::{Comparison, Mark, Verdict, verdicts};
use crate::series::Series;

/// One round's column heading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Round {
    pub file: String,
    /// Its `round`, else its place in the series from 1.
    pub number: u32,
    pub date: Option<String>,
    pub headline: String,
}

/// One topic across the rounds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The spelling of the round that first has it.
    pub topic: String,
    /// Per round; `None` where the topic is absent.
    pub verdicts: Vec<Option<Verdict>>,
    /// `stances[party][round]`, parties as in [`Timeline::parties`];
    /// `None` for no stated position (or no such party in that round).
    pub stances: Vec<Vec<Option<Mark>>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timeline {
    pub process: Option<String>,
    pub rounds: Vec<Round>,
    /// The parties that count toward a verdict in some round, in order of
    /// first appearance; mediators and observers are left out.
    pub parties: Vec<String>,
    /// Topics by first appearance: the first round's rows, then each new
    /// topic of a later round.
    pub topics: Vec<Row>,
}

/// How a cell differs from the same cell one round before.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// The first round, or nothing changed.
    Same,
    /// Something before and something else now: a shift.
    Changed,
    /// Nothing before, something now.
    New,
    /// Something before, nothing now.
    Dropped,
}

/// The step from `before` to `now`; the first round has no before.
pub fn step<T: PartialEq>(before: Option<Option<&T>>, now: Option<&T>) -> Step {
    match (before, now) {
        (None, _) | (Some(None), None) => Step::Same,
        (Some(Some(_)), None) => Step::Dropped,
        (Some(None), Some(_)) => Step::New,
        (Some(Some(a)), Some(b)) if a == b => Step::Same,
        (Some(Some(_)), Some(_)) => Step::Changed,
    }
}

/// The steps along one row of cells.
pub fn steps<T: PartialEq>(cells: &[Option<T>]) -> Vec<Step> {
    (0..cells.len())
        .map(|i| {
            let before = i.checked_sub(1).map(|j| cells[j].as_ref());
            step(before, cells[i].as_ref())
        })
        .collect()
}

/// Names and topics match ignoring case and surrounding space, as the
/// comparison and `brief diff` match them.
fn key(text: &str) -> String {
    text.trim().to_lowercase()
}

impl Timeline {
    pub fn of(series: &Series) -> Timeline {
        let rounds = series
            .members
            .iter()
            .enumerate()
            .map(|(i, m)| Round {
                file: m.name.clone(),
                number: series.number(i),
                date: m.briefing.date.clone(),
                headline: m.briefing.headline.clone(),
            })
            .collect::<Vec<_>>();
        let count = rounds.len();
        let mut parties: Vec<String> = Vec::new();
        let mut party_at: HashMap<String, usize> = HashMap::new();
        for member in &series.members {
            for party in member.briefing.parties.iter().filter(|p| p.counts()) {
                party_at.entry(key(&party.name)).or_insert_with(|| {
                    parties.push(party.name.clone());
                    parties.len() - 1
                });
            }
        }
        let mut topics: Vec<Row> = Vec::new();
        let mut topic_at: HashMap<String, usize> = HashMap::new();
        for (r, member) in series.members.iter().enumerate() {
            let briefing = &member.briefing;
            let comparison = Comparison::of(briefing);
            let found = verdicts(briefing, &comparison);
            let columns: Vec<Option<usize>> = briefing
                .parties
                .iter()
                .map(|party| party_at.get(&key(&party.name)).copied())
                .collect();
            for (t, topic) in comparison.topics.iter().enumerate() {
                let row = *topic_at.entry(key(topic)).or_insert_with(|| {
                    topics.push(Row {
                        topic: topic.clone(),
                        verdicts: vec![None; count],
                        stances: vec![vec![None; count]; parties.len()],
                    });
                    topics.len() - 1
                });
                let row = &mut topics[row];
                row.verdicts[r] = found.get(t).map(|v| v.verdict);
                for (p, at) in columns.iter().enumerate() {
                    let Some(at) = *at else {
                        continue;
                    };
                    let mark = comparison.mark(briefing, t, p);
                    row.stances[at][r] = (mark != Mark::Silent).then_some(mark);
                }
            }
        }
        Timeline {
            process: series.process.clone(),
            rounds,
            parties,
            topics,
        }
    }

    /// Topics whose verdict changed from one round to a later one, the
    /// rounds without the topic aside.
    pub fn moved(&self) -> usize {
        self.topics.iter().filter(|row| row.moved()).count()
    }

    /// Topics on which party `party` changed its stance at least once,
    /// the rounds it was silent aside.
    pub fn shifted(&self, party: usize) -> usize {
        self.topics
            .iter()
            .filter(|row| row.stances.get(party).is_some_and(|s| changes(s)))
            .count()
    }

    /// "3 topics moved; Aravia shifted on 2; Borduria shifted on 1".
    pub fn summary(&self) -> String {
        let moved = match self.moved() {
            0 => "no topic moved".to_owned(),
            1 => "1 topic moved".to_owned(),
            n => format!("{n} topics moved"),
        };
        let mut parts = vec![moved];
        let mut any = false;
        for (p, name) in self.parties.iter().enumerate() {
            let n = self.shifted(p);
            if n > 0 {
                any = true;
                parts.push(format!("{name} shifted on {n}"));
            }
        }
        if !any && !self.parties.is_empty() {
            parts.push("no party shifted".to_owned());
        }
        parts.join("; ")
    }
}

impl Row {
    /// Whether the verdict changed between rounds that have the topic.
    pub fn moved(&self) -> bool {
        changes(&self.verdicts)
    }
}

/// Whether the values, gaps skipped, are not all the same.
fn changes<T: PartialEq>(cells: &[Option<T>]) -> bool {
    let mut present = cells.iter().flatten();
    present
        .next()
        .is_some_and(|first| present.any(|other| other != first))
}
