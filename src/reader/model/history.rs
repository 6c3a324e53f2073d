//! Briefings left by going back and forth, and where.

use crate::load::Origin;

/// A briefing left, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Visit {
    pub origin: Origin,
    pub spot: Spot,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct History {
    pub back: Vec<Visit>,
    pub forward: Vec<Visit>,
}

/// Where to put the reader in a briefing: a section, lines into it, and the
/// sections already read.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Spot {
    pub section: usize,
    pub offset: usize,
    pub read: Vec<usize>,
}
