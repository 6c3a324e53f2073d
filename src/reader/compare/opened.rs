//! An opened cell: a box over the matrix with one party's whole position on
//! one topic, its stance (and the old one if it changed), the party's own
//! words, and where they come from.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Padding, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::cell::{mark_style, truncate, wrap};
use crate::compare::{Comparison, Mark};
use crate::keys::{Command, Hint, Keymap, Mode};
use crate::model::{Briefing, Citation};
use crate::reader::model::compare::Compare;
use crate::reader::model::link_list::OnScreen;
use crate::reader::term::cover::cover;
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

/// The open cell's box, laid out: where it goes, its lines, and the
/// source's address with where the body shows it.
struct Card {
    rect: Rect,
    lines: Vec<Line<'static>>,
    link: Option<(String, LinkRow)>,
}

struct LinkRow {
    row: usize,
    column: usize,
    shown: String,
}

/// A look from the theme; none when only the layout is wanted.
fn look(theme: Option<&Theme>, role: Role) -> Style {
    theme.map_or_else(Style::default, |t| t.style(role))
}

fn mark_look(mark: Mark, theme: Option<&Theme>) -> Style {
    theme.map_or_else(Style::default, |t| mark_style(mark, t))
}

fn card(
    area: Rect,
    c: &Compare,
    briefing: &Briefing,
    comparison: &Comparison,
    theme: Option<&Theme>,
) -> Option<Card> {
    let (Some(party), Some(topic)) = (
        briefing.parties.get(c.party),
        comparison.topics.get(c.topic),
    ) else {
        return None;
    };
    let width = area
        .width
        .saturating_sub(4)
        .clamp(area.width.min(8), MAX_WIDTH);
    // Borders and a column of padding each side.
    let inner = usize::from(width.saturating_sub(4));
    if inner == 0 || area.height < 3 {
        return None;
    }
    let position = comparison.cell(briefing, c.topic, c.party);
    let mark = Mark::of(position);
    let mut stance = Vec::new();
    if let Some(old) = c.old_mark(c.topic, c.party) {
        stance.push(Span::styled(
            format!("{} {}", old.symbol(), old.label()),
            mark_look(old, theme),
        ));
        stance.push(Span::raw(" → "));
    }
    stance.push(Span::styled(
        format!("{} {}", mark.symbol(), mark.label()),
        mark_look(mark, theme),
    ));
    let mut lines = vec![Line::from(stance), Line::default()];
    let dim = look(theme, Role::Faint);
    let mut link = None;
    if let Some(p) = position {
        lines.extend(wrap(&p.text, inner, usize::MAX).into_iter().map(Line::from));
        if let Some(quote) = &p.quote {
            lines.push(Line::default());
            let quote = wrap(&format!("“{}”", quote.trim()), inner, usize::MAX);
            let style = look(theme, Role::Quote);
            lines.extend(quote.into_iter().map(|l| Line::styled(l, style)));
        }
        let citation = Citation::of(p, briefing.cited(p));
        let source = citation.attribution().map(|a| format!("Source: {a}"));
        if source.is_some() || citation.url.is_some() {
            lines.push(Line::default());
        }
        if let Some(text) = &source {
            lines.extend(
                wrap(text, inner, usize::MAX)
                    .into_iter()
                    .map(|l| Line::styled(l, dim)),
            );
        }
        if let Some(url) = citation.url {
            // As everywhere in brief, an address is not broken across
            // lines: one too long is shortened with `…`, its host kept,
            // and still links to the whole.
            const LABEL: &str = "Link: ";
            let shown = crate::text::url::shorten(url, inner.saturating_sub(LABEL.len()));
            lines.push(Line::styled(format!("{LABEL}{shown}"), dim));
            let row = LinkRow {
                row: lines.len() - 1,
                column: LABEL.len(),
                shown,
            };
            link = Some((url.to_owned(), row));
        }
    } else {
        let note = format!("{} states no position on {topic}.", party.name);
        let quiet = look(theme, Role::Aside);
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
        link = link.filter(|(_, l)| l.row + 1 < rows);
    }
    let rect = Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    );
    Some(Card { rect, lines, link })
}

/// The open cell's address, where the box shows it, for the loop to make a
/// terminal hyperlink of (only an address brief would open).
pub fn links(
    area: Rect,
    c: &Compare,
    briefing: &Briefing,
    comparison: &Comparison,
) -> Vec<OnScreen> {
    let Some(card) = card(area, c, briefing, comparison, None) else {
        return Vec::new();
    };
    let Some((url, row)) = card.link else {
        return Vec::new();
    };
    if !crate::text::url::is_safe(&url) {
        return Vec::new();
    }
    // Inside the border and a column of padding.
    let (x, y) = (card.rect.x + 2, card.rect.y + 1);
    vec![OnScreen {
        x: x + u16::try_from(row.column).unwrap_or(u16::MAX),
        y: y + u16::try_from(row.row).unwrap_or(u16::MAX),
        width: u16::try_from(row.shown.width()).unwrap_or(u16::MAX),
        shown: row.shown,
        url,
    }]
}

pub fn draw(
    frame: &mut Frame,
    area: Rect,
    c: &Compare,
    briefing: &Briefing,
    comparison: &Comparison,
    keys: &Keymap,
    theme: &Theme,
) {
    let Some(Card { rect, lines, .. }) = card(area, c, briefing, comparison, Some(theme)) else {
        return;
    };
    let (Some(party), Some(topic)) = (
        briefing.parties.get(c.party),
        comparison.topics.get(c.topic),
    ) else {
        return;
    };
    let width = rect.width;
    let dim = theme.style(Role::Faint);
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
    cover(frame.buffer_mut(), rect);
    let body = block.inner(rect);
    frame.render_widget(block, rect);
    frame.render_widget(Paragraph::new(lines), body);
}
