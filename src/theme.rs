//! How each role of text looks, in terms both the reader and `brief print`
//! can apply, so the two always agree.

use crate::compare::Mark;
use crate::model::Stance;
use crate::text::{Role, Style};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hue {
    Red,
    Green,
    Yellow,
    Blue,
    Magenta,
    Cyan,
}

/// A terminal-agnostic look: a colour and attributes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Look {
    pub hue: Option<Hue>,
    pub bold: bool,
    pub italic: bool,
    pub dim: bool,
    pub underline: bool,
}

pub fn look(style: Style) -> Look {
    let mut look = Look {
        bold: style.strong,
        italic: style.emphasis,
        ..Look::default()
    };
    match style.role {
        Role::Body | Role::Party => {}
        Role::Headline => look.bold = true,
        Role::Dek | Role::Quote => look.italic = true,
        Role::Meta | Role::Url | Role::Dim => look.dim = true,
        Role::Heading | Role::Topic => {
            look.bold = true;
            look.hue = Some(Hue::Cyan);
        }
        Role::Marker => look.hue = Some(Hue::Blue),
        Role::Code => look.hue = Some(Hue::Yellow),
        Role::Link => look.underline = true,
        Role::Neutral => look.hue = Some(Hue::Magenta),
        Role::Stance(mark) => look.hue = mark_hue(mark),
    }
    if matches!(style.role, Role::Stance(Mark::Silent)) {
        look.dim = true;
    }
    look
}

pub fn mark_hue(mark: Mark) -> Option<Hue> {
    match mark {
        Mark::Stance(Stance::For) => Some(Hue::Green),
        Mark::Stance(Stance::Against) => Some(Hue::Red),
        Mark::Stance(Stance::Conditional) => Some(Hue::Yellow),
        Mark::Stance(Stance::Unclear) => Some(Hue::Magenta),
        Mark::Stated | Mark::Silent => None,
    }
}
