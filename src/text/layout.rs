//! A laid-out pane: lines at one width, with anchors to jump to.

use super::style::Line;

/// What an anchor points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Target {
    KeyPoints,
    /// A section, by index into `briefing.sections`.
    Section(usize),
    Sources,
    /// A topic row, by index into the comparison's topics.
    Topic(usize),
}

/// Lines laid out for one width. Built once per width and kept, so drawing a
/// frame only copies the visible rows.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Layout {
    pub width: usize,
    pub lines: Vec<Line>,
    /// Anchors in line order.
    pub anchors: Vec<(Target, usize)>,
}

impl Layout {
    pub fn len(&self) -> usize {
        self.lines.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// The first line of `target`.
    pub fn anchor(&self, target: Target) -> Option<usize> {
        self.anchors
            .iter()
            .find(|(t, _)| *t == target)
            .map(|&(_, line)| line)
    }

    /// The anchor whose stretch holds `line`: the last one at or before it.
    pub fn target_at(&self, line: usize) -> Option<(Target, usize)> {
        let after = self.anchors.partition_point(|&(_, at)| at <= line);
        after.checked_sub(1).map(|i| self.anchors[i])
    }

    /// The first line of paragraph `block`, or of the nearest one after it.
    pub fn line_of_block(&self, block: u32) -> usize {
        self.lines
            .partition_point(|l| l.block < block)
            .min(self.lines.len().saturating_sub(1))
    }
}
