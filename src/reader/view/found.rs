//! The picker's rows while it searches inside the briefings (a query
//! starting with `/`): each briefing that holds the term, with its best
//! line and the term lit in it.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::row::fill;
use crate::reader::model::picker::{Inside, InsideRow, Library};
use crate::text::fit::truncate;
use crate::theme::{Role, Theme};

/// Characters kept before the match when the line has to be cut short.
const LEAD: usize = 12;

/// The rows on screen: two lines a briefing, from `first`.
pub fn rows(
    inside: &Inside,
    library: &Library,
    selected: usize,
    first: usize,
    count: usize,
    width: usize,
    theme: &Theme,
) -> Vec<Line<'static>> {
    inside
        .found
        .iter()
        .enumerate()
        .skip(first)
        .take(count)
        .flat_map(|(i, row)| row_lines(row, library, i == selected, width, theme))
        .collect()
}

/// What the footer says: how many briefings hold the term, and whether the
/// search is still running.
pub fn footer(inside: &Inside) -> String {
    if inside.term.is_empty() {
        return " type a word to search inside every briefing".to_owned();
    }
    let count = inside.found.len();
    let noun = if count == 1 { "briefing" } else { "briefings" };
    let mut text = format!(" {count} {noun} hold “{}”", inside.term);
    if !inside.done {
        text.push_str(" · searching…");
    }
    text
}

fn row_lines(
    row: &InsideRow,
    library: &Library,
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
    let entry = library.entries.get(row.entry);
    let headline = entry
        .and_then(|e| e.headline.as_deref())
        .unwrap_or_default();
    let name = entry.map(|e| e.file_name.as_str()).unwrap_or_default();
    let count = if row.lines == 1 {
        format!("  {name}")
    } else {
        format!("  {name} · {} lines", row.lines)
    };
    let room = width.saturating_sub(3 + count.width());
    let first = vec![
        Span::styled(if selected { "▸ " } else { "  " }, base),
        Span::styled(truncate(headline, room), base),
        Span::styled(count, dim),
    ];
    let place = format!("    {}: ", row.best.line);
    let mut second = vec![Span::styled(place.clone(), dim)];
    let (text, at) = crate::library::readable(&row.best.text, row.best.lit.clone());
    second.extend(snippet(
        &text,
        at,
        width.saturating_sub(place.width()),
        dim,
        lit,
    ));
    [fill(first, width, base), fill(second, width, base)]
}

/// The line, cut to `width` so that the match shows, with it lit.
fn snippet(
    text: &str,
    lit: std::ops::Range<usize>,
    width: usize,
    plain: Style,
    on: Style,
) -> Vec<Span<'static>> {
    let chars: Vec<char> = text.chars().collect();
    let take = |range: std::ops::Range<usize>| -> String {
        chars
            .get(range.start.min(chars.len())..range.end.min(chars.len()))
            .unwrap_or_default()
            .iter()
            .collect()
    };
    let mut before = take(0..lit.start);
    // A match far along the line: start a little before it instead.
    if before.width() + LEAD > width / 2 {
        let keep: String = take(lit.start.saturating_sub(LEAD)..lit.start);
        before = format!("…{keep}");
    }
    let matched = take(lit.clone());
    let after = take(lit.end..chars.len());
    // The row ends the line with "…" where it runs over (see `fill`).
    vec![
        Span::styled(before, plain),
        Span::styled(matched, on),
        Span::styled(after, plain),
    ]
}
