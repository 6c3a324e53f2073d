//! Things drawn over the reader: the help screen and the too-small notice.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use crate::reader::keymap::help_lines;
use crate::reader::model::State;
use crate::reader::model::geometry::{MIN_HEIGHT, MIN_WIDTH};

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

/// Width of one column of the help screen.
const HELP_COLUMN: u16 = 62;

pub fn help(frame: &mut Frame, offset: usize) {
    let area = frame.area();
    let rows = help_lines();
    // Two columns when the screen is wide enough, split at a group boundary.
    let two = area.width >= 2 * HELP_COLUMN + 4;
    let split = if two {
        split_at_group(&rows)
    } else {
        rows.len()
    };
    let tallest = split.max(rows.len() - split);
    let width = if two {
        2 * HELP_COLUMN + 2
    } else {
        HELP_COLUMN + 2
    };
    let width = width.min(area.width.saturating_sub(2));
    let height = (tallest as u16 + 2).min(area.height.saturating_sub(2));
    let rect = Rect::new(
        (area.width - width) / 2,
        (area.height - height) / 2,
        width,
        height,
    );
    super::cover::cover(frame.buffer_mut(), rect);
    let cut = usize::from(height.saturating_sub(2)) < tallest;
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
    let shown = usize::from(inner.height);
    if two {
        let left = Rect::new(inner.x, inner.y, HELP_COLUMN.min(inner.width), inner.height);
        let right = Rect::new(
            inner.x + left.width,
            inner.y,
            inner.width - left.width,
            inner.height,
        );
        frame.render_widget(
            Paragraph::new(help_rows(&rows[..split], offset, shown)),
            left,
        );
        frame.render_widget(
            Paragraph::new(help_rows(&rows[split..], offset, shown)),
            right,
        );
    } else {
        frame.render_widget(Paragraph::new(help_rows(&rows, offset, shown)), inner);
    }
}

type HelpRow = (Option<&'static str>, &'static str, &'static str);

/// The group start nearest the middle.
fn split_at_group(rows: &[HelpRow]) -> usize {
    let half = rows.len() / 2;
    rows.iter()
        .enumerate()
        .filter(|(_, (group, _, _))| group.is_some())
        .map(|(i, _)| i)
        .min_by_key(|&i| i.abs_diff(half))
        .unwrap_or(rows.len())
}

fn help_rows(rows: &[HelpRow], offset: usize, shown: usize) -> Vec<Line<'static>> {
    rows.iter()
        .skip(offset)
        .take(shown)
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
        .collect()
}
