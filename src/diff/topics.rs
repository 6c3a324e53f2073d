//! Per topic of the newer briefing, each party's mark then and now: what the
//! reader needs to mark changed topic rows with the old stance beside the new.

use super::same::{self, position};
use crate::compare::{Comparison, Mark, Verdict, same_topic, verdicts};
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
    /// The topic's verdict in OLD; `None` for a new topic.
    pub was: Option<Verdict>,
    /// Its verdict in NEW.
    pub now: Verdict,
}

impl TopicChange {
    /// A new topic, or any party's mark or words moved on it, or its verdict.
    pub fn changed(&self) -> bool {
        self.old_topic.is_none()
            || self.verdict_changed().is_some()
            || self.cells.iter().any(CellChange::changed)
    }

    /// The old verdict, when the topic had one and it differs from the new.
    pub fn verdict_changed(&self) -> Option<Verdict> {
        self.was.filter(|&was| was != self.now)
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
    /// Both state a position and the party's quoted words differ.
    pub requoted: bool,
    /// Both state a position and where it comes from differs (`source`,
    /// `cite`, `date` or `url`): a reader trusting the old source should
    /// see that it moved.
    pub resourced: bool,
}

impl CellChange {
    pub fn changed(&self) -> bool {
        self.reworded
            || self.requoted
            || self.resourced
            || self.old.unwrap_or(Mark::Silent) != self.new
    }
}

/// For every topic row of `new` (so `result[i]` is row `i`), every party of
/// `new`: its mark in `old` and in `new`. Parties and topics match by name,
/// ignoring case and surrounding space.
pub fn topic_changes(old: &Briefing, new: &Briefing) -> Vec<TopicChange> {
    let old_rows = Comparison::of(old);
    let new_rows = Comparison::of(new);
    let old_verdicts = verdicts(old, &old_rows);
    let new_verdicts = verdicts(new, &new_rows);
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
                    let both = match (then, now) {
                        (Some(Some(a)), Some(b)) => Some((a, b)),
                        _ => None,
                    };
                    CellChange {
                        old: then.map(Mark::of),
                        new: Mark::of(now),
                        reworded: both.is_some_and(|(a, b)| same::reworded(a, b)),
                        requoted: both.is_some_and(|(a, b)| same::quote_changed(a, b)),
                        resourced: both.is_some_and(|(a, b)| same::source_changed(a, b)),
                    }
                })
                .collect();
            let old_topic = old_rows.topic_index(topic);
            TopicChange {
                topic: t,
                old_topic,
                cells,
                was: old_topic
                    .and_then(|o| old_verdicts.get(o))
                    .map(|v| v.verdict),
                now: new_verdicts
                    .get(t)
                    .map_or(Verdict::Unaddressed, |v| v.verdict),
            }
        })
        .collect()
}

/// One changed topic row, as the compare view marks it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RowChange {
    /// Each changed party (an index into NEW's parties) with its old mark,
    /// `Silent` for a party OLD does not have.
    pub parties: Vec<(usize, Mark)>,
    /// The old verdict, when the verdict changed.
    pub verdict_was: Option<Verdict>,
    /// The topic is new: the earlier briefing did not have it.
    pub new_topic: bool,
}

/// The same, shaped for the compare view's `changed`: per topic row of NEW,
/// `None` when nothing changed, else what did.
pub fn changed_marks(changes: &[TopicChange]) -> Vec<Option<RowChange>> {
    changes
        .iter()
        .map(|t| {
            t.changed().then(|| RowChange {
                parties: t
                    .cells
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| c.changed())
                    .map(|(p, c)| (p, c.old.unwrap_or(Mark::Silent)))
                    .collect(),
                verdict_was: t.verdict_changed(),
                new_topic: t.old_topic.is_none(),
            })
        })
        .collect()
}
