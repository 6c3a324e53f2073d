//! The library picker drawn over the reader: the query, then one row per
//! briefing with the matched letters lit; failing files dimmed with their error.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::found;
use super::row::fill;
use crate::keys::{Command, Hint, Keymap, Mode};
use crate::library::{Entry, Match};
use crate::reader::model::picker::{Library, Picker, PickerPage, Purpose};
use crate::reader::term::cover::cover;
use crate::text::fit::{columns, truncate};
use crate::theme::{Role, Theme};

const CHOOSING: &[Hint] = &[
    Hint::new(&[Command::PreviousEntry, Command::NextEntry], "choose"),
    Hint::new(&[Command::Confirm], "opens"),
    Hint::new(&[Command::Cancel], "closes"),
];
const AGAINST: &[Hint] = &[
    Hint::new(&[Command::Confirm], "marks what changed"),
    Hint::new(&[Command::Cancel], "closes"),
];

pub fn draw(frame: &mut Frame, picker: &Picker, library: &Library, keys: &Keymap, theme: &Theme) {
    let Some(page) = PickerPage::of(frame.area(), picker.selected) else {
        return;
    };
    let rect = page.area;
    cover(frame.buffer_mut(), rect);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.style(Role::Border))
        .title(truncate(
            &match picker.purpose {
                Purpose::Open => format!(
                    " Library — type to filter · {} ",
                    keys.hint(Mode::Picker, CHOOSING)
                ),
                Purpose::CompareAgainst => format!(
                    " Compare against — pick the earlier briefing · {} ",
                    keys.hint(Mode::Picker, AGAINST)
                ),
            },
            usize::from(rect.width.saturating_sub(2)),
        ));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);

    let query = Line::from(vec![
        Span::styled("> ", theme.style(Role::Cursor)),
        Span::raw(format!("{}▏", picker.query)),
    ]);
    frame.render_widget(
        Paragraph::new(query),
        Rect::new(inner.x, inner.y, inner.width, 1),
    );

    // Two rows an entry: the headline, then its parties and file name.
    let width = usize::from(inner.width);
    let lines: Vec<Line> = match &picker.inside {
        // A query starting with `/`: the briefings that hold the term.
        Some(inside) => found::rows(
            inside,
            library,
            picker.selected,
            page.first,
            page.shown,
            width,
            theme,
        ),
        None => picker
            .matches
            .iter()
            .enumerate()
            .skip(page.first)
            .take(page.shown)
            .filter_map(|(i, m)| Some((i, m, library.entries.get(m.index)?)))
            .flat_map(|(i, m, entry)| entry_rows(entry, m, i == picker.selected, width, theme))
            .collect(),
    };
    frame.render_widget(Paragraph::new(lines), page.list);

    let mut footer = match &picker.inside {
        Some(inside) => found::footer(inside),
        None => format!(" {} of {}", picker.matches.len(), library.entries.len()),
    };
    if picker.query.is_empty() {
        // The one thing the query can do that the keys do not show.
        footer.push_str(" · /word searches inside every briefing");
    }
    if library.scanning {
        footer.push_str(" · scanning…");
    }
    let footer = match &picker.error {
        Some(error) => Line::from(Span::styled(
            truncate(&format!(" {error}"), width),
            theme.style(Role::Error).add_modifier(Modifier::BOLD),
        )),
        None => Line::from(Span::styled(
            truncate(&footer, width),
            theme.style(Role::Faint),
        )),
    };
    let bottom = Rect::new(inner.x, inner.bottom().saturating_sub(1), inner.width, 1);
    frame.render_widget(Paragraph::new(footer), bottom);
}

/// One entry: the headline (lit where it matched) with its date on the
/// right, then the parties and the file name; a failing file shows its error.
fn entry_rows(
    entry: &Entry,
    m: &Match,
    selected: bool,
    width: usize,
    theme: &Theme,
) -> [Line<'static>; 2] {
    let base = if selected {
        theme.style(Role::Selection)
    } else {
        Style::default()
    };
    let dim = base.patch(theme.style(Role::Faint));
    let lit = base.patch(theme.style(Role::Match));
    let mark = Span::styled(if selected { "▸ " } else { "  " }, base);
    let (first, second) = if let (Some(headline), None) = (&entry.headline, &entry.error) {
        let date = entry.date.clone().unwrap_or_default();
        // The mark, two spaces before the date and one after it.
        let room = width.saturating_sub(5 + date.width());
        let headline = truncate(headline, room);
        let gap = room.saturating_sub(columns(&headline)) + 2;
        let mut first = vec![mark];
        first.extend(lit_chars(&headline, &m.headline_hits, base, lit));
        first.push(Span::styled(format!("{:gap$}{date}", ""), dim));
        let mut second = vec![Span::styled("    ", base)];
        if let Some(process) = &entry.process {
            let round = entry
                .round
                .map(|n| format!(" round {n}"))
                .unwrap_or_default();
            second.push(Span::styled(format!("{process}{round} · "), dim));
        }
        // Where it lives comes last, so a long path is what the edge cuts.
        let place = format!(" · {}", entry.place());
        let room = width.saturating_sub(8 + entry.file_name.width() + place.width().min(width / 3));
        // Parties cut to a letter or two say nothing: left out instead.
        if !entry.parties.is_empty() && room >= 8 {
            let parties = entry.parties.join(", ");
            second.push(Span::styled(
                format!("{} · ", truncate(&parties, room)),
                dim,
            ));
        }
        second.extend(lit_chars(&entry.file_name, &m.file_hits, dim, lit));
        second.push(Span::styled(place, dim));
        (first, second)
    } else {
        let mut first = vec![mark];
        first.extend(lit_chars(&entry.file_name, &m.file_hits, dim, lit));
        let error = entry.error.as_deref().unwrap_or("not a briefing");
        let second = vec![Span::styled(
            format!("    {}", truncate(error, width.saturating_sub(4))),
            dim.patch(theme.style(Role::Error)),
        )];
        (first, second)
    };
    [fill(first, width, base), fill(second, width, base)]
}

/// Split `text` into spans, lighting the characters at `hits` (char indices).
fn lit_chars(text: &str, hits: &[usize], plain: Style, lit: Style) -> Vec<Span<'static>> {
    let mut spans = Vec::new();
    let mut start = 0;
    let mut current = None;
    for (i, (at, _)) in text.char_indices().enumerate() {
        let on = hits.contains(&i);
        if current != Some(on) {
            if let Some(was) = current {
                spans.push(Span::styled(
                    text[start..at].to_owned(),
                    if was { lit } else { plain },
                ));
            }
            start = at;
            current = Some(on);
        }
    }
    if let Some(was) = current {
        spans.push(Span::styled(
            text[start..].to_owned(),
            if was { lit } else { plain },
        ));
    }
    spans
}
