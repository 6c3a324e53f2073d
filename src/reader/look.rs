//! The shared theme in ratatui's terms.

use ratatui::style::{Color, Modifier, Style as TuiStyle};

use crate::text::Style;
use crate::theme::{Hue, Look, look};

pub fn tui_style(style: Style) -> TuiStyle {
    from_look(look(style))
}

pub fn from_look(look: Look) -> TuiStyle {
    let mut s = TuiStyle::default();
    if let Some(hue) = look.hue {
        s = s.fg(color(hue));
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

/// A search hit, and the current one.
pub fn hit(current: bool) -> TuiStyle {
    if current {
        TuiStyle::default()
            .fg(Color::Black)
            .bg(Color::Yellow)
            .add_modifier(Modifier::BOLD)
    } else {
        TuiStyle::default().add_modifier(Modifier::REVERSED)
    }
}

/// A pane's title row: bright when it has the focus.
pub fn title(focused: bool) -> TuiStyle {
    if focused {
        TuiStyle::default()
            .fg(Color::Cyan)
            .add_modifier(Modifier::BOLD)
    } else {
        TuiStyle::default().add_modifier(Modifier::DIM)
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
