use std::path::PathBuf;

use super::*;
use crate::bundled;

fn entry(path: &str, headline: &str, date: Option<&str>) -> Entry {
    let origin = Origin::File(PathBuf::from(path));
    Entry {
        file_name: origin.short_name(),
        origin,
        headline: Some(headline.to_owned()),
        date: date.map(str::to_owned),
        parties: Vec::new(),
        tags: Vec::new(),
        error: None,
        place: String::new(),
        root: 0,
        process: None,
        round: None,
    }
}

fn bundled_entries() -> Vec<Entry> {
    bundled::ALL
        .iter()
        .map(|b| Entry::read(Origin::Bundled(*b)))
        .collect()
}

fn names(entries: &[Entry], matches: &[Match]) -> Vec<String> {
    matches
        .iter()
        .map(|m| entries[m.index].file_name.clone())
        .collect()
}

#[test]
fn a_fuzzy_query_finds_the_istanbul_talks_among_the_bundled() {
    let entries: Vec<Entry> = bundled::ALL
        .iter()
        .map(|b| Entry::read(Origin::Bundled(*b)))
        .collect();
    let found = filter(&entries, "istnbl", &[]);
    // The four rounds of the Istanbul series, and nothing else.
    let mut found_names = names(&entries, &found);
    found_names.sort();
    assert_eq!(
        found_names,
        [
            "istanbul-talks-2025-05-16.toml",
            "istanbul-talks-2025-06-02.toml",
            "istanbul-talks-2025-07-23.toml",
            "istanbul-talks.toml"
        ]
    );
    assert!(found[0].score > 0);
    // Every bundled briefing is kept by an empty query.
    assert_eq!(filter(&entries, "  ", &[]).len(), bundled::ALL.len());
}

#[test]
fn an_empty_query_lists_recent_first_then_newest_then_by_name() {
    let entries = vec![
        entry("/b/old.toml", "Old talks", Some("2001-01-01")),
        entry("/b/new.toml", "New talks", Some("2025-05-15")),
        entry("/b/undated.toml", "Undated", None),
        entry("/b/also-new.toml", "Also new", Some("2025-05-15")),
        entry("/b/seen.toml", "Seen", Some("1999-01-01")),
        entry("/b/seen-before.toml", "Seen before", None),
    ];
    let recent = [
        PathBuf::from("/b/seen.toml"),
        PathBuf::from("/elsewhere/gone.toml"),
        PathBuf::from("/b/seen-before.toml"),
    ];
    let listed = filter(&entries, "", &recent);
    assert_eq!(
        names(&entries, &listed),
        [
            "seen.toml",
            "seen-before.toml",
            "also-new.toml",
            "new.toml",
            "old.toml",
            "undated.toml"
        ]
    );
    assert!(listed.iter().all(|m| m.headline_hits.is_empty()));
}

#[test]
fn recency_breaks_ties_between_equal_scores() {
    let entries = vec![
        entry("/b/a-ceasefire.toml", "Ceasefire", None),
        entry("/b/b-ceasefire.toml", "Ceasefire", None),
    ];
    let plain = filter(&entries, "ceasefire", &[]);
    assert_eq!(plain[0].score, plain[1].score);
    assert_eq!(plain[0].index, 0);
    let recent = [PathBuf::from("/b/b-ceasefire.toml")];
    assert_eq!(filter(&entries, "ceasefire", &recent)[0].index, 1);
}

#[test]
fn a_better_match_beats_a_recent_one() {
    let entries = vec![
        entry("/b/x.toml", "Grain corridor talks", None),
        entry("/b/y.toml", "General round of talks", None),
    ];
    let recent = [PathBuf::from("/b/y.toml")];
    let found = filter(&entries, "grain", &recent);
    assert_eq!(found[0].index, 0);
}

#[test]
fn hits_are_character_indices_not_bytes() {
    let entries = vec![entry("/b/ankara.toml", "Türkiye hosts talks", None)];
    let found = filter(&entries, "hosts", &[]);
    assert_eq!(found.len(), 1);
    // "Türkiye " is eight characters but nine bytes.
    assert_eq!(found[0].headline_hits, [8, 9, 10, 11, 12]);
    assert!(found[0].file_hits.is_empty());
}

#[test]
fn accents_are_optional_and_capitals_make_a_word_case_sensitive() {
    let entries = vec![entry("/b/ankara.toml", "Türkiye hosts talks", None)];
    assert_eq!(filter(&entries, "turkiye", &[]).len(), 1);
    assert_eq!(filter(&entries, "Turkiye", &[]).len(), 1);
    assert!(filter(&entries, "TURKIYE", &[]).is_empty());
}

#[test]
fn every_word_must_match_some_field() {
    let mut talks = entry("/b/geneva-round.toml", "Second round", None);
    talks.parties = vec!["Ukraine".into(), "Russia".into()];
    talks.tags = vec!["diplomacy".into()];
    let other = entry("/b/other.toml", "Second round", None);
    let entries = vec![talks, other];
    // "geneva" only in the file name, "russia" only in the parties.
    let found = filter(&entries, "geneva russia", &[]);
    assert_eq!(names(&entries, &found), ["geneva-round.toml"]);
    assert_eq!(found[0].file_hits, [0, 1, 2, 3, 4, 5]);
    assert!(found[0].headline_hits.is_empty());
    assert_eq!(filter(&entries, "diplomacy", &[]).len(), 1);
    assert!(filter(&entries, "geneva zzz", &[]).is_empty());
}

#[test]
fn entries_that_failed_to_load_match_by_file_name() {
    let origin = Origin::File(PathBuf::from("/b/broken-draft.toml"));
    let entries = vec![Entry::failed(origin, "broken-draft.toml:1:1: bad".into())];
    let found = filter(&entries, "draft", &[]);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].file_hits, [7, 8, 9, 10, 11]);
}

#[test]
fn nuc_keeps_only_the_nuclear_briefings() {
    let entries = bundled_entries();
    let found = names(&entries, &filter(&entries, "nuc", &[]));
    let mut sorted = found.clone();
    sorted.sort();
    assert_eq!(
        sorted,
        [
            "iran-nuclear-jcpoa.toml",
            "new-start-2021-02.toml",
            "new-start-2023-02.toml"
        ]
    );
    // Letters scattered through a headline are not a match on their own.
    assert!(filter(&entries, "nuc", &[]).iter().all(|m| m.score > 0));
}

#[test]
fn whole_words_and_prefixes_rank_above_letters_scattered() {
    let entries = vec![
        entry("/b/weak.toml", "Lessons of the harbour dispute", None),
        entry("/b/scattered.toml", "First arbitration meeting", None),
        entry("/b/inside.toml", "Restart of the treaty", None),
        entry("/b/prefix.toml", "Startling news", None),
        entry("/b/word.toml", "New START ends", None),
    ];
    let found = names(&entries, &filter(&entries, "start", &[]));
    assert_eq!(
        found,
        ["word.toml", "prefix.toml", "inside.toml", "scattered.toml"],
        "s-t-a-r-t scattered through a headline is too weak to list"
    );
}

#[test]
fn a_directory_given_lists_before_the_bundled_briefings() {
    let mut entries = bundled_entries();
    for e in &mut entries {
        e.root = 3;
    }
    let mut mine = entry("/mine/older.toml", "My old notes", Some("1990-01-01"));
    mine.root = 0;
    let mut local = entry(
        "/cwd/briefings/local.toml",
        "Local notes",
        Some("2030-01-01"),
    );
    local.root = 1;
    entries.push(mine);
    entries.push(local);
    let listed = names(&entries, &filter(&entries, "", &[]));
    assert_eq!(listed[0], "older.toml");
    assert_eq!(listed[1], "local.toml");
}

#[test]
fn a_series_lists_together_under_its_newest_date_newest_round_first() {
    let round = |path: &str, date: &str, n: u32| {
        let mut e = entry(path, "Round", Some(date));
        e.process = Some("talks".into());
        e.round = Some(n);
        e
    };
    let entries = vec![
        round("/b/r1.toml", "2025-05-16", 1),
        entry("/b/lone-mid.toml", "Lone", Some("2025-06-01")),
        round("/b/r3.toml", "2025-07-23", 3),
        entry("/b/lone-new.toml", "Lone", Some("2025-08-01")),
        round("/b/r2.toml", "2025-06-02", 2),
        entry("/b/lone-old.toml", "Lone", Some("2020-01-01")),
    ];
    let listed = names(&entries, &filter(&entries, "", &[]));
    assert_eq!(
        listed,
        [
            "lone-new.toml",
            "r3.toml",
            "r2.toml",
            "r1.toml",
            "lone-mid.toml",
            "lone-old.toml"
        ]
    );
    // A recently opened round still comes first.
    let recent = [PathBuf::from("/b/r1.toml")];
    assert_eq!(
        names(&entries, &filter(&entries, "", &recent))[0],
        "r1.toml"
    );
}

#[test]
fn a_year_matches_only_where_it_is_written() {
    let entries = bundled_entries();
    let mut found = names(&entries, &filter(&entries, "2021", &[]));
    found.sort();
    // Not "istanbul-talks-2025-05-16" (2, 0, 2, then a 1 further on).
    assert_eq!(found, ["new-start-2021-02.toml"]);
    let mut found = names(&entries, &filter(&entries, "2025-06", &[]));
    found.sort();
    assert_eq!(found, ["istanbul-talks-2025-06-02.toml"]);
    // Letters still match scattered.
    assert!(!filter(&entries, "nwstrt", &[]).is_empty());
}
