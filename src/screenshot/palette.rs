//! The terminal a screenshot pretends to be: its default foreground and
//! background, and the RGB values it gives the 16 ANSI colours.

use ratatui::style::Color;

/// An RGB colour.
pub type Rgb = (u8, u8, u8);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Palette {
    pub foreground: Rgb,
    pub background: Rgb,
    /// Black, red, green, yellow, blue, magenta, cyan, white, then bright.
    pub ansi: [Rgb; 16],
}

impl Palette {
    /// A dark terminal, with the ANSI colours of a common default.
    #[must_use]
    pub fn dark() -> Palette {
        Palette {
            foreground: (0xd0, 0xd0, 0xd0),
            background: (0x1c, 0x1c, 0x1c),
            ansi: [
                (0x2e, 0x34, 0x36),
                (0xcc, 0x00, 0x00),
                (0x4e, 0x9a, 0x06),
                (0xc4, 0xa0, 0x00),
                (0x34, 0x65, 0xa4),
                (0x75, 0x50, 0x7b),
                (0x06, 0x98, 0x9a),
                (0xd3, 0xd7, 0xcf),
                (0x55, 0x57, 0x53),
                (0xef, 0x29, 0x29),
                (0x8a, 0xe2, 0x34),
                (0xfc, 0xe9, 0x4f),
                (0x72, 0x9f, 0xcf),
                (0xad, 0x7f, 0xa8),
                (0x34, 0xe2, 0xe2),
                (0xee, 0xee, 0xec),
            ],
        }
    }

    /// A light terminal: dark text on white, the same ANSI colours.
    #[must_use]
    pub fn light() -> Palette {
        Palette {
            foreground: (0x2e, 0x34, 0x36),
            background: (0xfa, 0xfa, 0xf7),
            ..Palette::dark()
        }
    }

    /// The RGB value of `color`; `default` stands for [`Color::Reset`].
    #[must_use]
    pub fn rgb(&self, color: Color, default: Rgb) -> Rgb {
        let ansi = |n: usize| self.ansi[n];
        match color {
            Color::Reset => default,
            Color::Black => ansi(0),
            Color::Red => ansi(1),
            Color::Green => ansi(2),
            Color::Yellow => ansi(3),
            Color::Blue => ansi(4),
            Color::Magenta => ansi(5),
            Color::Cyan => ansi(6),
            Color::Gray => ansi(7),
            Color::DarkGray => ansi(8),
            Color::LightRed => ansi(9),
            Color::LightGreen => ansi(10),
            Color::LightYellow => ansi(11),
            Color::LightBlue => ansi(12),
            Color::LightMagenta => ansi(13),
            Color::LightCyan => ansi(14),
            Color::White => ansi(15),
            Color::Rgb(r, g, b) => (r, g, b),
            Color::Indexed(n) => self.indexed(n),
        }
    }

    /// xterm's 256 colours: the 16 ANSI ones, a 6×6×6 cube, 24 greys.
    fn indexed(&self, n: u8) -> Rgb {
        const LEVELS: [u8; 6] = [0, 95, 135, 175, 215, 255];
        match n {
            0..=15 => self.ansi[usize::from(n)],
            16..=231 => {
                let i = n - 16;
                (
                    LEVELS[usize::from(i / 36)],
                    LEVELS[usize::from(i / 6 % 6)],
                    LEVELS[usize::from(i % 6)],
                )
            }
            _ => {
                let grey = 8 + (n - 232) * 10;
                (grey, grey, grey)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indexed_colours_follow_xterm() {
        let p = Palette::dark();
        assert_eq!(p.rgb(Color::Indexed(1), (0, 0, 0)), p.ansi[1]);
        assert_eq!(p.rgb(Color::Indexed(16), (9, 9, 9)), (0, 0, 0));
        assert_eq!(p.rgb(Color::Indexed(196), (0, 0, 0)), (255, 0, 0));
        assert_eq!(p.rgb(Color::Indexed(231), (0, 0, 0)), (255, 255, 255));
        assert_eq!(p.rgb(Color::Indexed(232), (0, 0, 0)), (8, 8, 8));
        assert_eq!(p.rgb(Color::Indexed(255), (0, 0, 0)), (238, 238, 238));
        assert_eq!(p.rgb(Color::Reset, (1, 2, 3)), (1, 2, 3));
    }
}
