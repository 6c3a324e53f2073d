//! Narrowing the library as the user types: fuzzy matching over headline,
//! tags, parties and file name, and the order the picker lists rows in.

use std::cmp::Ordering;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

use nucleo_matcher::pattern::{Atom, AtomKind, CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str};

use super::Entry;
use crate::load::Origin;

/// One entry the query kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    /// Index into the entries given to [`filter`].
    pub index: usize,
    /// Higher is better; 0 for an empty query.
    pub score: u32,
    /// Character indices (not bytes) of the headline to light, ascending.
    pub headline_hits: Vec<usize>,
    /// Character indices of the file name to light, ascending.
    pub file_hits: Vec<usize>,
}

/// The fields matched, in the order that wins a tie between them.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Headline,
    FileName,
    Tags,
    Parties,
}

/// The entries `query` keeps, best first.
///
/// Each word of the query must match one of the fields fuzzily (smart
/// case: a capital letter makes that word case-sensitive; accents are
/// optional); its score is its best field's. With an empty query every
/// entry is kept, recently opened ones first in `recent` order, then the
/// newest by date, then by file name. With a query, the better score wins
/// and recency breaks ties. `recent` holds canonical paths, most recent first.
pub fn filter(entries: &[Entry], query: &str, recent: &[PathBuf]) -> Vec<Match> {
    let rank: HashMap<&Path, usize> = recent
        .iter()
        .enumerate()
        .rev()
        .map(|(i, path)| (path.as_path(), i))
        .collect();
    let recency = |entry: &Entry| match &entry.origin {
        Origin::File(path) => rank.get(path.as_path()).copied(),
        Origin::Bundled(_) => None,
    };
    let pattern = Pattern::new(
        query,
        CaseMatching::Smart,
        Normalization::Smart,
        AtomKind::Fuzzy,
    );
    let mut matches: Vec<Match> = if pattern.atoms.is_empty() {
        (0..entries.len())
            .map(|index| Match {
                index,
                score: 0,
                headline_hits: Vec::new(),
                file_hits: Vec::new(),
            })
            .collect()
    } else {
        let mut matcher = Matcher::new(Config::DEFAULT);
        let mut buf = Vec::new();
        entries
            .iter()
            .enumerate()
            .filter_map(|(index, entry)| {
                match_entry(entry, &pattern.atoms, &mut matcher, &mut buf).map(|mut m| {
                    m.index = index;
                    m
                })
            })
            .collect()
    };
    matches.sort_by(|a, b| {
        let (x, y) = (&entries[a.index], &entries[b.index]);
        b.score
            .cmp(&a.score)
            .then_with(|| by_recency(recency(x), recency(y)))
            .then_with(|| by_date(x.date.as_deref(), y.date.as_deref()))
            .then_with(|| x.file_name.cmp(&y.file_name))
            .then_with(|| a.index.cmp(&b.index))
    });
    matches
}

/// Recent entries first, in their order; the rest after.
fn by_recency(a: Option<usize>, b: Option<usize>) -> Ordering {
    let key = |rank: Option<usize>| rank.map_or((1, 0), |i| (0, i));
    key(a).cmp(&key(b))
}

/// Newest first; undated last. ISO dates sort as text.
fn by_date(a: Option<&str>, b: Option<&str>) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => b.cmp(a),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

fn match_entry(
    entry: &Entry,
    atoms: &[Atom],
    matcher: &mut Matcher,
    buf: &mut Vec<char>,
) -> Option<Match> {
    let tags = entry.tags.join(" ");
    let parties = entry.parties.join(" ");
    let fields = [
        (Field::Headline, entry.headline.as_deref().unwrap_or("")),
        (Field::FileName, entry.file_name.as_str()),
        (Field::Tags, tags.as_str()),
        (Field::Parties, parties.as_str()),
    ];
    let mut found = Match {
        index: 0,
        score: 0,
        headline_hits: Vec::new(),
        file_hits: Vec::new(),
    };
    let mut indices = Vec::new();
    for atom in atoms {
        let mut best: Option<(u16, Field, &str)> = None;
        for (field, text) in fields {
            let Some(score) = atom.score(Utf32Str::new(text, buf), matcher) else {
                continue;
            };
            if best.is_none_or(|(top, _, _)| score > top) {
                best = Some((score, field, text));
            }
        }
        let (score, field, text) = best?;
        found.score += u32::from(score);
        let hits = match field {
            Field::Headline => &mut found.headline_hits,
            Field::FileName => &mut found.file_hits,
            Field::Tags | Field::Parties => continue,
        };
        indices.clear();
        atom.indices(Utf32Str::new(text, buf), matcher, &mut indices);
        hits.extend(indices.iter().map(|&i| i as usize));
    }
    for hits in [&mut found.headline_hits, &mut found.file_hits] {
        hits.sort_unstable();
        hits.dedup();
    }
    Some(found)
}

#[cfg(test)]
#[path = "filter_tests.rs"]
mod tests;
