//! Number literals the TOML parser lets through unchecked.
//!
//! `toml::de::DeTable::parse` keeps a number's digits as text and checks
//! them only when the value is converted, so `format = 0b`, `0x` or `0o`
//! with no digits, `1_0a`, or `1_0٠` (an Arabic-Indic zero) parse, and
//! then read as a vague wrong type, or pass unnoticed under a key the schema
//! never converts. Every number in the document is checked here, and a bad
//! one is refused as the syntax error it is, at its line and column.

use toml::Spanned;
use toml::de::{DeFloat, DeInteger, DeTable, DeValue};

use super::walker::Walker;
use crate::model::FORMAT_VERSION;
use crate::sanitize;

/// A literal is quoted in a message up to this many characters.
const SHOWN_CHARS: usize = 40;

impl Walker<'_> {
    /// Report every number literal in the document that is not a valid
    /// TOML number.
    pub(crate) fn numbers(&mut self, root: &Spanned<DeTable<'_>>) {
        // A stack rather than recursion: nesting depth is the file's choice.
        let mut stack: Vec<(&Spanned<DeValue>, bool)> = Vec::new();
        for (key, value) in root.get_ref() {
            stack.push((value, key.get_ref().as_ref() == "format"));
        }
        while let Some((value, is_format)) = stack.pop() {
            let why = match value.get_ref() {
                DeValue::Integer(int) => integer_problem(int),
                DeValue::Float(float) => float_problem(float),
                DeValue::Array(items) => {
                    stack.extend(items.iter().map(|item| (item, false)));
                    None
                }
                DeValue::Table(table) => {
                    stack.extend(table.iter().map(|(_, v)| (v, false)));
                    None
                }
                _ => None,
            };
            if let Some(why) = why {
                let span = value.span();
                let literal = shown(self.source.get(span.clone()).unwrap_or_default());
                self.report(Some(span), format!("invalid TOML: `{literal}` {why}"));
                self.add_note(if is_format {
                    format!("`format` is a whole number: write `format = {FORMAT_VERSION}`")
                } else {
                    "TOML numbers look like 42, -7, 1_000, 3.14, 0x2A, 0o52 or 0b101010".to_owned()
                });
            }
        }
    }
}

/// What is wrong with an integer literal, said of it ("is not a valid
/// number: ..."), if anything. The parser has already taken off the
/// `0x`-style prefix and the underscores.
fn integer_problem(int: &DeInteger) -> Option<String> {
    let radix = int.radix();
    let (name, prefix, digits) = match radix {
        2 => ("binary", "0b", "0 or 1"),
        8 => ("octal", "0o", "0 to 7"),
        16 => ("hexadecimal", "0x", "0 to 9 and a to f"),
        _ => ("decimal", "", "0 to 9"),
    };
    let text = int.as_str();
    let unsigned = if radix == 10 {
        text.strip_prefix(['+', '-']).unwrap_or(text)
    } else {
        text
    };
    if unsigned.is_empty() {
        return Some(format!(
            "is not a valid number: {name} digits ({digits}) must follow `{prefix}`, as in `{prefix}1`"
        ));
    }
    if let Some(bad) = unsigned.chars().find(|c| !c.is_digit(radix)) {
        let bad = describe_char(bad);
        return Some(format!(
            "is not a valid number: {bad} is not a {name} digit (use {digits})"
        ));
    }
    if i64::from_str_radix(text, radix).is_err() {
        let (min, max) = (i64::MIN, i64::MAX);
        return Some(format!(
            "is too large: whole numbers in TOML go from {min} to {max}"
        ));
    }
    None
}

/// What is wrong with a float literal (`3.14`, `1e6`, `inf`), said of it,
/// if anything.
fn float_problem(float: &DeFloat) -> Option<String> {
    let text = float.as_str();
    match text.parse::<f64>() {
        Ok(f) if f.is_infinite() && !text.contains("inf") => {
            Some("is too large for a number with a fraction".to_owned())
        }
        Ok(_) => None,
        Err(_) => Some(match text.chars().find(|c| !c.is_ascii()) {
            Some(bad) => format!(
                "is not a valid number: {} is not a digit (use 0 to 9)",
                describe_char(bad)
            ),
            None => {
                "is not a valid number: write digits with a `.` or an exponent, as in 3.14 or 1e6"
                    .to_owned()
            }
        }),
    }
}

/// A character for a message: itself, plus its code point when it is not
/// plain ASCII (an Arabic-Indic zero looks like a dot).
fn describe_char(c: char) -> String {
    let mut out = format!("`{}`", sanitize::line(c.encode_utf8(&mut [0; 4])));
    if !c.is_ascii_graphic() {
        out.push_str(&format!(" (U+{:04X})", u32::from(c)));
    }
    out
}

/// The literal as quoted in a message, cut when it is very long.
fn shown(literal: &str) -> String {
    crate::text::fit::truncate(&sanitize::line(literal), SHOWN_CHARS + 1)
}
