//! How the reader looks, in ratatui's terms: in colour, or monochrome.
//!
//! A [`Look`] is chosen once, when the reader starts, and passed to the
//! view: nothing reads `NO_COLOR` while drawing. The monochrome look never
//! sets a colour at all, so no colour change is ever written; crossterm
//! writes a full reset for one under `NO_COLOR`, which used to drop the
//! bold and reverse video that the monochrome look relies on.

use ratatui::style::{Color, Modifier, Style as TuiStyle};

use crate::text::Style;
use crate::theme::{Hue, look};

/// In colour or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Look {
    color: bool,
}

impl Default for Look {
    fn default() -> Look {
        Look::COLOR
    }
}

impl Look {
    /// The 16 ANSI colours.
    pub const COLOR: Look = Look { color: true };
    /// No colour at all: attributes only.
    pub const MONO: Look = Look { color: false };

    /// Monochrome when `NO_COLOR` is set and not empty (<https://no-color.org>).
    pub fn from_env() -> Look {
        if std::env::var_os("NO_COLOR").is_some_and(|value| !value.is_empty()) {
            Look::MONO
        } else {
            Look::COLOR
        }
    }

    /// Plain text in `color`.
    pub fn fg(self, color: Color) -> TuiStyle {
        self.tint(TuiStyle::default(), color)
    }

    /// `style` in `color`, when colours are on.
    pub fn tint(self, style: TuiStyle, color: Color) -> TuiStyle {
        if self.color { style.fg(color) } else { style }
    }

    /// A role of laid-out text, as `brief print` colours it too.
    pub fn text(self, style: Style) -> TuiStyle {
        let look = look(style);
        let mut s = TuiStyle::default();
        if let Some(hue) = look.hue {
            s = self.tint(s, color(hue));
        }
        for (on, m) in [
            (look.bold, Modifier::BOLD),
            (look.italic, Modifier::ITALIC),
            (look.dim, Modifier::DIM),
            (look.underline, Modifier::UNDERLINED),
        ] {
            if on {
                s = s.add_modifier(m);
            }
        }
        s
    }

    /// A search hit, and the current one: reversed; the current one black
    /// on yellow, or bold and underlined too without colour.
    pub fn hit(self, current: bool) -> TuiStyle {
        let reversed = TuiStyle::default().add_modifier(Modifier::REVERSED);
        match (current, self.color) {
            (false, _) => reversed,
            (true, true) => TuiStyle::default()
                .fg(Color::Black)
                .bg(Color::Yellow)
                .add_modifier(Modifier::BOLD),
            (true, false) => reversed.add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
        }
    }

    /// A pane's title row: bright when it has the focus.
    pub fn title(self, focused: bool) -> TuiStyle {
        if focused {
            self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
        } else {
            TuiStyle::default().add_modifier(Modifier::DIM)
        }
    }

    /// A warning across the screen: black on yellow, or reversed.
    pub fn banner(self) -> TuiStyle {
        let bold = TuiStyle::default().add_modifier(Modifier::BOLD);
        if self.color {
            bold.fg(Color::Black).bg(Color::Yellow)
        } else {
            bold.add_modifier(Modifier::REVERSED)
        }
    }
}

/// The terminal colour of a theme hue.
pub fn color(hue: Hue) -> Color {
    match hue {
        Hue::Red => Color::Red,
        Hue::Green => Color::Green,
        Hue::Yellow => Color::Yellow,
        Hue::Blue => Color::Blue,
        Hue::Magenta => Color::Magenta,
        Hue::Cyan => Color::Cyan,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::Mark;
    use crate::model::Stance;
    use crate::text::Role;

    #[test]
    fn the_monochrome_look_never_sets_a_colour() {
        let roles = [
            Role::Heading,
            Role::Marker,
            Role::Code,
            Role::Neutral,
            Role::Stance(Mark::Stance(Stance::For)),
            Role::Stance(Mark::Stance(Stance::Against)),
        ];
        for role in roles {
            let style = Look::MONO.text(Style::role(role));
            assert_eq!((style.fg, style.bg), (None, None), "{role:?}");
            assert!(Look::COLOR.text(Style::role(role)).fg.is_some(), "{role:?}");
        }
        for style in [
            Look::MONO.hit(true),
            Look::MONO.title(true),
            Look::MONO.banner(),
            Look::MONO.fg(Color::Red),
        ] {
            assert_eq!((style.fg, style.bg), (None, None));
        }
    }

    #[test]
    fn without_colour_the_current_hit_still_differs_from_the_others() {
        assert_ne!(Look::MONO.hit(true), Look::MONO.hit(false));
    }
}
