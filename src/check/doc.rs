//! The parts of a briefing's TOML the warnings point at, with their spans:
//! the loaded [`crate::model::Briefing`] has the values but not where they
//! are written.

use std::ops::Range;

use toml::de::{DeTable, DeValue};

use crate::load::LineIndex;

/// A string in the file and where it is.
#[derive(Debug, Clone)]
pub struct At {
    pub text: String,
    pub span: Range<usize>,
}

/// One `[[parties]]` entry's located values.
#[derive(Debug, Default)]
pub struct PartyAt {
    pub name: Option<At>,
    pub role: Option<At>,
    /// The `topic` of each position.
    pub topics: Vec<At>,
}

/// Everything the warnings look at, in file order within each list.
#[derive(Debug, Default)]
pub struct Doc {
    /// The top-level `topics`.
    pub topics: Vec<At>,
    /// Every section's `topics` entries.
    pub section_topics: Vec<At>,
    /// Parties, in the order the briefing lists them.
    pub parties: Vec<PartyAt>,
    /// Every string value in the file with the last key above it.
    pub strings: Vec<(String, At)>,
    /// The text the spans are in.
    pub source: String,
    lines: Option<LineIndex>,
}

impl Doc {
    pub fn of(root: &DeTable<'_>, source: &str) -> Doc {
        let mut doc = Doc {
            topics: strings(root, "topics"),
            source: source.to_owned(),
            lines: Some(LineIndex::new(source)),
            ..Doc::default()
        };
        for section in tables(root, "sections") {
            doc.section_topics.extend(strings(section, "topics"));
        }
        for party in tables(root, "parties") {
            doc.parties.push(PartyAt {
                name: string(party, "name"),
                role: string(party, "role"),
                topics: tables(party, "positions")
                    .into_iter()
                    .filter_map(|p| string(p, "topic"))
                    .collect(),
            });
        }
        for (key, value) in root {
            every_string(key.get_ref(), value, &mut doc.strings);
        }
        doc
    }

    /// The 1-based line of byte `offset`.
    pub fn line(&self, offset: usize) -> usize {
        self.lines.as_ref().map_or(1, |l| l.line_of(offset).0)
    }
}

fn get<'t, 'i>(table: &'t DeTable<'i>, key: &str) -> Option<&'t toml::Spanned<DeValue<'i>>> {
    table
        .iter()
        .find(|(k, _)| k.get_ref().as_ref() == key)
        .map(|(_, v)| v)
}

fn string(table: &DeTable<'_>, key: &str) -> Option<At> {
    let value = get(table, key)?;
    value.get_ref().as_str().map(|text| At {
        text: text.trim().to_owned(),
        span: value.span(),
    })
}

fn strings(table: &DeTable<'_>, key: &str) -> Vec<At> {
    let Some(items) = get(table, key).and_then(|v| v.get_ref().as_array()) else {
        return Vec::new();
    };
    items
        .iter()
        .filter_map(|item| {
            item.get_ref().as_str().map(|text| At {
                text: text.trim().to_owned(),
                span: item.span(),
            })
        })
        .collect()
}

fn tables<'t, 'i>(table: &'t DeTable<'i>, key: &str) -> Vec<&'t DeTable<'i>> {
    get(table, key)
        .and_then(|v| v.get_ref().as_array())
        .map(|items| {
            items
                .iter()
                .filter_map(|i| i.get_ref().as_table())
                .collect()
        })
        .unwrap_or_default()
}

fn every_string(key: &str, value: &toml::Spanned<DeValue<'_>>, out: &mut Vec<(String, At)>) {
    match value.get_ref() {
        DeValue::String(text) => out.push((
            key.to_owned(),
            At {
                text: text.to_string(),
                span: value.span(),
            },
        )),
        DeValue::Array(items) => items.iter().for_each(|i| every_string(key, i, out)),
        DeValue::Table(table) => {
            for (k, v) in table {
                every_string(k.get_ref(), v, out);
            }
        }
        _ => {}
    }
}
