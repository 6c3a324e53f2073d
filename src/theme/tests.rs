use std::collections::HashSet;

use ratatui::style::Color;
use strum::IntoEnumIterator;

use super::*;

fn style_of(source: &str) -> (Theme, Vec<Diagnostic>) {
    let root = toml::de::DeTable::parse(source).expect("TOML");
    let (_, style) = root
        .get_ref()
        .iter()
        .find(|(k, _)| k.get_ref().as_ref() == "style")
        .expect("a [style] table");
    let mut theme = Theme::default();
    let problems = theme.apply_style(style, source);
    (theme, problems)
}

fn problems_in(source: &str) -> Vec<Diagnostic> {
    Theme::parse("t", source, &Looks::default()).1
}

#[test]
fn every_bundled_theme_names_a_look_for_every_role() {
    for (name, source) in BUNDLED {
        let mut looks = Looks::default();
        let (file, problems) = parse::theme_file(source, &mut looks);
        assert!(problems.is_empty(), "{name}: {problems:?}");
        let named: HashSet<Role> = file.named.iter().copied().collect();
        let missing: Vec<&str> = Role::iter()
            .filter(|r| !named.contains(r))
            .map(Role::name)
            .collect();
        assert!(
            missing.is_empty(),
            "{name}.toml has no look for {missing:?}"
        );
        assert_eq!(
            file.named.len(),
            named.len(),
            "{name}.toml names a role twice"
        );
        assert!(file.description.is_some_and(|d| !d.is_empty()), "{name}");
    }
    assert_eq!(Theme::names(), ["default", "mono", "dark", "light"]);
}

#[test]
fn a_theme_written_out_reads_back_the_same() {
    for name in Theme::names() {
        let theme = Theme::bundled(name).expect("bundled");
        let (again, problems) = Theme::parse(name, &theme.to_toml(), &Looks::default());
        assert!(problems.is_empty(), "{name}: {problems:?}");
        assert_eq!(again.looks, theme.looks, "{name}");
        assert_eq!(again.description, theme.description, "{name}");
    }
}

#[test]
fn mono_never_sets_a_colour_even_when_the_config_asks_for_one() {
    let mut mono = Theme::mono();
    let source = "[style.heading]\nfg = \"#ff0000\"\nbg = 4\nunderline = true\n";
    let root = toml::de::DeTable::parse(source).expect("TOML");
    let (_, style) = root.get_ref().iter().next().expect("style");
    assert!(mono.apply_style(style, source).is_empty());
    for role in Role::iter() {
        let s = mono.style(role);
        assert_eq!((s.fg, s.bg), (None, None), "{role:?}");
    }
    assert!(
        mono.style(Role::Heading)
            .add_modifier
            .contains(Modifier::UNDERLINED)
    );
    assert!(!mono.has_colour());
    // The current match still stands out from the others.
    assert_ne!(mono.hit(true), mono.hit(false));
    assert_eq!(Theme::chosen(true), Theme::mono());
    assert_eq!(Theme::chosen(false), Theme::default());
}

#[test]
fn the_config_changes_only_what_it_says() {
    let (theme, problems) = style_of("[style.heading]\nfg = \"#ff0000\"\n");
    assert!(problems.is_empty(), "{problems:?}");
    let heading = theme.look(Role::Heading);
    assert_eq!(heading.fg, Some(Color::Rgb(255, 0, 0)));
    assert!(heading.bold, "the default heading's bold is kept");
    let (theme, _) = style_of("[style]\ntopic = { fg = \"default\", bold = false }\n");
    assert_eq!(theme.look(Role::Topic), Look::default());
}

#[test]
fn mistakes_in_a_style_say_where_and_what_was_meant() {
    let source = "[style.headng]\nfg = \"cyan\"\n\n[style.topic]\ncolour = \"red\"\nbg = \"cyann\"\nbold = \"yes\"\nfg = 300\n";
    let (theme, problems) = style_of(source);
    let found: Vec<(Option<usize>, Option<usize>, &str)> = problems
        .iter()
        .map(|p| (p.line, p.column, p.message.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            (Some(1), Some(8), "unknown role `headng`"),
            (Some(5), Some(1), "unknown key `colour`"),
            (Some(6), Some(6), "`cyann` is not a colour"),
            (
                Some(7),
                Some(8),
                "`topic.bold` should be true or false, not a string"
            ),
            (Some(8), Some(6), "colour 300 is not one of 0 to 255"),
        ]
    );
    let notes = |i: usize| problems[i].notes.join("\n");
    assert!(notes(0).contains("did you mean `heading`?"), "{}", notes(0));
    assert!(notes(1).contains("did you mean `fg`?"), "{}", notes(1));
    assert!(notes(2).contains("did you mean \"cyan\"?"), "{}", notes(2));
    let shown = problems[2].render("config.toml");
    assert!(
        shown.starts_with("config.toml:6:6: `cyann` is not a colour"),
        "{shown}"
    );
    assert!(
        shown.contains("6 | bg = \"cyann\"\n  |      ^^^^^^^"),
        "{shown}"
    );
    // What was right in the same table still applies.
    assert_eq!(theme.look(Role::Topic).bg, None);
    assert!(theme.look(Role::Topic).bold);
}

#[test]
fn mistakes_in_a_theme_file_say_where() {
    let problems = problems_in("descripton = \"x\"\nstyle = 3\n");
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert_eq!((problems[0].line, problems[0].column), (Some(1), Some(1)));
    assert!(
        problems[0]
            .notes
            .contains(&"did you mean `description`?".to_owned())
    );
    assert_eq!(problems[1].line, Some(2));
    assert!(problems[1].message.contains("should be a table of roles"));
    let problems = problems_in("[style]\nheading = \"cyan\"\n");
    assert!(
        problems[0].message.contains("`heading` should be a table"),
        "{problems:?}"
    );
    let problems = problems_in("[style\n");
    assert_eq!(problems[0].line, Some(1));
    assert!(
        problems[0].message.starts_with("invalid TOML"),
        "{problems:?}"
    );
}

#[test]
fn control_characters_in_a_theme_never_reach_a_message() {
    let problems = problems_in("[style.\"x\\u001b[2J\"]\nfg = \"\\u001b[31m\"\n");
    for problem in problems {
        assert!(!problem.render("t.toml").contains('\u{1b}'), "{problem:?}");
    }
}

#[test]
fn a_theme_is_a_bundled_name_or_a_file() {
    assert_eq!(
        Theme::resolve("light", false),
        Ok(Theme::bundled("light").expect("light"))
    );
    assert_eq!(Theme::resolve("light", true), Ok(Theme::mono()));
    let err = Theme::resolve("ligth", false).expect_err("no such theme");
    assert!(err.to_string().contains("did you mean `light`?"), "{err}");

    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("mine.toml");
    std::fs::write(&path, "[style]\nheading = { fg = 208 }\n").expect("write");
    let mine = Theme::resolve(&path.to_string_lossy(), false).expect("a good theme");
    assert_eq!(mine.name(), "mine");
    assert_eq!(mine.look(Role::Heading).fg, Some(Color::Indexed(208)));
    assert!(
        !mine.look(Role::Heading).bold,
        "a theme's table is the whole look"
    );
    assert_eq!(mine.look(Role::Code), Theme::default().look(Role::Code));

    std::fs::write(&path, "[style]\nheading = { fg = \"nope\" }\n").expect("write");
    let err = Theme::from_file(&path).expect_err("a bad colour");
    assert!(
        err.to_string()
            .contains("mine.toml:2:18: `nope` is not a colour"),
        "{err}"
    );
    let gone = dir.path().join("gone.toml");
    assert!(Theme::resolve(&gone.to_string_lossy(), false).is_err());
}

/// WCAG's contrast ratio of two colours.
fn contrast(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
    let lum = |(r, g, b): (u8, u8, u8)| {
        let c = |v: u8| {
            let v = f64::from(v) / 255.0;
            if v <= 0.03928 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b)
    };
    let (x, y) = (lum(a), lum(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

fn rgb(colour: Option<Color>) -> Option<(u8, u8, u8)> {
    match colour {
        Some(Color::Rgb(r, g, b)) => Some((r, g, b)),
        _ => None,
    }
}

#[test]
fn the_truecolor_themes_are_readable_on_the_backgrounds_they_are_for() {
    let grounds = [
        ("dark", [(0x1e, 0x21, 0x27), (0, 0, 0)]),
        ("light", [(0xff, 0xff, 0xff), (0xf6, 0xf8, 0xfa)]),
    ];
    // Faint on purpose: still to be seen, not read at length.
    let quiet = [Role::Silent, Role::TitleUnfocused];
    for (name, backgrounds) in grounds {
        let theme = Theme::bundled(name).expect("bundled");
        for role in Role::iter().filter(|&r| r != Role::Rule) {
            let look = theme.look(role);
            let fg = rgb(look.fg).unwrap_or_else(|| panic!("{name}: {role:?} has no truecolor fg"));
            let least = if quiet.contains(&role) { 3.0 } else { 4.5 };
            let grounds: Vec<(u8, u8, u8)> = match rgb(look.bg) {
                Some(bg) => vec![bg],
                None => backgrounds.to_vec(),
            };
            for bg in grounds {
                let ratio = contrast(fg, bg);
                assert!(ratio >= least, "{name}: {role:?} at {ratio:.2}:1 on {bg:?}");
            }
        }
        // What is set apart by its background stands out from the terminal's.
        for role in [
            Role::Hit,
            Role::CurrentHit,
            Role::StatusBar,
            Role::Banner,
            Role::Selection,
        ] {
            let bg = rgb(theme.look(role).bg).expect("a background");
            for ground in backgrounds {
                let ratio = contrast(bg, ground);
                assert!(ratio >= 1.2, "{name}: {role:?} is lost at {ratio:.2}:1");
            }
        }
        // Text drawn over a status bar or a selection keeps its contrast there.
        for (over, on) in [
            (Role::Message, Role::StatusBar),
            (Role::Error, Role::StatusBar),
            (Role::Faint, Role::StatusBar),
            (Role::Match, Role::Selection),
            (Role::Faint, Role::Selection),
            (Role::Error, Role::Selection),
        ] {
            let fg = rgb(theme.look(over).fg).expect("fg");
            let bg = rgb(theme.look(on).bg).expect("bg");
            let ratio = contrast(fg, bg);
            assert!(ratio >= 4.5, "{name}: {over:?} on {on:?} at {ratio:.2}:1");
        }
    }
}

#[test]
fn search_hits_never_look_like_the_selection() {
    for (name, _) in BUNDLED {
        let theme = Theme::bundled(name).expect("bundled");
        for hit in [Role::Hit, Role::CurrentHit] {
            assert_ne!(
                theme.look(hit),
                theme.look(Role::Selection),
                "{name}: {hit:?} looks like the selection"
            );
        }
        assert_ne!(
            theme.look(Role::Hit),
            theme.look(Role::CurrentHit),
            "{name}"
        );
    }
}
