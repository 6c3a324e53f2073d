//! A [`Timeline`] as styled lines for `brief timeline`: a heading, the
//! summary, the rounds, then the grid. Rounds that do not fit the width
//! continue in a further block below, the topic names repeated.

use unicode_width::UnicodeWidthStr;

use super::{Step, Timeline, steps};
use crate::compare::{Mark, Verdict};
use crate::model::Stance;
use crate::text::fit::{cut, truncate};
use crate::text::positions::verdict_style;
use crate::text::wrap::wrap_plain;
use crate::text::{Layout, Role, Span, Style};

/// Borrowed from the stance roles, as `brief diff` colours them.
const ADDED: Style = Style::role(Role::Stance(Mark::Stance(Stance::For)));
const GONE: Style = Style::role(Role::Stance(Mark::Stance(Stance::Against)));
const CHANGED: Style = Style {
    strong: true,
    ..Style::role(Role::Stance(Mark::Stance(Stance::Conditional)))
};
const DIM: Style = Style::role(Role::Dim);
const GAP: usize = 2;

/// What an absent topic shows: the topic is not in that round.
pub const ABSENT: &str = "–";

/// The timeline wrapped to `width`.
pub fn lines(timeline: &Timeline, width: usize) -> Layout {
    let width = width.max(1);
    let mut out = Layout::new(width);
    let strong = |role| Style {
        strong: true,
        ..Style::role(role)
    };
    let rounds = match timeline.rounds.len() {
        1 => "1 round".to_owned(),
        n => format!("{n} rounds"),
    };
    let title = match &timeline.process {
        Some(p) => format!("Timeline of {p}: {rounds}"),
        None => format!("Timeline: {rounds} (no process named)"),
    };
    wrap_plain(&title, strong(Role::Headline), width, 0, 0, &mut out);
    wrap_plain(&timeline.summary(), Style::default(), width, 0, 0, &mut out);
    out.blank(0);
    for round in &timeline.rounds {
        let date = round.date.as_deref().unwrap_or("undated");
        let text = format!(
            "round {} · {date} · {} ({})",
            round.number, round.headline, round.file
        );
        wrap_plain(&text, Style::role(Role::Meta), width, 0, 0, &mut out);
    }
    out.blank(0);
    let key = format!(
        "+ for  - against  ~ conditional  ? unclear  * stated  · silent  {ABSENT} topic not in the round  → changed since the round before"
    );
    wrap_plain(&key, DIM, width, 0, 0, &mut out);
    if timeline.topics.is_empty() {
        out.blank(0);
        wrap_plain("No round states a position.", DIM, width, 0, 0, &mut out);
        return out;
    }
    let grid = Grid::of(timeline);
    let label = grid.label.min((width / 2).max(1));
    for block in blocks(&grid.widths, label, width) {
        out.blank(0);
        grid.draw(&block, label, width, &mut out);
    }
    out
}

/// One cell: spans and their width.
pub type Cell = Vec<Span>;

fn cell_width(cell: &Cell) -> usize {
    cell.iter().map(|s| s.text.width()).sum()
}

/// Every cell laid out once, with each column's natural width.
struct Grid {
    /// Rows of the grid: a label and a cell per round.
    rows: Vec<(Span, Vec<Cell>)>,
    /// Two header rows: "round N" and the date.
    head: [Vec<Cell>; 2],
    widths: Vec<usize>,
    label: usize,
}

impl Grid {
    fn of(timeline: &Timeline) -> Grid {
        let head = [
            timeline
                .rounds
                .iter()
                .map(|r| {
                    vec![Span::new(
                        format!("round {}", r.number),
                        Style::role(Role::Heading),
                    )]
                })
                .collect(),
            timeline
                .rounds
                .iter()
                .map(|r| {
                    vec![Span::new(
                        r.date.as_deref().unwrap_or(""),
                        Style::role(Role::Meta),
                    )]
                })
                .collect(),
        ];
        let mut rows = Vec::new();
        for row in &timeline.topics {
            let topic = Style {
                strong: true,
                ..Style::role(Role::Topic)
            };
            let cells = steps(&row.verdicts)
                .into_iter()
                .zip(&row.verdicts)
                .map(|(step, v)| verdict_cell(step, *v))
                .collect();
            rows.push((Span::new(row.topic.clone(), topic), cells));
            for (p, stances) in row.stances.iter().enumerate() {
                if stances.iter().all(Option::is_none) {
                    continue;
                }
                let name = format!("  {}", timeline.parties[p]);
                let cells = steps(stances)
                    .into_iter()
                    .zip(stances)
                    .map(|(step, m)| stance_cell(step, *m))
                    .collect();
                rows.push((Span::new(name, Style::role(Role::Party)), cells));
            }
        }
        let mut widths = vec![0; timeline.rounds.len()];
        for cells in head.iter().chain(rows.iter().map(|(_, c)| c)) {
            for (w, cell) in widths.iter_mut().zip(cells) {
                *w = (*w).max(cell_width(cell));
            }
        }
        let label = rows.iter().map(|(l, _)| l.text.width()).max().unwrap_or(0);
        Grid {
            rows,
            head,
            widths,
            label,
        }
    }

    /// The rounds in `block` as lines, the label column `label` wide.
    fn draw(&self, block: &[usize], label: usize, width: usize, out: &mut Layout) {
        let room = width.saturating_sub(label + GAP).max(1);
        let empty = Span::new("", Style::default());
        let head = self.head.iter().map(|cells| (&empty, cells));
        let body = self.rows.iter().map(|(l, cells)| (l, cells));
        for (name, cells) in head.chain(body) {
            out.paragraph();
            out.start_line(0, &[]);
            let shown = truncate(&name.text, label);
            let pad = label + GAP - shown.width();
            out.push(&shown, name.style);
            out.push(&" ".repeat(pad), Style::default());
            let mut used = 0;
            for (i, &r) in block.iter().enumerate() {
                let column = self.widths[r].min(room.saturating_sub(used));
                let mut filled = 0;
                for span in &cells[r] {
                    let text = cut(&span.text, column - filled);
                    filled += text.width();
                    out.push(text, span.style);
                }
                if i + 1 < block.len() {
                    out.push(&" ".repeat(column - filled + GAP), Style::default());
                }
                used += column + GAP;
            }
        }
    }
}

/// The rounds in blocks that fit `width` beside the label column; at
/// least one round in each.
fn blocks(widths: &[usize], label: usize, width: usize) -> Vec<Vec<usize>> {
    let room = width.saturating_sub(label + GAP);
    let mut out: Vec<Vec<usize>> = Vec::new();
    let mut used = 0;
    for (r, &w) in widths.iter().enumerate() {
        match out.last_mut() {
            Some(block) if used + GAP + w <= room => {
                block.push(r);
                used += GAP + w;
            }
            _ => {
                out.push(vec![r]);
                used = w;
            }
        }
    }
    out
}

/// A topic's verdict in one round, marked with its step from the round
/// before; the reader's timeline draws the same cells.
pub fn verdict_cell(step: Step, verdict: Option<Verdict>) -> Cell {
    match (step, verdict) {
        (Step::Dropped, None) => vec![Span::new(format!("{ABSENT} dropped"), GONE)],
        (_, None) => vec![Span::new(ABSENT, DIM)],
        (Step::Changed, Some(v)) => vec![
            Span::new("→ ", CHANGED),
            Span::new(v.label(), verdict_style(v)),
        ],
        (Step::New, Some(v)) => vec![
            Span::new(v.label(), verdict_style(v)),
            Span::new(" new", ADDED),
        ],
        (_, Some(v)) => vec![Span::new(v.label(), verdict_style(v))],
    }
}

/// A party's stance in one round, marked with its step from the round
/// before.
pub fn stance_cell(step: Step, mark: Option<Mark>) -> Cell {
    match (step, mark) {
        (Step::Dropped, None) => vec![Span::new("· dropped", GONE)],
        (_, None) => vec![Span::new(Mark::Silent.symbol(), DIM)],
        (Step::Changed, Some(m)) => vec![
            Span::new("→ ", CHANGED),
            Span::new(m.symbol(), Style::role(Role::Stance(m))),
        ],
        (Step::New, Some(m)) => vec![
            Span::new(m.symbol(), Style::role(Role::Stance(m))),
            Span::new(" new", ADDED),
        ],
        (_, Some(m)) => vec![Span::new(m.symbol(), Style::role(Role::Stance(m)))],
    }
}
