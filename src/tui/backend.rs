//! The ratatui backend: crossterm's, with a quicker `draw`.
//!
//! crossterm's backend formats every cell through `write!`: a cursor move,
//! then the cell's text, each through the formatting machinery. On a
//! keypress that redraws the reading pane that was a fifth of the frame's
//! time. This one writes the same bytes directly and leaves style changes
//! (rare: a few per row) and everything else to crossterm.
//!
//! With colours turned off (`NO_COLOR`), crossterm still writes a colour
//! change, as an SGR with no parameters: a reset that also drops bold,
//! italics and reverse video, which made the current search hit and bold
//! coloured text plain. This backend then writes no colour at all.

use std::io::{self, Write};

use crossterm::queue;
use crossterm::style::{
    Attribute, Color as CrosstermColor, Colors, SetAttribute, SetBackgroundColor, SetColors,
    SetForegroundColor, SetUnderlineColor,
};
use ratatui::backend::{Backend, ClearType, CrosstermBackend, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};
use ratatui::style::{Color, Modifier};

use super::terminal::Frames;

/// crossterm's backend over [`Frames`], drawing cells itself.
pub struct Quick {
    inner: CrosstermBackend<Frames>,
    colors: bool,
}

impl Quick {
    /// `colors` false writes attributes only (see the module comment).
    pub fn new(frames: Frames, colors: bool) -> Quick {
        Quick {
            inner: CrosstermBackend::new(frames),
            colors,
        }
    }
}

/// Whether the user asked for no colour: `NO_COLOR` set and not empty, as
/// <https://no-color.org> and crossterm read it.
pub fn colors_wanted() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|value| value.is_empty())
}

impl Backend for Quick {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        draw(self.inner.writer_mut(), content, self.colors)
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        self.inner.hide_cursor()
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        self.inner.show_cursor()
    }

    fn get_cursor_position(&mut self) -> io::Result<Position> {
        self.inner.get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        self.inner.set_cursor_position(position)
    }

    fn clear(&mut self) -> io::Result<()> {
        self.inner.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        self.inner.clear_region(clear_type)
    }

    fn size(&self) -> io::Result<Size> {
        self.inner.size()
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        self.inner.window_size()
    }

    fn flush(&mut self) -> io::Result<()> {
        Backend::flush(&mut self.inner)
    }
}

/// Write `content` as crossterm's backend would: the same sequences, in the
/// same order, ending with every colour and attribute reset. Without
/// `colors`, the colour sequences are left out.
pub fn draw<'a>(
    out: &mut impl Write,
    content: impl Iterator<Item = (u16, u16, &'a Cell)>,
    colors: bool,
) -> io::Result<()> {
    let mut fg = Color::Reset;
    let mut bg = Color::Reset;
    let mut underline = Color::Reset;
    let mut modifier = Modifier::empty();
    let mut last: Option<(u16, u16)> = None;
    for (x, y, cell) in content {
        if !matches!(last, Some((lx, ly)) if x == lx.wrapping_add(1) && y == ly) {
            move_to(out, x, y)?;
        }
        last = Some((x, y));
        if cell.modifier != modifier {
            set_modifier(out, modifier, cell.modifier)?;
            modifier = cell.modifier;
        }
        if !colors {
            // Nothing to compare: no colour is ever written.
        } else if cell.fg != fg || cell.bg != bg {
            let colors = Colors::new(crossterm_color(cell.fg), crossterm_color(cell.bg));
            queue!(out, SetColors(colors))?;
            fg = cell.fg;
            bg = cell.bg;
        }
        if colors && cell.underline_color != underline {
            queue!(
                out,
                SetUnderlineColor(crossterm_color(cell.underline_color))
            )?;
            underline = cell.underline_color;
        }
        out.write_all(cell.symbol().as_bytes())?;
    }
    if !colors {
        return queue!(out, SetAttribute(Attribute::Reset));
    }
    queue!(
        out,
        SetForegroundColor(CrosstermColor::Reset),
        SetBackgroundColor(CrosstermColor::Reset),
        SetUnderlineColor(CrosstermColor::Reset),
        SetAttribute(Attribute::Reset),
    )
}

/// `CSI row ; column H`, one-based, as crossterm's `MoveTo` writes it.
fn move_to(out: &mut impl Write, x: u16, y: u16) -> io::Result<()> {
    let mut sequence = [0u8; 16];
    let mut at = 0;
    let mut put = |byte: u8| {
        sequence[at] = byte;
        at += 1;
    };
    put(0x1b);
    put(b'[');
    for (i, value) in [u32::from(y) + 1, u32::from(x) + 1].into_iter().enumerate() {
        if i == 1 {
            put(b';');
        }
        let mut digits = [0u8; 5];
        let mut n = value;
        let mut len = 0;
        loop {
            digits[len] = b'0' + u8::try_from(n % 10).unwrap_or(0);
            len += 1;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        for &digit in digits[..len].iter().rev() {
            put(digit);
        }
    }
    put(b'H');
    out.write_all(&sequence[..at])
}

/// The attribute changes from `from` to `to`, in the order crossterm's
/// backend writes them (a test compares the two byte for byte).
fn set_modifier(out: &mut impl Write, from: Modifier, to: Modifier) -> io::Result<()> {
    let mut set = |attribute| queue!(out, SetAttribute(attribute));
    let removed = from - to;
    if removed.contains(Modifier::REVERSED) {
        set(Attribute::NoReverse)?;
    }
    // Bold and dim are both undone by "normal intensity"; what stays of
    // them is set again after it.
    let reset_intensity = removed.intersects(Modifier::BOLD | Modifier::DIM);
    if reset_intensity {
        set(Attribute::NormalIntensity)?;
        if to.contains(Modifier::DIM) {
            set(Attribute::Dim)?;
        }
        if to.contains(Modifier::BOLD) {
            set(Attribute::Bold)?;
        }
    }
    for (modifier, attribute) in [
        (Modifier::ITALIC, Attribute::NoItalic),
        (Modifier::UNDERLINED, Attribute::NoUnderline),
        (Modifier::CROSSED_OUT, Attribute::NotCrossedOut),
        (Modifier::HIDDEN, Attribute::NoHidden),
    ] {
        if removed.contains(modifier) {
            set(attribute)?;
        }
    }
    if removed.intersects(Modifier::SLOW_BLINK | Modifier::RAPID_BLINK) {
        set(Attribute::NoBlink)?;
    }
    let mut added = to - from;
    if reset_intensity {
        added -= Modifier::BOLD | Modifier::DIM;
    }
    for (modifier, attribute) in [
        (Modifier::REVERSED, Attribute::Reverse),
        (Modifier::BOLD, Attribute::Bold),
        (Modifier::ITALIC, Attribute::Italic),
        (Modifier::UNDERLINED, Attribute::Underlined),
        (Modifier::DIM, Attribute::Dim),
        (Modifier::CROSSED_OUT, Attribute::CrossedOut),
        (Modifier::HIDDEN, Attribute::Hidden),
        (Modifier::SLOW_BLINK, Attribute::SlowBlink),
        (Modifier::RAPID_BLINK, Attribute::RapidBlink),
    ] {
        if added.contains(modifier) {
            set(attribute)?;
        }
    }
    Ok(())
}

fn crossterm_color(color: Color) -> CrosstermColor {
    ratatui::backend::IntoCrossterm::into_crossterm(color)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn color() -> impl Strategy<Value = Color> {
        prop_oneof![
            Just(Color::Reset),
            Just(Color::Yellow),
            Just(Color::Black),
            any::<u8>().prop_map(Color::Indexed),
            any::<(u8, u8, u8)>().prop_map(|(r, g, b)| Color::Rgb(r, g, b)),
        ]
    }

    fn cell() -> impl Strategy<Value = Cell> {
        (
            prop_oneof![
                Just("a"),
                Just(" "),
                Just("é"),
                Just("界"),
                Just("e\u{301}")
            ],
            color(),
            color(),
            color(),
            any::<u16>(),
        )
            .prop_map(|(symbol, fg, bg, underline, bits)| {
                let mut cell = Cell::new(symbol);
                cell.fg = fg;
                cell.bg = bg;
                cell.underline_color = underline;
                cell.modifier = Modifier::from_bits_truncate(bits);
                cell
            })
    }

    proptest! {
        /// The quick draw is only a quicker way of writing what crossterm's
        /// backend writes: every byte the same, for any cells in any order
        /// (neighbours, jumps, the start of a row, the last column).
        #[test]
        fn writes_what_crossterms_backend_writes(
            cells in proptest::collection::vec(((0u16..300), (0u16..100), cell()), 0..40),
            runs in proptest::collection::vec(0usize..4, 0..40),
        ) {
            // Runs of neighbouring cells, as a diff yields them.
            let mut content = Vec::new();
            for ((x, y, cell), run) in cells.iter().zip(runs.iter().chain(std::iter::repeat(&0))) {
                for step in 0..=*run {
                    let step = u16::try_from(step).expect("small");
                    content.push((x.saturating_add(step), *y, cell));
                }
            }
            let mut quick = Vec::new();
            draw(&mut quick, content.iter().copied(), true).expect("a Vec takes it");
            let mut reference = CrosstermBackend::new(Vec::new());
            Backend::draw(&mut reference, content.iter().copied()).expect("a Vec takes it");
            prop_assert_eq!(
                String::from_utf8_lossy(&quick),
                String::from_utf8_lossy(reference.writer())
            );
        }
    }

    #[test]
    fn without_colors_no_colour_is_written_and_attributes_stay() {
        let mut hit = Cell::new("x");
        hit.fg = Color::Black;
        hit.bg = Color::Yellow;
        hit.modifier = Modifier::BOLD;
        let mut plain = Cell::new("y");
        plain.fg = Color::Cyan;
        let content = [(0, 0, &plain), (1, 0, &hit), (2, 0, &hit)];
        let mut out = Vec::new();
        draw(&mut out, content.into_iter(), false).expect("a Vec takes it");
        // Bold on, both cells, one reset at the end: nothing between them
        // can undo the bold.
        assert_eq!(String::from_utf8_lossy(&out), "\x1b[1;1Hy\x1b[1mxx\x1b[0m");
    }

    #[test]
    fn moves_are_one_based_row_then_column() {
        let mut out = Vec::new();
        move_to(&mut out, 0, 0).expect("a Vec takes it");
        move_to(&mut out, 65534, 9).expect("a Vec takes it");
        assert_eq!(out, b"\x1b[1;1H\x1b[10;65535H");
    }
}
