//! The reading pane, the positions panel and the contents pane.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::lines::visible;
use super::look::title;
use crate::text::fit::truncate;
use crate::tui::geometry::panel_inner;
use crate::tui::state::{Pane, State, Where};

fn pane_title(text: &str, focused: bool) -> Line<'static> {
    let mark = if focused { "▸ " } else { "  " };
    Line::from(Span::styled(format!("{mark}{text} "), title(focused)))
}

pub fn reading(frame: &mut Frame, state: &State, area: Rect, text: Rect) {
    let focused = state.focus == Pane::Reading;
    let name = state
        .current_entry()
        .and_then(|i| state.entries.get(i))
        .map_or_else(|| "Briefing".to_owned(), |e| e.label.clone());
    let block = Block::default()
        .borders(Borders::TOP)
        .border_style(title(focused))
        .title(pane_title(&name, focused));
    frame.render_widget(block, area);
    let rows = usize::from(text.height);
    let lines = visible(state, Where::Reading, &state.reading, state.scroll, rows);
    frame.render_widget(Paragraph::new(lines), text);
}

pub fn positions(frame: &mut Frame, state: &State, area: Rect) {
    let focused = state.focus == Pane::Positions;
    frame.render_widget(Clear, area);
    let block = Block::default()
        .borders(Borders::TOP | Borders::LEFT)
        .border_style(title(focused))
        .title(pane_title("Positions", focused));
    frame.render_widget(block, area);
    let inner = panel_inner(area);
    let rows = usize::from(inner.height);
    let lines = visible(
        state,
        Where::Positions,
        &state.positions,
        state.positions_scroll,
        rows,
    );
    frame.render_widget(Paragraph::new(lines), inner);
    light_topics(frame, state, inner);
}

/// A bar beside the topics of the section being read.
fn light_topics(frame: &mut Frame, state: &State, inner: Rect) {
    let lit = state.lit_topics();
    if lit.is_empty() || inner.x == 0 {
        return;
    }
    let bar = Style::default()
        .fg(ratatui::style::Color::Cyan)
        .add_modifier(Modifier::BOLD);
    for row in 0..inner.height {
        let line = state.positions_scroll + usize::from(row);
        if line >= state.positions.len() {
            break;
        }
        if let Some((crate::text::Target::Topic(t), _)) = state.positions.target_at(line)
            && lit.contains(&t)
            && state.positions.line(line).is_some_and(|l| !l.is_blank())
        {
            frame
                .buffer_mut()
                .set_string(inner.x - 1, inner.y + row, "▌", bar);
        }
    }
}

pub fn contents(frame: &mut Frame, state: &State, area: Rect) {
    let focused = state.focus == Pane::Contents;
    frame.render_widget(Clear, area);
    let block = Block::default()
        .borders(Borders::TOP | Borders::RIGHT)
        .border_style(title(focused))
        .title(pane_title("Contents", focused));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let current = state.current_entry();
    let width = usize::from(inner.width);
    // Keep the selected (or current) entry in view in a long contents list.
    let height = usize::from(inner.height).max(1);
    let keep = if focused {
        Some(state.selected)
    } else {
        current
    };
    let first = keep.map_or(0, |k| k.saturating_sub(height - 1));
    let rows: Vec<Line> = state
        .entries
        .iter()
        .enumerate()
        .skip(first)
        .take(height)
        .map(|(i, entry)| {
            let read =
                matches!(entry.target, crate::text::Target::Section(n) if state.read.contains(&n));
            let mark = match (Some(i) == current, read) {
                (true, _) => "▸ ",
                (false, true) => "✓ ",
                (false, false) => "  ",
            };
            let mut style = Style::default();
            if Some(i) == current {
                style = style.add_modifier(Modifier::BOLD);
            }
            if focused && i == state.selected {
                style = style.add_modifier(Modifier::REVERSED);
            }
            let label: String = format!("{mark}{}", entry.label);
            Line::from(Span::styled(truncate(&label, width), style))
        })
        .collect();
    frame.render_widget(Paragraph::new(rows), inner);
}

/// The banner over the panes' title row, across the whole screen so its
/// file, line and column fit: the text below is the last good version.
pub fn banner(frame: &mut Frame, state: &State, row: Rect) {
    let Some(banner) = &state.banner else {
        return;
    };
    let style = Style::default()
        .fg(ratatui::style::Color::Black)
        .bg(ratatui::style::Color::Yellow)
        .add_modifier(Modifier::BOLD);
    let text = format!(" ⚠ {banner} ");
    // As wide as the message, so the titles after it still show.
    let width = u16::try_from(text.width())
        .unwrap_or(u16::MAX)
        .min(row.width);
    let row = Rect { width, ..row };
    frame.render_widget(Clear, row);
    frame.render_widget(Paragraph::new(text).style(style), row);
}
