//! Themes as data: how every role of the screen looks, read from the
//! bundled `assets/themes/*.toml`, a theme file, or the config's `[style]`.
//!
//! A [`Theme`] is chosen once, when brief starts, and passed to the reader's
//! view and to `brief print`: nothing reads it from a global while drawing.
//! Without colour (`NO_COLOR`, `--color never`) it never sets one, so no
//! colour sequence is ever written; only attributes are.

mod look;
mod parse;
mod role;
mod write;

use std::path::Path;

use ratatui::style::{Modifier, Style};
use toml::Spanned;
use toml::de::DeValue;

use crate::compare::{Mark, Verdict};
use crate::load::{Diagnostic, LoadError};
use crate::sanitize;
use crate::text;

pub use look::Look;
pub use role::Role;

use parse::Mode;
use role::Looks;

/// The bundled themes, by name, in the order `brief themes` lists them.
const BUNDLED: [(&str, &str); 4] = [
    ("default", include_str!("../../assets/themes/default.toml")),
    ("mono", include_str!("../../assets/themes/mono.toml")),
    ("dark", include_str!("../../assets/themes/dark.toml")),
    ("light", include_str!("../../assets/themes/light.toml")),
];

/// The bundled theme without colour.
const MONO: &str = "mono";

/// A theme file bigger than this is not a theme.
const MAX_THEME_SIZE: u64 = 1 << 20;

/// A look for every role, and whether colours may be used at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    name: String,
    description: String,
    looks: Looks,
    /// False without colour: then no style carries one, whatever the looks say.
    colour: bool,
}

impl Default for Theme {
    /// The 16 ANSI colours: the look brief has always had.
    fn default() -> Theme {
        Theme::bundled("default").unwrap_or_else(Theme::plain)
    }
}

impl Theme {
    /// Every role plain: only reached if a bundled theme were missing.
    fn plain() -> Theme {
        Theme {
            name: "default".to_owned(),
            description: String::new(),
            looks: Looks::default(),
            colour: true,
        }
    }

    /// The names of the bundled themes.
    pub fn names() -> Vec<&'static str> {
        BUNDLED.iter().map(|(name, _)| *name).collect()
    }

    /// The bundled theme called `name`.
    pub fn bundled(name: &str) -> Option<Theme> {
        let (name, source) = BUNDLED.iter().find(|(n, _)| *n == name)?;
        // The bundled files are tested to parse without a mistake.
        let (theme, _) = Theme::parse(name, source, &Looks::default());
        Some(Theme {
            colour: *name != MONO,
            ..theme
        })
    }

    /// No colour at all: what `NO_COLOR` and `--color never` select.
    pub fn mono() -> Theme {
        Theme::bundled(MONO).unwrap_or_else(|| Theme {
            colour: false,
            ..Theme::plain()
        })
    }

    /// Whether `NO_COLOR` is set and not empty (<https://no-color.org>).
    pub fn no_color_env() -> bool {
        std::env::var_os("NO_COLOR").is_some_and(|value| !value.is_empty())
    }

    /// The theme to use with no other choice made: mono when `no_color`.
    pub fn chosen(no_color: bool) -> Theme {
        if no_color {
            Theme::mono()
        } else {
            Theme::default()
        }
    }

    /// A bundled theme by name, or else a theme file at that path; mono
    /// when `no_color`, once the theme named is known to be good.
    pub fn resolve(name_or_path: &str, no_color: bool) -> Result<Theme, LoadError> {
        let theme = if let Some(theme) = Theme::bundled(name_or_path) {
            theme
        } else {
            let path = Path::new(name_or_path);
            let like_a_path = name_or_path.contains(['/', std::path::MAIN_SEPARATOR])
                || path.extension().is_some();
            if !like_a_path && !path.exists() {
                return Err(unknown_theme(name_or_path));
            }
            Theme::from_file(path)?
        };
        Ok(if no_color { Theme::mono() } else { theme })
    }

    /// A theme file: the roles it names look as it says, the others as in
    /// the default theme.
    pub fn from_file(path: &Path) -> Result<Theme, LoadError> {
        let shown = crate::load::display_path(path);
        let unreadable = |e: std::io::Error| {
            LoadError::unreadable(
                &shown,
                format!("cannot read this theme: {e}"),
                "check the path; a theme is a bundled name (see `brief themes`) or a TOML file",
            )
        };
        let file = std::fs::File::open(path).map_err(unreadable)?;
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(
            &mut std::io::Read::take(file, MAX_THEME_SIZE + 1),
            &mut bytes,
        )
        .map_err(unreadable)?;
        if bytes.len() as u64 > MAX_THEME_SIZE {
            return Err(LoadError::unreadable(
                &shown,
                "too big for a theme (over 1 MiB)",
                "a theme is a short TOML file; check the path",
            ));
        }
        let source = String::from_utf8(bytes).map_err(|_| {
            LoadError::unreadable(&shown, "not UTF-8 text", "save the theme as UTF-8")
        })?;
        let name = path.file_stem().map_or_else(
            || shown.clone(),
            |s| sanitize::line(&s.to_string_lossy()).into_owned(),
        );
        let (theme, problems) = Theme::parse(&name, &source, &Theme::default().looks);
        if problems.is_empty() {
            Ok(theme)
        } else {
            Err(LoadError::Invalid {
                file: shown,
                problems,
            })
        }
    }

    /// A theme from its text, over `base`, with the mistakes in it.
    fn parse(name: &str, source: &str, base: &Looks) -> (Theme, Vec<Diagnostic>) {
        let mut looks = *base;
        let (file, problems) = parse::theme_file(source, &mut looks);
        let theme = Theme {
            name: name.to_owned(),
            description: file.description.unwrap_or_default(),
            looks,
            colour: true,
        };
        (theme, problems)
    }

    /// Change single roles from the config's `[style]` table: only what a
    /// role's table says changes. Returns every mistake, with its place in
    /// `source`; the roles without one are changed all the same.
    pub fn apply_style(&mut self, style: &Spanned<DeValue<'_>>, source: &str) -> Vec<Diagnostic> {
        parse::style_table(style, source, &mut self.looks, Mode::Merge).1
    }

    /// The theme as a theme file, every role with a line saying what it is.
    pub fn to_toml(&self) -> String {
        write::theme_file(&self.description, &self.looks)
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// What the theme is, in a line.
    pub fn description(&self) -> &str {
        &self.description
    }

    /// Whether the theme may set colours.
    pub fn has_colour(&self) -> bool {
        self.colour
    }

    /// The look of `role`, as the theme file says.
    pub fn look(&self, role: Role) -> Look {
        self.looks[role]
    }

    /// How `role` is drawn.
    pub fn style(&self, role: Role) -> Style {
        self.looks[role].style(self.colour)
    }

    /// Laid-out text, in the reader and `brief print` alike: its role's
    /// look, bold when strong and italic when emphasised.
    pub fn text(&self, style: text::Style) -> Style {
        let mut s = self.style(Role::of_text(style.role));
        if style.strong {
            s = s.add_modifier(Modifier::BOLD);
        }
        if style.emphasis {
            s = s.add_modifier(Modifier::ITALIC);
        }
        s
    }

    /// A stance mark in the compare view: bold, but for silence, which
    /// looks as its role says (dim in the 16 colours).
    pub fn mark(&self, mark: Mark) -> Style {
        let style = self.style(Role::of_mark(mark));
        match mark {
            Mark::Silent => style,
            _ => style.add_modifier(Modifier::BOLD),
        }
    }

    pub fn verdict(&self, verdict: Verdict) -> Style {
        self.style(Role::of_verdict(verdict))
    }

    /// A search match; `current` for the one the reader is on.
    pub fn hit(&self, current: bool) -> Style {
        self.style(if current { Role::CurrentHit } else { Role::Hit })
    }

    /// A pane's title and border: bright when it has the focus.
    pub fn title(&self, focused: bool) -> Style {
        self.style(if focused {
            Role::TitleFocused
        } else {
            Role::TitleUnfocused
        })
    }
}

/// No bundled theme has that name, and no file does.
fn unknown_theme(name: &str) -> LoadError {
    let names = Theme::names();
    let mut advice = format!(
        "the bundled themes are {}; or give the path of a theme file",
        names.join(", ")
    );
    if let Some(close) = crate::load::suggest(name, &names) {
        advice = format!("did you mean `{close}`? {advice}");
    }
    LoadError::unreadable(&sanitize::line(name), "no theme of that name", advice)
}

#[cfg(test)]
mod tests;
