//! The reading pane, the positions panel and the contents pane.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::lines::paint_lines;
use crate::reader::model::geometry::panel_inner;
use crate::reader::model::{Pane, State, Where};
use crate::reader::term::cover::cover;
use crate::text::Target;
use crate::text::fit::truncate;
use crate::theme::{Role, Theme};

fn pane_title(text: &str, focused: bool, theme: &Theme) -> Line<'static> {
    let mark = if focused { "▸ " } else { "  " };
    Line::from(Span::styled(format!("{mark}{text} "), theme.title(focused)))
}

/// The reading pane's title row; its text is [`reading_text`].
pub fn reading(frame: &mut Frame, state: &State, theme: &Theme, area: Rect) {
    let focused = state.view.focus == Pane::Reading;
    // The section being read, as a running head: not while its own
    // heading is the top line, which would say it twice.
    let name = state
        .current_entry()
        .and_then(|i| state.doc.entries.get(i))
        .filter(|e| state.panes.reading.anchor(e.target) != Some(state.view.scroll))
        .map_or_else(|| "Briefing".to_owned(), |e| e.label.clone());
    let block = Block::default()
        .borders(Borders::TOP)
        .border_style(theme.title(focused))
        .title(pane_title(&name, focused, theme));
    // A top border is all the block shows: drawn in the top row alone, it
    // does not style every cell of the pane for nothing.
    frame.render_widget(block, top_row(area));
}

/// The text of the reading pane, in `text`.
pub fn reading_text(frame: &mut Frame, state: &State, theme: &Theme, text: Rect) {
    paint_lines(frame.buffer_mut(), text, state, theme, Where::Reading);
}

/// The title row of a pane.
fn top_row(area: Rect) -> Rect {
    Rect {
        height: area.height.min(1),
        ..area
    }
}

/// A side panel, drawn over what is below it: cleared, with its borders.
fn panel(frame: &mut Frame, block: &Block, area: Rect) {
    cover(frame.buffer_mut(), area);
    frame.render_widget(block, area);
}

pub fn positions(frame: &mut Frame, state: &State, theme: &Theme, area: Rect) {
    let focused = state.view.focus == Pane::Positions;
    let inner = panel_inner(area);
    if !area.is_empty() {
        let block = Block::default()
            .borders(Borders::TOP | Borders::LEFT)
            .border_style(theme.title(focused))
            .title(pane_title("Positions", focused, theme));
        panel(frame, &block, area);
        paint_lines(frame.buffer_mut(), inner, state, theme, Where::Positions);
        if focused {
            light_selection(frame, state, theme, inner);
        }
    }
    light_topics(frame, state, theme, inner);
}

/// The selected row, across the panel, on every line of it on screen.
fn light_selection(frame: &mut Frame, state: &State, theme: &Theme, inner: Rect) {
    let Some(lines) = state.panel_lines(state.view.panel) else {
        return;
    };
    let first = state.view.positions_scroll;
    let style = theme.style(Role::Selection);
    let buf = frame.buffer_mut();
    for (y, line) in (inner.top()..inner.bottom()).zip(first..) {
        if lines.contains(&line) {
            buf.set_style(Rect::new(inner.x, y, inner.width, 1), style);
        }
    }
}

/// A bar beside the topics of the section being read.
fn light_topics(frame: &mut Frame, state: &State, theme: &Theme, inner: Rect) {
    let bar = theme.style(Role::Cursor);
    let buf = frame.buffer_mut();
    for_lit_rows(state, inner, |y| {
        buf.set_string(inner.x - 1, y, "▌", bar);
    });
}

/// The rows of `inner` with a topic of the section being read.
fn for_lit_rows(state: &State, inner: Rect, mut each: impl FnMut(u16)) {
    let lit = state.lit_topics();
    if lit.is_empty() || inner.x == 0 {
        return;
    }
    for row in 0..inner.height {
        let line = state.view.positions_scroll + usize::from(row);
        if line >= state.panes.positions.len() {
            break;
        }
        if let Some((Target::Topic(t) | Target::Position(t, _), _)) =
            state.panes.positions.target_at(line)
            && lit.contains(&t)
            && state
                .panes
                .positions
                .line(line)
                .is_some_and(|l| !l.is_blank())
        {
            each(inner.y + row);
        }
    }
}

pub fn contents(frame: &mut Frame, state: &State, theme: &Theme, area: Rect) {
    let focused = state.view.focus == Pane::Contents;
    if area.is_empty() {
        return;
    }
    let block = Block::default()
        .borders(Borders::TOP | Borders::RIGHT)
        .border_style(theme.title(focused))
        .title(pane_title("Contents", focused, theme));
    let inner = contents_inner(area);
    panel(frame, &block, area);
    let buf = frame.buffer_mut();
    let width = usize::from(inner.width);
    for_entries(state, theme, inner, |y, (mark, label), style| {
        let text = truncate(&format!("{mark}{label}"), width);
        buf.set_stringn(inner.x, y, text, width, style);
    });
}

fn contents_inner(area: Rect) -> Rect {
    Block::default()
        .borders(Borders::TOP | Borders::RIGHT)
        .inner(area)
}

/// Each row of `inner` with an entry: its mark and label, and style.
fn for_entries<'s>(
    state: &'s State,
    theme: &Theme,
    inner: Rect,
    mut each: impl FnMut(u16, (&'static str, &'s str), Style),
) {
    let focused = state.view.focus == Pane::Contents;
    let current = state.current_entry();
    // Keep the selected (or current) entry in view in a long contents list.
    let height = usize::from(inner.height).max(1);
    let keep = if focused {
        Some(state.view.selected)
    } else {
        current
    };
    let first = keep.map_or(0, |k| k.saturating_sub(height - 1));
    let entries = state.doc.entries.iter().enumerate().skip(first);
    for (y, (i, entry)) in (inner.top()..inner.bottom()).zip(entries) {
        let read =
            matches!(entry.target, crate::text::Target::Section(n) if state.view.read.contains(&n));
        let mark = match (Some(i) == current, read) {
            (true, _) => "▸ ",
            (false, true) => "✓ ",
            (false, false) => "  ",
        };
        let mut style = Style::default();
        if Some(i) == current {
            style = style.patch(theme.style(Role::Label));
        }
        if focused && i == state.view.selected {
            style = style.patch(theme.style(Role::Selection));
        }
        each(y, (mark, &entry.label), style);
    }
}

/// The banner over the panes' title row, across the whole screen so its
/// file, line and column fit: the text below is the last good version.
pub fn banner(frame: &mut Frame, state: &State, theme: &Theme, row: Rect) {
    let Some(banner) = &state.status.banner else {
        return;
    };
    // The whole row: the titles under it would run on from its text.
    let text = truncate(&format!(" ⚠ {banner}"), usize::from(row.width));
    cover(frame.buffer_mut(), row);
    frame.render_widget(Paragraph::new(text).style(theme.style(Role::Banner)), row);
}
