//! Narrowing the library as the user types: fuzzy matching over headline,
//! tags, parties and file name, and the order the picker lists rows in.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use nucleo_matcher::pattern::{Atom, AtomKind, CaseMatching, Normalization};
use nucleo_matcher::{Config, Matcher, Utf32Str};

use super::entry::Entry;
use super::order::Groups;
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

/// How closely a word of the query matched a field, worst first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Tier {
    /// Its letters in order, with others between ("istnbl").
    Scattered,
    /// Inside a word ("clear" in "nuclear").
    Inside,
    /// The start of a word ("nuc" in "nuclear").
    Prefix,
    /// A whole word.
    Word,
}

/// A scattered match scoring less than this share (percent) of the word
/// matched against itself is too weak to keep: "nuc" in "New round of
/// direct Russia talks" is a coincidence, not a match.
const WEAK_PERCENT: u32 = 60;
/// Each tier outranks any score within a lower one.
const TIER_WEIGHT: u32 = 1 << 16;

/// The entries `query` keeps, best first.
///
/// Each word of the query must match one of the fields (smart case: a
/// capital letter makes that word case-sensitive; accents are optional). A
/// whole word beats the start of a word, which beats a match inside one,
/// which beats letters scattered through the field; a scattered match that
/// scores well below the word itself is left out, and a word with a digit
/// in it (a year, a date) is never matched scattered. An entry's score is the
/// sum of its words' best fields. With an empty query every entry is kept
/// in the library's order (see [`Groups`]): recently opened ones first in
/// `recent` order, then by the root that found them, then series and lone
/// briefings newest first, a series' rounds together, newest round first.
/// With a query, the better score wins and that order breaks ties.
/// `recent` holds canonical paths, most recent first.
pub fn filter(entries: &[Entry], query: &str, recent: &[PathBuf]) -> Vec<Match> {
    let ranks = recency_ranks(entries, recent);
    let words: Vec<Word> = query.split_whitespace().map(Word::new).collect();
    let mut matches: Vec<Match> = if words.is_empty() {
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
            .filter_map(|(index, entry)| match_entry(index, entry, &words, &mut scratch))
            .collect()
    };
    let groups = Groups::new(entries);
    matches.sort_by(|a, b| {
        b.score
            .cmp(&a.score)
            .then_with(|| groups.compare(entries, &ranks, a.index, b.index))
    });
    matches
}

/// One word of the query, matched two ways.
struct Word {
    /// As one piece of text, to find whole words and prefixes.
    together: Atom,
    /// Letter by letter, in order.
    scattered: Atom,
    /// What the word scores against itself: the best a scattered match
    /// could do.
    perfect: u32,
    /// A word with a digit is a number, a year or a date: "2021" in
    /// "2025-05-16" letter by letter is a coincidence, so it matches only
    /// together.
    numeric: bool,
}

impl Word {
    fn new(word: &str) -> Word {
        let atom = |kind| Atom::new(word, CaseMatching::Smart, Normalization::Smart, kind, false);
        let scattered = atom(AtomKind::Fuzzy);
        let mut matcher = Matcher::new(Config::DEFAULT);
        let mut chars = Vec::new();
        let perfect = scattered
            .score(Utf32Str::new(word, &mut chars), &mut matcher)
            .map_or(0, u32::from);
        Word {
            together: atom(AtomKind::Substring),
            scattered,
            perfect,
            numeric: word.chars().any(|c| c.is_ascii_digit()),
        }
    }
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

/// Buffers reused from one entry to the next: typing refilters thousands.
struct Scratch {
    matcher: Matcher,
    chars: Vec<char>,
    tags: String,
    parties: String,
    hits: Vec<u32>,
}

impl Default for Scratch {
    fn default() -> Self {
        Scratch {
            matcher: Matcher::new(Config::DEFAULT),
            chars: Vec::new(),
            tags: String::new(),
            parties: String::new(),
            hits: Vec::new(),
        }
    }
}

fn match_entry(index: usize, entry: &Entry, words: &[Word], s: &mut Scratch) -> Option<Match> {
    join_into(&mut s.tags, &entry.tags);
    join_into(&mut s.parties, &entry.parties);
    let headline = entry.headline.as_deref().unwrap_or("");
    let mut found = Match {
        index,
        score: 0,
        headline_hits: Vec::new(),
        file_hits: Vec::new(),
    };
    for word in words {
        let fields = [
            (Field::Headline, headline),
            (Field::FileName, entry.file_name.as_str()),
            (Field::Tags, s.tags.as_str()),
            (Field::Parties, s.parties.as_str()),
        ];
        let mut best: Option<(Tier, u32, Field, Vec<u32>)> = None;
        for (field, text) in fields {
            s.hits.clear();
            let Some((tier, score)) =
                match_field(word, text, &mut s.matcher, &mut s.chars, &mut s.hits)
            else {
                continue;
            };
            if best
                .as_ref()
                .is_none_or(|(t, sc, _, _)| (tier, score) > (*t, *sc))
            {
                best = Some((tier, score, field, s.hits.clone()));
            }
        }
        let (tier, score, field, hits) = best?;
        found.score += tier as u32 * TIER_WEIGHT + score;
        let hits = hits.iter().map(|&i| i as usize);
        match field {
            Field::Headline => found.headline_hits.extend(hits),
            Field::FileName => found.file_hits.extend(hits),
            Field::Tags | Field::Parties => {}
        }
    }
    for hits in [&mut found.headline_hits, &mut found.file_hits] {
        hits.sort_unstable();
        hits.dedup();
    }
    Some(found)
}

/// How `word` matches `text`, if well enough: the tier and nucleo's score,
/// with the matched character indices in `hits`.
fn match_field(
    word: &Word,
    text: &str,
    matcher: &mut Matcher,
    chars: &mut Vec<char>,
    hits: &mut Vec<u32>,
) -> Option<(Tier, u32)> {
    if let Some(score) = word
        .together
        .indices(Utf32Str::new(text, chars), matcher, hits)
    {
        let start = hits.first().map_or(0, |&i| i as usize);
        let end = hits.last().map_or(0, |&i| i as usize + 1);
        let starts_word = start == 0
            || text
                .chars()
                .nth(start - 1)
                .is_none_or(|c| !c.is_alphanumeric());
        let ends_word = text.chars().nth(end).is_none_or(|c| !c.is_alphanumeric());
        let tier = match (starts_word, ends_word) {
            (true, true) => Tier::Word,
            (true, false) => Tier::Prefix,
            _ => Tier::Inside,
        };
        return Some((tier, u32::from(score)));
    }
    hits.clear();
    if word.numeric {
        return None;
    }
    let score = u32::from(
        word.scattered
            .indices(Utf32Str::new(text, chars), matcher, hits)?,
    );
    (score * 100 >= word.perfect * WEAK_PERCENT).then_some((Tier::Scattered, score))
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
