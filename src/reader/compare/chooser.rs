//! Drawing the column chooser over the compare view: a box with a row for
//! each party, `[x]` when its column shows, the selected row lit.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::cell::truncate;
use super::columns::{first_row, frame as box_of, list};
use crate::keys::{Command, Hint, Keymap, Mode};
use crate::model::Briefing;
use crate::reader::model::compare::{Columns, Compare, column_order};
use crate::reader::term::cover::cover;
use crate::theme::{Role, Theme};

/// The keys the chooser's border names.
const HINTS: &[Hint] = &[
    Hint::new(&[Command::ToggleEntry], "show/hide"),
    Hint::new(&[Command::ShowAll], "all"),
    Hint::new(&[Command::ShowNone], "none"),
    Hint::new(&[Command::Done], "done"),
];

pub fn draw(
    frame: &mut Frame,
    area: Rect,
    chooser: &Columns,
    c: &Compare,
    briefing: &Briefing,
    keys: &Keymap,
    theme: &Theme,
) {
    let area = area.intersection(frame.area());
    let order = column_order(briefing);
    let n = order.len();
    let outer = box_of(area, n);
    let inner = list(area, n);
    if outer.height < 3 || inner.width < 6 {
        return;
    }
    let rows = usize::from(inner.height);
    let selected = chooser.selected.min(n.saturating_sub(1));
    let first = first_row(selected, chooser.offset, rows, n);
    let width = usize::from(inner.width);
    // Numbers line up: as wide as the last one.
    let digits = n.to_string().len();
    let lines: Vec<Line> = order
        .iter()
        .enumerate()
        .skip(first)
        .take(rows)
        .map(|(i, &p)| {
            let party = &briefing.parties[p];
            let tick = if c.hidden.contains(&p) { "[ ]" } else { "[x]" };
            let mut name = party.name.clone();
            if let Some(short) = party.short.as_deref().filter(|s| *s != party.name) {
                name.push_str(&format!(" ({short})"));
            }
            let lead = format!(" {tick} {:>digits$} ", i + 1);
            let role = if party.is_neutral() {
                format!(" · {}", party.not_counted_because())
            } else {
                String::new()
            };
            let room = width.saturating_sub(lead.width());
            let role = if name.width() + role.width() <= room {
                role
            } else {
                String::new()
            };
            let name = truncate(&name, room.saturating_sub(role.width()));
            let pad = width.saturating_sub(lead.width() + name.width() + role.width());
            let mut line = Line::from(vec![
                Span::styled(lead, theme.style(Role::Label)),
                Span::raw(name),
                Span::styled(role, theme.style(Role::Aside)),
                Span::raw(" ".repeat(pad)),
            ]);
            if i == selected {
                line = line.style(theme.style(Role::Selection));
            }
            line
        })
        .collect();
    let shown = n - c.hidden.len().min(n);
    let more = match (first > 0, first + rows < n) {
        (true, true) => " ↑↓ more",
        (true, false) => " ↑ more",
        (false, true) => " ↓ more",
        (false, false) => "",
    };
    let edge = usize::from(outer.width.saturating_sub(2));
    let title = truncate(&format!(" Columns · {shown} of {n} shown{more} "), edge);
    let hint = truncate(&format!(" {} ", keys.hint(Mode::Columns, HINTS)), edge);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.style(Role::Border))
        .title(Span::styled(title, theme.style(Role::Label)))
        .title_bottom(Line::styled(hint, theme.style(Role::Faint)).right_aligned());
    cover(frame.buffer_mut(), outer);
    frame.render_widget(block, outer);
    frame.render_widget(Paragraph::new(lines), inner);
}
