//! The states and bodies brief knows by name, from `assets/import/names.txt`,
//! and finding them in text.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, MatchKind};

/// The list, compiled in: it must work offline, with nothing to download.
const LIST: &str = include_str!("../../assets/import/names.txt");

/// One state or body and the words that stand for it.
#[derive(Debug)]
pub struct Entry {
    /// Its names, the one a briefing uses first.
    pub names: Vec<String>,
    /// What its people and things are called ("Russian", "Russians").
    pub adjectives: Vec<String>,
    /// Seats of government that stand for it ("Moscow", "the Kremlin").
    pub seats: Vec<String>,
}

/// How a mention names its state or body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    Name,
    Adjective,
    Seat,
}

/// A mention found in text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub entry: usize,
    pub form: Form,
    pub start: usize,
    pub end: usize,
}

pub struct Names {
    pub entries: Vec<Entry>,
    /// `None` only if the list were too big to search, which a test rules out.
    finder: Option<AhoCorasick>,
    /// For each pattern the finder holds: whose it is and which form.
    patterns: Vec<(usize, Form)>,
}

/// The compiled-in list, read once.
pub fn known() -> &'static Names {
    static NAMES: OnceLock<Names> = OnceLock::new();
    NAMES.get_or_init(|| Names::parse(LIST))
}

impl Names {
    /// Read a list in the format of `assets/import/names.txt`. A line that
    /// does not fit is skipped; a test keeps the compiled-in list clean.
    pub fn parse(list: &str) -> Names {
        let entries: Vec<Entry> = list.lines().filter_map(entry).collect();
        let mut words = Vec::new();
        let mut patterns = Vec::new();
        for (at, e) in entries.iter().enumerate() {
            for (form, list) in [
                (Form::Name, &e.names),
                (Form::Adjective, &e.adjectives),
                (Form::Seat, &e.seats),
            ] {
                for word in list {
                    words.push(word.clone());
                    patterns.push((at, form));
                }
            }
        }
        // Longest first, so "South Sudan" is not taken for "Sudan".
        let finder = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&words)
            .ok();
        Names {
            entries,
            finder,
            patterns,
        }
    }

    /// Every whole-word mention in `text`, in order.
    pub fn find(&self, text: &str) -> Vec<Mention> {
        let Some(finder) = &self.finder else {
            return Vec::new();
        };
        finder
            .find_iter(text)
            .filter(|m| whole_word(text, m.start(), m.end()))
            .map(|m| {
                let (entry, form) = self.patterns[m.pattern().as_usize()];
                Mention {
                    entry,
                    form,
                    start: m.start(),
                    end: m.end(),
                }
            })
            .collect()
    }

    /// The entry one of whose names is `name`, ignoring case.
    pub fn lookup(&self, name: &str) -> Option<usize> {
        let name = name.trim().to_lowercase();
        self.entries
            .iter()
            .position(|e| e.names.iter().any(|n| n.to_lowercase() == name))
    }
}

/// `Names | adjectives | seats`; comments and blank lines are not entries.
fn entry(line: &str) -> Option<Entry> {
    let line = line.trim();
    if line.is_empty() || line.starts_with('#') {
        return None;
    }
    let mut fields = line.split('|').map(|f| {
        f.split(',')
            .map(str::trim)
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect::<Vec<_>>()
    });
    let names = fields.next()?;
    let mut adjectives = fields.next().unwrap_or_default();
    let seats = fields.next().unwrap_or_default();
    if names.is_empty() || fields.next().is_some() {
        return None;
    }
    // "Russians", "Israelis": the plural of a people's name.
    let plurals: Vec<String> = adjectives
        .iter()
        .filter(|a| a.ends_with(['n', 'i']))
        .map(|a| format!("{a}s"))
        .filter(|p| !adjectives.contains(p))
        .collect();
    adjectives.extend(plurals);
    Some(Entry {
        names,
        adjectives,
        seats,
    })
}

/// The match is not part of a longer word ("Indiana" is not "India").
fn whole_word(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_of_the_compiled_in_list_is_an_entry() {
        let lines = LIST
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
            .count();
        assert_eq!(
            known().entries.len(),
            lines,
            "a line in assets/import/names.txt does not parse"
        );
        assert!(known().finder.is_some());
        assert!(known().lookup("Ukraine").is_some());
        assert!(known().lookup("turkey").is_some());
    }

    #[test]
    fn mentions_are_whole_words_and_the_longest_name_wins() {
        let names = known();
        let found: Vec<(&str, Form)> = names
            .find("South Sudanese troops left Sudan; Indiana is not India, but Russians and Moscow are Russia.")
            .iter()
            .map(|m| (names.entries[m.entry].names[0].as_str(), m.form))
            .collect();
        assert_eq!(
            found,
            [
                ("South Sudan", Form::Adjective),
                ("Sudan", Form::Name),
                ("India", Form::Name),
                ("Russia", Form::Adjective),
                ("Russia", Form::Seat),
                ("Russia", Form::Name),
            ]
        );
    }
}
