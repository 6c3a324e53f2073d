//! The compare view's state: where the cursor is, which columns show, how
//! the rows are ordered and how far the matrix is scrolled. Only
//! [`super::update`] changes it; the view reads it.

use std::collections::BTreeSet;

use crate::compare::{Comparison, Mark, Verdict, verdicts};
use crate::model::Briefing;

/// Per topic row, the parties whose mark changed and what it was before,
/// and the verdict before when it changed.
pub type Changes = crate::diff::RowChange;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Compare {
    /// The cursor's topic, an index into `comparison.topics` (not a screen
    /// row), so sorting leaves the cursor on the same topic.
    pub topic: usize,
    /// The cursor's party, an index into `briefing.parties`.
    pub party: usize,
    /// Parties whose columns are hidden, as indexes into `briefing.parties`.
    pub hidden: BTreeSet<usize>,
    /// Topics sorted by verdict (divergence first) rather than briefing order.
    pub sorted: bool,
    /// Which topics show, by verdict (`v`).
    pub filter: Filter,
    /// The first party column on screen, counted among the shown columns.
    pub column_offset: usize,
    /// The first topic row on screen, counted in screen order.
    pub row_offset: usize,
    /// The cursor's cell is open over the matrix.
    pub open: bool,
    /// What changed against another briefing, indexed like
    /// `comparison.topics`: `None` (or no entry) for an unchanged topic,
    /// else each changed party with its old mark. Set by the caller.
    pub changed: Vec<Option<Changes>>,
    /// Said once after an action ("no topic with divergence"); the next clears it.
    pub message: Option<String>,
}

impl Compare {
    pub fn new(briefing: &Briefing, comparison: &Comparison) -> Compare {
        let mut compare = Compare::default();
        compare.refresh(briefing, comparison);
        compare
    }

    /// Bring the cursor and the hidden columns back within the briefing,
    /// after a reload that may have fewer topics or parties.
    pub fn refresh(&mut self, briefing: &Briefing, comparison: &Comparison) {
        let parties = briefing.parties.len();
        self.topic = self.topic.min(comparison.topics.len().saturating_sub(1));
        self.hidden.retain(|&p| p < parties);
        if self.hidden.len() >= parties {
            self.hidden.clear();
        }
        if self.party >= parties || self.hidden.contains(&self.party) {
            self.party = self.shown(briefing).first().copied().unwrap_or(0);
        }
        if comparison.topics.is_empty() || parties == 0 {
            self.open = false;
        }
    }

    /// Party indexes of the columns that are showing, in screen order.
    pub fn shown(&self, briefing: &Briefing) -> Vec<usize> {
        column_order(briefing)
            .into_iter()
            .filter(|p| !self.hidden.contains(p))
            .collect()
    }

    /// Topic indexes in screen order: those the filter keeps.
    pub fn rows(&self, briefing: &Briefing, comparison: &Comparison) -> Vec<usize> {
        let mut rows: Vec<usize> = (0..comparison.topics.len()).collect();
        if !self.sorted && self.filter == Filter::All {
            return rows;
        }
        let verdicts = verdicts(briefing, comparison);
        let of = |t: usize| verdicts.get(t).map_or(Verdict::Unaddressed, |v| v.verdict);
        rows.retain(|&t| self.filter.keeps(of(t)));
        if self.sorted {
            // Stable: within a verdict, topics keep the briefing's order.
            rows.sort_by_key(|&t| of(t));
        }
        rows
    }

    /// The cursor's screen row.
    pub fn row(&self, rows: &[usize]) -> usize {
        rows.iter().position(|&t| t == self.topic).unwrap_or(0)
    }

    /// The cursor's place among the shown columns.
    pub fn column(&self, shown: &[usize]) -> usize {
        shown.iter().position(|&p| p == self.party).unwrap_or(0)
    }

    /// The changed parties of a topic, with their old marks.
    pub fn changes(&self, topic: usize) -> Option<&[(usize, Mark)]> {
        self.changed
            .get(topic)?
            .as_ref()
            .map(|c| c.parties.as_slice())
    }

    /// The verdict a topic had before, when it changed.
    pub fn verdict_was(&self, topic: usize) -> Option<Verdict> {
        self.changed.get(topic)?.as_ref()?.verdict_was
    }

    /// The topic is new since the earlier briefing.
    pub fn is_new_topic(&self, topic: usize) -> bool {
        self.changed
            .get(topic)
            .and_then(Option::as_ref)
            .is_some_and(|c| c.new_topic)
    }

    /// The mark a cell had before, when it changed.
    pub fn old_mark(&self, topic: usize, party: usize) -> Option<Mark> {
        let changes = self.changes(topic)?;
        changes.iter().find(|(p, _)| *p == party).map(|&(_, m)| m)
    }
}

/// Which rows the compare view shows, by their verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Filter {
    #[default]
    All,
    Only(Verdict),
}

impl Filter {
    /// The filters `v` steps through, in order, back to all.
    pub const CYCLE: [Filter; 6] = [
        Filter::All,
        Filter::Only(Verdict::Divergence),
        Filter::Only(Verdict::CommonGround),
        Filter::Only(Verdict::Mixed),
        Filter::Only(Verdict::OneVoice),
        Filter::Only(Verdict::NoPartyPosition),
    ];

    /// The filter after this one.
    #[must_use]
    pub fn next(self) -> Filter {
        let at = Filter::CYCLE.iter().position(|&f| f == self).unwrap_or(0);
        Filter::CYCLE[(at + 1) % Filter::CYCLE.len()]
    }

    /// Whether a topic with `verdict` shows.
    pub fn keeps(self, verdict: Verdict) -> bool {
        match self {
            Filter::All => true,
            // A topic nobody addressed has no party position either.
            Filter::Only(Verdict::NoPartyPosition) => {
                matches!(verdict, Verdict::NoPartyPosition | Verdict::Unaddressed)
            }
            Filter::Only(only) => verdict == only,
        }
    }

    /// Its name: the verdict's, or "all".
    pub fn label(self) -> &'static str {
        match self {
            Filter::All => "all",
            Filter::Only(verdict) => verdict.label(),
        }
    }
}

/// The column chooser over the compare view: a list of every party in
/// column order, each shown or hidden.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Columns {
    /// The selected row, an index into [`column_order`].
    pub selected: usize,
    /// The first row on screen.
    pub offset: usize,
}

/// Every party in column order: the sides first, then mediators and
/// observers, each group as the briefing lists them. Number keys count in
/// this order, so `1` is always the leftmost column when none is hidden.
pub fn column_order(briefing: &Briefing) -> Vec<usize> {
    let parties = &briefing.parties;
    let sides = (0..parties.len()).filter(|&p| !parties[p].is_neutral());
    let neutral = (0..parties.len()).filter(|&p| parties[p].is_neutral());
    sides.chain(neutral).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn v_steps_through_every_filter_and_back_to_all() {
        let mut f = Filter::All;
        let mut seen = vec![f.label()];
        for _ in 1..Filter::CYCLE.len() {
            f = f.next();
            seen.push(f.label());
        }
        assert_eq!(
            seen,
            [
                "all",
                "divergence",
                "common ground",
                "mixed",
                "one voice",
                "no party position"
            ]
        );
        assert_eq!(f.next(), Filter::All);
    }

    #[test]
    fn no_party_position_keeps_the_unaddressed_too() {
        let f = Filter::Only(Verdict::NoPartyPosition);
        assert!(f.keeps(Verdict::NoPartyPosition) && f.keeps(Verdict::Unaddressed));
        assert!(!f.keeps(Verdict::OneVoice));
        assert!(Filter::Only(Verdict::Mixed).keeps(Verdict::Mixed));
        assert!(!Filter::Only(Verdict::Mixed).keeps(Verdict::Divergence));
        assert!(Verdict::ALL.iter().all(|&v| Filter::All.keeps(v)));
    }
}
