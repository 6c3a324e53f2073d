//! Per topic of the newer briefing, each party's mark then and now: what the
//! reader needs to mark changed topic rows with the old stance beside the new.

use super::{position, same_words};
use crate::compare::{Comparison, Mark, same_topic};
use crate::model::Briefing;

/// One topic row of NEW, against OLD.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopicChange {
    /// The row in NEW's comparison.
    pub topic: usize,
    /// The row of the same topic in OLD's comparison; `None` for a new topic.
    pub old_topic: Option<usize>,
    /// One per party of NEW, in NEW's order.
    pub cells: Vec<CellChange>,
}

impl TopicChange {
    /// A new topic, or any party's mark or words moved on it.
    pub fn changed(&self) -> bool {
        self.old_topic.is_none() || self.cells.iter().any(CellChange::changed)
    }
}

/// One party on one topic, then and now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CellChange {
    /// The party's mark in OLD; `None` when OLD has no such party.
    pub old: Option<Mark>,
    pub new: Mark,
    /// Both state a position and the words differ.
    pub reworded: bool,
}

impl CellChange {
    pub fn changed(&self) -> bool {
        self.reworded || self.old.unwrap_or(Mark::Silent) != self.new
    }
}

/// For every topic row of `new` (so `result[i]` is row `i`), every party of
/// `new`: its mark in `old` and in `new`. Parties and topics match by name,
/// ignoring case and surrounding space.
pub fn topic_changes(old: &Briefing, new: &Briefing) -> Vec<TopicChange> {
    let old_rows = Comparison::of(old);
    let new_rows = Comparison::of(new);
    new_rows
        .topics
        .iter()
        .enumerate()
        .map(|(t, topic)| {
            let cells = new
                .parties
                .iter()
                .enumerate()
                .map(|(p, party)| {
                    let now = new_rows.cell(new, t, p);
                    let then = old
                        .parties
                        .iter()
                        .find(|o| same_topic(&o.name, &party.name))
                        .map(|o| position(o, topic));
                    CellChange {
                        old: then.map(Mark::of),
                        new: Mark::of(now),
                        reworded: matches!((then, now), (Some(Some(a)), Some(b)) if !same_words(&a.text, &b.text)),
                    }
                })
                .collect();
            TopicChange {
                topic: t,
                old_topic: old_rows.topic_index(topic),
                cells,
            }
        })
        .collect()
}

/// The same, shaped for the compare view's `changed`: per topic row of NEW,
/// `None` when nothing changed, else each changed party (an index into NEW's
/// parties) with its old mark, `Silent` for a party OLD does not have.
pub fn changed_marks(changes: &[TopicChange]) -> Vec<Option<Vec<(usize, Mark)>>> {
    changes
        .iter()
        .map(|t| {
            t.changed().then(|| {
                t.cells
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| c.changed())
                    .map(|(p, c)| (p, c.old.unwrap_or(Mark::Silent)))
                    .collect()
            })
        })
        .collect()
}
