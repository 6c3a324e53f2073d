//! Styled text that knows what it is, not how it looks.
//!
//! Layout tags each run of text with a [`Role`]; the reader maps roles to
//! terminal colours and `brief print` to ANSI codes, so the two never drift.

use crate::compare::Mark;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Role {
    #[default]
    Body,
    Headline,
    Dek,
    Meta,
    /// A section's title, or "Key points".
    Heading,
    /// Bullets, list numbers, quote bars: the furniture around text.
    Marker,
    Quote,
    Code,
    Link,
    /// A link's address, shown dimmed after its text.
    Url,
    /// A topic row in the positions.
    Topic,
    Party,
    /// "(mediator)", "(observer)".
    Neutral,
    Stance(Mark),
    /// Sources, notes, "no stated position".
    Dim,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Style {
    pub role: Role,
    pub strong: bool,
    pub emphasis: bool,
}

impl Style {
    pub const fn role(role: Role) -> Style {
        Style {
            role,
            strong: false,
            emphasis: false,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub text: String,
    pub style: Style,
}

impl Span {
    pub fn new(text: impl Into<String>, style: Style) -> Span {
        Span {
            text: text.into(),
            style,
        }
    }
}
