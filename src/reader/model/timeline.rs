//! The timeline over the reader (`T`): the open briefing's series, topics
//! down (each with its counted parties' stance lines beneath) and rounds
//! across. The selected cell and how far the grid is scrolled, and
//! [`Grid`], what fits where on a screen, for `update` and the view alike.
//! Pure: no terminal.

use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

use crate::sanitize;
use crate::timeline::render::{stance_cell, verdict_cell};
use crate::timeline::{Round, Timeline, steps};

/// Rows above the grid: the title, the summary, the rounds' headings and
/// the rule under them.
pub const HEAD: u16 = 4;
/// Rows below the grid: the legend.
pub const FOOT: u16 = 1;
/// Columns between two rounds.
pub const GAP: u16 = 2;
/// The topic column never takes more than this share of the width.
const LABEL_SHARE: u16 = 3;
/// Nor less than this, where the screen has it.
const LABEL_MIN: u16 = 12;

/// One line of the grid: a topic's verdicts, or a party's stances on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Line {
    /// Index into `Timeline::topics`.
    Topic(usize),
    /// Indexes into `Timeline::topics` and `Timeline::parties`.
    Party { topic: usize, party: usize },
}

impl Line {
    pub fn topic(self) -> usize {
        match self {
            Line::Topic(t) | Line::Party { topic: t, .. } => t,
        }
    }
}

/// The lines of `timeline` in order: each topic, then a line for each
/// party with a stance on it in some round, as `brief timeline` lists them.
pub fn lines(timeline: &Timeline) -> Vec<Line> {
    let mut out = Vec::new();
    for (t, row) in timeline.topics.iter().enumerate() {
        out.push(Line::Topic(t));
        for (p, stances) in row.stances.iter().enumerate() {
            if stances.iter().any(Option::is_some) {
                out.push(Line::Party { topic: t, party: p });
            }
        }
    }
    out
}

/// A line's label: the topic, or the party indented under it.
pub fn label(timeline: &Timeline, line: Line) -> String {
    match line {
        Line::Topic(t) => timeline
            .topics
            .get(t)
            .map(|r| sanitize::line(&r.topic).into_owned())
            .unwrap_or_default(),
        Line::Party { party, .. } => timeline
            .parties
            .get(party)
            .map(|p| format!("  {}", sanitize::line(p)))
            .unwrap_or_default(),
    }
}

/// A round's heading: "2 · 2025-05-16", or "round 2" undated.
pub fn heading(round: &Round) -> String {
    match &round.date {
        Some(date) => format!("{} · {}", round.number, sanitize::line(date)),
        None => format!("round {}", round.number),
    }
}

/// The cells of `line`, one per round, as `brief timeline` marks them.
pub fn cells(timeline: &Timeline, line: Line) -> Vec<Vec<crate::text::Span>> {
    let Some(row) = timeline.topics.get(line.topic()) else {
        return Vec::new();
    };
    match line {
        Line::Topic(_) => steps(&row.verdicts)
            .into_iter()
            .zip(&row.verdicts)
            .map(|(step, v)| verdict_cell(step, *v))
            .collect(),
        Line::Party { party, .. } => row.stances.get(party).map_or_else(Vec::new, |stances| {
            steps(stances)
                .into_iter()
                .zip(stances)
                .map(|(step, m)| stance_cell(step, *m))
                .collect()
        }),
    }
}

fn width_of(text: &str) -> u16 {
    u16::try_from(text.width()).unwrap_or(u16::MAX)
}

/// What a timeline's grid needs whatever the screen: its lines, its
/// widest label, and each round's natural width (its heading or its
/// widest cell). Measuring reads every cell, so it is done once, where
/// the rounds are found (off the UI thread), not on every key and frame.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Shape {
    pub lines: Vec<Line>,
    /// The widest label, in columns.
    pub label: u16,
    pub widths: Vec<u16>,
}

impl Shape {
    pub fn of(timeline: &Timeline) -> Shape {
        let lines = lines(timeline);
        let mut widths: Vec<u16> = timeline
            .rounds
            .iter()
            .map(|r| width_of(&heading(r)))
            .collect();
        let mut label = 0;
        for &line in &lines {
            label = label.max(width_of(&self::label(timeline, line)));
            for (w, cell) in widths.iter_mut().zip(cells(timeline, line)) {
                let text: String = cell.iter().map(|s| s.text.as_str()).collect();
                *w = (*w).max(width_of(&text));
            }
        }
        Shape {
            lines,
            label,
            widths,
        }
    }
}

/// What fits where on a screen: the topic column's width, each round's,
/// and how many lines of the grid the screen shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grid<'a> {
    /// The whole overlay.
    pub area: Rect,
    /// The topic column, without the gap after it.
    pub label: u16,
    /// Each round's natural width.
    pub widths: &'a [u16],
    /// Lines of the grid on screen.
    pub body: usize,
    pub lines: &'a [Line],
}

impl<'a> Grid<'a> {
    pub fn of(shape: &'a Shape, area: Rect) -> Grid<'a> {
        let cap = (area.width / LABEL_SHARE).max(LABEL_MIN.min(area.width));
        Grid {
            area,
            label: shape.label.min(cap),
            widths: &shape.widths,
            body: usize::from(area.height.saturating_sub(HEAD + FOOT)),
            lines: &shape.lines,
        }
    }

    /// Where the rounds start, after the topic column and its gap.
    pub fn rounds_x(&self) -> u16 {
        self.area.x + self.label + GAP
    }

    /// The rounds shown when the first is `offset`, each with its x and
    /// width: whole columns only, but always at least one (cut to fit).
    pub fn rounds_from(&self, offset: usize) -> Vec<(usize, u16, u16)> {
        let right = self.area.right();
        let mut x = self.rounds_x();
        let mut out = Vec::new();
        for (r, &w) in self.widths.iter().enumerate().skip(offset) {
            if x >= right {
                break;
            }
            let room = right - x;
            if w > room && !out.is_empty() {
                break;
            }
            out.push((r, x, w.min(room)));
            x = x.saturating_add(w).saturating_add(GAP);
        }
        out
    }

    /// A page: the lines on screen, at least one.
    pub fn page(&self) -> usize {
        self.body.max(1)
    }
}

/// The timeline's selected cell and scroll.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TimelineView {
    /// The selected line, an index into [`lines`].
    pub line: usize,
    /// The selected round, an index into `Timeline::rounds`.
    pub round: usize,
    /// The first line on screen.
    pub line_offset: usize,
    /// The first round on screen.
    pub round_offset: usize,
}

impl TimelineView {
    /// On round `round`, at the line of `topic` (matched as the series
    /// matches topics) when the series has it, else the first.
    pub fn at(
        timeline: &Timeline,
        shape: &Shape,
        round: usize,
        topic: Option<&str>,
    ) -> TimelineView {
        let key = |s: &str| s.trim().to_lowercase();
        let line = topic
            .and_then(|topic| {
                let wanted = key(topic);
                let t = timeline
                    .topics
                    .iter()
                    .position(|r| key(&r.topic) == wanted)?;
                shape.lines.iter().position(|&l| l == Line::Topic(t))
            })
            .unwrap_or(0);
        TimelineView {
            line,
            round,
            ..TimelineView::default()
        }
    }

    /// The selection within the grid, and scrolled as little as it takes
    /// to be on screen.
    pub fn settle(&mut self, grid: &Grid) {
        let count = grid.lines.len();
        self.line = self.line.min(count.saturating_sub(1));
        self.round = self.round.min(grid.widths.len().saturating_sub(1));
        let page = grid.page();
        self.line_offset = self.line_offset.min(count.saturating_sub(page));
        if self.line < self.line_offset {
            self.line_offset = self.line;
        } else if self.line >= self.line_offset + page {
            self.line_offset = self.line + 1 - page;
        }
        if self.round < self.round_offset {
            self.round_offset = self.round;
        }
        while self.round_offset < self.round
            && !grid
                .rounds_from(self.round_offset)
                .iter()
                .any(|&(r, ..)| r == self.round)
        {
            self.round_offset += 1;
        }
    }

    /// The selected line, if the grid has any.
    pub fn selected(&self, grid: &Grid) -> Option<Line> {
        grid.lines.get(self.line).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bundled;
    use crate::load::Origin;
    use crate::series::{Member, group};

    fn istanbul() -> Timeline {
        let members = bundled::ALL
            .iter()
            .filter(|b| b.file.starts_with("istanbul"))
            .map(|b| Member {
                name: b.file.to_owned(),
                briefing: Origin::Bundled(*b).load().unwrap_or_else(|e| panic!("{e}")),
            })
            .collect();
        let series = group(members);
        Timeline::of(&series[0])
    }

    #[test]
    fn every_topic_has_its_line_and_parties_with_a_stance_follow_it() {
        let t = istanbul();
        let lines = lines(&t);
        assert_eq!(
            lines.iter().filter(|l| matches!(l, Line::Topic(_))).count(),
            t.topics.len()
        );
        assert_eq!(lines.first(), Some(&Line::Topic(0)));
        for pair in lines.windows(2) {
            assert!(pair[0].topic() <= pair[1].topic());
        }
    }

    #[test]
    fn rounds_that_do_not_fit_scroll_into_view_and_the_topic_column_stays() {
        let t = istanbul();
        let shape = Shape::of(&t);
        let grid = Grid::of(&shape, Rect::new(0, 0, 60, 20));
        assert!(grid.label <= 20);
        let first = grid.rounds_from(0);
        assert!(first.len() < t.rounds.len(), "{first:?}");
        assert!(first.iter().all(|&(_, x, w)| x + w <= 60));
        let mut view = TimelineView {
            round: t.rounds.len() - 1,
            ..TimelineView::default()
        };
        view.settle(&grid);
        assert!(view.round_offset > 0);
        let shown = grid.rounds_from(view.round_offset);
        assert!(shown.iter().any(|&(r, ..)| r == view.round));
        assert_eq!(shown.first().map(|&(_, x, _)| x), Some(grid.rounds_x()));
    }

    #[test]
    fn lines_below_the_screen_scroll_into_view() {
        let t = istanbul();
        let shape = Shape::of(&t);
        let grid = Grid::of(&shape, Rect::new(0, 0, 120, 12));
        let mut view = TimelineView {
            line: grid.lines.len() - 1,
            ..TimelineView::default()
        };
        view.settle(&grid);
        assert_eq!(view.line_offset + grid.page(), grid.lines.len());
        view.line = 0;
        view.settle(&grid);
        assert_eq!(view.line_offset, 0);
    }

    #[test]
    fn it_opens_at_the_topic_asked_for() {
        let t = istanbul();
        let topic = t.topics[2].topic.to_uppercase();
        let shape = Shape::of(&t);
        let view = TimelineView::at(&t, &shape, 1, Some(&topic));
        assert_eq!(lines(&t)[view.line], Line::Topic(2));
        assert_eq!(TimelineView::at(&t, &shape, 1, Some("no such")).line, 0);
    }
}
