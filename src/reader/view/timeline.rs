//! Drawing the timeline (`T`) from `&State`: the title and the summary,
//! the rounds' headings (the open round's rule heavy), the topic column
//! fixed at the left, and only the lines and rounds on screen.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line as Text, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::row::fill;
use crate::reader::model::State;
use crate::reader::model::rounds::Rounds;
use crate::reader::model::timeline::{FOOT, Grid, HEAD, Line, TimelineView, cells, heading, label};
use crate::reader::term::cover::cover;
use crate::sanitize;
use crate::text::fit::truncate;
use crate::theme::{Role, Theme};
use crate::timeline::render::ABSENT;

/// What the marks mean, on the last line.
const LEGEND: &str =
    "+ for  - against  ~ conditional  ? unclear  * stated  · silent  – not in the round  → changed";

pub fn draw(frame: &mut Frame, state: &State, view: &TimelineView, theme: &Theme) {
    let area = state.compare_area().intersection(frame.area());
    cover(frame.buffer_mut(), area);
    let Some(rounds) = state.doc.rounds.as_deref() else {
        return;
    };
    if area.is_empty() {
        return;
    }
    let grid = Grid::of(&rounds.shape, area);
    // Drawn as `update` would leave it, should the screen have changed.
    let mut view = view.clone();
    view.settle(&grid);
    let shown = grid.rounds_from(view.round_offset);
    let row = |dy: u16| Rect::new(area.x, area.y + dy, area.width, 1).intersection(area);
    title(frame, row(0), rounds, &grid, &view, theme);
    let summary = truncate(
        &sanitize::line(&rounds.timeline.summary()),
        usize::from(area.width),
    );
    frame.render_widget(
        Paragraph::new(Span::styled(summary, theme.style(Role::Meta))),
        row(1),
    );
    headings(frame, row(2), rounds, &grid, &view, &shown, theme);
    let rule = Rect::new(area.x, area.y + 3, area.width, 1).intersection(area);
    rule_line(frame, rule, rounds, &shown, theme);
    for (i, &line) in grid
        .lines
        .iter()
        .enumerate()
        .skip(view.line_offset)
        .take(grid.body)
    {
        let dy = HEAD + u16::try_from(i - view.line_offset).unwrap_or(u16::MAX);
        let selected = (i == view.line).then_some(view.round);
        grid_line(frame, row(dy), rounds, &grid, line, &shown, selected, theme);
    }
    if rounds.timeline.topics.is_empty() {
        let note = "No round states a position.";
        frame.render_widget(
            Paragraph::new(Span::styled(note, theme.style(Role::Faint))),
            row(HEAD),
        );
    }
    let legend = truncate(LEGEND, usize::from(area.width));
    let bottom = area.height.saturating_sub(FOOT);
    if bottom >= HEAD {
        frame.render_widget(
            Paragraph::new(Span::styled(legend, theme.style(Role::Faint))),
            row(bottom),
        );
    }
}

/// "Timeline · istanbul-talks-2025 · 4 rounds" and, on the right, what is
/// scrolled out of view.
fn title(
    frame: &mut Frame,
    area: Rect,
    rounds: &Rounds,
    grid: &Grid,
    view: &TimelineView,
    theme: &Theme,
) {
    let count = rounds.timeline.rounds.len();
    let left = format!(
        "Timeline · {} · {count} rounds · open: {}",
        sanitize::line(&rounds.process),
        rounds.label()
    );
    let total = grid.lines.len();
    let on_screen = grid.body.min(total.saturating_sub(view.line_offset));
    let right = if on_screen < total {
        format!(
            "lines {}–{} of {total}",
            view.line_offset + 1,
            view.line_offset + on_screen
        )
    } else {
        String::new()
    };
    let width = usize::from(area.width);
    let right = truncate(&right, width / 2);
    let room = width.saturating_sub(right.width() + usize::from(!right.is_empty()));
    let left = truncate(&left, room);
    let pad = width.saturating_sub(left.width() + right.width());
    let strong = theme.style(Role::Headline).add_modifier(Modifier::BOLD);
    let text = Text::from(vec![
        Span::styled(left, strong),
        Span::raw(" ".repeat(pad)),
        Span::styled(right, theme.style(Role::Accent)),
    ]);
    frame.render_widget(Paragraph::new(text), area);
}

/// Each round shown, headed by its number and date; the open round's
/// heading in the cursor's look; "◀ 1" and "2 ▶" for rounds out of view.
fn headings(
    frame: &mut Frame,
    area: Rect,
    rounds: &Rounds,
    grid: &Grid,
    view: &TimelineView,
    shown: &[(usize, u16, u16)],
    theme: &Theme,
) {
    let buf = frame.buffer_mut();
    let accent = theme.style(Role::Accent);
    if view.round_offset > 0 {
        let text = format!("◀ {} more", view.round_offset);
        let text = truncate(&text, usize::from(grid.label));
        buf.set_stringn(area.x, area.y, &text, usize::from(grid.label), accent);
    }
    for &(r, x, w) in shown {
        let Some(round) = rounds.timeline.rounds.get(r) else {
            continue;
        };
        let style = if r == rounds.index {
            theme.style(Role::Cursor).add_modifier(Modifier::BOLD)
        } else {
            theme.style(Role::Heading)
        };
        let text = truncate(&heading(round), usize::from(w));
        buf.set_stringn(x, area.y, &text, usize::from(w), style);
    }
    let after = rounds
        .timeline
        .rounds
        .len()
        .saturating_sub(view.round_offset + shown.len());
    if after > 0 {
        let text = format!(" {after} more ▶");
        let width = u16::try_from(text.width()).unwrap_or(0);
        let x = area.right().saturating_sub(width);
        buf.set_stringn(x, area.y, &text, usize::from(width), accent);
    }
}

/// The rule under the headings: heavy under the open round.
fn rule_line(
    frame: &mut Frame,
    area: Rect,
    rounds: &Rounds,
    shown: &[(usize, u16, u16)],
    theme: &Theme,
) {
    let buf = frame.buffer_mut();
    let light = theme.style(Role::Rule);
    buf.set_stringn(
        area.x,
        area.y,
        "─".repeat(usize::from(area.width)),
        usize::from(area.width),
        light,
    );
    for &(r, x, w) in shown {
        if r == rounds.index {
            let cursor = theme.style(Role::Cursor);
            buf.set_stringn(
                x,
                area.y,
                "━".repeat(usize::from(w)),
                usize::from(w),
                cursor,
            );
        }
    }
}

/// One line of the grid: its label in the fixed column, then a cell per
/// round shown; the selected cell in the selection's look.
#[allow(clippy::too_many_arguments)]
fn grid_line(
    frame: &mut Frame,
    area: Rect,
    rounds: &Rounds,
    grid: &Grid,
    line: Line,
    shown: &[(usize, u16, u16)],
    selected: Option<usize>,
    theme: &Theme,
) {
    let timeline = &rounds.timeline;
    let buf = frame.buffer_mut();
    let name = truncate(&label(timeline, line), usize::from(grid.label));
    let style = match line {
        Line::Topic(_) => theme.style(Role::Topic).add_modifier(Modifier::BOLD),
        Line::Party { .. } => theme.style(Role::Party),
    };
    let style = if selected.is_some() {
        style.patch(theme.style(Role::Cursor))
    } else {
        style
    };
    buf.set_stringn(area.x, area.y, &name, usize::from(grid.label), style);
    let cells = cells(timeline, line);
    for &(r, x, w) in shown {
        let Some(cell) = cells.get(r) else {
            continue;
        };
        // Cut with "…" where a column is narrower than its cell.
        let spans = cell
            .iter()
            .map(|s| Span::styled(s.text.as_str(), theme.text(s.style)))
            .collect();
        buf.set_line(x, area.y, &fill(spans, usize::from(w), Style::default()), w);
        if selected == Some(r) {
            let select = theme.style(Role::Selection);
            // The whole column's width, so an empty or short cell shows too.
            let pick = Rect::new(x, area.y, w.max(1), 1).intersection(area);
            buf.set_style(pick, select);
        }
        if cell.is_empty() {
            buf.set_stringn(x, area.y, ABSENT, usize::from(w), Style::default());
        }
    }
}
