//! The compare view's header row: the party columns' names and roles.

use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Cell, Row};
use unicode_width::UnicodeWidthStr;

use super::cell::{truncate, wrap};
use super::grid::{Grid, Slot};
use crate::model::Briefing;
use crate::reader::model::compare::{Compare, column_order};
use crate::theme::{Role, Theme};

/// The header row: "Topic" over the topics, and over each party column its
/// number (1 to 9, the keys that hide it), its name (the short one where
/// the full one does not fit on a line, else the full one over two lines,
/// cut with "…" where nothing fits) and its role.
pub fn row(
    grid: &Grid,
    c: &Compare,
    briefing: &Briefing,
    theme: &Theme,
    columns: &[(Slot, u16)],
    column_offset: usize,
) -> Row<'static> {
    let height = grid.header_height;
    let tw = usize::from(grid.topic_width);
    let more = (column_offset > 0).then(|| format!("◀ {column_offset} more"));
    let name = if c.sorted {
        "Topic (by verdict)"
    } else {
        "Topic"
    };
    let bold = theme.style(Role::Label);
    let accent = theme.style(Role::Accent);
    let topic = match (&more, height) {
        // One header line: the left mark takes the place of the title.
        (Some(more), 1) => Text2::one(truncate(more, tw), accent),
        _ => Text2::one(truncate(name, tw), bold),
    };
    let order = column_order(briefing);
    let mut cells = vec![Cell::from(topic.0)];
    for &(slot, width) in columns {
        let Slot::Party(p) = slot else {
            cells.push(Cell::from("│").style(theme.style(Role::Rule)));
            continue;
        };
        let Some(party) = briefing.parties.get(p) else {
            cells.push(Cell::from(""));
            continue;
        };
        let w = usize::from(width);
        let number = order
            .iter()
            .position(|&o| o == p)
            .map(|i| i + 1)
            .filter(|&n| n <= 9);
        let numbered =
            |name: &str| number.map_or_else(|| name.to_owned(), |n| format!("{n} {name}"));
        let full = numbered(&party.name);
        let short = party.short.as_deref().map(&numbered);
        let role = party
            .is_neutral()
            .then(|| format!("({})", party.not_counted_because()));
        let mut style = bold;
        if party.is_neutral() {
            style = theme.style(Role::Aside);
        }
        if p == c.party {
            style = style
                .patch(theme.style(Role::Cursor))
                .add_modifier(Modifier::UNDERLINED)
                .remove_modifier(Modifier::DIM);
        }
        let role_style = theme.style(Role::Aside);
        let text = match (role, height) {
            (Some(role), 1) => Text2::one(
                truncate(
                    &format!("{} {role}", fitting(&full, short.as_deref(), w)),
                    w,
                ),
                style,
            ),
            (Some(role), _) => Text2::two(
                (truncate(fitting(&full, short.as_deref(), w), w), style),
                (truncate(&role, w), role_style),
            ),
            (None, 1) => Text2::one(truncate(fitting(&full, short.as_deref(), w), w), style),
            (None, _) => Text2::lines(name_lines(&full, short.as_deref(), w), style),
        };
        cells.push(Cell::from(text.0));
    }
    Row::new(cells).height(height)
}

/// The full name where it fits on a line, else the short one ("USA")
/// where there is one that fits, else the full one (to be cut with "…").
fn fitting<'a>(full: &'a str, short: Option<&'a str>, width: usize) -> &'a str {
    match short {
        Some(short) if full.width() > width && short.width() <= width => short,
        _ => full,
    }
}

/// A name over two lines: the full one where it fits on one; else the
/// short one where there is one that fits; else the full one on two lines,
/// the second cut with "…" where it does not fit on two.
fn name_lines(full: &str, short: Option<&str>, width: usize) -> Vec<String> {
    if full.width() <= width {
        return vec![full.to_owned()];
    }
    if let Some(short) = short.filter(|s| s.width() <= width) {
        return vec![short.to_owned()];
    }
    wrap(full, width, 2)
}

/// One or two styled lines for a header cell.
struct Text2(Vec<Line<'static>>);

impl Text2 {
    fn one(text: String, style: Style) -> Text2 {
        Text2(vec![Line::styled(text, style)])
    }

    fn lines(lines: Vec<String>, style: Style) -> Text2 {
        Text2(lines.into_iter().map(|l| Line::styled(l, style)).collect())
    }

    fn two(first: (String, Style), second: (String, Style)) -> Text2 {
        Text2(vec![
            Line::styled(first.0, first.1),
            Line::styled(second.0, second.1),
        ])
    }
}

#[cfg(test)]
mod tests {
    use super::name_lines;

    #[test]
    fn a_long_name_without_a_short_one_takes_two_lines_before_it_is_cut() {
        assert_eq!(name_lines("2 Iran", None, 12), ["2 Iran"]);
        assert_eq!(
            name_lines("2 United States", None, 12),
            ["2 United", "States"]
        );
        // A short name comes before a second line.
        assert_eq!(name_lines("2 United States", Some("2 USA"), 12), ["2 USA"]);
        assert_eq!(
            name_lines("3 Democratic Unionist Party", Some("3 DUP"), 12),
            ["3 DUP"]
        );
        assert_eq!(
            name_lines("3 Democratic Unionist Party", None, 12),
            ["3 Democratic", "Unionist…"]
        );
    }
}
