//! What counts as the same party, position and words in two versions.

use crate::compare::same_topic;
use crate::model::{Briefing, Party, Position};

pub(super) fn party<'b>(briefing: &'b Briefing, name: &str) -> Option<&'b Party> {
    briefing.parties.iter().find(|p| same_topic(&p.name, name))
}

pub(super) fn position<'p>(party: &'p Party, topic: &str) -> Option<&'p Position> {
    party.positions.iter().find(|p| same_topic(&p.topic, topic))
}

/// Equal once spacing and line breaks are set aside: re-wrapping a
/// paragraph in the file is not a rewording.
pub fn same_words(a: &str, b: &str) -> bool {
    a.split_whitespace().eq(b.split_whitespace())
}
