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

/// A row of the positions panel the selection rests on: a topic's title,
/// or one party's position under it (indexes into the comparison's topics
/// and `briefing.parties`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PanelRow {
    Topic(usize),
    Position(usize, usize),
}

impl PanelRow {
    /// The topic the row is under (or is).
    pub fn topic(self) -> usize {
        match self {
            PanelRow::Topic(t) | PanelRow::Position(t, _) => t,
        }
    }
}

/// Where Enter on a topic went last: the topic, and which of the sections
/// on it (counting from 0) the reader was taken to, so Enter again goes on
/// to the next one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TopicWalk {
    pub topic: usize,
    pub at: usize,
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
    /// The positions panel's selected row, drawn while the panel has the
    /// focus; kept in view as the panel scrolls.
    pub panel: PanelRow,
    /// The last jump from a topic to the text, if the reader is still there.
    pub walk: Option<TopicWalk>,
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
            panel: PanelRow::Topic(0),
            walk: None,
            focus: Pane::Reading,
            contents_flipped: false,
            positions_flipped: false,
            follow: true,
            read: BTreeSet::new(),
        }
    }
}
