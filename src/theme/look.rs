//! One role's look: a colour for the text and one behind it, and the
//! attributes, with the colour names a theme file may use.

use ratatui::style::{Color, Modifier, Style};

/// A colour and attributes, as a theme file writes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Look {
    /// The text's colour; `None` is the terminal's own.
    pub fg: Option<Color>,
    /// The colour behind the text; `None` is the terminal's own.
    pub bg: Option<Color>,
    pub bold: bool,
    pub italic: bool,
    pub dim: bool,
    pub underline: bool,
    /// The text's and the background's colours swapped.
    pub reverse: bool,
}

/// The attributes a look may turn on, by their names in a theme file.
pub const ATTRIBUTES: [&str; 5] = ["bold", "italic", "dim", "underline", "reverse"];

/// The keys of a role's table in a theme file.
pub const KEYS: [&str; 7] = ["fg", "bg", "bold", "italic", "dim", "underline", "reverse"];

impl Look {
    /// The look as ratatui draws it; without its colours when `colour` is false.
    pub fn style(self, colour: bool) -> Style {
        let mut style = Style::default();
        if colour {
            style.fg = self.fg;
            style.bg = self.bg;
        }
        for (on, modifier) in [
            (self.bold, Modifier::BOLD),
            (self.italic, Modifier::ITALIC),
            (self.dim, Modifier::DIM),
            (self.underline, Modifier::UNDERLINED),
            (self.reverse, Modifier::REVERSED),
        ] {
            if on {
                style = style.add_modifier(modifier);
            }
        }
        style
    }

    /// The attribute named `name` (one of [`ATTRIBUTES`]).
    pub fn attribute_mut(&mut self, name: &str) -> Option<&mut bool> {
        match name {
            "bold" => Some(&mut self.bold),
            "italic" => Some(&mut self.italic),
            "dim" => Some(&mut self.dim),
            "underline" => Some(&mut self.underline),
            "reverse" => Some(&mut self.reverse),
            _ => None,
        }
    }

    /// The attributes turned on, by name, in [`ATTRIBUTES`] order.
    pub fn attributes(self) -> impl Iterator<Item = &'static str> {
        [
            self.bold,
            self.italic,
            self.dim,
            self.underline,
            self.reverse,
        ]
        .into_iter()
        .zip(ATTRIBUTES)
        .filter_map(|(on, name)| on.then_some(name))
    }
}

/// The 16 colours every terminal has, by the names a theme file uses for
/// them; each terminal shows them in its own shades.
pub const NAMES: [(&str, Color); 16] = [
    ("black", Color::Black),
    ("red", Color::Red),
    ("green", Color::Green),
    ("yellow", Color::Yellow),
    ("blue", Color::Blue),
    ("magenta", Color::Magenta),
    ("cyan", Color::Cyan),
    ("gray", Color::Gray),
    ("dark-gray", Color::DarkGray),
    ("light-red", Color::LightRed),
    ("light-green", Color::LightGreen),
    ("light-yellow", Color::LightYellow),
    ("light-blue", Color::LightBlue),
    ("light-magenta", Color::LightMagenta),
    ("light-cyan", Color::LightCyan),
    ("white", Color::White),
];

/// The word for the terminal's own colour: no colour set at all.
pub const DEFAULT: &str = "default";

/// A colour written as a name, `"#rrggbb"` or a number 0–255 in a string;
/// `Ok(None)` for [`DEFAULT`]. Names are read as ratatui reads them, so
/// `light_red`, `bright red` and `grey` work too.
pub fn parse_colour(text: &str) -> Result<Option<Color>, ()> {
    let text = text.trim();
    if text.eq_ignore_ascii_case(DEFAULT) {
        return Ok(None);
    }
    match text.parse::<Color>() {
        // "reset" is a ratatui word; a theme says "default".
        Ok(Color::Reset) | Err(_) => Err(()),
        Ok(colour) => Ok(Some(colour)),
    }
}

/// A colour as a theme file writes it: a name, `#rrggbb` or a number
/// (as a string; [`crate::theme`] writes numbers as TOML integers).
pub fn colour_name(colour: Option<Color>) -> String {
    match colour {
        None | Some(Color::Reset) => DEFAULT.to_owned(),
        Some(Color::Rgb(r, g, b)) => format!("#{r:02x}{g:02x}{b:02x}"),
        Some(Color::Indexed(i)) => i.to_string(),
        Some(named) => NAMES
            .iter()
            .find(|(_, c)| *c == named)
            .map_or_else(|| DEFAULT.to_owned(), |(name, _)| (*name).to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_are_read_as_names_hex_or_numbers() {
        assert_eq!(parse_colour("cyan"), Ok(Some(Color::Cyan)));
        assert_eq!(parse_colour("Dark-Gray"), Ok(Some(Color::DarkGray)));
        assert_eq!(parse_colour("bright red"), Ok(Some(Color::LightRed)));
        assert_eq!(parse_colour("#FF8000"), Ok(Some(Color::Rgb(255, 128, 0))));
        assert_eq!(parse_colour("208"), Ok(Some(Color::Indexed(208))));
        assert_eq!(parse_colour("default"), Ok(None));
        for bad in ["reset", "#ff80", "#gg0000", "256", "cyann", ""] {
            assert_eq!(parse_colour(bad), Err(()), "{bad}");
        }
    }

    #[test]
    fn every_colour_is_written_back_as_it_is_read() {
        let mut all: Vec<Option<Color>> = NAMES.iter().map(|&(_, c)| Some(c)).collect();
        all.extend([None, Some(Color::Rgb(1, 2, 255)), Some(Color::Indexed(99))]);
        for colour in all {
            assert_eq!(parse_colour(&colour_name(colour)), Ok(colour));
        }
    }

    #[test]
    fn without_colour_a_look_keeps_only_its_attributes() {
        let look = Look {
            fg: Some(Color::Red),
            bg: Some(Color::Blue),
            bold: true,
            reverse: true,
            ..Look::default()
        };
        let style = look.style(false);
        assert_eq!((style.fg, style.bg), (None, None));
        assert_eq!(style.add_modifier, Modifier::BOLD | Modifier::REVERSED);
        assert_eq!(look.style(true).fg, Some(Color::Red));
        assert_eq!(look.attributes().collect::<Vec<_>>(), ["bold", "reverse"]);
    }
}
