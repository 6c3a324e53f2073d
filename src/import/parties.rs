//! The parties: those named on the command line, or the states and bodies
//! the article names again and again; and under each, the sentences that
//! mention it, as candidates for its positions.

use super::article::Article;
use super::clean;
use super::names::{self, Form, Mention, Names};
use super::recurring;
use super::sentences;

/// Fewest mentions for a state or body to be suggested: "recurring".
const MIN_MENTIONS: usize = 2;
/// Most parties suggested; the rest are listed in a comment.
const MAX_SUGGESTED: usize = 8;
/// Most candidate sentences listed under one party.
pub const MAX_CANDIDATES: usize = 15;

/// Words that make a sentence about one state or body say it is a go-between.
const MEDIATION: &[&str] = &["mediat", "intermediar", "go-between", "broker", "facilitat"];

/// Words after a capital that make it a place or an agreement, not a
/// government: "the Minsk agreements", "the Oslo Accords", "Doha talks".
const NOT_A_GOVERNMENT: &[&str] = &[
    "agreement",
    "agreements",
    "accord",
    "accords",
    "protocol",
    "protocols",
    "process",
    "format",
    "talks",
    "summit",
    "statute",
    "treaty",
    "declaration",
    "convention",
    "deal",
    "round",
    "meeting",
    "conference",
    "airport",
    "hotel",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Party,
    Mediator,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Party => "party",
            Role::Mediator => "mediator",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Party {
    pub name: String,
    pub role: Role,
    /// How often the article names it (suggested parties only).
    pub mentions: usize,
    /// Why it is a mediator, when that was read from the text.
    pub mediator_because: Option<String>,
    /// The sentences naming it, at most [`MAX_CANDIDATES`].
    pub candidates: Vec<String>,
    /// How many sentences name it, listed or not.
    pub sentences: usize,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Parties {
    pub list: Vec<Party>,
    /// Whether the list was read from the text rather than given.
    pub suggested: bool,
    /// States and bodies named, but too rarely (or too late) to be suggested, with their counts.
    pub others: Vec<(String, usize)>,
}

/// The parties given, each with its sentences; or, when none is given, those
/// suggested from the text.
pub fn find(article: &Article, given: &[String], mediators: &[String]) -> Parties {
    let names = names::known();
    let sentences: Vec<String> = article.blocks().flat_map(sentences::of_markdown).collect();
    let found: Vec<Vec<Mention>> = sentences.iter().map(|s| mentions(names, s)).collect();
    if !given.is_empty() || !mediators.is_empty() {
        let mut seen: Vec<String> = Vec::new();
        // Names as a briefing takes them: on one line, not blank, each once.
        let roles = given.iter().map(|n| (clean::line(n), Role::Party));
        let list = roles
            .chain(mediators.iter().map(|n| (clean::line(n), Role::Mediator)))
            .filter(|(name, _)| {
                let key = name.to_lowercase();
                let new = !name.is_empty() && !seen.contains(&key);
                seen.push(key);
                new
            })
            .map(|(name, role)| {
                let entry = names.lookup(&name);
                let naming: Vec<&String> = sentences
                    .iter()
                    .zip(&found)
                    .filter(|(s, m)| match entry {
                        Some(e) => m.iter().any(|m| m.entry == e),
                        None => contains_word(s, &name, false),
                    })
                    .map(|(s, _)| s)
                    .collect();
                party(name, role, 0, &naming)
            })
            .collect();
        return Parties {
            list,
            suggested: false,
            others: Vec::new(),
        };
    }
    suggest(names, article, &sentences, &found)
}

fn suggest(
    names: &Names,
    article: &Article,
    sentences: &[String],
    found: &[Vec<Mention>],
) -> Parties {
    // Subheads count as mentions; they are not sentences to quote.
    let titles: Vec<Vec<Mention>> = article
        .sections
        .iter()
        .map(|s| mentions(names, &s.title))
        .collect();
    let mut ranked: Vec<Suggestion> = Vec::new();
    // Where each known entry is in `ranked`, so a long article is one pass.
    let mut place: Vec<Option<usize>> = vec![None; names.entries.len()];
    let texts = sentences
        .iter()
        .zip(found)
        .chain(article.sections.iter().map(|s| &s.title).zip(&titles));
    for (at, (text, mentions)) in texts.enumerate() {
        for m in mentions {
            let entry = &names.entries[m.entry];
            let here = *place[m.entry].get_or_insert_with(|| {
                ranked.push(Suggestion {
                    name: entry.names[0].clone(),
                    entry: Some(m.entry),
                    forms: Vec::new(),
                    used: vec![0; entry.names.len()],
                    count: 0,
                    first: at,
                });
                ranked.len() - 1
            });
            let r = &mut ranked[here];
            r.count += 1;
            if m.form == Form::Name
                && let Some(n) = entry.names.iter().position(|n| *n == text[m.start..m.end])
            {
                r.used[n] += 1;
            }
        }
    }
    for r in &mut ranked {
        if let Some(entry) = r.entry {
            r.name = display_name(&names.entries[entry].names, &r.used);
        }
    }
    ranked.extend(
        recurring::find(sentences, names)
            .into_iter()
            .map(|r| Suggestion {
                name: r.name,
                entry: None,
                forms: r.forms,
                used: Vec::new(),
                count: r.count,
                first: r.first,
            }),
    );
    ranked.sort_by_key(|r| (std::cmp::Reverse(r.count), r.first));
    let mut parties = Parties {
        suggested: true,
        ..Parties::default()
    };
    for r in ranked {
        if r.count < MIN_MENTIONS || parties.list.len() == MAX_SUGGESTED {
            parties.others.push((r.name, r.count));
            continue;
        }
        let names_it = |s: &String, m: &Vec<Mention>| match r.entry {
            Some(entry) => m.iter().any(|m| m.entry == entry),
            None => r.forms.iter().any(|f| contains_word(s, f, true)),
        };
        let naming: Vec<&String> = sentences
            .iter()
            .zip(found)
            .filter(|(s, m)| names_it(s, m))
            .map(|(s, _)| s)
            .collect();
        let mut p = party(r.name.clone(), Role::Party, r.count, &naming);
        // A sentence about this one alone that calls it a go-between.
        p.mediator_because = sentences
            .iter()
            .zip(found)
            .find(|(s, m)| {
                names_it(s, m) && m.iter().all(|m| Some(m.entry) == r.entry) && {
                    let lower = s.to_lowercase();
                    MEDIATION.iter().any(|w| lower.contains(w))
                }
            })
            .map(|(s, _)| (*s).clone());
        if p.mediator_because.is_some() {
            p.role = Role::Mediator;
        }
        parties.list.push(p);
    }
    parties
}

/// A state or body that might be a party, before the most named are chosen.
struct Suggestion {
    name: String,
    /// Its entry in the compiled-in list, if it is there.
    entry: Option<usize>,
    /// Otherwise the words that name it.
    forms: Vec<String>,
    /// How often the article uses each of the entry's names.
    used: Vec<usize>,
    count: usize,
    /// The sentence it is first named in.
    first: usize,
}

fn party(name: String, role: Role, mentions: usize, naming: &[&String]) -> Party {
    // An article that repeats itself gives each sentence once.
    let mut seen = std::collections::HashSet::new();
    let unique: Vec<&String> = naming.iter().copied().filter(|s| seen.insert(*s)).collect();
    Party {
        name,
        role,
        mentions,
        mediator_because: None,
        candidates: unique
            .iter()
            .take(MAX_CANDIDATES)
            .map(|s| (*s).clone())
            .collect(),
        sentences: unique.len(),
    }
}

/// Mentions that stand for a government: a capital named as a venue ("talks
/// in Doha") or in an agreement's name ("the Minsk agreements") does not.
fn mentions(names: &Names, text: &str) -> Vec<Mention> {
    names
        .find(text)
        .into_iter()
        .filter(|m| m.form != Form::Seat || stands_for_government(text, m))
        .collect()
}

fn stands_for_government(text: &str, m: &Mention) -> bool {
    let before = text[..m.start].split_whitespace().next_back().unwrap_or("");
    let after = text[m.end..]
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches(|c: char| !c.is_alphanumeric());
    let venue = matches!(before.to_lowercase().as_str(), "in" | "at");
    let named_after = after.starts_with(char::is_uppercase)
        || NOT_A_GOVERNMENT.contains(&after.to_lowercase().as_str());
    !venue && !named_after
}

/// The name a briefing should use: the list's own when the article uses it;
/// else the name the article uses most, unless that is only an abbreviation.
fn display_name(names: &[String], used: &[usize]) -> String {
    let canonical = names[0].clone();
    if used.first().is_some_and(|&n| n > 0) {
        return canonical;
    }
    let abbreviation = |n: &str| n.contains('.') || n.chars().all(|c| !c.is_lowercase());
    (0..names.len().min(used.len()))
        .filter(|&at| used[at] > 0 && !abbreviation(&names[at]))
        .max_by_key(|&at| (used[at], std::cmp::Reverse(at)))
        .map_or(canonical, |at| names[at].clone())
}

/// `name` occurs in `text` as whole words, perhaps ignoring case.
fn contains_word(text: &str, name: &str, exact_case: bool) -> bool {
    let (name, text) = if exact_case {
        (name.trim().to_owned(), text.to_owned())
    } else {
        (name.trim().to_lowercase(), text.to_lowercase())
    };
    !name.is_empty()
        && text.match_indices(&name).any(|(at, _)| {
            let before = text[..at].chars().next_back();
            let after = text[at + name.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::article::Section;

    fn article(lead: &[&str], sections: &[(&str, &str)]) -> Article {
        Article {
            lead: lead.iter().map(|s| (*s).to_owned()).collect(),
            sections: sections
                .iter()
                .map(|(t, b)| Section {
                    title: (*t).to_owned(),
                    blocks: vec![(*b).to_owned()],
                })
                .collect(),
            ..Article::default()
        }
    }

    #[test]
    fn recurring_states_are_suggested_and_a_lone_broker_is_a_mediator() {
        let a = article(
            &["Russian and Ukrainian envoys met. Moscow wants delay. Kyiv wants a truce."],
            &[(
                "Turkey's Role",
                "Turkey offered to mediate. NATO was not there.",
            )],
        );
        let p = find(&a, &[], &[]);
        assert!(p.suggested);
        let shown: Vec<(&str, Role, usize)> = p
            .list
            .iter()
            .map(|p| (p.name.as_str(), p.role, p.mentions))
            .collect();
        assert_eq!(
            shown,
            [
                ("Russia", Role::Party, 2),
                ("Ukraine", Role::Party, 2),
                ("Turkey", Role::Mediator, 2)
            ]
        );
        assert_eq!(p.others, [("NATO".to_owned(), 1)]);
        assert_eq!(
            p.list[0].candidates,
            ["Russian and Ukrainian envoys met.", "Moscow wants delay."]
        );
    }

    #[test]
    fn venues_and_agreements_are_not_governments() {
        let a = article(
            &["Talks in Doha went on. The Minsk agreements failed. Doha Forum met."],
            &[],
        );
        assert!(find(&a, &[], &[]).list.is_empty());
    }

    #[test]
    fn given_names_and_their_sentences_are_each_listed_once() {
        let a = article(&["Moscow stayed. Moscow stayed."], &[]);
        let given = ["Russia", " ", "russia", "Rebel\nFront"].map(str::to_owned);
        let p = find(&a, &given, &["RUSSIA".to_owned()]);
        let names: Vec<&str> = p.list.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Russia", "Rebel Front"]);
        assert_eq!(
            p.list[0].candidates,
            ["Moscow stayed."],
            "a repeated sentence is listed once"
        );
    }

    #[test]
    fn given_parties_collect_their_sentences() {
        let a = article(
            &["The Rebel Front left. Moscow stayed. The rebel front came back."],
            &[],
        );
        let p = find(&a, &["Rebel Front".to_owned()], &["Russia".to_owned()]);
        assert!(!p.suggested);
        assert_eq!(
            p.list[0].candidates,
            ["The Rebel Front left.", "The rebel front came back."]
        );
        assert_eq!(p.list[1].role, Role::Mediator);
        assert_eq!(p.list[1].candidates, ["Moscow stayed."]);
    }
}
