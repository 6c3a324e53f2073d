//! Search across what the reader shows: the header, the text and the positions.

use crate::search::{Hit, find, find_among};

use super::state::{State, Where};

/// Every hit for the current query, in reading order: header, text, positions.
pub fn hits(state: &State) -> Vec<(Where, Hit)> {
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

/// The hits for a query that extends the one `previous` hits were found
/// for: only the lines that held those can hold these.
pub fn narrowed(state: &State, previous: &[(Where, Hit)]) -> Vec<(Where, Hit)> {
    let query = &state.search.query;
    let lines_of = |place: Where| {
        let mut lines: Vec<usize> = previous
            .iter()
            .filter(|(w, _)| *w == place)
            .map(|(_, h)| h.line)
            .collect();
        lines.dedup();
        lines
    };
    let mut all = Vec::new();
    for (place, lines) in [
        (Where::Header, &state.header),
        (Where::Reading, &state.reading.lines),
        (Where::Positions, &state.positions.lines),
    ] {
        all.extend(
            find_among(lines, query, lines_of(place))
                .into_iter()
                .map(|h| (place, h)),
        );
    }
    all
}
