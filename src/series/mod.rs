//! Series: the rounds of one negotiation. Briefings that share a `process`
//! form a series, ordered by `round`; a briefing without a round takes its
//! place by `date`.
//!
//! Pure: briefings in, series out. [`gather`] reads them from the paths
//! given, a directory, or beside an open file.

pub mod gather;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

use crate::model::Briefing;

/// What places a briefing among the rounds of its process.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place<'a> {
    pub round: Option<u32>,
    /// ISO date, `YYYY-MM-DD`, which sorts as text.
    pub date: Option<&'a str>,
    /// Last of all, so the order never depends on the order found.
    pub name: &'a str,
}

impl<'a> Place<'a> {
    pub fn of(briefing: &'a Briefing, name: &'a str) -> Place<'a> {
        Place {
            round: briefing.round,
            date: briefing.date.as_deref(),
            name,
        }
    }
}

/// `items` in series order. Briefings with a `round` go by round (then
/// date, then name). Each one without a round goes by its `date`: after
/// the last numbered round dated on or before it, before the first one if
/// it is older than all of them, at the end when it has no date. The order
/// is total, so any order of the same items sorts the same.
pub fn order<T>(items: Vec<T>, place: impl for<'a> Fn(&'a T) -> Place<'a>) -> Vec<T> {
    let (mut numbered, mut dated): (Vec<T>, Vec<T>) =
        items.into_iter().partition(|i| place(i).round.is_some());
    numbered.sort_by(|a, b| {
        let (a, b) = (place(a), place(b));
        (a.round, a.date.is_none(), a.date, a.name).cmp(&(
            b.round,
            b.date.is_none(),
            b.date,
            b.name,
        ))
    });
    dated.sort_by(|a, b| {
        let (a, b) = (place(a), place(b));
        (a.date.is_none(), a.date, a.name).cmp(&(b.date.is_none(), b.date, b.name))
    });
    // slots[i]: the undated-round briefings that go before numbered[i];
    // the last slot, after all of them.
    let mut slots: Vec<Vec<T>> = (0..=numbered.len()).map(|_| Vec::new()).collect();
    for item in dated {
        let slot = match place(&item).date {
            None => numbered.len(),
            Some(date) => numbered
                .iter()
                .rposition(|n| place(n).date.is_some_and(|d| d <= date))
                .map_or(0, |i| i + 1),
        };
        slots[slot].push(item);
    }
    let mut out = Vec::new();
    let mut slots = slots.into_iter();
    for n in numbered {
        out.extend(slots.next().into_iter().flatten());
        out.push(n);
    }
    out.extend(slots.flatten());
    out
}

/// One round: a briefing and how to name it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    /// The file as given, or a bundled briefing's file name.
    pub name: String,
    pub briefing: Briefing,
}

impl Member {
    fn place(&self) -> Place<'_> {
        Place::of(&self.briefing, &self.name)
    }
}

/// The rounds of one negotiation, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Series {
    /// `None` for briefings that name no process, taken together.
    pub process: Option<String>,
    pub members: Vec<Member>,
}

impl Series {
    /// Round `index`'s number: its `round`, else its place from 1.
    pub fn number(&self, index: usize) -> u32 {
        self.members
            .get(index)
            .and_then(|m| m.briefing.round)
            .unwrap_or_else(|| u32::try_from(index + 1).unwrap_or(u32::MAX))
    }

    /// The process's name as people read it.
    pub fn title(&self) -> &str {
        self.process.as_deref().unwrap_or("(no process)")
    }

    /// Rounds claimed by more than one briefing: the round and the indexes
    /// of the members claiming it, in round order.
    pub fn duplicate_rounds(&self) -> Vec<(u32, Vec<usize>)> {
        let mut claims: BTreeMap<u32, Vec<usize>> = BTreeMap::new();
        for (i, member) in self.members.iter().enumerate() {
            if let Some(round) = member.briefing.round {
                claims.entry(round).or_default().push(i);
            }
        }
        claims.into_iter().filter(|(_, m)| m.len() > 1).collect()
    }
}

/// Group `members` into series by `process` (compared exactly, after the
/// trim every line gets on loading), each in series order; the series
/// sorted by process, the briefings without one last.
pub fn group(members: Vec<Member>) -> Vec<Series> {
    let mut by: BTreeMap<(bool, Option<String>), Vec<Member>> = BTreeMap::new();
    for member in members {
        let process = member.briefing.process.clone();
        by.entry((process.is_none(), process))
            .or_default()
            .push(member);
    }
    by.into_iter()
        .map(|((_, process), members)| Series {
            process,
            members: order(members, Member::place),
        })
        .collect()
}
