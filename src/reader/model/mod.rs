//! Everything the reader shows, in one value. Only `update` changes it.

use std::sync::Arc;

use crate::compare::Comparison;
use crate::load::Origin;
use crate::model::Briefing;
use crate::text::document::Progress;
use crate::text::{Layout, Target};

pub mod compare;
pub mod geometry;
mod layout;
pub mod picker;
mod place;
pub mod search;

use geometry::{Geometry, Mode, Visible};
pub use layout::LAYOUT_STEP;
pub use place::Spot;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pane {
    Contents,
    Reading,
    Positions,
}

/// Which part of the screen a search hit is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Where {
    Header,
    Reading,
    Positions,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Search {
    pub query: String,
    /// The prompt is open and keys go to the query.
    pub editing: bool,
    pub hits: search::Hits,
    pub current: Option<usize>,
    /// Where the reading pane was when the search began, for Esc.
    pub origin_scroll: usize,
    /// Counts changes of the query, so a late result is recognised.
    pub generation: u64,
    /// A search is running off the UI thread.
    pub pending: bool,
}

/// One entry of the contents pane.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub label: String,
    pub target: Target,
}

#[derive(Debug)]
pub struct State {
    pub briefing: Briefing,
    pub comparison: Comparison,
    pub origin: Origin,
    pub width: u16,
    pub height: u16,
    /// Headline, dek and meta at the full width. The layouts are shared, so
    /// a search can read them on another thread.
    pub header: Arc<Layout>,
    pub reading: Arc<Layout>,
    pub positions: Arc<Layout>,
    pub entries: Vec<Entry>,
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
    pub help: Option<usize>,
    pub search: Search,
    /// A short message for the status bar ("reloaded", an error).
    pub message: Option<String>,
    /// A warning that stays above the text until it no longer holds: the
    /// file on disk is broken or gone, and what is shown is the last good one.
    pub banner: Option<String>,
    /// The open-path prompt, when open.
    pub prompt: Option<Prompt>,
    /// What changed against an earlier briefing (`D`), when one was picked.
    pub against: Option<Against>,
    /// The full-screen compare view, when open.
    pub compare: Option<compare::Compare>,
    /// The library picker, when open.
    pub picker: Option<picker::Picker>,
    pub library: picker::Library,
    /// Briefings left by going back and forth.
    pub history: History,
    /// Sections read to their end, marked in the contents pane.
    pub read: std::collections::BTreeSet<usize>,
    /// The reading layout covers the whole briefing (see [`State::finish_layout`]).
    pub complete: bool,
    /// How far a reading layout built in steps has got.
    pub progress: Progress,
}

/// The changes of each topic against another briefing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Against {
    /// How the other briefing is named.
    pub name: String,
    /// The other briefing itself, so a reload can compare again.
    pub older: Briefing,
    pub topics: Vec<crate::diff::TopicChange>,
}

/// The `:` prompt: a path being typed, and what went wrong with the last one.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Prompt {
    pub input: String,
    pub error: Option<String>,
    /// Completions offered by the last Tab.
    pub candidates: Vec<String>,
}

/// A briefing left, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Visit {
    pub origin: Origin,
    pub spot: Spot,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct History {
    pub back: Vec<Visit>,
    pub forward: Vec<Visit>,
}

impl State {
    pub fn new(briefing: Briefing, origin: Origin, width: u16, height: u16) -> State {
        let comparison = Comparison::of(&briefing);
        let entries = entries(&briefing);
        let mut state = State {
            briefing,
            comparison,
            origin,
            width,
            height,
            header: Arc::default(),
            reading: Arc::default(),
            positions: Arc::default(),
            entries,
            scroll: 0,
            positions_scroll: 0,
            selected: 0,
            focus: Pane::Reading,
            contents_flipped: false,
            positions_flipped: false,
            follow: true,
            help: None,
            search: Search::default(),
            message: None,
            banner: None,
            prompt: None,
            picker: None,
            compare: None,
            against: None,
            library: picker::Library::default(),
            history: History::default(),
            read: std::collections::BTreeSet::new(),
            complete: true,
            progress: Progress::default(),
        };
        state.relayout();
        state
    }

    pub fn mode(&self) -> Mode {
        Mode::of(self.width, self.height)
    }

    pub fn visible(&self) -> Visible {
        let mode = self.mode();
        Visible {
            contents: (mode == Mode::Wide) != self.contents_flipped,
            positions: (mode != Mode::Narrow) != self.positions_flipped
                && !self.comparison.topics.is_empty(),
        }
    }

    /// Where the compare view draws: everything above the status bar.
    pub fn compare_area(&self) -> ratatui::layout::Rect {
        ratatui::layout::Rect::new(0, 0, self.width, self.height.saturating_sub(1))
    }

    pub fn geometry(&self) -> Geometry {
        geometry::compute(self.width, self.height, self.header.len(), self.visible())
    }

    /// Rows of text the reading pane shows.
    pub fn page(&self) -> usize {
        usize::from(self.geometry().text.height.max(1))
    }

    pub fn positions_page(&self) -> usize {
        usize::from(
            self.geometry()
                .positions
                .map_or(1, |r| geometry::panel_inner(r).height)
                .max(1),
        )
    }

    /// The furthest the reading pane scrolls: the last line at the bottom, or
    /// the last section's title at the top, whichever is further, so every
    /// section can be brought to the top.
    pub fn max_scroll(&self) -> usize {
        let bottom = self.reading.len().saturating_sub(self.page());
        let last_title = self
            .reading
            .anchors
            .iter()
            .rev()
            .find(|(t, _)| matches!(t, Target::Section(_)))
            .map_or(0, |&(_, line)| line);
        bottom.max(last_title)
    }

    pub fn max_positions_scroll(&self) -> usize {
        self.positions.len().saturating_sub(self.positions_page())
    }

    /// The section at the top of the reading pane (0-based), if any.
    pub fn current_section(&self) -> Option<usize> {
        match self.reading.target_at(self.scroll) {
            Some((Target::Section(i), _)) => Some(i),
            Some((Target::Sources, _)) => Some(self.briefing.sections.len().saturating_sub(1)),
            _ => None,
        }
    }

    /// Topic rows of the section at the top of the reading pane: the ones
    /// the positions panel lights while following.
    pub fn lit_topics(&self) -> Vec<usize> {
        if !self.follow {
            return Vec::new();
        }
        let Some(section) = self
            .current_section()
            .and_then(|i| self.briefing.sections.get(i))
        else {
            return Vec::new();
        };
        section
            .topics
            .iter()
            .filter_map(|t| self.comparison.topic_index(t))
            .collect()
    }

    /// The contents entry matching the reading position.
    pub fn current_entry(&self) -> Option<usize> {
        let (target, _) = self.reading.target_at(self.scroll)?;
        self.entries.iter().position(|e| e.target == target)
    }

    /// How far through the briefing the bottom of the page is, in percent.
    /// How far through the text the bottom of the screen is; unknown while
    /// a big briefing is still being laid out.
    pub fn percent(&self) -> Option<usize> {
        let total = self.reading.len().max(1);
        self.complete
            .then(|| ((self.scroll + self.page()).min(total) * 100 / total).min(100))
    }

    /// The panes Tab moves between, in screen order.
    pub fn focusable(&self) -> Vec<Pane> {
        let v = self.visible();
        let mut panes = Vec::new();
        if v.contents {
            panes.push(Pane::Contents);
        }
        panes.push(Pane::Reading);
        if v.positions {
            panes.push(Pane::Positions);
        }
        panes
    }
}

fn entries(briefing: &Briefing) -> Vec<Entry> {
    let mut entries = Vec::new();
    if !briefing.summary.is_empty() {
        entries.push(Entry {
            label: "Key points".to_owned(),
            target: Target::KeyPoints,
        });
    }
    for (i, section) in briefing.sections.iter().enumerate() {
        entries.push(Entry {
            label: format!("{}. {}", i + 1, section.title),
            target: Target::Section(i),
        });
    }
    if !briefing.sources.is_empty() {
        entries.push(Entry {
            label: "Sources".to_owned(),
            target: Target::Sources,
        });
    }
    entries
}

impl State {
    /// Show a new version of the briefing (a reload); layouts are rebuilt.
    pub fn set_briefing(&mut self, briefing: Briefing) {
        self.comparison = Comparison::of(&briefing);
        if let Some(against) = &mut self.against {
            against.topics = crate::diff::topic_changes(&against.older, &briefing);
        }
        self.entries = entries(&briefing);
        self.briefing = briefing;
        self.positions = Arc::default();
        self.selected = self.selected.min(self.entries.len().saturating_sub(1));
        // The paragraph at the top stays there, as far as the new version
        // still has it.
        self.relayout_with(true);
        if let Some(compare) = &mut self.compare {
            compare.refresh(&self.briefing, &self.comparison);
            if let Some(against) = &self.against {
                compare.changed = crate::diff::changed_marks(&against.topics);
            }
        }
    }
}
