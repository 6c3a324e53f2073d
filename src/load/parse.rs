//! Loading a briefing from a file, bytes or text: UTF-8, TOML, the schema,
//! every problem collected with its place.

use std::path::Path;

use toml::de::DeTable;

use super::error::{Diagnostic, LoadError};
use super::{read, walker};
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

/// Load the briefing at `path` (named `shown`) and run `then` on it while
/// its parsed TOML and text are at hand, so `brief check`'s warnings need no
/// second read or parse: on a big file that would double the peak memory.
pub fn load_file_then<T>(
    path: &Path,
    shown: &str,
    then: Then<T>,
) -> Result<(Briefing, T), LoadError> {
    let bytes = read::read_file(path, shown)?;
    load_bytes_then(shown, &bytes, then)
}

/// What runs on a briefing just loaded: its parsed TOML, its text (after a
/// byte-order mark), the briefing.
pub type Then<'f, T> = &'f dyn Fn(&DeTable<'_>, &str, &Briefing) -> T;

/// Load a briefing from bytes; `name` is how messages name the file.
pub fn load_bytes(name: &str, bytes: &[u8]) -> Result<Briefing, LoadError> {
    load_bytes_then(name, bytes, &|_, _, _| ()).map(|(b, ())| b)
}

/// [`load_bytes`], then `then` (see [`load_file_then`]).
pub fn load_bytes_then<T>(
    name: &str,
    bytes: &[u8],
    then: Then<T>,
) -> Result<(Briefing, T), LoadError> {
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
    load_str_then(&name, text, then)
}

/// Load a briefing from text; `name` is how messages name the file.
pub fn load_str(name: &str, text: &str) -> Result<Briefing, LoadError> {
    load_str_then(name, text, &|_, _, _| ()).map(|(b, ())| b)
}

/// [`load_str`], then `then` (see [`load_file_then`]).
pub fn load_str_then<T>(name: &str, text: &str, then: Then<T>) -> Result<(Briefing, T), LoadError> {
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
        let after = then(root.get_ref(), text, &briefing);
        Ok((briefing, after))
    } else {
        Err(LoadError::Invalid {
            file: name,
            problems: walker.into_problems(),
        })
    }
}

pub(crate) fn syntax_problem(text: &str, err: &toml::de::Error) -> Diagnostic {
    let message = err.message().trim_end();
    // The parser gives no place for nesting too deep to follow (dotted keys
    // thousands long); the most deeply nested line is the one to look at.
    let span = err
        .span()
        .or_else(|| deepest_line(text).map(|at| at..at + 1));
    if message == "duplicate key"
        && let Some(problem) = span.clone().and_then(|at| duplicate_key(text, at))
    {
        return problem;
    }
    let mut problem = Diagnostic::new(text, span, format!("invalid TOML: {message}"));
    if message.contains("recursion") {
        problem.push_note(
            "keys or tables are nested far deeper than any briefing needs; flatten them",
        );
    }
    problem.push_note("see https://toml.io for the syntax; strings need quotes, and \"\"\" opens text of several lines");
    problem
}

/// "`name` is set twice": the key the parser stopped at, and the line where
/// the same table first set it. The parser's generic hint about quotes has
/// nothing to do with this mistake, so it is left out.
fn duplicate_key(text: &str, at: std::ops::Range<usize>) -> Option<Diagnostic> {
    let key = text.get(at.clone())?.trim();
    let bare = key.trim_matches(['"', '\'']);
    let first = first_setting(text, at.start, bare);
    let message = match first {
        Some(line) => {
            format!("invalid TOML: `{bare}` is set twice: it was first set on line {line}")
        }
        None => format!("invalid TOML: `{bare}` is set twice in the same table"),
    };
    let mut problem = Diagnostic::new(text, Some(at), message);
    problem.push_note("a key is set once per table: keep one of the two and delete the other");
    Some(problem)
}

/// The line (1-based) where `key` was set before `before`, within the same
/// table: a `key = ...` line after the last table header, or an earlier
/// header naming the same table when the duplicate is a header.
fn first_setting(text: &str, before: usize, key: &str) -> Option<usize> {
    let start_of_line = text[..before].rfind('\n').map_or(0, |i| i + 1);
    let is_header = text[start_of_line..before].trim_start().starts_with('[');
    let lines: Vec<&str> = text[..start_of_line].lines().collect();
    let header_of = |line: &str| {
        line.trim()
            .trim_start_matches('[')
            .split(']')
            .next()
            .map(|name| name.trim().to_owned())
    };
    let this_header = is_header
        .then(|| header_of(&text[start_of_line..]))
        .flatten();
    for (i, line) in lines.iter().enumerate().rev() {
        let trimmed = line.trim_start();
        if trimmed.starts_with('[') {
            if this_header.is_some() && header_of(trimmed) == this_header {
                return Some(i + 1);
            }
            if !is_header {
                return None;
            }
            continue;
        }
        let name = trimmed
            .split('=')
            .next()
            .map(|k| k.trim().trim_matches(['"', '\'']));
        if !is_header && trimmed.contains('=') && name == Some(key) {
            return Some(i + 1);
        }
    }
    None
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
