//! Briefings left by going back and forth, and where.

use super::place::Spot;
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
