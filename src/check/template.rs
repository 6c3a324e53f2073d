//! Text left from the `brief new` template: placeholders that pass the
//! loader but are not the briefing's own words.

use super::doc::{At, Doc};
use super::found::Found;
use crate::diff::same_words;
use crate::template::TEMPLATE;

/// Values that are ordinary briefing words, not placeholders: a topic
/// named "Ceasefire" or a role of "party" is not a leftover.
const ORDINARY: &[&str] = &["topic", "topics", "role", "stance", "tags"];

/// A line of a template text that is a placeholder on its own.
const MIN_WORDS: usize = 2;

pub(super) fn check(doc: &Doc, out: &mut Vec<Found>) {
    let Ok(root) = toml::de::DeTable::parse(TEMPLATE) else {
        return;
    };
    let template = Doc::of(root.get_ref(), TEMPLATE);
    let placeholders: Vec<&At> = template
        .strings
        .iter()
        .filter(|(key, _)| !ORDINARY.contains(&key.as_str()))
        .map(|(_, at)| at)
        .collect();
    for (key, value) in &doc.strings {
        if ORDINARY.contains(&key.as_str()) {
            continue;
        }
        let Some(span) = leftover(&doc.source, value, &placeholders) else {
            continue;
        };
        let written = doc.source[span.clone()].lines().next().unwrap_or_default();
        let shown = crate::text::fit::truncate(written, 60);
        out.push(Found::new(
            span,
            format!("`{key}` still holds text from the `brief new` template: {shown}"),
            "replace it with the briefing's own words (or delete it, if it is optional)",
        ));
    }
}

/// Where in `value` a placeholder is: the whole value when it is one, else
/// the first line of a longer placeholder (a body's) found inside it.
fn leftover(source: &str, value: &At, placeholders: &[&At]) -> Option<std::ops::Range<usize>> {
    for placeholder in placeholders {
        let lines: Vec<&str> = placeholder.text.lines().map(str::trim).collect();
        if lines.len() <= 1 {
            let words = placeholder.text.split_whitespace().count();
            let example = placeholder.text.contains("example.org");
            if (words >= MIN_WORDS || example) && same_words(&placeholder.text, &value.text) {
                return Some(value.span.clone());
            }
            continue;
        }
        for line in lines.iter().filter(|l| l.split_whitespace().count() >= 4) {
            let written = source.get(value.span.clone())?;
            if let Some(at) = written.find(line) {
                let start = value.span.start + at;
                return Some(start..start + line.len());
            }
        }
    }
    None
}
