//! The series the open briefing is a round of: where each round comes
//! from, which one is open, and the timeline of all of them. Found beside
//! the open file off the UI thread (see the loop's services).

use super::timeline::Shape;
use crate::load::Origin;
use crate::timeline::Timeline;

/// What `{`, `}` and `T` say on a briefing in no series.
pub const NO_SERIES: &str =
    "not a round of a series: give briefings the same `process` to link them";

/// A key that needs the rounds, pressed before they were known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AfterRounds {
    /// `{` (-1) or `}` (1).
    Step(isize),
    /// `T`.
    Timeline,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rounds {
    /// The process the rounds share.
    pub process: String,
    /// Where each round comes from, in series order.
    pub origins: Vec<Origin>,
    /// The open briefing's place in `origins`.
    pub index: usize,
    /// Topics across the rounds (its rounds in the same order).
    pub timeline: Timeline,
    /// The timeline's grid, measured once (see [`Shape`]).
    pub shape: Shape,
}

impl Rounds {
    /// A series of one round is no series to move through.
    pub fn is_series(&self) -> bool {
        self.origins.len() > 1
    }

    /// "round 2 of 4", counting places in the series (a round numbered 7
    /// that is the second known is still the second of four).
    pub fn label(&self) -> String {
        self.label_of(self.index)
    }

    /// As [`Rounds::label`], for the round at `index` in the series.
    pub fn label_of(&self, index: usize) -> String {
        format!("round {} of {}", index + 1, self.origins.len())
    }

    /// The round `delta` places from the open one, if there is one.
    pub fn neighbour(&self, delta: isize) -> Option<&Origin> {
        self.origins.get(self.index.checked_add_signed(delta)?)
    }
}
