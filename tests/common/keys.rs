//! Keys as a terminal sends them.

/// A key, as a terminal sends it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Char(char),
    /// Ctrl and a letter: `Ctrl('c')`.
    Ctrl(char),
    Enter,
    Esc,
    Tab,
    BackTab,
    Backspace,
    Up,
    Down,
    Left,
    Right,
    Home,
    End,
    PageUp,
    PageDown,
}

impl Key {
    pub fn bytes(self) -> Vec<u8> {
        let text: &str = match self {
            Key::Char(c) => return c.to_string().into_bytes(),
            Key::Ctrl(c) => return vec![(c.to_ascii_lowercase() as u8) & 0x1f],
            Key::Enter => "\r",
            Key::Esc => "\x1b",
            Key::Tab => "\t",
            Key::BackTab => "\x1b[Z",
            Key::Backspace => "\x7f",
            Key::Up => "\x1b[A",
            Key::Down => "\x1b[B",
            Key::Right => "\x1b[C",
            Key::Left => "\x1b[D",
            Key::Home => "\x1b[H",
            Key::End => "\x1b[F",
            Key::PageUp => "\x1b[5~",
            Key::PageDown => "\x1b[6~",
        };
        text.as_bytes().to_vec()
    }
}
