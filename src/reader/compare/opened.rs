//! An opened cell: a box over the matrix with one party's whole position on
//! one topic, its stance (and the old one if it changed), the party's own
//! words, and where they come from.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Padding, Paragraph};

use super::cell::{mark_style, truncate, wrap};
use crate::compare::{Comparison, Mark};
use crate::keys::{Command, Hint, Keymap, Mode};
use crate::model::{Briefing, Citation};
use crate::reader::model::compare::Compare;
use crate::theme::{Role, Theme};

/// The widest the box gets: longer lines are hard to read.
const MAX_WIDTH: u16 = 76;

/// The keys the open cell's border names.
const HINTS: &[Hint] = &[
    Hint::new(
        &[
            Command::CellLeft,
            Command::TopicDown,
            Command::TopicUp,
            Command::CellRight,
        ],
        "other cells",
    ),
    Hint::new(&[Command::CloseCell], "close"),
];

pub fn draw(
    frame: &mut Frame,
    area: Rect,
    c: &Compare,
    briefing: &Briefing,
    comparison: &Comparison,
    keys: &Keymap,
    theme: &Theme,
) {
    let (Some(party), Some(topic)) = (
        briefing.parties.get(c.party),
        comparison.topics.get(c.topic),
    ) else {
        return;
    };
    let width = area
        .width
        .saturating_sub(4)
        .clamp(area.width.min(8), MAX_WIDTH);
    // Borders and a column of padding each side.
    let inner = usize::from(width.saturating_sub(4));
    if inner == 0 || area.height < 3 {
        return;
    }
    let position = comparison.cell(briefing, c.topic, c.party);
    let mark = Mark::of(position);
    let mut stance = Vec::new();
    if let Some(old) = c.old_mark(c.topic, c.party) {
        stance.push(Span::styled(
            format!("{} {}", old.symbol(), old.label()),
            mark_style(old, theme),
        ));
        stance.push(Span::raw(" → "));
    }
    stance.push(Span::styled(
        format!("{} {}", mark.symbol(), mark.label()),
        mark_style(mark, theme),
    ));
    let mut lines = vec![Line::from(stance), Line::default()];
    let dim = theme.style(Role::Faint);
    if let Some(p) = position {
        lines.extend(wrap(&p.text, inner, usize::MAX).into_iter().map(Line::from));
        if let Some(quote) = &p.quote {
            lines.push(Line::default());
            let quote = wrap(&format!("“{}”", quote.trim()), inner, usize::MAX);
            let style = theme.style(Role::Quote);
            lines.extend(quote.into_iter().map(|l| Line::styled(l, style)));
        }
        let citation = Citation::of(p, briefing.cited(p));
        let source = citation.attribution().map(|a| format!("Source: {a}"));
        let url = citation.url.map(|u| format!("Link: {u}"));
        if source.is_some() || url.is_some() {
            lines.push(Line::default());
        }
        for text in source.iter().chain(&url) {
            lines.extend(
                wrap(text, inner, usize::MAX)
                    .into_iter()
                    .map(|l| Line::styled(l, dim)),
            );
        }
    } else {
        let note = format!("{} states no position on {topic}.", party.name);
        let quiet = theme.style(Role::Aside);
        lines.extend(
            wrap(&note, inner, usize::MAX)
                .into_iter()
                .map(|l| Line::styled(l, quiet)),
        );
    }
    let most = area.height.saturating_sub(2).max(3);
    let height = u16::try_from(lines.len())
        .unwrap_or(u16::MAX)
        .saturating_add(2)
        .min(most);
    let rows = usize::from(height - 2);
    if lines.len() > rows && rows > 0 {
        // What does not fit is cut where a reader can see it was.
        lines.truncate(rows);
        lines[rows - 1] = Line::styled("…", dim);
    }
    let rect = Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    );
    let role = if party.is_neutral() {
        format!(" ({})", party.not_counted_because())
    } else {
        String::new()
    };
    let title = truncate(
        &format!(" {}{role} · {topic} ", party.name),
        usize::from(width.saturating_sub(2)),
    );
    let hint = truncate(
        &format!(" {} ", keys.hint(Mode::Compare, HINTS)),
        usize::from(width.saturating_sub(2)),
    );
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.style(Role::Border))
        .padding(Padding::horizontal(1))
        .title(Span::styled(title, theme.style(Role::Label)))
        .title_bottom(Line::styled(hint, dim).right_aligned());
    crate::reader::view::cover::cover(frame.buffer_mut(), rect);
    let body = block.inner(rect);
    frame.render_widget(block, rect);
    frame.render_widget(Paragraph::new(lines), body);
}
