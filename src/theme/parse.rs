//! Reading looks from TOML: a theme file, or the `[style]` table of the
//! config. Every mistake is a [`Diagnostic`] with its place and, for a
//! misspelt role, key or colour, the word most likely meant.

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::look::{self, ATTRIBUTES, DEFAULT, KEYS, Look, NAMES};
use super::role::{Looks, Role};
use crate::load::{Diagnostic, describe, suggest, syntax_problem};
use crate::sanitize;

/// How a role's table changes its look.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The table is the whole look: what it does not say is off (a theme file).
    Replace,
    /// Only what the table says changes (the config's `[style]`).
    Merge,
}

/// What a theme file says.
#[derive(Debug, Clone, Default)]
pub struct ThemeFile {
    pub description: Option<String>,
    /// The roles the file gives a look, in file order.
    pub named: Vec<Role>,
}

/// The keys at the top of a theme file.
const TOP: [&str; 2] = ["description", "style"];

/// Read a theme file over `looks`: the roles it names get its looks, the
/// others keep theirs. Returns what it says and every mistake in it.
pub fn theme_file(source: &str, looks: &mut Looks) -> (ThemeFile, Vec<Diagnostic>) {
    let mut file = ThemeFile::default();
    let root = match DeTable::parse(source) {
        Ok(root) => root,
        Err(err) => return (file, vec![syntax_problem(source, &err)]),
    };
    let mut problems = Vec::new();
    for (key, value) in root.get_ref() {
        match key.get_ref().as_ref() {
            "description" => match value.get_ref() {
                DeValue::String(text) => file.description = Some(sanitize::line(text).into_owned()),
                other => problems.push(Diagnostic::new(
                    source,
                    Some(value.span()),
                    format!("`description` should be a string, not {}", describe(other)),
                )),
            },
            "style" => {
                let (named, found) = style_table(value, source, looks, Mode::Replace);
                file.named = named;
                problems.extend(found);
            }
            name => problems.push(unknown(source, key.span(), name, "key", &TOP, "")),
        }
    }
    (file, problems)
}

/// Read a `[style]` table: a table of roles, each a table of `fg`, `bg`
/// and attributes. Returns the roles named and every mistake.
pub fn style_table(
    value: &Spanned<DeValue<'_>>,
    source: &str,
    looks: &mut Looks,
    mode: Mode,
) -> (Vec<Role>, Vec<Diagnostic>) {
    let mut named = Vec::new();
    let mut problems = Vec::new();
    let DeValue::Table(table) = value.get_ref() else {
        let mut problem = Diagnostic::new(
            source,
            Some(value.span()),
            format!(
                "`style` should be a table of roles, not {}",
                describe(value.get_ref())
            ),
        );
        problem.push_note("write a role's look as [style.heading] with fg = \"cyan\" under it");
        return (named, vec![problem]);
    };
    let roles = Role::names();
    for (key, value) in table {
        let name = key.get_ref().as_ref();
        let Ok(role) = name.parse::<Role>() else {
            problems.push(unknown(
                source,
                key.span(),
                name,
                "role",
                &roles,
                "`brief themes default` writes out every role, with what each is",
            ));
            continue;
        };
        let DeValue::Table(fields) = value.get_ref() else {
            let mut problem = Diagnostic::new(
                source,
                Some(value.span()),
                format!(
                    "`{name}` should be a table of fg, bg and attributes, not {}",
                    describe(value.get_ref())
                ),
            );
            problem.push_note(format!(
                "for example: {name} = {{ fg = \"cyan\", bold = true }}"
            ));
            problems.push(problem);
            continue;
        };
        let mut look = match mode {
            Mode::Replace => Look::default(),
            Mode::Merge => looks[role],
        };
        problems.extend(read_look(source, name, fields, &mut look));
        looks[role] = look;
        named.push(role);
    }
    (named, problems)
}

/// The fields of one role's table into `look`.
fn read_look(source: &str, role: &str, fields: &DeTable<'_>, look: &mut Look) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for (key, value) in fields {
        let name = key.get_ref().as_ref();
        let result = match name {
            "fg" => colour(source, value).map(|c| look.fg = c),
            "bg" => colour(source, value).map(|c| look.bg = c),
            _ => attribute(source, role, key, value, look),
        };
        if let Err(problem) = result {
            problems.push(problem);
        }
    }
    problems
}

/// An attribute (`bold = true`) into `look`, or why not.
fn attribute(
    source: &str,
    role: &str,
    key: &Spanned<toml::de::DeString<'_>>,
    value: &Spanned<DeValue<'_>>,
    look: &mut Look,
) -> Result<(), Diagnostic> {
    let name = key.get_ref().as_ref();
    let Some(on) = look.attribute_mut(name) else {
        let mut problem = unknown(source, key.span(), name, "key", &KEYS, "");
        if let Some(meant) = meant(name)
            && problem.notes.iter().all(|n| !n.starts_with("did you mean"))
        {
            problem.push_note(format!("did you mean `{meant}`?"));
        }
        return Err(problem);
    };
    match value.get_ref() {
        DeValue::Boolean(b) => {
            *on = *b;
            Ok(())
        }
        other => {
            let mut problem = Diagnostic::new(
                source,
                Some(value.span()),
                format!(
                    "`{role}.{name}` should be true or false, not {}",
                    describe(other)
                ),
            );
            problem.push_note(format!("the attributes are {}", ATTRIBUTES.join(", ")));
            Err(problem)
        }
    }
}

/// Words people write for a key a look has under another name.
fn meant(word: &str) -> Option<&'static str> {
    match word.to_lowercase().as_str() {
        "color" | "colour" | "foreground" | "fore" | "text" => Some("fg"),
        "background" | "back" => Some("bg"),
        "strong" | "heavy" => Some("bold"),
        "emphasis" | "oblique" | "slanted" => Some("italic"),
        "faint" | "dimmed" => Some("dim"),
        "underlined" | "underscore" => Some("underline"),
        "reversed" | "inverse" | "invert" | "inverted" => Some("reverse"),
        _ => None,
    }
}

/// A colour value: a name, `"#rrggbb"`, a number 0–255, or "default".
fn colour(
    source: &str,
    value: &Spanned<DeValue<'_>>,
) -> Result<Option<ratatui::style::Color>, Diagnostic> {
    let forms = "a colour is a name (red, light-blue, …), \"#rrggbb\", a number 0 to 255, \
                 or \"default\" for the terminal's own";
    let problem = |message: String| {
        let mut problem = Diagnostic::new(source, Some(value.span()), message);
        problem.push_note(forms);
        problem
    };
    match value.get_ref() {
        DeValue::String(text) => look::parse_colour(text).map_err(|()| {
            let shown = sanitize::line(text);
            let mut names: Vec<&str> = NAMES.iter().map(|(name, _)| *name).collect();
            names.push(DEFAULT);
            let normal = text.trim().to_lowercase().replace(['_', ' '], "-");
            let mut problem = problem(format!("`{shown}` is not a colour"));
            if let Some(close) = suggest(&normal, &names) {
                problem.push_note(format!("did you mean \"{close}\"?"));
            } else if text.starts_with('#') {
                problem.push_note("a colour in hex has six digits, as in \"#1e90ff\"");
            }
            problem
        }),
        DeValue::Integer(int) => u8::from_str_radix(int.as_str(), int.radix())
            .map(|i| Some(ratatui::style::Color::Indexed(i)))
            .map_err(|_| problem(format!("colour {int} is not one of 0 to 255"))),
        other => Err(problem(format!(
            "a colour should be a string or a number, not {}",
            describe(other)
        ))),
    }
}

/// "unknown role `headng`", with the closest allowed word and a hint.
fn unknown(
    source: &str,
    span: Range<usize>,
    word: &str,
    what: &str,
    allowed: &[&str],
    hint: &str,
) -> Diagnostic {
    let shown = sanitize::line(word);
    let mut problem = Diagnostic::new(source, Some(span), format!("unknown {what} `{shown}`"));
    if let Some(close) = suggest(word, allowed) {
        problem.push_note(format!("did you mean `{close}`?"));
    } else if allowed.len() <= KEYS.len() {
        problem.push_note(format!("allowed here: {}", allowed.join(", ")));
    }
    if !hint.is_empty() {
        problem.push_note(hint);
    }
    problem
}
