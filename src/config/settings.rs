//! What the configuration file sets, as plain values with brief's defaults.

use std::path::{Path, PathBuf};

use crate::keys::Keymap;
use crate::theme::Theme;

/// The widest reading column brief uses unless told otherwise.
pub const TEXT_WIDTH: u16 = 88;
/// The narrowest `text_width` accepted: less is mostly line breaks.
pub const MIN_TEXT_WIDTH: u16 = 20;
/// The widest `text_width` accepted: more is a typo.
pub const MAX_TEXT_WIDTH: u16 = 1000;

/// Whether the contents pane shows when the reader starts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Contents {
    /// Docked beside the text when the screen is wide enough.
    #[default]
    Auto,
    /// At start whatever the width (over the text on a narrow screen).
    Always,
    /// Hidden at start; `t` still shows it.
    Never,
}

impl Contents {
    pub const NAMES: [&'static str; 3] = ["auto", "always", "never"];

    pub fn name(self) -> &'static str {
        match self {
            Contents::Auto => "auto",
            Contents::Always => "always",
            Contents::Never => "never",
        }
    }

    pub fn from_name(name: &str) -> Option<Contents> {
        match name {
            "auto" => Some(Contents::Auto),
            "always" => Some(Contents::Always),
            "never" => Some(Contents::Never),
            _ => None,
        }
    }
}

/// Whether addresses in the text are written as terminal hyperlinks (OSC 8).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Links {
    /// Hyperlinks, except where `TERM=dumb` says the terminal knows no
    /// escape sequences.
    #[default]
    Auto,
    /// Plain text; `L` still lists the links and opens them.
    Never,
}

impl Links {
    pub const NAMES: [&'static str; 2] = ["auto", "never"];

    pub fn name(self) -> &'static str {
        match self {
            Links::Auto => "auto",
            Links::Never => "never",
        }
    }

    pub fn from_name(name: &str) -> Option<Links> {
        match name {
            "auto" => Some(Links::Auto),
            "never" => Some(Links::Never),
            _ => None,
        }
    }

    /// Whether to write hyperlinks to a terminal whose `TERM` is `term`.
    pub fn enabled(self, term: Option<&str>) -> bool {
        self == Links::Auto && term != Some("dumb")
    }
}

/// `[reader]`: how the full-screen reader behaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reader {
    /// The widest the reading column gets, in columns.
    pub text_width: u16,
    /// Whether the contents pane shows at start.
    pub contents: Contents,
    /// Watch the open file and reload it when it changes on disk.
    pub follow: bool,
    /// Take the mouse (clicks and the wheel) from the terminal.
    pub mouse: bool,
    /// Addresses written as terminal hyperlinks.
    pub links: Links,
}

impl Default for Reader {
    fn default() -> Reader {
        Reader {
            text_width: TEXT_WIDTH,
            contents: Contents::Auto,
            follow: true,
            mouse: true,
            links: Links::Auto,
        }
    }
}

/// `theme = "..."`: a bundled theme's name, or a theme file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ThemeChoice {
    Named(String),
    /// A theme file; a relative path in the configuration file is made
    /// absolute against the file's directory.
    File(PathBuf),
}

impl Default for ThemeChoice {
    fn default() -> ThemeChoice {
        ThemeChoice::Named("default".to_owned())
    }
}

impl ThemeChoice {
    /// A value as written in the file: a path when it looks like one (a
    /// separator or a `.toml` ending), a name otherwise.
    pub fn from_written(written: &str, base: Option<&Path>) -> ThemeChoice {
        let looks_like_path = written.contains(['/', '\\'])
            || Path::new(written)
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("toml"));
        if !looks_like_path {
            return ThemeChoice::Named(written.to_owned());
        }
        let path = PathBuf::from(written);
        match base {
            Some(dir) if path.is_relative() => ThemeChoice::File(dir.join(path)),
            _ => ThemeChoice::File(path),
        }
    }

    /// How the value is written back into a configuration file.
    pub fn written(&self) -> String {
        match self {
            ThemeChoice::Named(name) => name.clone(),
            ThemeChoice::File(path) => path.to_string_lossy().into_owned(),
        }
    }
}

/// Everything a configuration file sets; [`Config::default`] is brief
/// without one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Config {
    /// `theme`, as chosen.
    pub theme_choice: ThemeChoice,
    /// The theme chosen with the `[style]` roles over it, in colour: see
    /// [`Config::theme_for`].
    pub theme: Theme,
    /// The default keys with `[keys.MODE]` merged over them.
    pub keymap: Keymap,
    pub reader: Reader,
}

impl Config {
    /// The theme to draw with: mono without colour (`NO_COLOR`, `--color
    /// never`), which always wins over the file.
    pub fn theme_for(&self, no_color: bool) -> Theme {
        if no_color {
            Theme::mono()
        } else {
            self.theme.clone()
        }
    }
}
