//! Everything the reader shows, in one value. Only `update` changes it.

use std::sync::Arc;

use crate::config::Contents;
use crate::keys::Keymap;
use crate::load::Origin;
use crate::model::Briefing;
use crate::text::Target;

use super::doc::Doc;
use super::geometry::{self, Geometry, Mode, Visible};
use super::history::History;
use super::overlay::Overlays;
use super::panes::Panes;
use super::picker::Library;
use super::search::{Hits, Job, Search};
use super::status::{About, Message, Status};
use super::view::{Pane, View};

/// Everything the reader shows, in named parts.
#[derive(Debug)]
pub struct State {
    /// The briefing shown.
    pub doc: Doc,
    /// Where the reader is in it, and on what screen.
    pub view: View,
    /// Its text laid out for the screen.
    pub panes: Panes,
    /// What is drawn over the reader; the top layer gets the keys.
    pub overlays: Overlays,
    pub search: Search,
    /// The status bar's message and the banner.
    pub status: Status,
    pub library: Library,
    /// Briefings left by going back and forth.
    pub history: History,
    /// What `~` stands for in typed paths; given by the loop at start.
    pub home: Option<std::path::PathBuf>,
    /// What each key does, in each mode; set once at start (the defaults
    /// with the user's config merged over them) and read by the key
    /// mapping, help and every hint line.
    pub keys: Arc<Keymap>,
    /// The configuration's `[reader]` settings; see [`State::with_settings`].
    pub settings: crate::config::Reader,
}

impl State {
    pub fn new(briefing: Briefing, origin: Origin, width: u16, height: u16) -> State {
        let mut state = State {
            doc: Doc::new(briefing, origin),
            view: View::new(width, height),
            panes: Panes::default(),
            overlays: Overlays::default(),
            search: Search::default(),
            status: Status::default(),
            library: Library::default(),
            history: History::default(),
            home: None,
            keys: Arc::new(Keymap::defaults()),
            settings: crate::config::Reader::default(),
        };
        state.relayout();
        state
    }

    /// The state with the configuration's `[reader]` settings: the text's
    /// width, and the contents pane shown at start or not.
    #[must_use]
    pub fn with_settings(mut self, settings: crate::config::Reader) -> State {
        self.settings = settings;
        self.show_contents_as_set();
        self.relayout();
        self
    }

    /// A contents pane shown over the text takes the keys, as when `t`
    /// opened it; one docked beside the text leaves them to the reading.
    pub fn show_contents_as_set(&mut self) {
        if self.visible().contents && self.mode() != Mode::Wide {
            self.view.selected = self.current_entry().unwrap_or(0);
            self.view.focus = super::view::Pane::Contents;
        }
    }

    pub fn mode(&self) -> Mode {
        Mode::of(self.view.width, self.view.height)
    }

    pub fn visible(&self) -> Visible {
        let mode = self.mode();
        let contents = match self.settings.contents {
            Contents::Auto => mode == Mode::Wide,
            Contents::Always => mode != Mode::TooSmall,
            Contents::Never => false,
        };
        Visible {
            contents: contents != self.view.contents_flipped,
            positions: (mode != Mode::Narrow) != self.view.positions_flipped
                && !self.doc.comparison.topics.is_empty(),
            widest_entry: self.doc.widest_entry,
        }
    }

    /// Where the compare view draws: everything above the status bar.
    pub fn compare_area(&self) -> ratatui::layout::Rect {
        ratatui::layout::Rect::new(0, 0, self.view.width, self.view.height.saturating_sub(1))
    }

    pub fn geometry(&self) -> Geometry {
        geometry::compute(
            self.view.width,
            self.view.height,
            self.panes.header.len(),
            self.visible(),
            self.settings.text_width,
        )
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
        let bottom = self.panes.reading.len().saturating_sub(self.page());
        let last_title = self
            .panes
            .reading
            .anchors
            .iter()
            .rev()
            .find(|(t, _)| matches!(t, Target::Section(_)))
            .map_or(0, |&(_, line)| line);
        bottom.max(last_title)
    }

    pub fn max_positions_scroll(&self) -> usize {
        self.panes
            .positions
            .len()
            .saturating_sub(self.positions_page())
    }

    /// The section at the top of the reading pane (0-based), if any.
    pub fn current_section(&self) -> Option<usize> {
        match self.panes.reading.target_at(self.view.scroll) {
            Some((Target::Section(i), _)) => Some(i),
            Some((Target::Sources, _)) => Some(self.doc.briefing.sections.len().saturating_sub(1)),
            _ => None,
        }
    }

    /// Topic rows of the section at the top of the reading pane: the ones
    /// the positions panel lights while following.
    pub fn lit_topics(&self) -> Vec<usize> {
        if !self.view.follow {
            return Vec::new();
        }
        let Some(section) = self
            .current_section()
            .and_then(|i| self.doc.briefing.sections.get(i))
        else {
            return Vec::new();
        };
        section
            .topics
            .iter()
            .filter_map(|t| self.doc.comparison.topic_index(t))
            .collect()
    }

    /// The contents entry matching the reading position.
    pub fn current_entry(&self) -> Option<usize> {
        let (target, _) = self.panes.reading.target_at(self.view.scroll)?;
        self.doc.entries.iter().position(|e| e.target == target)
    }

    /// How far through the briefing the bottom of the page is, in percent.
    /// How far through the text the bottom of the screen is; unknown while
    /// a big briefing is still being laid out.
    pub fn percent(&self) -> Option<usize> {
        let total = self.panes.reading.len().max(1);
        self.panes
            .complete
            .then(|| ((self.view.scroll + self.page()).min(total) * 100 / total).min(100))
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

impl State {
    /// Show a new version of the briefing (a reload); layouts are rebuilt.
    pub fn set_briefing(&mut self, briefing: Briefing) {
        self.doc.replace(briefing);
        self.panes.positions = Arc::default();
        self.view.selected = self
            .view
            .selected
            .min(self.doc.entries.len().saturating_sub(1));
        // A topic or party this version no longer has is not selected.
        if self.selected_topic().is_none() {
            self.view.panel = super::view::PanelRow::Topic(0);
        }
        self.view.walk = None;
        // The paragraph at the top stays there, as far as the new version
        // still has it.
        self.relayout_with(true);
        if let Some(compare) = self.overlays.compare_mut() {
            compare.refresh(&self.doc.briefing, &self.doc.comparison);
            if let Some(against) = &self.doc.against {
                compare.changed = crate::diff::changed_marks(&against.topics);
            }
        }
    }
}

impl State {
    /// Put a message in the status bar.
    pub fn say(&mut self, about: About, text: impl Into<String>) {
        self.status.message = Some(Message::new(about, text));
    }

    /// The status bar's message, if any.
    pub fn message_text(&self) -> Option<&str> {
        self.status.message.as_ref().map(|m| m.text.as_str())
    }

    /// Drop the message if it is about `about`.
    pub fn settle(&mut self, about: About) {
        if self
            .status
            .message
            .as_ref()
            .is_some_and(|m| m.about == about)
        {
            self.status.message = None;
        }
    }
}

impl State {
    /// A search for the current query over what the reader shows.
    pub fn search_job(&self) -> Job {
        Job::new(
            &self.search,
            [
                &self.panes.header,
                &self.panes.reading,
                &self.panes.positions,
            ],
        )
    }

    /// Every hit for the current query, found here and now.
    pub fn hits(&self) -> Hits {
        self.search_job().run()
    }
}
