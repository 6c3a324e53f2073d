//! The title line above the matrix and the legend below it.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::cell::{mark_style, truncate};
use crate::compare::{Mark, TopicVerdict, summary};
use crate::keys::{COLUMNS, Command, Hint, Keymap, Mode};
use crate::model::Briefing;
use crate::reader::model::compare::{Compare, Filter, column_order};
use crate::theme::{Role, Theme};

/// "Compare · divergence 2 · common ground 1 · …" and, on the right, what
/// is filtered, scrolled out of view, sorted or hidden. `rows` is the first
/// row on screen, how many show and how many the filter keeps.
pub fn title(
    frame: &mut Frame,
    area: Rect,
    c: &Compare,
    briefing: &Briefing,
    verdicts: &[TopicVerdict],
    rows: (usize, usize, usize),
    theme: &Theme,
) {
    if area.height == 0 {
        return;
    }
    let mut notes = Vec::new();
    let (first, shown, kept) = rows;
    if c.filter != Filter::All {
        let all = verdicts.len();
        notes.push(format!("only {}: {kept} of {all}", c.filter.label()));
    }
    if shown < kept {
        notes.push(format!("topics {}–{} of {kept}", first + 1, first + shown));
    }
    if c.sorted {
        notes.push("sorted by verdict".to_owned());
    }
    let order = column_order(briefing);
    let hidden: Vec<String> = order
        .iter()
        .enumerate()
        .filter(|(_, p)| c.hidden.contains(p))
        .filter_map(|(i, &p)| Some(format!("{} {}", i + 1, briefing.parties.get(p)?.name)))
        .collect();
    // A few are named; more are counted, as names would crowd the line.
    match hidden.len() {
        0 => {}
        1..=3 => notes.push(format!("hidden: {}", hidden.join(", "))),
        n => notes.push(format!("{n} of {} hidden", order.len())),
    }
    let width = usize::from(area.width);
    let right = truncate(&notes.join(" · "), width.saturating_sub(12));
    let said = summary(briefing, verdicts);
    let left = if said.is_empty() {
        " Compare".to_owned()
    } else {
        format!(" Compare · {said}")
    };
    let left = truncate(&left, width.saturating_sub(right.width() + 2).max(1));
    let gap = width.saturating_sub(left.width() + right.width() + 1);
    let line = Line::from(vec![
        Span::styled(left, theme.style(Role::Label)),
        Span::raw(" ".repeat(gap)),
        Span::styled(right, theme.style(Role::Accent)),
    ]);
    frame.render_widget(Paragraph::new(line), area);
}

/// The keys the legend line shows, from the keymap.
pub const HINTS: &[Hint] = &[
    Hint::new(&[Command::OpenCell], "open"),
    Hint::new(&[Command::NextDivergence], "divergence"),
    Hint::new(&[Command::FilterVerdict], "filter"),
    Hint::new(&[Command::ChooseColumns], "columns"),
    Hint::new(&COLUMNS, "hide"),
    Hint::new(&[Command::SortByVerdict], "sort"),
    Hint::new(&[Command::CloseCell], "back"),
];

/// The marks and their words, then the keys. A message goes to the status
/// bar, as every message does, and is not repeated here.
pub fn legend(frame: &mut Frame, area: Rect, c: &Compare, keys: &Keymap, theme: &Theme) {
    if area.height == 0 {
        return;
    }
    let width = usize::from(area.width);
    let mut lines = Vec::new();
    if area.height >= 2 {
        let mut spans = vec![Span::raw(" ")];
        let mut used = 1;
        let mut entries: Vec<(String, Style, &str)> = Mark::LEGEND
            .iter()
            .map(|&m| (m.symbol().to_owned(), mark_style(m, theme), m.label()))
            .collect();
        if c.changed.iter().any(Option::is_some) {
            entries.push(("Δ".to_owned(), Style::default(), "changed"));
        }
        for (symbol, style, word) in entries {
            let entry = symbol.width() + 1 + word.width() + 2;
            if used + entry > width {
                break;
            }
            spans.push(Span::styled(symbol, style));
            spans.push(Span::styled(format!(" {word}  "), theme.style(Role::Faint)));
            used += entry;
        }
        lines.push(Line::from(spans));
    }
    lines.push(Line::styled(
        truncate(&format!(" {}", keys.hint(Mode::Compare, HINTS)), width),
        theme.style(Role::Faint),
    ));
    frame.render_widget(Paragraph::new(lines), area);
}
