//! Turning a parsed TOML document into a [`Briefing`], collecting every
//! problem with its place in the file instead of stopping at the first.
//!
//! This walks the spanned document by hand rather than deriving
//! `Deserialize`: serde stops at the first error and knows neither the spans
//! of missing keys nor how to suggest a near-miss, and a person fixing a file
//! wants the whole list at once.

use std::collections::HashMap;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::walker::{Here, Kind, Walker, suggest};
use crate::model::{Briefing, FORMAT_VERSION, Party, Position, Section, Source, Stance};
use crate::sanitize;

const TOP_KEYS: &[&str] = &[
    "format", "headline", "dek", "date", "location", "process", "round", "tags", "summary",
    "topics", "sources", "sections", "parties",
];
const SOURCE_KEYS: &[&str] = &["name", "url", "id", "date", "publisher"];
const SECTION_KEYS: &[&str] = &["title", "topics", "body"];
const PARTY_KEYS: &[&str] = &["name", "short", "role", "counted", "summary", "positions"];
const POSITION_KEYS: &[&str] = &[
    "topic", "stance", "text", "source", "quote", "date", "url", "cite",
];

impl Walker<'_> {
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
        let sources: Vec<Source> = self
            .tables(&top, "sources")
            .iter()
            .map(|here| self.source_entry(here))
            .collect();
        self.citations(&top, &sources);
        Briefing {
            format,
            headline: headline.unwrap_or_default(),
            dek: self.optional(&top, "dek", Kind::Line),
            date: self.date(&top),
            location: self.optional(&top, "location", Kind::Line),
            process: self.process(&top),
            round: self.round(&top),
            tags: self.strings(&top, "tags", false),
            summary: self.strings_of(&top, "summary", Kind::Text, false),
            topics: self.strings(&top, "topics", true),
            sources,
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
            .and_then(|i| i64::from_str_radix(i.as_str(), i.radix()).ok())
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

    /// The `date` of `here`: the briefing's, a source's or a position's.
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
                    format!(
                        "`{}` should be a date only, without a time",
                        top.key_path("date")
                    ),
                );
                self.add_note(format!("write {expected}"));
                None
            }
            _ => {
                self.wrong_type(value, &top.key_path("date"), expected);
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
            // Not checked as a position's is: briefings written before links
            // were checked must keep loading.
            url: self.optional(here, "url", Kind::Line),
            id: self
                .optional(here, "id", Kind::Line)
                .filter(|id| !id.is_empty()),
            date: self.date(here),
            publisher: self.optional(here, "publisher", Kind::Line),
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
                    let first = self.line_of(first);
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
            let short = self.optional(&here, "short", Kind::Line);
            if short.as_deref().is_some_and(|s| s.trim().is_empty()) {
                let span = here.get("short").map(Spanned::span);
                self.report(span, format!("`{}` is blank", here.key_path("short")));
                self.add_note("write a short name such as \"USA\", or leave `short` out");
            }
            parties.push(Party {
                name: name.unwrap_or_default(),
                short: short.filter(|s| !s.trim().is_empty()),
                role: self.optional(&here, "role", Kind::Line),
                counted: self.boolean(
                    &here,
                    "counted",
                    "write counted = true (counts toward verdicts) or counted = false (shown, but kept out of verdicts), without quotes",
                ),
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
                quote: self
                    .optional(&here, "quote", Kind::Text)
                    .filter(|q| !q.trim().is_empty()),
                date: self.date(&here),
                url: self.url(&here),
                cite: self.optional(&here, "cite", Kind::Line),
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
}
