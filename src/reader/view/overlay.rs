//! Things drawn over the reader: the help screen and the too-small notice.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use unicode_width::UnicodeWidthStr;

use crate::keys::{Command, Hint, Mode};
use crate::reader::keymap::{HelpRow, help_lines, help_page};
use crate::reader::model::State;
use crate::reader::model::geometry::{MIN_HEIGHT, MIN_WIDTH};
use crate::reader::term::cover::cover;
use crate::text::fit::truncate;
use crate::theme::{Role, Theme};

pub fn too_small(frame: &mut Frame, state: &State) {
    let area = frame.area();
    let text = format!(
        "Terminal too small ({}x{}): brief needs at least {MIN_WIDTH}x{MIN_HEIGHT}.",
        state.view.width, state.view.height
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

/// The help screen for the layer under it, in as many columns as fit,
/// scrolled by `offset` rows; the title says when there is more.
pub fn help(frame: &mut Frame, state: &State, theme: &Theme, offset: usize) {
    let rows = help_lines(state);
    let page = help_page(state.view.width, state.view.height, &rows);
    let offset = offset.min(page.max_offset);
    cover(frame.buffer_mut(), page.area);
    let more = match (offset > 0, offset < page.max_offset) {
        (false, false) => "",
        (true, false) => " ↑ more",
        (false, true) => " ↓ more",
        (true, true) => " ↑↓ more",
    };
    let keys = &state.keys;
    let title = if more.is_empty() {
        format!(" Keys — {} ", keys.hint(Mode::Help, CLOSING))
    } else {
        format!(" Keys{more} — {} ", keys.hint(Mode::Help, SCROLLING))
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.style(Role::Border))
        .title(truncate(
            &title,
            usize::from(page.area.width.saturating_sub(2)),
        ));
    let inner = block.inner(page.area);
    frame.render_widget(block, page.area);
    for (column, chunk) in rows.chunks(page.per_column.max(1)).enumerate() {
        let x = inner.x + page.column_width * u16::try_from(column).unwrap_or(0);
        if x >= inner.right() {
            break;
        }
        let rect = Rect::new(x, inner.y, inner.right() - x, inner.height).intersection(inner);
        let width = usize::from(page.column_width.min(rect.width).saturating_sub(1));
        frame.render_widget(
            Paragraph::new(help_rows(
                chunk,
                offset,
                (page.shown, page.keys_width),
                width,
                theme,
            )),
            rect,
        );
    }
}

const CLOSING: &[Hint] = &[Hint::new(&[Command::Close], "closes")];
const SCROLLING: &[Hint] = &[
    Hint::new(&[Command::ScrollDown, Command::ScrollUp], "scroll"),
    Hint::new(&[Command::Close], "closes"),
];

/// Rows of one column: `shown` of them from `offset`, keys in a column of
/// `keys_width`.
fn help_rows(
    rows: &[HelpRow],
    offset: usize,
    (shown, keys_width): (usize, usize),
    width: usize,
    theme: &Theme,
) -> Vec<Line<'static>> {
    rows.iter()
        .skip(offset)
        .take(shown)
        .map(|row| match row {
            HelpRow::Group(g) => {
                Line::from(Span::styled(truncate(g, width), theme.style(Role::Group)))
            }
            HelpRow::Keys(keys, what) => {
                let keys = format!("  {keys:<keys_width$}");
                let room = width.saturating_sub(keys.width());
                Line::from(vec![
                    Span::styled(keys, theme.style(Role::Key)),
                    Span::raw(truncate(what, room)),
                ])
            }
        })
        .collect()
}
