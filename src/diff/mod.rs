//! What changed between two versions of a briefing: positions added,
//! dropped, reworded and shifted, and sections added, removed and changed.
//!
//! Pure data, no rendering: `brief diff` prints a [`Diff`] with [`render`],
//! and the reader marks changed topics with [`topic_changes`]. Parties and
//! topics match by name the way the comparison matches topics (ignoring case
//! and surrounding space), so a renamed topic is one removed and one added.

pub mod formats;
pub mod render;
mod same;
mod topics;

pub use same::same_words;
use same::{party, position, quote_changed, reworded, source_changed};
pub use topics::{CellChange, RowChange, TopicChange, changed_marks, topic_changes};

use crate::compare::{Comparison, Mark, Verdict, same_topic, verdicts};
use crate::model::{Briefing, Position, Source};

/// Everything that differs between OLD and NEW.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Diff {
    /// Headline, dek, date and location, where they differ.
    pub fields: Vec<FieldChange>,
    pub key_points_added: Vec<String>,
    pub key_points_removed: Vec<String>,
    pub parties_added: Vec<String>,
    pub parties_removed: Vec<String>,
    /// Topic rows only NEW has, in NEW's order.
    pub topics_added: Vec<String>,
    /// Topic rows only OLD has, in OLD's order.
    pub topics_removed: Vec<String>,
    /// Topics whose verdict differs, NEW's rows then those only OLD has;
    /// a topic one side lacks has no verdict there.
    pub verdicts: Vec<VerdictChange>,
    /// By topic (NEW's rows, then those only OLD has), then by party.
    pub positions: Vec<PositionChange>,
    pub sections: Vec<SectionChange>,
}

impl Diff {
    /// True when the two briefings say the same thing.
    pub fn is_empty(&self) -> bool {
        *self == Diff::default()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldChange {
    /// The TOML key: `headline`, `dek`, `date` or `location`.
    pub field: &'static str,
    pub old: Option<String>,
    pub new: Option<String>,
}

/// "Implementing the treaty: common ground → divergence".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerdictChange {
    /// NEW's spelling when both have the topic.
    pub topic: String,
    /// `None` when OLD has no such topic.
    pub was: Option<Verdict>,
    /// `None` when NEW has no such topic.
    pub now: Option<Verdict>,
}

/// One party's position on one topic, changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PositionChange {
    /// NEW's spelling when both have the topic.
    pub topic: String,
    pub party: String,
    /// The party's short name, when it has one (NEW's, else OLD's).
    pub short: Option<String>,
    pub change: Change,
    /// The source NEW's position cites (OLD's, for a dropped one).
    pub cited: Option<Source>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// No position in OLD (or no such party or topic there); one in NEW.
    Added(Position),
    /// A position in OLD, none in NEW.
    Dropped(Position),
    /// Both have one; the stance, the words, the quote or the source
    /// (`source`, `cite`, `date`, `url`) differ.
    Revised { old: Position, new: Position },
}

impl Change {
    pub fn old_mark(&self) -> Mark {
        match self {
            Change::Added(_) => Mark::Silent,
            Change::Dropped(old) | Change::Revised { old, .. } => Mark::of(Some(old)),
        }
    }

    pub fn new_mark(&self) -> Mark {
        match self {
            Change::Dropped(_) => Mark::Silent,
            Change::Added(new) | Change::Revised { new, .. } => Mark::of(Some(new)),
        }
    }

    /// "conditional -> against": a revision whose mark moved.
    pub fn stance_shift(&self) -> Option<(Mark, Mark)> {
        match self {
            Change::Revised { .. } if self.old_mark() != self.new_mark() => {
                Some((self.old_mark(), self.new_mark()))
            }
            _ => None,
        }
    }

    /// A revision whose words differ (not just their line breaks).
    pub fn reworded(&self) -> bool {
        matches!(self, Change::Revised { old, new } if reworded(old, new))
    }

    /// Where the position comes from moved: its `source`, `cite`, `date`
    /// or `url`.
    pub fn source_changed(&self) -> bool {
        matches!(self, Change::Revised { old, new } if source_changed(old, new))
    }

    /// The party's own words, the `quote`, differ (not just their spacing).
    pub fn quote_changed(&self) -> bool {
        matches!(self, Change::Revised { old, new } if quote_changed(old, new))
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SectionChange {
    Added(String),
    Removed(String),
    /// Same title, different body or topics.
    Changed {
        title: String,
        body: bool,
        topics: bool,
    },
}

/// What changed from `old` to `new`.
pub fn diff(old: &Briefing, new: &Briefing) -> Diff {
    let (old_compared, new_compared) = (Comparison::of(old), Comparison::of(new));
    let (old_verdicts, new_verdicts) = (verdicts(old, &old_compared), verdicts(new, &new_compared));
    let verdict_of = |compared: &Comparison, all: &[crate::compare::TopicVerdict], topic: &str| {
        let t = compared.topic_index(topic)?;
        all.get(t).map(|v| v.verdict)
    };
    let old_rows = &old_compared.topics;
    let new_rows = &new_compared.topics;
    let topics_added = only_in(new_rows, old_rows);
    let topics_removed = only_in(old_rows, new_rows);
    let names = |b: &Briefing| b.parties.iter().map(|p| p.name.clone()).collect::<Vec<_>>();
    let parties_added = only_in(&names(new), &names(old));
    let parties_removed = only_in(&names(old), &names(new));

    let mut positions = Vec::new();
    let verdicts: Vec<VerdictChange> = new_rows
        .iter()
        .chain(&topics_removed)
        .map(|topic| VerdictChange {
            topic: topic.clone(),
            was: verdict_of(&old_compared, &old_verdicts, topic),
            now: verdict_of(&new_compared, &new_verdicts, topic),
        })
        .filter(|v| v.was != v.now)
        .collect();
    for topic in new_rows.iter().chain(&topics_removed) {
        let parties = new
            .parties
            .iter()
            .map(|p| (&p.name, Some(p), party(old, &p.name)));
        let gone = old
            .parties
            .iter()
            .filter(|p| party(new, &p.name).is_none())
            .map(|p| (&p.name, None, Some(p)));
        for (name, in_new, in_old) in parties.chain(gone) {
            let before = in_old.and_then(|p| position(p, topic));
            let after = in_new.and_then(|p| position(p, topic));
            if let Some(change) = change(before, after) {
                let cited = match after {
                    Some(after) => new.cited(after),
                    None => before.and_then(|before| old.cited(before)),
                };
                positions.push(PositionChange {
                    topic: topic.clone(),
                    party: name.clone(),
                    short: in_new.or(in_old).and_then(|p| p.short.clone()),
                    change,
                    cited: cited.cloned(),
                });
            }
        }
    }

    Diff {
        fields: fields(old, new),
        key_points_added: only_in_words(&new.summary, &old.summary),
        key_points_removed: only_in_words(&old.summary, &new.summary),
        parties_added,
        parties_removed,
        topics_added,
        topics_removed,
        verdicts,
        positions,
        sections: sections(old, new),
    }
}

fn change(old: Option<&Position>, new: Option<&Position>) -> Option<Change> {
    match (old, new) {
        (None, None) => None,
        (None, Some(new)) => Some(Change::Added(new.clone())),
        (Some(old), None) => Some(Change::Dropped(old.clone())),
        (Some(old), Some(new)) => {
            let revised = Change::Revised {
                old: old.clone(),
                new: new.clone(),
            };
            (revised.stance_shift().is_some()
                || revised.reworded()
                || revised.quote_changed()
                || revised.source_changed())
            .then_some(revised)
        }
    }
}

fn fields(old: &Briefing, new: &Briefing) -> Vec<FieldChange> {
    let pairs = [
        ("headline", Some(&old.headline), Some(&new.headline)),
        ("dek", old.dek.as_ref(), new.dek.as_ref()),
        ("date", old.date.as_ref(), new.date.as_ref()),
        ("location", old.location.as_ref(), new.location.as_ref()),
    ];
    pairs
        .into_iter()
        .filter(|(_, a, b)| match (a, b) {
            (Some(a), Some(b)) => !same_words(a, b),
            _ => a != b,
        })
        .map(|(field, a, b)| FieldChange {
            field,
            old: a.cloned(),
            new: b.cloned(),
        })
        .collect()
}

/// Sections pair up by title, first with first, so two sections with one
/// title still pair rather than both showing as changed. Added and changed
/// ones come in NEW's order, then the removed in OLD's.
fn sections(old: &Briefing, new: &Briefing) -> Vec<SectionChange> {
    let mut taken = vec![false; old.sections.len()];
    let mut out = Vec::new();
    for section in &new.sections {
        let found = (0..old.sections.len())
            .find(|&i| !taken[i] && same_topic(&old.sections[i].title, &section.title));
        let Some(i) = found else {
            out.push(SectionChange::Added(section.title.clone()));
            continue;
        };
        taken[i] = true;
        let s = &old.sections[i];
        let body = !same_words(&s.body, &section.body);
        let topics = !same_list(&s.topics, &section.topics);
        if body || topics {
            out.push(SectionChange::Changed {
                title: section.title.clone(),
                body,
                topics,
            });
        }
    }
    for (i, section) in old.sections.iter().enumerate() {
        if !taken[i] {
            out.push(SectionChange::Removed(section.title.clone()));
        }
    }
    out
}

/// Names in `a` with no match in `b`.
fn only_in(a: &[String], b: &[String]) -> Vec<String> {
    a.iter()
        .filter(|x| !b.iter().any(|y| same_topic(x, y)))
        .cloned()
        .collect()
}

/// Key points in `a` that `b` does not have, word for word.
fn only_in_words(a: &[String], b: &[String]) -> Vec<String> {
    a.iter()
        .filter(|x| !b.iter().any(|y| same_words(x, y)))
        .cloned()
        .collect()
}

fn same_list(a: &[String], b: &[String]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same_topic(x, y))
}

#[cfg(test)]
mod tests;
