//! A configuration written back as a commented file: `brief config print`,
//! and what `brief config edit` starts a new file from.

use std::fmt::Write as _;

use super::settings::{Config, Contents, MAX_TEXT_WIDTH, MIN_TEXT_WIDTH};

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
    let reader = &config.reader;
    out.push_str(
        "# The look: a bundled theme (brief themes lists them) or the path of a\n\
         # theme file, relative to this file's directory.\n",
    );
    let _ = writeln!(out, "theme = {}", quoted(&config.theme.written()));
    out.push_str("\n[reader]\n");
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
    use super::super::settings::{Reader, ThemeChoice};
    use super::*;

    #[test]
    fn what_is_printed_reads_back_as_the_same_configuration() {
        let configs = [
            Config::default(),
            Config {
                theme: ThemeChoice::File("/srv/themes/my \"own\".toml".into()),
                reader: Reader {
                    text_width: 120,
                    contents: Contents::Never,
                    follow: false,
                    mouse: false,
                },
            },
        ];
        for config in configs {
            let text = describe(&config, &["intro".to_owned(), String::new()]);
            assert!(text.starts_with("# intro\n#\n"), "{text}");
            let (read, problems) = parse(&text, None);
            assert!(problems.is_empty(), "{problems:?}\n{text}");
            assert_eq!(read, config, "{text}");
        }
    }
}
