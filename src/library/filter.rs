//! Narrowing the library as the user types: fuzzy matching over headline,
//! tags, parties and file name, and the order the picker lists rows in.

use std::cmp::Ordering;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

use nucleo_matcher::pattern::{Atom, AtomKind, CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str};

use super::entry::Entry;
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
    let ranks = recency_ranks(entries, recent);
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
        let mut scratch = Scratch::default();
        entries
            .iter()
            .enumerate()
            .filter_map(|(index, entry)| match_entry(index, entry, &pattern.atoms, &mut scratch))
            .collect()
    };
    matches.sort_by(|a, b| {
        let (x, y) = (&entries[a.index], &entries[b.index]);
        b.score
            .cmp(&a.score)
            .then_with(|| ranks[a.index].cmp(&ranks[b.index]))
            .then_with(|| by_date(x.date.as_deref(), y.date.as_deref()))
            .then_with(|| x.file_name.cmp(&y.file_name))
            .then_with(|| a.index.cmp(&b.index))
    });
    matches
}

/// For each entry, a key that sorts recent entries first in `recent`
/// order and the rest after, looked up once rather than per comparison.
fn recency_ranks(entries: &[Entry], recent: &[PathBuf]) -> Vec<usize> {
    let rank: HashMap<&Path, usize> = recent
        .iter()
        .enumerate()
        .rev()
        .map(|(i, path)| (path.as_path(), i))
        .collect();
    entries
        .iter()
        .map(|entry| match &entry.origin {
            Origin::File(path) if !rank.is_empty() => {
                rank.get(path.as_path()).copied().unwrap_or(usize::MAX)
            }
            _ => usize::MAX,
        })
        .collect()
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

/// Buffers reused from one entry to the next: typing refilters thousands.
struct Scratch {
    matcher: Matcher,
    chars: Vec<char>,
    tags: String,
    parties: String,
    headline_hits: Vec<u32>,
    file_hits: Vec<u32>,
}

impl Default for Scratch {
    fn default() -> Self {
        Scratch {
            matcher: Matcher::new(Config::DEFAULT),
            chars: Vec::new(),
            tags: String::new(),
            parties: String::new(),
            headline_hits: Vec::new(),
            file_hits: Vec::new(),
        }
    }
}

fn match_entry(index: usize, entry: &Entry, atoms: &[Atom], s: &mut Scratch) -> Option<Match> {
    join_into(&mut s.tags, &entry.tags);
    join_into(&mut s.parties, &entry.parties);
    let headline = entry.headline.as_deref().unwrap_or("");
    let mut found = Match {
        index,
        score: 0,
        headline_hits: Vec::new(),
        file_hits: Vec::new(),
    };
    for atom in atoms {
        // The fields that can be lit are matched with indices straight
        // away; the others only need a score.
        s.headline_hits.clear();
        s.file_hits.clear();
        let m = &mut s.matcher;
        let scores = [
            (
                Field::Headline,
                atom.indices(
                    Utf32Str::new(headline, &mut s.chars),
                    m,
                    &mut s.headline_hits,
                ),
            ),
            (
                Field::FileName,
                atom.indices(
                    Utf32Str::new(&entry.file_name, &mut s.chars),
                    m,
                    &mut s.file_hits,
                ),
            ),
            (
                Field::Tags,
                atom.score(Utf32Str::new(&s.tags, &mut s.chars), m),
            ),
            (
                Field::Parties,
                atom.score(Utf32Str::new(&s.parties, &mut s.chars), m),
            ),
        ];
        let mut best: Option<(u16, Field)> = None;
        for (field, score) in scores {
            if let Some(score) = score
                && best.is_none_or(|(top, _)| score > top)
            {
                best = Some((score, field));
            }
        }
        let (score, field) = best?;
        found.score += u32::from(score);
        match field {
            Field::Headline => found
                .headline_hits
                .extend(s.headline_hits.iter().map(|&i| i as usize)),
            Field::FileName => found
                .file_hits
                .extend(s.file_hits.iter().map(|&i| i as usize)),
            Field::Tags | Field::Parties => {}
        }
    }
    for hits in [&mut found.headline_hits, &mut found.file_hits] {
        hits.sort_unstable();
        hits.dedup();
    }
    Some(found)
}

fn join_into(out: &mut String, words: &[String]) {
    out.clear();
    for (i, word) in words.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(word);
    }
}

#[cfg(test)]
#[path = "filter_tests.rs"]
mod tests;
