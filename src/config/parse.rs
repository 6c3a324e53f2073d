//! Reading a configuration file's text into [`Config`], every mistake
//! collected with its place, and what was wrong left at its default.

use std::path::Path;

use toml::de::{DeTable, DeValue};

use super::apply;
use super::settings::{
    Config, Contents, Links, MAX_TEXT_WIDTH, MIN_TEXT_WIDTH, Reader, ThemeChoice,
};
use crate::load::Diagnostic;
use crate::load::walker::{Here, Kind, Walker, suggest};

/// The keys a configuration file may have at its top level.
const TOP: &[&str] = &["theme", "style", "keys", "reader"];
/// The keys of `[reader]`.
const READER: &[&str] = &["text_width", "contents", "follow", "mouse", "links"];

/// Read `source` (the file named `name`, in directory `dir`) into a
/// configuration. Whatever is wrong keeps its default and is listed, in
/// file order; the rest applies.
pub fn parse(source: &str, dir: Option<&Path>) -> (Config, Vec<Diagnostic>) {
    let mut config = Config::default();
    // A byte-order mark is harmless; some editors add one.
    let source = source.strip_prefix('\u{FEFF}').unwrap_or(source);
    let root = match DeTable::parse(source) {
        Ok(root) => root,
        Err(error) => {
            let mut problem = crate::load::syntax_problem(source, &error);
            problem.push_note("until this is fixed, brief uses its defaults for everything");
            return (config, vec![problem]);
        }
    };
    let mut walker = Walker::new(source);
    walker.numbers(&root);
    if !walker.problems.is_empty() {
        return (config, walker.into_problems());
    }
    let top = Here {
        table: root.get_ref(),
        span: root.span(),
        path: String::new(),
    };
    walker.unknown_keys(&top, TOP);
    theme(&mut walker, &top, dir, &mut config);
    // Problems placed by the themes and keys modules themselves.
    let mut placed = Vec::new();
    if let Some(style) = top.get("style") {
        placed.extend(config.theme.apply_style(style, source));
    }
    if let Some(keys) = top.get("keys") {
        let (keymap, problems) = apply::keys(keys, source);
        config.keymap = keymap;
        placed.extend(problems);
    }
    if let Some(reader) = table(&mut walker, &top, "reader") {
        config.reader = self::reader(&mut walker, &reader);
    }
    let mut problems = walker.into_problems();
    problems.extend(placed);
    problems.sort_by_key(|p| (p.line.is_none(), p.line, p.column));
    (config, problems)
}

/// `theme`: a bundled theme or a theme file, which must be good to be used.
fn theme(walker: &mut Walker, top: &Here, dir: Option<&Path>, config: &mut Config) {
    let Some(written) = walker.optional(top, "theme", Kind::Line) else {
        return;
    };
    let span = top.get("theme").map(toml::Spanned::span);
    if written.is_empty() {
        walker.report(span, "`theme` is blank");
        walker
            .add_note("write a bundled theme's name, such as \"default\", or a theme file's path");
        return;
    }
    let choice = ThemeChoice::from_written(&written, dir);
    match apply::theme(&choice) {
        Ok(theme) => {
            config.theme = theme;
            config.theme_choice = choice;
        }
        Err(refused) => {
            walker.report(span, refused.message);
            for note in refused.notes {
                walker.add_note(note);
            }
        }
    }
}

/// The table at `key`, or a problem when it is something else.
fn table<'t, 'i>(walker: &mut Walker, here: &Here<'t, 'i>, key: &str) -> Option<Here<'t, 'i>> {
    let value = here
        .table
        .iter()
        .find(|(k, _)| k.get_ref().as_ref() == key)
        .map(|(_, v)| v)?;
    let path = here.key_path(key);
    if let DeValue::Table(table) = value.get_ref() {
        return Some(Here {
            table,
            span: value.span(),
            path,
        });
    }
    walker.wrong_type(value, &path, &format!("a table, written [{path}]"));
    None
}

fn reader(walker: &mut Walker, here: &Here) -> Reader {
    let mut reader = Reader::default();
    walker.unknown_keys(here, READER);
    if let Some(width) = text_width(walker, here) {
        reader.text_width = width;
    }
    if let Some(contents) = contents(walker, here) {
        reader.contents = contents;
    }
    let on_off = |what: &str| format!("write {what} = true or {what} = false, without quotes");
    if let Some(follow) = walker.boolean(here, "follow", &on_off("follow")) {
        reader.follow = follow;
    }
    if let Some(mouse) = walker.boolean(here, "mouse", &on_off("mouse")) {
        reader.mouse = mouse;
    }
    if let Some(links) = links(walker, here) {
        reader.links = links;
    }
    reader
}

fn text_width(walker: &mut Walker, here: &Here) -> Option<u16> {
    let value = here.get("text_width")?;
    let path = here.key_path("text_width");
    let DeValue::Integer(int) = value.get_ref() else {
        walker.wrong_type(value, &path, "a whole number of columns");
        walker.add_note("write, for example, text_width = 88");
        return None;
    };
    // The digits were checked by `numbers`; a failure here is a number too
    // big for an i64, which is out of range all the same.
    let number = i64::from_str_radix(int.as_str(), int.radix()).unwrap_or(i64::MAX);
    match u16::try_from(number) {
        Ok(width) if (MIN_TEXT_WIDTH..=MAX_TEXT_WIDTH).contains(&width) => Some(width),
        _ => {
            walker.report(
                Some(value.span()),
                format!(
                    "`{path}` is {number} columns: it should be from {MIN_TEXT_WIDTH} to {MAX_TEXT_WIDTH}"
                ),
            );
            walker.add_note("88 is brief's default; 60 to 100 columns read comfortably");
            None
        }
    }
}

fn contents(walker: &mut Walker, here: &Here) -> Option<Contents> {
    let written = walker.optional(here, "contents", Kind::Line)?;
    if let Some(contents) = Contents::from_name(&written) {
        return Some(contents);
    }
    let span = here.get("contents").map(toml::Spanned::span);
    let path = here.key_path("contents");
    walker.report(span, format!("`{path}` cannot be \"{written}\""));
    walker.add_note(format!("write one of: {}", Contents::NAMES.join(", ")));
    if let Some(close) = suggest(&written, &Contents::NAMES) {
        walker.add_note(format!("did you mean \"{close}\"?"));
    }
    None
}

fn links(walker: &mut Walker, here: &Here) -> Option<Links> {
    let written = walker.optional(here, "links", Kind::Line)?;
    if let Some(links) = Links::from_name(&written) {
        return Some(links);
    }
    let span = here.get("links").map(toml::Spanned::span);
    let path = here.key_path("links");
    walker.report(span, format!("`{path}` cannot be \"{written}\""));
    walker.add_note(format!("write one of: {}", Links::NAMES.join(", ")));
    if let Some(close) = suggest(&written, &Links::NAMES) {
        walker.add_note(format!("did you mean \"{close}\"?"));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::theme::{Role, Theme};

    fn messages(source: &str) -> Vec<String> {
        parse(source, None)
            .1
            .iter()
            .map(|p| p.render("config.toml"))
            .collect()
    }

    #[test]
    fn an_empty_file_is_the_defaults() {
        assert_eq!(parse("", None), (Config::default(), Vec::new()));
    }

    #[test]
    fn reader_settings_are_read() {
        let source = "[reader]\ntext_width = 72\ncontents = \"never\"\nfollow = false\nmouse = false\nlinks = \"never\"\n";
        let (config, problems) = parse(source, None);
        assert!(problems.is_empty(), "{problems:?}");
        let expected = Reader {
            text_width: 72,
            contents: Contents::Never,
            follow: false,
            mouse: false,
            links: Links::Never,
        };
        assert_eq!(config.reader, expected);
    }

    #[test]
    fn a_misspelt_links_setting_is_placed_with_a_suggestion() {
        let (config, _) = parse("[reader]\nlinks = \"nevr\"\n", None);
        assert_eq!(config.reader.links, Links::Auto);
        let shown = messages("[reader]\nlinks = \"nevr\"\n");
        assert!(
            shown[0].starts_with("config.toml:2:9: `reader.links` cannot be \"nevr\""),
            "{shown:?}"
        );
        assert!(shown[0].contains("write one of: auto, never"), "{shown:?}");
        assert!(shown[0].contains("did you mean \"never\"?"), "{shown:?}");
        let shown = messages("[reader]\nlinks = false\n");
        assert!(shown[0].contains("`reader.links` should be"), "{shown:?}");
    }

    #[test]
    fn links_are_never_written_to_a_dumb_terminal() {
        assert!(Links::Auto.enabled(Some("xterm-256color")));
        assert!(Links::Auto.enabled(None));
        assert!(!Links::Auto.enabled(Some("dumb")));
        assert!(!Links::Never.enabled(Some("xterm-256color")));
    }

    #[test]
    fn a_mistake_keeps_its_default_and_the_rest_applies() {
        let source = "[reader]\ntext_width = 5\nmouse = false\ncontents = \"alway\"\n";
        let (config, problems) = parse(source, None);
        assert_eq!(config.reader.text_width, 88);
        assert_eq!(config.reader.contents, Contents::Auto);
        assert!(!config.reader.mouse);
        let shown = messages(source);
        assert_eq!(shown.len(), 2, "{shown:?}");
        assert!(
            shown[0].starts_with("config.toml:2:14: `reader.text_width` is 5 columns"),
            "{}",
            shown[0]
        );
        assert!(
            shown[1].starts_with("config.toml:4:12: `reader.contents` cannot be \"alway\""),
            "{}",
            shown[1]
        );
        assert!(
            shown[1].contains("did you mean \"always\"?"),
            "{}",
            shown[1]
        );
        assert_eq!(problems[1].line, Some(4));
    }

    #[test]
    fn unknown_keys_and_sections_are_named_with_a_suggestion() {
        let shown = messages("them = \"dark\"\n[readr]\n[reader]\nmuose = true\n");
        assert_eq!(shown.len(), 3, "{shown:?}");
        assert!(
            shown[0].starts_with("config.toml:1:1: unknown key `them`"),
            "{}",
            shown[0]
        );
        assert!(shown[0].contains("did you mean `theme`?"));
        assert!(shown[1].contains("did you mean `reader`?"), "{}", shown[1]);
        assert!(
            shown[2].starts_with("config.toml:4:1: unknown key `muose` in `reader`"),
            "{}",
            shown[2]
        );
        assert!(shown[2].contains("did you mean `mouse`?"));
    }

    #[test]
    fn a_syntax_error_is_placed_and_everything_is_default() {
        let (config, problems) = parse("[reader]\ntext_width = \n", None);
        assert_eq!(config, Config::default());
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, Some(2));
        assert!(
            problems[0].message.starts_with("invalid TOML"),
            "{problems:?}"
        );
    }

    #[test]
    fn a_theme_is_a_name_or_a_path_relative_to_the_file() {
        let dir = tempfile::tempdir().expect("temporary directory");
        let dir = dir.path();
        std::fs::create_dir_all(dir.join("themes")).expect("mkdir");
        let mine = "[style]\nheading = { fg = \"#ff0000\" }\n";
        std::fs::write(dir.join("themes/mine.toml"), mine).expect("write");
        let theme = |value: &str| {
            let (config, problems) = parse(&format!("theme = {value:?}"), Some(dir));
            assert!(problems.is_empty(), "{problems:?}");
            config
        };
        let light = theme("light");
        assert_eq!(light.theme_choice, ThemeChoice::Named("light".to_owned()));
        assert_eq!(Some(light.theme), Theme::bundled("light"));
        let file = dir.join("themes/mine.toml");
        let mine = theme("themes/mine.toml");
        assert_eq!(mine.theme_choice, ThemeChoice::File(file.clone()));
        let red = ratatui::style::Color::Rgb(255, 0, 0);
        assert_eq!(mine.theme.look(Role::Heading).fg, Some(red));
        assert_eq!(
            theme(&file.to_string_lossy()).theme_choice,
            ThemeChoice::File(file)
        );
    }

    #[test]
    fn an_unknown_theme_or_a_broken_theme_file_keeps_the_default_theme() {
        let (config, _) = parse("theme = \"ligth\"\n", None);
        assert_eq!(config, Config::default());
        let shown = messages("theme = \"ligth\"\n");
        assert!(
            shown[0].starts_with("config.toml:1:9: there is no theme called \"ligth\""),
            "{shown:?}"
        );
        assert!(shown[0].contains("did you mean \"light\"?"), "{shown:?}");
        let shown = messages("theme = \"/nowhere/t.toml\"\n");
        assert!(
            shown[0].contains("the theme file /nowhere/t.toml: cannot read this theme"),
            "{shown:?}"
        );
    }

    #[test]
    fn style_and_keys_apply_and_their_mistakes_are_placed_in_order() {
        use crate::keys::{Command, Mode};
        let source = "theme = \"dark\"\n[keys.reader]\nquit = [\"x\"]\nquiet = [\"y\"]\n[style.heading]\nfg = \"#ff0000\"\n[style.headng]\n[reader]\nmouse = 3\n";
        let (config, problems) = parse(source, None);
        let red = ratatui::style::Color::Rgb(255, 0, 0);
        assert_eq!(config.theme.look(Role::Heading).fg, Some(red));
        let dark = Theme::bundled("dark").expect("dark");
        assert_eq!(config.theme.look(Role::Topic), dark.look(Role::Topic));
        let x = crate::keys::parse_key("x").expect("x");
        assert_eq!(config.keymap.keys(Mode::Reader, Command::Quit), [x]);
        let lines: Vec<Option<usize>> = problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, [Some(4), Some(7), Some(9)], "{problems:?}");
    }

    #[test]
    fn keys_that_leave_no_way_to_quit_are_refused_and_the_defaults_kept() {
        let source = "[keys.reader]\nquit = []\nhelp = [\"h\"]\n";
        let (config, problems) = parse(source, None);
        assert_eq!(config.keymap, crate::keys::Keymap::defaults());
        assert_eq!(problems.len(), 1, "{problems:?}");
        let shown = problems[0].render("c.toml");
        assert!(
            shown.starts_with("c.toml:2:8: no key quits the reader"),
            "{shown}"
        );
        assert!(shown.contains("default keys"), "{shown}");
    }

    #[test]
    fn wrong_types_say_what_was_expected() {
        let shown = messages("reader = 3\n");
        assert!(
            shown[0].contains("`reader` should be a table, written [reader], not an integer"),
            "{shown:?}"
        );
        let shown = messages("[reader]\nfollow = \"yes\"\ntext_width = \"wide\"\n");
        assert!(
            shown[0].contains("`reader.follow` should be true or false, not a string"),
            "{shown:?}"
        );
        assert!(
            shown[1].contains("`reader.text_width` should be a whole number of columns"),
            "{shown:?}"
        );
    }
}
