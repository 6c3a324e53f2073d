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

/// The words of a position differ (not just their line breaks).
pub fn reworded(old: &Position, new: &Position) -> bool {
    !same_words(&old.text, &new.text)
}

/// Where a position comes from differs: its `source`, `cite`, `date` or `url`.
pub fn source_changed(old: &Position, new: &Position) -> bool {
    (&old.source, &old.cite, &old.date, &old.url) != (&new.source, &new.cite, &new.date, &new.url)
}

/// The party's quoted words differ (not just their spacing).
pub fn quote_changed(old: &Position, new: &Position) -> bool {
    match (&old.quote, &new.quote) {
        (Some(a), Some(b)) => !same_words(a, b),
        (a, b) => a != b,
    }
}
