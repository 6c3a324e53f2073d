//! Laying the briefing out for the reader: all at once for the size of
//! the screen, or, for a big briefing, its first screens at once and the
//! rest a step at a time.

use std::sync::Arc;

use crate::text::document::{Progress, header, reading, reading_more, reserve};
use crate::text::positions::against;
use crate::text::split::{reading_split, section_blocks};
use crate::text::{Layout, Target};

use super::geometry;
use super::state::State;

/// Briefings with more text than this show their first screen before the
/// rest is laid out.
const DEFER_OVER: usize = 256 * 1024;

/// Lines laid out per step of a big briefing's layout: a few tens of
/// milliseconds, so a key pressed meanwhile waits no longer than that.
pub const LAYOUT_STEP: usize = 10_000;

impl State {
    /// Lay the reading pane out at `width` from scratch. A big briefing is
    /// laid out only through paragraph `through` (the one at the top of the
    /// screen, kept there across a resize) and three screens past it, so the
    /// reader sees text at once; [`State::layout_step`] does the rest between
    /// keystrokes, or [`State::finish_layout`] at once.
    ///
    /// `same_text` says the old layout is of this very briefing, so where
    /// its sections start can be read off it and the text before `through`
    /// laid out on two threads (see [`crate::text::split`]).
    fn lay_out_reading(&mut self, width: usize, through: Option<u32>, same_text: bool) {
        let blocks = match through {
            Some(top) if same_text && top > 0 => section_blocks(&self.panes.reading),
            _ => Vec::new(),
        };
        // The old layout goes first: a big briefing's two layouts at once
        // would be the reader's peak memory.
        self.panes.reading = Arc::default();
        let text: usize = self
            .doc
            .briefing
            .sections
            .iter()
            .map(|s| s.body.len())
            .sum();
        if text < DEFER_OVER {
            self.panes.reading = Arc::new(reading(&self.doc.briefing, width));
            self.panes.complete = true;
            return;
        }
        let mut layout = Layout::new(width);
        reserve(&self.doc.briefing, &mut layout);
        self.panes.progress = Progress::default();
        // The sections wholly before the one at the top, on two threads.
        let before = blocks.partition_point(|&b| through.is_some_and(|top| b <= top));
        let stop = before.saturating_sub(1);
        let split: usize = self
            .doc
            .briefing
            .sections
            .iter()
            .take(stop)
            .map(|s| s.body.len())
            .sum();
        if split >= DEFER_OVER {
            reading_split(
                &self.doc.briefing,
                &mut layout,
                &mut self.panes.progress,
                stop,
                &blocks,
            );
        }
        let screens = self.page() * 3;
        loop {
            let lines = layout.len().saturating_add(screens);
            if reading_more(
                &self.doc.briefing,
                &mut layout,
                &mut self.panes.progress,
                lines,
            ) {
                self.panes.complete = true;
                break;
            }
            let reached = layout.lines().next_back().map(crate::text::LineRef::block);
            let top = through.unwrap_or(0);
            if reached.is_some_and(|b| b > top)
                && layout.len() >= layout.line_of_block(top) + screens
            {
                self.panes.complete = false;
                break;
            }
        }
        self.panes.reading = Arc::new(layout);
    }

    /// Lay out a little more of a briefing whose first screens came first.
    pub fn layout_step(&mut self) {
        self.lay_out_to(self.panes.reading.len().saturating_add(LAYOUT_STEP));
    }

    /// The line `offset` lines into `target`, laid out, with a screen after
    /// it, so the view can stand there: a big briefing is laid out only as
    /// far as that needs. `None` when there is no such target.
    pub fn line_in(&mut self, target: Target, offset: usize) -> Option<usize> {
        loop {
            match self.panes.reading.anchor(target) {
                Some(at) => {
                    let line = at.saturating_add(offset);
                    if self.panes.complete
                        || line.saturating_add(self.page()) <= self.panes.reading.len()
                    {
                        return Some(line);
                    }
                }
                None if self.panes.complete => return None,
                None => {}
            }
            self.layout_step();
        }
    }

    /// Lay out the rest of a briefing whose first screens came first.
    pub fn finish_layout(&mut self) {
        self.lay_out_to(usize::MAX);
    }

    fn lay_out_to(&mut self, lines: usize) {
        if self.panes.complete {
            return;
        }
        // Only a search holds the layout too, and a search finishes it first:
        // this never copies.
        let layout = Arc::make_mut(&mut self.panes.reading);
        self.panes.complete =
            reading_more(&self.doc.briefing, layout, &mut self.panes.progress, lines);
        if self.panes.complete && !self.search.query.is_empty() {
            self.search.hits = self.hits();
        }
    }

    /// Lay everything out again for the current size, keeping the reader's
    /// place: the paragraph at the top stays at the top.
    pub fn relayout(&mut self) {
        self.relayout_with(false);
    }

    /// [`State::relayout`]; `anew` lays the text out again even at the same
    /// width, for a new version of the briefing.
    pub(super) fn relayout_with(&mut self, anew: bool) {
        let top_block = self
            .panes
            .reading
            .line(self.view.scroll)
            .map(crate::text::LineRef::block);
        let topic = self.panes.positions.target_at(self.view.positions_scroll);
        self.panes.header = Arc::new(header(
            &self.doc.briefing,
            usize::from(self.view.width.max(1)),
        ));
        let g = self.geometry();
        let text_width = usize::from(g.text.width.max(1));
        if anew || self.panes.reading.width != text_width || self.panes.reading.is_empty() {
            self.lay_out_reading(text_width, top_block, !anew);
        }
        let panel_width = usize::from(
            g.positions
                .map_or(40, |r| geometry::panel_inner(r).width)
                .max(1),
        );
        if self.panes.positions.width != panel_width || self.panes.positions.is_empty() {
            let changes = self.doc.against.as_ref().map(|a| a.topics.as_slice());
            self.panes.positions = Arc::new(against(
                &self.doc.briefing,
                &self.doc.comparison,
                panel_width,
                changes,
            ));
        }
        if let Some(block) = top_block {
            self.view.scroll = self.panes.reading.line_of_block(block);
        }
        if let Some((target, _)) = topic {
            self.view.positions_scroll = self.panes.positions.anchor(target).unwrap_or(0);
        }
        self.view.scroll = self.view.scroll.min(self.max_scroll());
        self.view.positions_scroll = self.view.positions_scroll.min(self.max_positions_scroll());
        if !self.search.query.is_empty() {
            let current = self.search.current;
            self.search.hits = self.hits();
            self.search.current = current.filter(|&c| c < self.search.hits.len());
        }
    }
}
