//! Turning a parsed TOML document into a [`Briefing`], collecting every
//! problem with its place in the file instead of stopping at the first.
//!
//! This walks the spanned document by hand rather than deriving
//! `Deserialize`: serde stops at the first error and knows neither the spans
//! of missing keys nor how to suggest a near-miss, and a person fixing a file
//! wants the whole list at once.

use std::collections::HashMap;
use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::Diagnostic;
use crate::model::{Briefing, FORMAT_VERSION, Party, Position, Section, Source, Stance};
use crate::sanitize;

type Value<'i> = Spanned<DeValue<'i>>;

const TOP_KEYS: &[&str] = &[
    "format", "headline", "dek", "date", "location", "tags", "summary", "topics", "sources",
    "sections", "parties",
];
const SOURCE_KEYS: &[&str] = &["name", "url"];
const SECTION_KEYS: &[&str] = &["title", "topics", "body"];
const PARTY_KEYS: &[&str] = &["name", "role", "summary", "positions"];
const POSITION_KEYS: &[&str] = &["topic", "stance", "text", "source"];

/// Whether a string is one line (names, titles) or free text (bodies).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Line,
    Text,
}

/// Walks one document; `problems` collects everything wrong with it.
pub(super) struct Walker<'s> {
    source: &'s str,
    pub(super) problems: Vec<(usize, Diagnostic)>,
}

/// One table of the document with where it is and how to name it.
struct Here<'t, 'i> {
    table: &'t DeTable<'i>,
    span: Range<usize>,
    /// `sections[2]`, or empty at the top level.
    path: String,
}

impl Here<'_, '_> {
    fn key_path(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_owned()
        } else {
            format!("{}.{key}", self.path)
        }
    }

    fn get(&self, key: &str) -> Option<&Value<'_>> {
        self.table
            .iter()
            .find(|(k, _)| k.get_ref().as_ref() == key)
            .map(|(_, v)| v)
    }

    fn name(&self) -> String {
        if self.path.is_empty() {
            "the top level".to_owned()
        } else {
            format!("`{}`", self.path)
        }
    }
}

impl<'s> Walker<'s> {
    pub(super) fn new(source: &'s str) -> Self {
        Walker {
            source,
            problems: Vec::new(),
        }
    }

    fn report(&mut self, span: Option<Range<usize>>, message: impl Into<String>) {
        // Problems with no place (a missing key) come after those with one.
        let order = span.as_ref().map_or(usize::MAX, |s| s.start);
        self.problems
            .push((order, Diagnostic::new(self.source, span, message)));
    }

    /// A note on the problem reported last.
    fn add_note(&mut self, note: impl Into<String>) {
        if let Some((_, d)) = self.problems.last_mut() {
            d.push_note(note);
        }
    }

    /// The whole document. Problems are left in `self.problems`.
    pub(super) fn briefing(&mut self, root: &Spanned<DeTable<'_>>) -> Briefing {
        let top = Here {
            table: root.get_ref(),
            span: root.span(),
            path: String::new(),
        };
        self.unknown_keys(&top, TOP_KEYS);
        let format = self.format(&top);
        let headline = self.required(&top, "headline", Kind::Line, "the headline");
        let sections: Vec<Section> = self
            .tables(&top, "sections")
            .iter()
            .map(|here| self.section(here))
            .collect();
        if sections.is_empty()
            && top
                .get("sections")
                .is_none_or(|v| v.get_ref().as_array().is_some())
        {
            let span = top.get("sections").map(Spanned::span);
            self.report(span, "a briefing needs at least one section");
            self.add_note("add one: [[sections]] with title = \"...\" and body = \"\"\"...\"\"\"");
        }
        let parties = self.parties(&top);
        Briefing {
            format,
            headline: headline.unwrap_or_default(),
            dek: self.optional(&top, "dek", Kind::Line),
            date: self.date(&top),
            location: self.optional(&top, "location", Kind::Line),
            tags: self.strings(&top, "tags", false),
            summary: self.strings_of(&top, "summary", Kind::Text, false),
            topics: self.strings(&top, "topics", true),
            sources: self
                .tables(&top, "sources")
                .iter()
                .map(|here| self.source_entry(here))
                .collect(),
            sections,
            parties,
        }
    }

    fn format(&mut self, top: &Here) -> i64 {
        let Some(value) = top.get("format") else {
            return FORMAT_VERSION;
        };
        let Some(n) = value
            .get_ref()
            .as_integer()
            .and_then(|i| i.as_str().parse::<i64>().ok())
        else {
            self.wrong_type(value, "format", "a whole number (1)");
            return FORMAT_VERSION;
        };
        if n > FORMAT_VERSION {
            self.report(
                Some(value.span()),
                format!("written for a newer brief: this file is format {n}, this brief reads format {FORMAT_VERSION}"),
            );
            self.add_note("upgrade brief to read it");
        } else if n < 1 {
            self.report(
                Some(value.span()),
                format!("`format` must be {FORMAT_VERSION}, not {n}"),
            );
        }
        n
    }

    fn date(&mut self, top: &Here) -> Option<String> {
        let value = top.get("date")?;
        let expected = "a TOML date such as 2025-05-15, written without quotes";
        match value.get_ref() {
            DeValue::Datetime(dt) if dt.time.is_none() && dt.offset.is_none() => {
                dt.date.map(|d| d.to_string())
            }
            DeValue::Datetime(_) => {
                self.report(
                    Some(value.span()),
                    "`date` should be a date only, without a time",
                );
                self.add_note(format!("write {expected}"));
                None
            }
            _ => {
                self.wrong_type(value, "date", expected);
                None
            }
        }
    }

    fn section(&mut self, here: &Here) -> Section {
        self.unknown_keys(here, SECTION_KEYS);
        Section {
            title: self
                .required(here, "title", Kind::Line, "the section's title")
                .unwrap_or_default(),
            topics: self.strings(here, "topics", true),
            body: self.optional(here, "body", Kind::Text).unwrap_or_default(),
        }
    }

    fn source_entry(&mut self, here: &Here) -> Source {
        self.unknown_keys(here, SOURCE_KEYS);
        Source {
            name: self
                .required(here, "name", Kind::Line, "the source's name")
                .unwrap_or_default(),
            url: self.optional(here, "url", Kind::Line),
        }
    }

    fn parties(&mut self, top: &Here) -> Vec<Party> {
        let mut seen: HashMap<String, usize> = HashMap::new();
        let mut parties = Vec::new();
        for here in self.tables(top, "parties") {
            self.unknown_keys(&here, PARTY_KEYS);
            let name = self.required(&here, "name", Kind::Line, "the party's name");
            if let (Some(name), Some(value)) = (&name, here.get("name")) {
                let key = name.trim().to_lowercase();
                if let Some(&first) = seen.get(&key) {
                    let first = self.line_of(first); // linear, so only for a duplicate
                    self.report(
                        Some(value.span()),
                        format!("party `{name}` is listed twice"),
                    );
                    self.add_note(format!(
                        "the first `{name}` is on line {first}; merge the two or rename one"
                    ));
                } else {
                    seen.insert(key, value.span().start);
                }
            }
            let positions = self.positions(&here, name.as_deref().unwrap_or("this party"));
            parties.push(Party {
                name: name.unwrap_or_default(),
                role: self.optional(&here, "role", Kind::Line),
                summary: self.optional(&here, "summary", Kind::Line),
                positions,
            });
        }
        parties
    }

    fn positions(&mut self, party: &Here, party_name: &str) -> Vec<Position> {
        let mut seen: HashMap<String, usize> = HashMap::new();
        let mut positions = Vec::new();
        for here in self.tables(party, "positions") {
            self.unknown_keys(&here, POSITION_KEYS);
            let topic = self.required(&here, "topic", Kind::Line, "the topic");
            if let (Some(topic), Some(value)) = (&topic, here.get("topic")) {
                let key = topic.trim().to_lowercase();
                if let Some(&first) = seen.get(&key) {
                    let first = self.line_of(first);
                    self.report(
                        Some(value.span()),
                        format!("{party_name} has two positions on `{topic}`"),
                    );
                    self.add_note(format!("the first is on line {first}; a party states one position per topic, so merge them"));
                } else {
                    seen.insert(key, value.span().start);
                }
            }
            positions.push(Position {
                topic: topic.unwrap_or_default(),
                stance: self.stance(&here),
                text: self
                    .required(&here, "text", Kind::Text, "the position's text")
                    .unwrap_or_default(),
                source: self.optional(&here, "source", Kind::Line),
            });
        }
        positions
    }

    fn stance(&mut self, here: &Here) -> Option<Stance> {
        let value = here.get("stance")?;
        let path = here.key_path("stance");
        let Some(text) = value.get_ref().as_str() else {
            self.wrong_type(
                value,
                &path,
                "a string: for, against, conditional or unclear",
            );
            return None;
        };
        let stance = Stance::parse(text.trim());
        if stance.is_none() {
            let shown = sanitize::line(text);
            self.report(
                Some(value.span()),
                format!("`{path}` is \"{shown}\", which is not a stance"),
            );
            self.add_note("use one of: for, against, conditional, unclear (or leave `stance` out)");
            let names: Vec<&str> = Stance::ALL.iter().map(|s| s.name()).collect();
            if let Some(close) = suggest(&text.to_lowercase(), &names) {
                self.add_note(format!("did you mean \"{close}\"?"));
            }
        }
        stance
    }

    fn line_of(&self, offset: usize) -> usize {
        self.source.as_bytes()[..offset.min(self.source.len())]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1
    }

    fn unknown_keys(&mut self, here: &Here, allowed: &[&str]) {
        for (key, _) in here.table {
            let name = key.get_ref().as_ref();
            if allowed.contains(&name) {
                continue;
            }
            let shown = sanitize::line(name).into_owned();
            self.report(
                Some(key.span()),
                format!("unknown key `{shown}` in {}", here.name()),
            );
            self.add_note(format!("keys allowed here: {}", allowed.join(", ")));
            if let Some(close) = suggest(name, allowed) {
                self.add_note(format!("did you mean `{close}`?"));
            }
        }
    }

    fn wrong_type(&mut self, value: &Value, path: &str, expected: &str) {
        let found = describe(value.get_ref());
        self.report(
            Some(value.span()),
            format!("`{path}` should be {expected}, not {found}"),
        );
    }

    /// A string that must be there and must not be blank.
    fn required(&mut self, here: &Here, key: &str, kind: Kind, what: &str) -> Option<String> {
        if here.get(key).is_none() {
            let span = if here.path.is_empty() {
                None
            } else {
                Some(here.span.clone())
            };
            self.report(
                span,
                format!("`{}` is missing: {what} is required", here.key_path(key)),
            );
            self.add_note(format!("add {key} = \"...\" to {}", here.name()));
            return None;
        }
        let value = self.optional(here, key, kind)?;
        if value.trim().is_empty() {
            let span = here.get(key).map(Spanned::span);
            self.report(
                span,
                format!("`{}` is blank: write {what}", here.key_path(key)),
            );
            return None;
        }
        Some(value)
    }

    fn optional(&mut self, here: &Here, key: &str, kind: Kind) -> Option<String> {
        let value = here.get(key)?;
        let Some(text) = value.get_ref().as_str() else {
            self.wrong_type(value, &here.key_path(key), "a string");
            return None;
        };
        Some(clean(text, kind))
    }

    fn strings(&mut self, here: &Here, key: &str, no_blanks: bool) -> Vec<String> {
        self.strings_of(here, key, Kind::Line, no_blanks)
    }

    fn strings_of(&mut self, here: &Here, key: &str, kind: Kind, no_blanks: bool) -> Vec<String> {
        let Some(value) = here.get(key) else {
            return Vec::new();
        };
        let path = here.key_path(key);
        let Some(items) = value.get_ref().as_array() else {
            self.wrong_type(value, &path, "a list of strings, like [\"a\", \"b\"]");
            return Vec::new();
        };
        let mut out = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let item_path = format!("{path}[{}]", i + 1);
            match item.get_ref().as_str() {
                Some(text) if no_blanks && text.trim().is_empty() => {
                    self.report(Some(item.span()), format!("`{item_path}` is blank"));
                    self.add_note("remove it or write the topic's name");
                }
                Some(text) => out.push(clean(text, kind)),
                None => self.wrong_type(item, &item_path, "a string"),
            }
        }
        out
    }

    /// An array of tables (`[[sections]]`), each with its path.
    fn tables<'t, 'i>(&mut self, here: &Here<'t, 'i>, key: &str) -> Vec<Here<'t, 'i>> {
        let Some(value) = here
            .table
            .iter()
            .find(|(k, _)| k.get_ref().as_ref() == key)
            .map(|(_, v)| v)
        else {
            return Vec::new();
        };
        let path = here.key_path(key);
        let Some(items) = value.get_ref().as_array() else {
            self.wrong_type(
                value,
                &path,
                &format!("a list of tables, written [[{path}]]"),
            );
            if value.get_ref().is_table() {
                self.add_note(format!("use double brackets: [[{path}]], once per entry"));
            }
            return Vec::new();
        };
        let mut out = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let item_path = format!("{path}[{}]", i + 1);
            match item.get_ref().as_table() {
                Some(table) => out.push(Here {
                    table,
                    span: item.span(),
                    path: item_path,
                }),
                None => self.wrong_type(item, &item_path, "a table"),
            }
        }
        out
    }
}

fn clean(text: &str, kind: Kind) -> String {
    match kind {
        Kind::Line => sanitize::line(text).trim().to_owned(),
        Kind::Text => sanitize::text(text).into_owned(),
    }
}

/// "an integer", "a table" and so on, for type errors.
fn describe(value: &DeValue) -> &'static str {
    match value {
        DeValue::String(_) => "a string",
        DeValue::Integer(_) => "an integer",
        DeValue::Float(_) => "a number with a fraction",
        DeValue::Boolean(_) => "true or false",
        DeValue::Datetime(_) => "a date or time",
        DeValue::Array(_) => "a list",
        DeValue::Table(_) => "a table",
    }
}

/// The allowed word closest to `word`, when it is close enough to be a typo.
pub(super) fn suggest<'a>(word: &str, allowed: &[&'a str]) -> Option<&'a str> {
    let word = word.to_lowercase();
    allowed
        .iter()
        .map(|&candidate| (strsim::damerau_levenshtein(&word, candidate), candidate))
        .filter(|&(distance, candidate)| distance <= (candidate.len() / 3).max(1))
        .min_by_key(|&(distance, _)| distance)
        .map(|(_, candidate)| candidate)
}
