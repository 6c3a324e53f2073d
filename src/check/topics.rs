//! Topic names that split or miss rows: a near-miss of another topic (a
//! row, and a verdict, of its own), a section's topic no row has, a listed
//! topic no party speaks to.

use super::doc::{At, Doc};
use super::found::Found;
use crate::compare::same_topic;
use crate::model::Briefing;

/// One topic row's name as the file writes it, and where.
struct Row<'d> {
    /// Every place the name is written (top-level `topics`, positions).
    at: Vec<&'d At>,
    listed: bool,
}

impl Row<'_> {
    fn name(&self) -> &str {
        self.at.first().map_or("", |a| a.text.as_str())
    }
}

pub(super) fn check(doc: &Doc, briefing: &Briefing, out: &mut Vec<Found>) {
    let rows = rows(doc);
    near_misses(&rows, doc, out);
    let spoken = |name: &str| {
        briefing
            .parties
            .iter()
            .flat_map(|p| &p.positions)
            .any(|p| same_topic(&p.topic, name))
    };
    for entry in &doc.section_topics {
        let known =
            spoken(&entry.text) || doc.topics.iter().any(|t| same_topic(&t.text, &entry.text));
        if known || entry.text.is_empty() {
            continue;
        }
        let mut found = Found::new(
            entry.span.clone(),
            format!(
                "section topic `{}` is no topic: no position and no top-level `topics` entry names it",
                entry.text
            ),
            "the positions panel cannot follow this section to it",
        );
        match closest(&rows, &entry.text) {
            Some(row) => found.notes.push(did_you_mean(doc, row)),
            None => found.notes.push(
                "write a topic the positions use, or add it to the top-level `topics`".to_owned(),
            ),
        }
        out.push(found);
    }
    for entry in &doc.topics {
        if !entry.text.is_empty() && !spoken(&entry.text) {
            out.push(Found::new(
                entry.span.clone(),
                format!(
                    "topic `{}` is listed, but no party states a position on it",
                    entry.text
                ),
                "its verdict is unaddressed; add a position on it, or take it out of `topics`",
            ));
        }
    }
}

/// The rows in order, each with every place its name is written.
fn rows(doc: &Doc) -> Vec<Row<'_>> {
    let mut rows: Vec<Row> = Vec::new();
    let written = doc.topics.iter().map(|t| (t, true)).chain(
        doc.parties
            .iter()
            .flat_map(|p| &p.topics)
            .map(|t| (t, false)),
    );
    for (at, listed) in written {
        if at.text.is_empty() {
            continue;
        }
        match rows.iter_mut().find(|r| same_topic(r.name(), &at.text)) {
            Some(row) => {
                row.at.push(at);
                row.listed |= listed;
            }
            None => rows.push(Row {
                at: vec![at],
                listed,
            }),
        }
    }
    rows
}

/// Two rows whose names are one name written two ways: the one less likely
/// meant (not in the top-level `topics`, written fewer times, later) is
/// warned about wherever it is written.
fn near_misses(rows: &[Row], doc: &Doc, out: &mut Vec<Found>) {
    for (i, a) in rows.iter().enumerate() {
        for b in &rows[i + 1..] {
            if !near(a.name(), b.name()) {
                continue;
            }
            // Listed first, then written more often, then first in the file.
            let a_wins = (a.listed, a.at.len()) >= (b.listed, b.at.len());
            let (meant, typo) = if a_wins { (a, b) } else { (b, a) };
            for at in &typo.at {
                out.push(Found::new(
                    at.span.clone(),
                    format!(
                        "topic `{}` is close to `{}`, but the two make separate rows with separate verdicts",
                        at.text,
                        meant.name()
                    ),
                    did_you_mean(doc, meant),
                ));
            }
        }
    }
}

/// "did you mean `Differentiation` (line 7)?": where the name is first written.
fn did_you_mean(doc: &Doc, row: &Row) -> String {
    match row.at.first() {
        Some(at) => format!(
            "did you mean `{}` (line {})?",
            row.name(),
            doc.line(at.span.start)
        ),
        None => format!("did you mean `{}`?", row.name()),
    }
}

/// The row a stray name most likely means, if any is close.
fn closest<'r, 'd>(rows: &'r [Row<'d>], name: &str) -> Option<&'r Row<'d>> {
    rows.iter()
        .filter(|r| near(r.name(), name) || distance(r.name(), name) <= 3)
        .min_by_key(|r| distance(r.name(), name))
}

fn distance(a: &str, b: &str) -> usize {
    strsim::damerau_levenshtein(&a.to_lowercase(), &b.to_lowercase())
}

/// The same name but for case and spacing ("Cease fire", "ceasefire"), or a
/// small edit of a longer name ("Diferentiation"). Names whose numbers
/// differ ("Article 2", "Article 3") are different topics, however close.
pub(super) fn near(a: &str, b: &str) -> bool {
    let squash = |s: &str| -> String {
        s.chars()
            .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '_'))
            .flat_map(char::to_lowercase)
            .collect()
    };
    let (sa, sb) = (squash(a), squash(b));
    if sa == sb {
        return true;
    }
    let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
    if digits(a) != digits(b) {
        return false;
    }
    let shorter = sa.chars().count().min(sb.chars().count());
    let allowed = match shorter {
        0..=4 => return false,
        5..=9 => 1,
        _ => 2,
    };
    strsim::damerau_levenshtein(&sa, &sb) <= allowed
}
