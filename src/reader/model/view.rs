//! Where the reader is: the screen's size, how far each pane is scrolled,
//! which pane has the focus and which are shown, the sections read.

use std::collections::BTreeSet;

/// A pane that can have the focus.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pane {
    Contents,
    Reading,
    Positions,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct View {
    pub width: u16,
    pub height: u16,
    /// First visible line of the reading pane.
    pub scroll: usize,
    pub positions_scroll: usize,
    /// Selected entry in the contents pane.
    pub selected: usize,
    pub focus: Pane,
    /// `t` and `p` flip the panes from what the screen size shows by default.
    pub contents_flipped: bool,
    pub positions_flipped: bool,
    /// The positions panel follows the reading: `f` turns it off and on.
    pub follow: bool,
    /// Sections read to their end, marked in the contents pane.
    pub read: BTreeSet<usize>,
}

impl View {
    /// At the top of a screen of `width` x `height`.
    pub fn new(width: u16, height: u16) -> View {
        View {
            width,
            height,
            scroll: 0,
            positions_scroll: 0,
            selected: 0,
            focus: Pane::Reading,
            contents_flipped: false,
            positions_flipped: false,
            follow: true,
            read: BTreeSet::new(),
        }
    }
}
