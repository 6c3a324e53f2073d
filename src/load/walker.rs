//! The primitives for walking a spanned TOML document: reading a string,
//! a list or a table at a key, with a located problem for each mistake
//! (unknown keys with "did you mean", wrong types with the value's path).
//! [`super::schema`] uses them to walk the shape of a briefing.

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::error::{Diagnostic, LineIndex};

/// Problems given a column and a snippet; beyond these (far more than a
/// report lists) only the line, so a file of mistakes stays fast to report.
const PLACED: usize = 200;
use crate::sanitize;

pub(crate) type Value<'i> = Spanned<DeValue<'i>>;

/// Whether a string is one line (names, titles) or free text (bodies).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Line,
    Text,
}

/// Walks one document; `problems` collects everything wrong with it.
pub(crate) struct Walker<'s> {
    pub(crate) source: &'s str,
    pub(crate) problems: Vec<(Option<Range<usize>>, Diagnostic)>,
    lines: std::cell::OnceCell<LineIndex>,
}

/// One table of the document with where it is and how to name it.
pub(crate) struct Here<'t, 'i> {
    pub(crate) table: &'t DeTable<'i>,
    pub(crate) span: Range<usize>,
    /// `sections[2]`, or empty at the top level.
    pub(crate) path: String,
}

impl Here<'_, '_> {
    pub(crate) fn key_path(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_owned()
        } else {
            format!("{}.{key}", self.path)
        }
    }

    pub(crate) fn get(&self, key: &str) -> Option<&Value<'_>> {
        self.table
            .iter()
            .find(|(k, _)| k.get_ref().as_ref() == key)
            .map(|(_, v)| v)
    }

    pub(crate) fn name(&self) -> String {
        if self.path.is_empty() {
            "the top level".to_owned()
        } else {
            format!("`{}`", self.path)
        }
    }
}

impl<'s> Walker<'s> {
    pub(crate) fn new(source: &'s str) -> Self {
        Walker {
            source,
            problems: Vec::new(),
            lines: std::cell::OnceCell::new(),
        }
    }

    pub(crate) fn report(&mut self, span: Option<Range<usize>>, message: impl Into<String>) {
        // Placed later, once sorted: only the problems listed need a snippet.
        self.problems.push((span, Diagnostic::unplaced(message)));
    }

    /// A note on the problem reported last.
    pub(crate) fn add_note(&mut self, note: impl Into<String>) {
        if let Some((_, d)) = self.problems.last_mut() {
            d.push_note(note);
        }
    }

    /// The line of `offset`, for a message that names another line. The
    /// index is built once, on the first such message.
    pub(crate) fn line_of(&self, offset: usize) -> usize {
        self.lines
            .get_or_init(|| LineIndex::new(self.source))
            .line_of(offset)
            .0
    }

    /// The problems in file order, the first ones placed with a snippet.
    pub(crate) fn into_problems(mut self) -> Vec<Diagnostic> {
        let mut problems = self.problems;
        // Problems with no place (a missing key) come after those with one.
        problems.sort_by_key(|(span, _)| span.as_ref().map_or(usize::MAX, |s| s.start));
        let lines = self
            .lines
            .take()
            .unwrap_or_else(|| LineIndex::new(self.source));
        problems
            .into_iter()
            .enumerate()
            .map(|(i, (span, mut problem))| {
                match span {
                    Some(span) if i < PLACED => problem.locate(self.source, &lines, span),
                    Some(span) => problem.locate_line(&lines, span.start),
                    None => {}
                }
                problem
            })
            .collect()
    }

    pub(crate) fn unknown_keys(&mut self, here: &Here, allowed: &[&str]) {
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
            if let Some(close) = meant(name, allowed).or_else(|| suggest(name, allowed)) {
                self.add_note(format!("did you mean `{close}`?"));
            }
        }
    }

    pub(crate) fn wrong_type(&mut self, value: &Value, path: &str, expected: &str) {
        let found = describe(value.get_ref());
        self.report(
            Some(value.span()),
            format!("`{path}` should be {expected}, not {found}"),
        );
    }

    /// A string that must be there and must not be blank.
    pub(crate) fn required(
        &mut self,
        here: &Here,
        key: &str,
        kind: Kind,
        what: &str,
    ) -> Option<String> {
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

    pub(crate) fn optional(&mut self, here: &Here, key: &str, kind: Kind) -> Option<String> {
        let value = here.get(key)?;
        let Some(text) = value.get_ref().as_str() else {
            self.wrong_type(value, &here.key_path(key), "a string");
            return None;
        };
        Some(clean(text, kind))
    }

    /// `true` or `false`; anything else is reported with `hint`.
    pub(crate) fn boolean(&mut self, here: &Here, key: &str, hint: &str) -> Option<bool> {
        let value = here.get(key)?;
        if let DeValue::Boolean(b) = value.get_ref() {
            return Some(*b);
        }
        self.wrong_type(value, &here.key_path(key), "true or false");
        self.add_note(hint);
        None
    }

    pub(crate) fn strings(&mut self, here: &Here, key: &str, no_blanks: bool) -> Vec<String> {
        self.strings_of(here, key, Kind::Line, no_blanks)
    }

    pub(crate) fn strings_of(
        &mut self,
        here: &Here,
        key: &str,
        kind: Kind,
        no_blanks: bool,
    ) -> Vec<String> {
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
    pub(crate) fn tables<'t, 'i>(&mut self, here: &Here<'t, 'i>, key: &str) -> Vec<Here<'t, 'i>> {
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

pub(crate) fn clean(text: &str, kind: Kind) -> String {
    match kind {
        Kind::Line => sanitize::line(text).trim().to_owned(),
        Kind::Text => sanitize::text(text).into_owned(),
    }
}

/// "an integer", "a table" and so on, for type errors.
pub(crate) fn describe(value: &DeValue) -> &'static str {
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

/// Keys people write for one that brief has under another name, by what
/// the key holds rather than how it is spelled. Each applies only where its
/// right name is allowed, so `text` is suggested in a position, `body` in a
/// section.
const MEANT: &[(&str, &str)] = &[
    ("position", "text"),
    ("statement", "text"),
    ("says", "text"),
    ("party", "name"),
    ("title", "name"),
    ("heading", "title"),
    ("name", "title"),
    ("text", "body"),
    ("content", "body"),
    ("markdown", "body"),
    ("title", "headline"),
    ("subtitle", "dek"),
    ("standfirst", "dek"),
    ("description", "dek"),
    ("place", "location"),
    ("venue", "location"),
    ("key_points", "summary"),
    ("keypoints", "summary"),
    ("subject", "topic"),
    ("issue", "topic"),
    ("link", "url"),
    ("href", "url"),
    ("citation", "cite"),
    ("abbreviation", "short"),
    ("acronym", "short"),
    ("short_name", "short"),
    ("neutral", "counted"),
    ("counts", "counted"),
    ("position", "stance"),
];

/// The key a misnamed one most likely stands for, from [`MEANT`].
fn meant<'a>(word: &str, allowed: &[&'a str]) -> Option<&'a str> {
    let word = word.trim().to_lowercase().replace(['-', ' '], "_");
    MEANT
        .iter()
        .filter(|(wrong, _)| *wrong == word)
        .find_map(|(_, right)| allowed.iter().copied().find(|a| a == right))
}

/// The allowed word closest to `word`, when it is close enough to be a typo.
pub(crate) fn suggest<'a>(word: &str, allowed: &[&'a str]) -> Option<&'a str> {
    let word = word.to_lowercase();
    allowed
        .iter()
        .map(|&candidate| (strsim::damerau_levenshtein(&word, candidate), candidate))
        .filter(|&(distance, candidate)| distance <= (candidate.len() / 3).max(1))
        .min_by_key(|&(distance, _)| distance)
        .map(|(_, candidate)| candidate)
}
