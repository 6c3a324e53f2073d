//! One line of a [`Layout`], borrowed: its furniture, its text and the
//! style runs over it, read from the layout's compact store.

use std::ops::Range;

use super::store::{Layout, Row};
use crate::text::style::{Span, Style};

/// One line of a [`Layout`], borrowed.
#[derive(Debug, Clone, Copy)]
pub struct LineRef<'a> {
    pub(super) layout: &'a Layout,
    pub(super) row: Row,
}

impl<'a> LineRef<'a> {
    /// The paragraph the line came from.
    pub fn block(self) -> u32 {
        self.row.block
    }

    /// Furniture shown before the text: bullets, quote bars, indents.
    pub fn prefix(self) -> &'a [Span] {
        self.layout
            .prefixes
            .get(self.row.prefix as usize)
            .map_or(&[], Vec::as_slice)
    }

    /// Where the line's own text is in the layout's buffer.
    pub fn range(self) -> Range<usize> {
        self.row.start as usize..self.row.end as usize
    }

    /// The line's own text, without its prefix.
    pub fn content(self) -> &'a str {
        self.layout.text.get(self.range()).unwrap_or_default()
    }

    /// The line's own text in runs of one style.
    pub fn runs(self) -> impl Iterator<Item = (&'a str, Style)> {
        let Range { start, end } = self.range();
        let runs = &self.layout.runs;
        let first = runs.partition_point(|r| (r.end as usize) <= start);
        let text = &self.layout.text;
        let mut from = start;
        runs[first..].iter().map_while(move |run| {
            if from >= end {
                return None;
            }
            let to = (run.end as usize).min(end);
            let piece = (text.get(from..to).unwrap_or_default(), run.style);
            from = to;
            Some(piece)
        })
    }

    /// Everything shown, prefix first, in runs of one style.
    pub fn spans(self) -> impl Iterator<Item = (&'a str, Style)> {
        self.prefix()
            .iter()
            .map(|s| (s.text.as_str(), s.style))
            .chain(self.runs())
    }

    /// Everything shown, without styling.
    pub fn text(self) -> String {
        self.spans().map(|(text, _)| text).collect()
    }

    /// Nothing is shown on this line.
    pub fn is_blank(self) -> bool {
        self.row.start == self.row.end && self.prefix().iter().all(|s| s.text.is_empty())
    }
}

impl Layout {
    /// Line `i`, if there is one.
    pub fn line(&self, i: usize) -> Option<LineRef<'_>> {
        self.rows.get(i).map(|&row| LineRef { layout: self, row })
    }

    /// Every line, in order.
    pub fn lines(&self) -> impl ExactSizeIterator<Item = LineRef<'_>> + DoubleEndedIterator {
        self.rows.iter().map(|&row| LineRef { layout: self, row })
    }
}
