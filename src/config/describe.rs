//! A configuration written back as a commented file: `brief config print`,
//! and what `brief config edit` starts a new file from.
//!
//! `[style]` and `[keys]` list every role and every command, but only what
//! differs from the theme chosen and from the default keys is set; the rest
//! is there as comments to copy from. So a file started from the defaults
//! still follows a change of `theme`.

use std::fmt::Write as _;

use super::apply;
use super::settings::{Config, Contents, Links, MAX_TEXT_WIDTH, MIN_TEXT_WIDTH};
use crate::keys::Keymap;
use crate::theme::Look;

/// `config` as a configuration file, every setting with a comment saying
/// what it does; `intro` comes first, as comment lines.
pub fn describe(config: &Config, intro: &[String]) -> String {
    let mut out = String::new();
    for line in intro {
        out.push_str(&comment(line));
    }
    if !intro.is_empty() {
        out.push('\n');
    }
    out.push_str(
        "# The look: a bundled theme (brief themes lists them) or the path of a\n\
         # theme file, relative to this file's directory.\n",
    );
    let _ = writeln!(out, "theme = {}", quoted(&config.theme_choice.written()));
    out.push('\n');
    reader(config, &mut out);
    out.push('\n');
    style(config, &mut out);
    out.push('\n');
    keys(&config.keymap, &mut out);
    out
}

fn reader(config: &Config, out: &mut String) {
    let reader = &config.reader;
    out.push_str("[reader]\n");
    let _ = writeln!(
        out,
        "# The widest the reading column gets, in columns ({MIN_TEXT_WIDTH} to {MAX_TEXT_WIDTH})."
    );
    let _ = writeln!(out, "text_width = {}", reader.text_width);
    let names = Contents::NAMES.join(" | ");
    let _ = writeln!(
        out,
        "# The contents pane at start: {names} (auto: beside the text when the screen is wide)."
    );
    let _ = writeln!(out, "contents = \"{}\"", reader.contents.name());
    out.push_str("# Reload the open briefing when its file changes on disk.\n");
    let _ = writeln!(out, "follow = {}", reader.follow);
    out.push_str(
        "# Use the mouse (clicks and the wheel); false leaves it to the terminal,\n\
         # for selecting text.\n",
    );
    let _ = writeln!(out, "mouse = {}", reader.mouse);
    let names = Links::NAMES.join(" | ");
    let _ = writeln!(
        out,
        "# Web and mail addresses as links the terminal opens: {names} (never under TERM=dumb)."
    );
    let _ = writeln!(out, "links = \"{}\"", reader.links.name());
}

/// `[style]`: each role's look; set where it differs from the theme chosen.
fn style(config: &Config, out: &mut String) {
    out.push_str(
        "# Single roles over the theme: fg and bg as a colour name, \"#rrggbb\" or\n\
         # 0-255; bold, italic, dim, underline. Uncomment a line to change it.\n",
    );
    let base = apply::theme(&config.theme_choice).unwrap_or_default();
    let ours = config.theme.to_toml();
    let theirs = base.to_toml();
    let from = |text: &str| {
        text.find("[style]")
            .map_or_else(String::new, |at| text[at..].to_owned())
    };
    let changed = only_changes(&from(&ours), &from(&theirs));
    for line in changed.lines() {
        out.push_str(&whole_look(line));
        out.push('\n');
    }
}

/// A role's look written whole: a theme file leaves out what is off, but
/// `[style]` changes only what it names, so each colour and attribute is
/// spelt out (`fg = "default"`, `bold = false`) to override the theme's.
fn whole_look(line: &str) -> String {
    let Some((role, look)) = line.split_once(" = {") else {
        return line.to_owned();
    };
    if role.starts_with('#') {
        return line.to_owned();
    }
    let inside = look.trim_end_matches('}').trim();
    let mut parts: Vec<String> = inside
        .split(", ")
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
        .collect();
    let has =
        |parts: &[String], key: &str| parts.iter().any(|p| p.starts_with(&format!("{key} =")));
    for key in ["fg", "bg"] {
        if !has(&parts, key) {
            parts.push(format!("{key} = \"default\""));
        }
    }
    let every = Look {
        bold: true,
        italic: true,
        dim: true,
        underline: true,
        reverse: true,
        ..Look::default()
    };
    for attribute in every.attributes() {
        if !has(&parts, attribute) {
            parts.push(format!("{attribute} = false"));
        }
    }
    format!("{role} = {{ {} }}", parts.join(", "))
}

/// `[keys.MODE]`: each command's keys; set where they differ from the defaults.
fn keys(keymap: &Keymap, out: &mut String) {
    out.push_str(
        "# Keys, by mode: a command's keys replace its default ones; [] unbinds it.\n\
         # Uncomment a line to change it.\n",
    );
    out.push_str(&only_changes(
        &keymap.describe(),
        &Keymap::defaults().describe(),
    ));
}

/// `ours`, with each setting line that is also in `base` at the same place
/// commented out. Both are written by the same function, line for line.
fn only_changes(ours: &str, base: &str) -> String {
    let base: Vec<&str> = base.lines().collect();
    let mut out = String::new();
    for (i, line) in ours.lines().enumerate() {
        let setting = !line.is_empty() && !line.starts_with(['#', '[']);
        if setting && base.get(i) == Some(&line) {
            out.push_str("# ");
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

fn comment(line: &str) -> String {
    if line.is_empty() {
        "#\n".to_owned()
    } else {
        format!("# {line}\n")
    }
}

/// A TOML basic string, escaped.
fn quoted(text: &str) -> String {
    toml::Value::String(text.to_owned()).to_string()
}

#[cfg(test)]
mod tests {
    use super::super::parse::parse;
    use super::*;

    #[test]
    fn what_is_printed_reads_back_as_the_same_configuration() {
        let source = "theme = \"light\"\n[style.heading]\nfg = \"#ff0000\"\nbold = false\n\
                      [keys.reader]\nquit = [\"x\"]\nhelp = []\n[reader]\ntext_width = 120\n\
                      contents = \"never\"\nfollow = false\nmouse = false\nlinks = \"never\"\n";
        let (changed, problems) = parse(source, None);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(changed.reader.contents, Contents::Never);
        assert_eq!(changed.reader.links, Links::Never);
        for config in [Config::default(), changed] {
            let text = describe(&config, &["intro".to_owned(), String::new()]);
            assert!(text.starts_with("# intro\n#\n"), "{text}");
            let (read, problems) = parse(&text, None);
            assert!(problems.is_empty(), "{problems:?}\n{text}");
            assert_eq!(read, config, "{text}");
        }
    }

    #[test]
    fn only_what_differs_is_set_the_rest_is_there_to_copy() {
        let defaults = describe(&Config::default(), &[]);
        // A file of the defaults sets no role and no key: changing its
        // theme changes every role.
        let set: Vec<&str> = defaults
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with(['#', '[']))
            .collect();
        assert_eq!(
            set,
            [
                "theme = \"default\"",
                "text_width = 88",
                "contents = \"auto\"",
                "follow = true",
                "mouse = true",
                "links = \"auto\""
            ]
        );
        assert!(defaults.contains("\n# heading = "), "{defaults}");
        assert!(
            defaults.contains("\n# quit = [\"q\", \"ctrl-c\"]"),
            "{defaults}"
        );
        let (mine, _) = parse("[keys.reader]\nquit = [\"x\"]\n", None);
        let text = describe(&mine, &[]);
        assert!(text.contains("\nquit = [\"x\"]"), "{text}");
    }
}
