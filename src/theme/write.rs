//! A theme written back as a theme file, every role on a line of its own
//! under a comment saying what it is: `brief themes NAME` and
//! `brief config print` show it, ready to copy.

use ratatui::style::Color;
use strum::IntoEnumIterator;

use super::look::{Look, colour_name};
use super::role::{Looks, Role};

/// The text of a theme file with these looks.
pub fn theme_file(description: &str, looks: &Looks) -> String {
    let mut out = String::new();
    if !description.is_empty() {
        out.push_str(&format!("description = {}\n\n", quoted(description)));
    }
    out.push_str("[style]\n");
    for role in Role::iter() {
        for line in role.about().lines() {
            out.push_str(&format!("# {}\n", line.trim()));
        }
        out.push_str(&format!("{} = {}\n", role.name(), inline(looks[role])));
    }
    out
}

/// A look as an inline table: `{ fg = "cyan", bold = true }`, or `{}`.
pub fn inline(look: Look) -> String {
    let mut parts = Vec::new();
    for (key, colour) in [("fg", look.fg), ("bg", look.bg)] {
        match colour {
            None => {}
            Some(Color::Indexed(i)) => parts.push(format!("{key} = {i}")),
            Some(_) => parts.push(format!("{key} = {}", quoted(&colour_name(colour)))),
        }
    }
    parts.extend(look.attributes().map(|name| format!("{name} = true")));
    if parts.is_empty() {
        "{}".to_owned()
    } else {
        format!("{{ {} }}", parts.join(", "))
    }
}

/// A TOML string, quoted and escaped.
fn quoted(text: &str) -> String {
    toml::Value::String(text.to_owned()).to_string()
}
