//! Loading a briefing: bytes from disk, UTF-8, TOML, the schema, all checked
//! and sanitised, or a [`LoadError`] that says where and what to do.

mod error;
mod numbers;
mod origin;
mod read;
mod schema;
mod walker;

use std::path::Path;

pub use error::{Diagnostic, LoadError};
pub use origin::Origin;
pub use read::{MAX_FILE_SIZE, human_size};

use crate::model::Briefing;
use crate::sanitize;

/// Load the briefing at `path`.
pub fn load_file(path: &Path) -> Result<Briefing, LoadError> {
    load_file_named(path, &display_path(path))
}

/// Load the briefing at `path`; `shown` is how messages name it.
pub fn load_file_named(path: &Path, shown: &str) -> Result<Briefing, LoadError> {
    let bytes = read::read_file(path, shown)?;
    load_bytes(shown, &bytes)
}

/// Load a briefing from bytes; `name` is how messages name the file.
pub fn load_bytes(name: &str, bytes: &[u8]) -> Result<Briefing, LoadError> {
    let name = sanitize::line(name).into_owned();
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        let source = String::from_utf8_lossy(&bytes[..at]);
        let mut problem = Diagnostic::new(&source, Some(at..at), "not valid UTF-8 text");
        problem.push_note("save the file as UTF-8 (briefings are plain UTF-8 text)");
        LoadError::Invalid {
            file: name.clone(),
            problems: vec![problem],
        }
    })?;
    load_str(&name, text)
}

/// Load a briefing from text; `name` is how messages name the file.
pub fn load_str(name: &str, text: &str) -> Result<Briefing, LoadError> {
    let name = sanitize::line(name).into_owned();
    // A byte-order mark is harmless; editors on some systems add one.
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if text.starts_with('\u{FEFF}') {
        // The parser would skip this one too, hiding a file mangled twice.
        let mut problem = Diagnostic::new(
            text,
            Some(0..'\u{FEFF}'.len_utf8()),
            "invalid TOML: a second byte-order mark (U+FEFF) at the start of the file",
        );
        problem.push_note("remove it: a file starts with one byte-order mark at most");
        return Err(LoadError::Invalid {
            file: name,
            problems: vec![problem],
        });
    }
    let root = toml::de::DeTable::parse(text).map_err(|e| LoadError::Invalid {
        file: name.clone(),
        problems: vec![syntax_problem(text, &e)],
    })?;
    let mut walker = walker::Walker::new(text);
    // Bad numbers are syntax errors: the schema is not read until they are fixed.
    walker.numbers(&root);
    if !walker.problems.is_empty() {
        return Err(LoadError::Invalid {
            file: name,
            problems: walker.into_problems(),
        });
    }
    let briefing = walker.briefing(&root);
    if walker.problems.is_empty() {
        Ok(briefing)
    } else {
        Err(LoadError::Invalid {
            file: name,
            problems: walker.into_problems(),
        })
    }
}

fn syntax_problem(text: &str, err: &toml::de::Error) -> Diagnostic {
    let message = err.message().trim_end();
    // The parser gives no place for nesting too deep to follow (dotted keys
    // thousands long); the most deeply nested line is the one to look at.
    let span = err
        .span()
        .or_else(|| deepest_line(text).map(|at| at..at + 1));
    let mut problem = Diagnostic::new(text, span, format!("invalid TOML: {message}"));
    if message.contains("recursion") {
        problem.push_note(
            "keys or tables are nested far deeper than any briefing needs; flatten them",
        );
    }
    problem.push_note("see https://toml.io for the syntax; strings need quotes, and \"\"\" opens text of several lines");
    problem
}

/// Where the line with the most nesting (dots, brackets, braces) starts,
/// when some line has a lot of it.
fn deepest_line(text: &str) -> Option<usize> {
    let mut start = 0;
    let mut best: Option<(usize, usize)> = None;
    for line in text.split_inclusive('\n') {
        let depth = line
            .bytes()
            .filter(|b| matches!(b, b'.' | b'[' | b'{'))
            .count();
        if depth > 64 && best.is_none_or(|(d, _)| depth > d) {
            best = Some((depth, start));
        }
        start += line.len();
    }
    best.map(|(_, at)| at)
}

/// How a path is named in messages: as given, sanitised.
pub fn display_path(path: &Path) -> String {
    sanitize::line(&path.to_string_lossy()).into_owned()
}
