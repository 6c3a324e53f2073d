//! Names that recur in an article but are not in the compiled-in list:
//! acronyms (`ELN`, `RSF`) and capitalised names of bodies (`Rapid Support
//! Forces`), the armed groups and movements that negotiations are often with.

use std::collections::HashMap;

use super::names::Names;

/// Fewest mentions for a name to count as recurring.
const MIN_MENTIONS: usize = 2;

/// The last word of a body's name.
const BODY_WORDS: &[&str] = &[
    "Forces",
    "Force",
    "Front",
    "Movement",
    "Army",
    "Party",
    "Council",
    "Authority",
    "Alliance",
    "Union",
    "Organisation",
    "Organization",
    "Group",
    "Coalition",
    "Commission",
    "Committee",
    "Brigade",
    "Brigades",
    "Militia",
    "Militias",
    "Government",
    "Congress",
    "Assembly",
    "League",
    "Federation",
    "Rebels",
    "Guard",
    "Bloc",
];

/// Small words that may stand inside a body's name.
const JOINERS: &[&str] = &["of", "for", "and", "the", "de", "del", "al"];

/// Capitals that are not names of parties.
const NOT_ACRONYMS: &[&str] = &[
    "AM", "PM", "TV", "GMT", "UTC", "CEO", "OK", "AI", "GDP", "ID", "PDF", "FAQ", "COVID", "II",
    "III", "IV", "VI", "BBC", "CNN", "AP", "AFP", "NB", "PS", "HQ",
];

/// A recurring name, the forms that stand for it, and how often they occur.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recurring {
    pub name: String,
    /// The name and, when it is used, its acronym.
    pub forms: Vec<String>,
    pub count: usize,
    /// The sentence it first appears in.
    pub first: usize,
}

pub fn find(sentences: &[String], known: &Names) -> Vec<Recurring> {
    let mut bodies = Tally::default();
    let mut acronyms = Tally::default();
    for (at, sentence) in sentences.iter().enumerate() {
        // Punctuation ends a name: "Egypt, Sudan Army" is two.
        let words: Vec<&str> = sentence
            .split([',', ';', ':', '(', ')', '"', '“', '”', '—', '–'])
            .flat_map(|part| part.split_whitespace().map(tidy).chain(std::iter::once("")))
            .collect();
        for name in body_names(&words) {
            if known.find(&name).is_empty() {
                bodies.count(name, at);
            }
        }
        for word in words.iter().filter(|w| !w.is_empty()) {
            if is_acronym(word) && known.find(word).is_empty() {
                acronyms.count((*word).to_owned(), at);
            }
        }
    }
    // "Rapid Support Forces (RSF)": the acronym is the same body.
    let mut bodies = bodies.list;
    for acronym in acronyms.list {
        match bodies
            .iter_mut()
            .find(|b| initials(&b.name) == acronym.name)
        {
            Some(body) => {
                body.count += acronym.count;
                body.forms.push(acronym.name);
            }
            None => bodies.push(acronym),
        }
    }
    bodies.retain(|b| b.count >= MIN_MENTIONS);
    bodies
}

/// A word without the full stop or possessive after it.
fn tidy(word: &str) -> &str {
    let word = word.trim_end_matches(['.', '!', '?']);
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word)
        .trim_matches(['\'', '’'])
}

/// Names in the order first seen, with where each is, so counting stays
/// fast in a long article.
#[derive(Default)]
struct Tally {
    list: Vec<Recurring>,
    index: HashMap<String, usize>,
}

impl Tally {
    fn count(&mut self, name: String, at: usize) {
        if let Some(&i) = self.index.get(&name) {
            self.list[i].count += 1;
            return;
        }
        self.index.insert(name.clone(), self.list.len());
        self.list.push(Recurring {
            forms: vec![name.clone()],
            name,
            count: 1,
            first: at,
        });
    }
}

/// Runs of capitalised words (small joiners allowed inside) ending in a
/// word such as "Forces" or "Front": "Rapid Support Forces".
fn body_names(words: &[&str]) -> Vec<String> {
    let mut names = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    // An empty word is a break; so is an acronym, as in "Forces RSF".
    for word in words.iter().chain(std::iter::once(&"")) {
        let capital = word.chars().next().is_some_and(char::is_uppercase) && !is_acronym(word);
        if capital || (!run.is_empty() && JOINERS.contains(word)) {
            run.push(word);
            continue;
        }
        // Trailing joiners and a leading "The" are not part of the name.
        while run.last().is_some_and(|w| JOINERS.contains(w)) {
            run.pop();
        }
        if run.first().is_some_and(|w| *w == "The") {
            run.remove(0);
        }
        if run.len() >= 2 && run.last().is_some_and(|w| BODY_WORDS.contains(w)) {
            names.push(run.join(" "));
        }
        run.clear();
    }
    names
}

/// `ELN`, `M23`, `RSF`: two to six capitals (digits allowed).
fn is_acronym(word: &str) -> bool {
    let letters = word.chars().filter(char::is_ascii_uppercase).count();
    (2..=6).contains(&word.len())
        && letters >= 2
        && word
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && !NOT_ACRONYMS.contains(&word)
}

fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter(|w| !JOINERS.contains(w))
        .filter_map(|w| w.chars().next())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::names;

    fn found(sentences: &[&str]) -> Vec<(String, Vec<String>, usize)> {
        let sentences: Vec<String> = sentences.iter().map(|s| (*s).to_owned()).collect();
        find(&sentences, names::known())
            .into_iter()
            .map(|r| (r.name, r.forms, r.count))
            .collect()
    }

    #[test]
    fn bodies_and_their_acronyms_are_one_name() {
        assert_eq!(
            found(&[
                "The Rapid Support Forces (RSF) attacked.",
                "The RSF's leader spoke.",
                "The ELN left. The ELN came back.",
                "The African Union and NATO met. The African Union spoke.",
            ]),
            [
                (
                    "Rapid Support Forces".to_owned(),
                    vec!["Rapid Support Forces".to_owned(), "RSF".to_owned()],
                    3
                ),
                ("ELN".to_owned(), vec!["ELN".to_owned()], 2),
            ]
        );
    }

    #[test]
    fn a_name_said_once_or_known_is_not_recurring() {
        assert!(
            found(&[
                "The Popular Front met at 10 AM. At 11 AM it left.",
                "Sudanese Armed Forces. Sudanese Armed Forces."
            ])
            .is_empty()
        );
    }
}
