//! What a part of the screen shows, written down exactly, so a frame can
//! tell that the part is the same as in the last one and need not be drawn.
//!
//! A key is every input of the part's painter in order (the text and style
//! of each span, the row it goes on, the area, the focus), written out in
//! full. Two keys are equal only when those inputs are: not a hash of them,
//! so no briefing can make two different panes look alike.

use ratatui::layout::Rect;
use ratatui::style::{Color, Style};

/// The inputs of one painter, in the order it reads them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Key(Vec<u8>);

impl Key {
    /// A key for a part of the screen drawn into `area`.
    pub fn new(area: Rect) -> Key {
        // Room for about as much text as the area holds, and its styles.
        let cells = usize::from(area.width) * usize::from(area.height);
        let mut key = Key(Vec::with_capacity(cells * 2 + 64));
        for n in [area.x, area.y, area.width, area.height] {
            key.number(n.into());
        }
        key
    }

    // Every entry starts with a tag of its own and its length is known
    // from there on, so a key reads back one way only.

    pub fn number(&mut self, n: u64) {
        self.0.push(b'n');
        self.0.extend_from_slice(&n.to_le_bytes());
    }

    pub fn flag(&mut self, on: bool) {
        self.0.extend_from_slice(&[b'f', u8::from(on)]);
    }

    /// The start of row `y`.
    pub fn row(&mut self, y: u16) {
        self.0.push(b'r');
        self.0.extend_from_slice(&y.to_le_bytes());
    }

    /// Text painted in `style`.
    pub fn span(&mut self, text: &str, style: Style) {
        self.0.push(b's');
        self.style(style);
        self.0.extend_from_slice(&(text.len() as u64).to_le_bytes());
        self.0.extend_from_slice(text.as_bytes());
    }

    fn style(&mut self, style: Style) {
        let mut packed = [0u8; 19];
        for (at, color) in [style.fg, style.bg, style.underline_color]
            .into_iter()
            .enumerate()
        {
            packed[at * 5..at * 5 + 5].copy_from_slice(&color_bytes(color));
        }
        packed[15..17].copy_from_slice(&style.add_modifier.bits().to_le_bytes());
        packed[17..19].copy_from_slice(&style.sub_modifier.bits().to_le_bytes());
        self.0.extend_from_slice(&packed);
    }
}

/// A colour, or none, in five bytes: which kind, then its values.
fn color_bytes(color: Option<Color>) -> [u8; 5] {
    let Some(color) = color else {
        return [0; 5];
    };
    match color {
        Color::Rgb(r, g, b) => [1, r, g, b, 0],
        Color::Indexed(i) => [2, i, 0, 0, 0],
        // The named colours: their index among the ANSI sixteen, and Reset.
        named => [3, named_index(named), 0, 0, 0],
    }
}

fn named_index(color: Color) -> u8 {
    match color {
        Color::Reset => 0,
        Color::Black => 1,
        Color::Red => 2,
        Color::Green => 3,
        Color::Yellow => 4,
        Color::Blue => 5,
        Color::Magenta => 6,
        Color::Cyan => 7,
        Color::Gray => 8,
        Color::DarkGray => 9,
        Color::LightRed => 10,
        Color::LightGreen => 11,
        Color::LightYellow => 12,
        Color::LightBlue => 13,
        Color::LightMagenta => 14,
        Color::LightCyan => 15,
        Color::White => 16,
        Color::Rgb(..) | Color::Indexed(_) => 17,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_differ_where_the_inputs_do() {
        let area = Rect::new(0, 0, 10, 2);
        let key = |text: &str, style: Style| {
            let mut key = Key::new(area);
            key.row(0);
            key.span(text, style);
            key
        };
        assert_eq!(key("a", Style::new()), key("a", Style::new()));
        assert_ne!(key("a", Style::new()), key("b", Style::new()));
        assert_ne!(key("a", Style::new()), key("a", Style::new().bold()));
        assert_ne!(key("a", Style::new().red()), key("a", Style::new().green()));
        assert_ne!(
            key("a", Style::new().red()),
            key("a", Style::new().on_red())
        );
        assert_ne!(key("a", Style::new()), key("a", Style::new().not_bold()));
        assert_ne!(
            key("a", Style::new().fg(Color::Indexed(1))),
            key("a", Style::new().fg(Color::Rgb(1, 0, 0)))
        );
        assert_ne!(Key::new(area), Key::new(Rect::new(1, 0, 10, 2)));
        // The same text on another row.
        let mut other = Key::new(area);
        other.row(1);
        other.span("a", Style::new());
        assert_ne!(key("a", Style::new()), other);
    }
}
