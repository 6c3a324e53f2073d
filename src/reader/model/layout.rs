//! Laying the briefing out for the reader: all at once for the size of
//! the screen, or, for a big briefing, its first screens at once and the
//! rest a step at a time.

use std::sync::Arc;

use crate::text::document::reading_until;
use crate::text::document::{Progress, reading, reading_more, reserve};
use crate::text::positions::against;
use crate::text::split::{reading_from, reading_split, section_blocks};
use crate::text::{Layout, LineRef, Target};

use super::geometry;
use super::panes::Before;
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
    /// its sections start is known: deep into it, the reader's own section
    /// is laid out first and the text before it later (see [`Before`]).
    fn lay_out_reading(&mut self, width: usize, through: Option<u32>, same_text: bool) {
        if !same_text {
            self.panes.blocks.clear();
        }
        let known = section_blocks(&self.panes.reading);
        if known.len() > self.panes.blocks.len() {
            self.panes.blocks = known;
        }
        let blocks = match through {
            Some(top) if same_text && top > 0 => self.panes.blocks.clone(),
            _ => Vec::new(),
        };
        self.panes.before = None;
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
        // The section at the top, and the text wholly before it.
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
        let first = blocks.get(stop).map(|b| b.saturating_sub(1));
        if let Some(block) = first.filter(|_| split >= DEFER_OVER && stop > 0) {
            // The reader's own section first, so the frame comes at once; the
            // text before it follows a step at a time (`step_before`).
            (layout, self.panes.progress) = reading_from(width, stop, block);
            self.panes.before = Some(Box::new(Before {
                layout: Layout::new(width),
                progress: Progress::default(),
                upto: stop,
                block,
            }));
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
                self.panes.complete = self.panes.before.is_none();
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

    /// Lay out a little more of a briefing whose first screens came first:
    /// the text before the reader's place, if it is missing, then the rest.
    pub fn layout_step(&mut self) {
        if self.panes.before.is_some() {
            self.step_before(LAYOUT_STEP);
            return;
        }
        self.lay_out_to(self.panes.reading.len().saturating_add(LAYOUT_STEP));
    }

    /// Lay out about `lines` more of the text before the reading layout, a
    /// section at a time, and join it on in front once it is all there.
    fn step_before(&mut self, lines: usize) {
        let Some(before) = self.panes.before.as_deref_mut() else {
            return;
        };
        if lines == usize::MAX {
            // All of it, now (a jump back): on both cores.
            reading_split(
                &self.doc.briefing,
                &mut before.layout,
                &mut before.progress,
                before.upto,
                &self.panes.blocks,
            );
        }
        let goal = before.layout.len().saturating_add(lines);
        while before.progress.section() < before.upto && before.layout.len() < goal {
            let next = (before.progress.section() + 1).min(before.upto);
            reading_until(
                &self.doc.briefing,
                &mut before.layout,
                &mut before.progress,
                next,
            );
        }
        if before.progress.section() >= before.upto {
            self.join_before();
        }
    }

    /// Put the text before the reading layout in front of it; the reader
    /// stays on the same line. Should the paragraph numbers not meet (they
    /// came from the layout at the old width), everything is laid out again.
    fn join_before(&mut self) {
        let Some(before) = self.panes.before.take() else {
            return;
        };
        let Before {
            layout: mut joined,
            progress,
            block,
            ..
        } = *before;
        if progress.block_given() != block {
            let top = self
                .panes
                .reading
                .line(self.view.scroll)
                .map(LineRef::block);
            self.panes.blocks.clear();
            self.lay_out_reading(self.panes.reading.width, top, false);
            return;
        }
        joined.join(&self.panes.reading);
        let shift = joined.len().saturating_sub(self.panes.reading.len());
        self.panes.reading = Arc::new(joined);
        self.view.scroll = self.view.scroll.saturating_add(shift);
        self.panes.complete = self.panes.progress.is_done();
        if !self.search.query.is_empty() {
            self.search.hits = self.hits();
        }
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
        self.step_before(usize::MAX);
        self.lay_out_to(usize::MAX);
    }

    /// A search job (on the search thread) holds the reading layout.
    pub fn search_holds_layout(&self) -> bool {
        Arc::strong_count(&self.panes.reading) > 1
    }

    /// The text before the reader's place is still being laid out.
    pub fn laying_out_before(&self) -> bool {
        self.panes.before.is_some()
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

    /// The header for the current size: headline, dek and meta line, with
    /// the round of a series at the right of the meta line.
    fn header_layout(&self) -> Layout {
        let round = self
            .doc
            .rounds
            .as_ref()
            .filter(|r| r.is_series())
            .map(|r| r.label());
        crate::text::header::fitted(
            &self.doc.briefing,
            usize::from(self.view.width.max(1)),
            usize::from(geometry::header_rows(self.view.height)),
            round.as_deref(),
        )
    }

    /// Lay the header out again (the rounds of a series became known),
    /// leaving the panes and the reader's place as they are.
    pub fn relayout_header(&mut self) {
        self.panes.header = Arc::new(self.header_layout());
        self.view.scroll = self.view.scroll.min(self.max_scroll());
        if !self.search.query.is_empty() {
            let current = self.search.current;
            self.search.hits = self.hits();
            self.search.current = current.filter(|&c| c < self.search.hits.len());
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
        self.panes.header = Arc::new(self.header_layout());
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
