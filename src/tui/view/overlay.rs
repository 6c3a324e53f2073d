//! Things drawn over the reader: the help screen and the too-small notice.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use crate::tui::geometry::{MIN_HEIGHT, MIN_WIDTH};
use crate::tui::keymap::help_lines;
use crate::tui::state::State;

pub fn too_small(frame: &mut Frame, state: &State) {
    let area = frame.area();
    let text = format!(
        "Terminal too small ({}x{}): brief needs at least {MIN_WIDTH}x{MIN_HEIGHT}.",
        state.width, state.height
    );
    let y = area.height / 2;
    let rect = Rect::new(
        0,
        y.saturating_sub(1),
        area.width,
        area.height - y.saturating_sub(1),
    );
    frame.render_widget(
        Paragraph::new(text).wrap(Wrap { trim: true }).centered(),
        rect,
    );
}

pub fn help(frame: &mut Frame, offset: usize) {
    let area = frame.area();
    let rows = help_lines();
    let width = 58.min(area.width.saturating_sub(2));
    let height = (rows.len() as u16 + 3).min(area.height.saturating_sub(2));
    let rect = Rect::new(
        (area.width - width) / 2,
        (area.height - height) / 2,
        width,
        height,
    );
    frame.render_widget(Clear, rect);
    let cut = usize::from(height.saturating_sub(2)) < rows.len();
    let title = if cut {
        " Keys — j/k scroll · Esc or q closes "
    } else {
        " Keys — Esc or q closes "
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(Style::default().fg(Color::Cyan))
        .title(title);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let lines: Vec<Line> = rows
        .iter()
        .skip(offset)
        .take(usize::from(inner.height))
        .map(|(group, keys, what)| match group {
            Some(g) => Line::from(Span::styled(
                (*g).to_owned(),
                Style::default()
                    .fg(Color::Cyan)
                    .add_modifier(Modifier::BOLD),
            )),
            None => Line::from(vec![
                Span::styled(
                    format!("  {keys:<12}"),
                    Style::default().add_modifier(Modifier::BOLD),
                ),
                Span::raw(*what),
            ]),
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}
