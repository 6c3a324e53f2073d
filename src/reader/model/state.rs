//! Everything the reader shows, in one value. Only `update` changes it.

use std::sync::Arc;

use crate::compare::Comparison;
use crate::load::Origin;
use crate::model::Briefing;
use crate::text::document::Progress;
use crate::text::{Layout, Target};

use super::geometry::{self, Geometry, Mode, Visible};
use super::history::History;
use super::overlay::Overlays;
use super::picker::Library;
use super::search::{Hits, Job, Search};
use super::status::{About, Checked, Message};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pane {
    Contents,
    Reading,
    Positions,
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
    /// What is drawn over the reader; the top layer gets the keys.
    pub overlays: Overlays,
    pub search: Search,
    /// A short message for the status bar ("reloaded", an error).
    pub message: Option<Message>,
    /// What `brief check` warns of in the open briefing.
    pub warnings: Option<Checked>,
    /// A warning that stays above the text until it no longer holds: the
    /// file on disk is broken or gone, and what is shown is the last good one.
    pub banner: Option<String>,
    /// What changed against an earlier briefing (`D`), when one was picked.
    pub against: Option<Against>,
    pub library: Library,
    /// What `~` stands for in typed paths; given by the loop at start.
    pub home: Option<std::path::PathBuf>,
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
            overlays: Overlays::default(),
            search: Search::default(),
            message: None,
            banner: None,
            warnings: None,
            against: None,
            library: Library::default(),
            home: None,
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
        if let Some(compare) = self.overlays.compare_mut() {
            compare.refresh(&self.briefing, &self.comparison);
            if let Some(against) = &self.against {
                compare.changed = crate::diff::changed_marks(&against.topics);
            }
        }
    }
}

impl State {
    /// Put a message in the status bar.
    pub fn say(&mut self, about: About, text: impl Into<String>) {
        self.message = Some(Message::new(about, text));
    }

    /// The status bar's message, if any.
    pub fn message_text(&self) -> Option<&str> {
        self.message.as_ref().map(|m| m.text.as_str())
    }

    /// Drop the message if it is about `about`.
    pub fn settle(&mut self, about: About) {
        if self.message.as_ref().is_some_and(|m| m.about == about) {
            self.message = None;
        }
    }
}

impl State {
    /// A search for the current query over what the reader shows.
    pub fn search_job(&self) -> Job {
        Job::new(&self.search, [&self.header, &self.reading, &self.positions])
    }

    /// Every hit for the current query, found here and now.
    pub fn hits(&self) -> Hits {
        self.search_job().run()
    }
}
