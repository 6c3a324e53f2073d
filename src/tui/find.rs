//! Search across what the reader shows: the header, the text and the positions.

use crate::search::find;

use super::state::{State, Where};

/// Every hit for the current query, in reading order: header, text, positions.
pub fn hits(state: &State) -> Vec<(Where, crate::search::Hit)> {
    let query = &state.search.query;
    let mut all: Vec<_> = find(&state.header, query)
        .into_iter()
        .map(|h| (Where::Header, h))
        .collect();
    all.extend(
        find(&state.reading.lines, query)
            .into_iter()
            .map(|h| (Where::Reading, h)),
    );
    all.extend(
        find(&state.positions.lines, query)
            .into_iter()
            .map(|h| (Where::Positions, h)),
    );
    all
}
