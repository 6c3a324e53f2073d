//! Warnings for briefings that load but are likely wrong: mistakes that
//! would change a verdict without anyone noticing (a misspelt topic opens a
//! row of its own), text left from the `brief new` template, a role that
//! reads as neutral but is not one.
//!
//! Pure: the briefing as loaded and its text in, located [`Diagnostic`]s
//! out, each with [`Severity::Warning`]. `brief check` prints them; the
//! reader can call [`warnings`] for its status bar.

mod doc;
mod found;
mod links;
mod parties;
pub mod rounds;
mod template;
mod topics;

use std::path::Path;

use toml::de::DeTable;

use crate::load::{Diagnostic, LineIndex, LoadError, Origin};
use crate::model::Briefing;
use found::Found;

pub use crate::load::Severity;
pub use parties::NEUTRAL_WORDS;

/// Every warning for `briefing`, loaded from `text`, in file order; each
/// renders as `brief check` shows it with [`Diagnostic::render`] given the
/// file's name. A text that does not parse gives none: loading reports it.
pub fn warnings(text: &str, briefing: &Briefing) -> Vec<Diagnostic> {
    // Spans count from after a byte-order mark, as the loader's do.
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let Ok(root) = toml::de::DeTable::parse(text) else {
        return Vec::new();
    };
    warnings_in(root.get_ref(), text, briefing)
}

/// Load the briefing at `path` (named `shown` in messages) with its
/// warnings, parsing it once.
pub fn load_file(path: &Path, shown: &str) -> Result<(Briefing, Vec<Diagnostic>), LoadError> {
    crate::load::load_file_then(path, shown, &warnings_in)
}

/// Load the briefing from `origin` with its warnings, parsing it once.
pub fn load(origin: &Origin) -> Result<(Briefing, Vec<Diagnostic>), LoadError> {
    match origin {
        Origin::File(path) => load_file(path, &origin.name()),
        Origin::Bundled(b) => load_str(&origin.name(), b.text),
        Origin::Stream(s) => crate::load::load_bytes_then(s.name(), s.bytes(), &warnings_in),
    }
}

/// Load a briefing from text with its warnings, parsing it once.
pub fn load_str(name: &str, text: &str) -> Result<(Briefing, Vec<Diagnostic>), LoadError> {
    crate::load::load_str_then(name, text, &warnings_in)
}

/// The warnings of a briefing from its parsed TOML and text.
fn warnings_in(root: &DeTable<'_>, text: &str, briefing: &Briefing) -> Vec<Diagnostic> {
    let file = doc::Doc::of(root, text);
    let mut found: Vec<Found> = Vec::new();
    topics::check(&file, briefing, &mut found);
    parties::check(&file, briefing, &mut found);
    template::check(&file, &mut found);
    links::check(&file, &mut found);
    found.sort_by_key(|f| f.span.start);
    let lines = LineIndex::new(text);
    found
        .into_iter()
        .map(|f| {
            let mut d = Diagnostic::unplaced(f.message).warning();
            d.locate(text, &lines, f.span);
            for note in f.notes {
                d.push_note(note);
            }
            d
        })
        .collect()
}

/// One line for a status bar: "2 warnings · t.toml:28:11: topic `Diferentiation`
/// is close to … · brief check shows them all"; `None` without warnings.
pub fn status_line(name: &str, warnings: &[Diagnostic]) -> Option<String> {
    let first = warnings.first()?;
    let count = match warnings.len() {
        1 => "1 warning".to_owned(),
        n => format!("{n} warnings"),
    };
    Some(format!(
        "{count} · {}: {} · `brief check {name}` shows {}",
        first.location(name),
        first.message,
        if warnings.len() == 1 {
            "it"
        } else {
            "them all"
        }
    ))
}

#[cfg(test)]
mod tests;
