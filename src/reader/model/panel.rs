//! The positions panel's rows as its selection sees them: which row a line
//! of the panel is part of, the lines a row takes, the rows in order, and
//! the sections that discuss a topic. Questions only: `update` moves the
//! selection.

use std::ops::Range;

use super::state::State;
use super::view::PanelRow;
use crate::text::{LineRef, Target};

impl State {
    /// The topic of the positions panel's selected row: the topic's own row
    /// or one of its parties' rows under it, as an index into
    /// `doc.comparison.topics`. `None` when the briefing has no topics.
    ///
    /// The selection is drawn, and is what the reader acts on, while the
    /// panel has the focus (`view.focus == Pane::Positions`).
    pub fn selected_topic(&self) -> Option<usize> {
        self.valid(self.view.panel).map(PanelRow::topic)
    }

    /// The party's position selected in the positions panel, as
    /// `(topic, party)`: indexes into `doc.comparison.topics` and
    /// `doc.briefing.parties`. `None` when a topic's own row is selected.
    /// The position itself is `doc.comparison.cell(&doc.briefing, topic,
    /// party)`, which is `None` for a party silent on the topic. As for
    /// [`State::selected_topic`], it means something while the panel has
    /// the focus.
    pub fn selected_position(&self) -> Option<(usize, usize)> {
        match self.valid(self.view.panel)? {
            PanelRow::Position(t, p) => Some((t, p)),
            PanelRow::Topic(_) => None,
        }
    }

    /// `row`, if this briefing has it.
    fn valid(&self, row: PanelRow) -> Option<PanelRow> {
        let topics = self.doc.comparison.topics.len();
        let parties = self.doc.briefing.parties.len();
        match row {
            PanelRow::Topic(t) if t < topics => Some(row),
            PanelRow::Position(t, p) if t < topics && p < parties => Some(row),
            _ => None,
        }
    }

    /// How many rows the panel has: each topic's, and each party's under it.
    pub fn panel_rows(&self) -> usize {
        self.doc.comparison.topics.len() * (self.doc.briefing.parties.len() + 1)
    }

    /// Where `row` comes in the panel, counting from 0.
    pub fn panel_index(&self, row: PanelRow) -> usize {
        let per_topic = self.doc.briefing.parties.len() + 1;
        match row {
            PanelRow::Topic(t) => t * per_topic,
            PanelRow::Position(t, p) => t * per_topic + 1 + p,
        }
    }

    /// The row at `index` (see [`State::panel_index`]).
    pub fn panel_row(&self, index: usize) -> Option<PanelRow> {
        let per_topic = self.doc.briefing.parties.len() + 1;
        let row = match (index / per_topic, index % per_topic) {
            (t, 0) => PanelRow::Topic(t),
            (t, p) => PanelRow::Position(t, p - 1),
        };
        self.valid(row)
    }

    /// The row that line `line` of the panel's layout is part of; `None`
    /// for the summary above the topics and for blank lines.
    pub fn panel_row_at(&self, line: usize) -> Option<PanelRow> {
        let layout = &self.panes.positions;
        if layout.line(line).is_none_or(LineRef::is_blank) {
            return None;
        }
        match layout.target_at(line)?.0 {
            Target::Topic(t) => Some(PanelRow::Topic(t)),
            Target::Position(t, p) => Some(PanelRow::Position(t, p)),
            _ => None,
        }
    }

    /// The lines of the panel's layout that `row` takes, without the blank
    /// line after it.
    pub fn panel_lines(&self, row: PanelRow) -> Option<Range<usize>> {
        let layout = &self.panes.positions;
        let target = match row {
            PanelRow::Topic(t) => Target::Topic(t),
            PanelRow::Position(t, p) => Target::Position(t, p),
        };
        // The panel's anchors are its rows, in order: row k is anchor k,
        // unless the layout is not the panel's yet.
        let index = self.panel_index(row);
        let k = match layout.anchors.get(index) {
            Some(&(t, _)) if t == target => index,
            _ => layout.anchors.iter().position(|&(t, _)| t == target)?,
        };
        let start = layout.anchors[k].1;
        let mut end = layout
            .anchors
            .get(k + 1)
            .map_or(layout.len(), |&(_, line)| line);
        while end > start + 1 && layout.line(end - 1).is_some_and(LineRef::is_blank) {
            end -= 1;
        }
        Some(start..end)
    }

    /// The rows whose first line is one of `lines`, in order.
    pub fn panel_rows_starting_in(&self, lines: Range<usize>) -> Vec<PanelRow> {
        let anchors = &self.panes.positions.anchors;
        let from = anchors.partition_point(|&(_, at)| at < lines.start);
        anchors[from..]
            .iter()
            .take_while(|&&(_, at)| at < lines.end)
            .filter_map(|&(target, _)| match target {
                Target::Topic(t) => Some(PanelRow::Topic(t)),
                Target::Position(t, p) => Some(PanelRow::Position(t, p)),
                _ => None,
            })
            .collect()
    }

    /// The sections (0-based, in reading order) whose `topics` name
    /// `topic`, however the name is written there.
    pub fn sections_on(&self, topic: usize) -> Vec<usize> {
        let comparison = &self.doc.comparison;
        self.doc
            .briefing
            .sections
            .iter()
            .enumerate()
            .filter(|(_, s)| {
                s.topics
                    .iter()
                    .any(|name| comparison.topic_index(name) == Some(topic))
            })
            .map(|(i, _)| i)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{Origin, load_str};

    const TWO: &str = r#"
headline = "h"
topics = ["Ceasefire", "Prisoners"]
[[sections]]
title = "s"
body = "b"
[[parties]]
name = "Ukraine"
  [[parties.positions]]
  topic = "Ceasefire"
  stance = "for"
  text = "Wants one."
[[parties]]
name = "Russia"
  [[parties.positions]]
  topic = "Ceasefire"
  stance = "against"
  text = "Refuses one."
"#;

    fn state() -> State {
        let briefing = load_str("t.toml", TWO).expect("valid");
        State::new(briefing, Origin::Bundled(crate::bundled::DEFAULT), 100, 30)
    }

    fn text(state: &State, lines: Range<usize>) -> Vec<String> {
        lines
            .filter_map(|i| state.panes.positions.line(i).map(LineRef::text))
            .collect()
    }

    #[test]
    fn every_row_has_its_lines_silent_parties_too() {
        let s = state();
        assert_eq!(s.panel_rows(), 6);
        let lines = |row| s.panel_lines(row).expect("laid out");
        assert_eq!(
            text(&s, lines(PanelRow::Topic(0))),
            ["Ceasefire  [divergence]"]
        );
        assert_eq!(
            text(&s, lines(PanelRow::Position(0, 1))),
            ["- Russia · against", "  Refuses one."],
            "the blank line after it is not the row's"
        );
        assert_eq!(
            text(&s, lines(PanelRow::Position(1, 0))),
            ["· Ukraine · no stated position"]
        );
    }

    #[test]
    fn a_line_belongs_to_the_row_above_it_but_blanks_and_the_summary_to_none() {
        let s = state();
        let russia = s.panel_lines(PanelRow::Position(0, 1)).expect("laid out");
        assert_eq!(
            s.panel_row_at(russia.start + 1),
            Some(PanelRow::Position(0, 1))
        );
        assert_eq!(s.panel_row_at(russia.end), None, "the blank after it");
        assert_eq!(s.panel_row_at(0), None, "the summary");
        for index in 0..s.panel_rows() {
            let row = s.panel_row(index).expect("a row");
            assert_eq!(s.panel_index(row), index);
        }
        assert_eq!(s.panel_row(6), None);
    }
}
