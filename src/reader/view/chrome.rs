//! The header on top and the status bar at the bottom.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Padding, Paragraph};
use unicode_width::UnicodeWidthStr;

use crate::text::fit::truncate;
use crate::theme::{Role, Theme};

use super::lines::paint_lines;
use crate::keys::{Command, Hint, Keymap, Mode};
use crate::reader::keymap::{hints, short_hint};
use crate::reader::model::{Prompt, State, Where};
use crate::reader::term::cover::cover;

pub fn header(frame: &mut Frame, state: &State, theme: &Theme, area: Rect) {
    if area.height == 0 {
        return;
    }
    let buf = frame.buffer_mut();
    let text = header_text(area);
    let shown = paint_lines(buf, text, state, theme, Where::Header);
    // The rule goes right under the text, as the next line of it.
    let y = area.y + u16::try_from(shown).unwrap_or(area.height - 1);
    if y < area.bottom() {
        let rule = theme.style(Role::Rule);
        buf.set_stringn(
            area.x,
            y,
            "─".repeat(usize::from(area.width)),
            usize::from(area.width),
            rule,
        );
    }
}

/// The header's text, above its rule.
fn header_text(area: Rect) -> Rect {
    Rect {
        height: area.height.saturating_sub(1),
        ..area
    }
}

pub fn status(frame: &mut Frame, state: &State, theme: &Theme, area: Rect) {
    let bar = theme.style(Role::StatusBar);
    if let Some(prompt) = state.overlays.prompt() {
        prompt_line(frame, prompt, &state.keys, theme, area, bar);
        return;
    }
    let mut left = format!(" {}", state.doc.origin.short_name());
    if let Some(warned) = &state.doc.warnings {
        let s = if warned.count == 1 { "" } else { "s" };
        left.push_str(&format!(" · ⚠ {} warning{s}", warned.count));
    }
    let sections = state.doc.briefing.sections.len();
    match state.current_section() {
        Some(i) => left.push_str(&format!(" · section {}/{sections}", i + 1)),
        None => left.push_str(&format!(" · {sections} sections")),
    }
    match state.percent() {
        Some(percent) => left.push_str(&format!(" · {percent}%")),
        None => left.push_str(" · laying out…"),
    }
    let search = &state.search;
    let editing = state.overlays.searching();
    if editing || !search.query.is_empty() {
        let count = search.hits.len();
        // Matches in text not laid out yet are still to come.
        let more = if state.panes.complete { "" } else { "+" };
        let found = match search.current {
            // The hits near the reader's place are in; the rest are counted.
            Some(i) if search.pending => format!("match {} · counting…", i + 1),
            _ if search.pending => "searching…".to_owned(),
            _ if count == 0 && !search.query.is_empty() && more.is_empty() => "no match".to_owned(),
            _ if count == 0 && !search.query.is_empty() => "no match yet…".to_owned(),
            Some(i) => format!("match {}/{count}{more}", i + 1),
            None => format!("{count}{more} matches"),
        };
        if editing {
            left = format!(" /{}▏ {found}", search.query);
        } else {
            left.push_str(&format!(" · {found}"));
        }
    }
    let message = state
        .overlays
        .compare()
        .and_then(|c| c.message.clone())
        .or_else(|| state.status.message.as_ref().map(|m| m.text.clone()));
    let width = usize::from(area.width);
    // A message too long for its line is shown whole in a box above it.
    let message = match message {
        Some(text) if left.width() + text.width() + 3 > width => {
            note(frame, &text, area, theme.style(Role::Message));
            Some(truncate(&text, width.saturating_sub(left.width() + 3)))
        }
        other => other,
    };
    let right = match &message {
        Some(message) => message.clone(),
        None => hints(state),
    };
    let right_style = if message.is_some() {
        bar.patch(theme.style(Role::Message))
            .add_modifier(Modifier::BOLD)
    } else {
        bar
    };
    let gap = width.saturating_sub(left.width() + right.width() + 1);
    // Hints that do not fit whole are left out; a message is cut instead.
    let right = if gap == 0 && message.is_none() {
        short_hint(state)
    } else {
        right
    };
    let gap = width.saturating_sub(left.width() + right.width() + 1);
    let line = if gap == 0 && message.is_none() {
        Line::from(Span::styled(truncate(&left, width), bar))
    } else {
        Line::from(vec![
            Span::styled(left, bar),
            Span::styled(" ".repeat(gap.max(1)), bar),
            Span::styled(format!("{right} "), right_style),
        ])
    };
    frame.render_widget(Paragraph::new(line).style(bar), area);
}

const PROMPTING: &[Hint] = &[
    Hint::new(&[Command::Complete], "completes"),
    Hint::new(&[Command::Confirm], "opens"),
    Hint::new(&[Command::Cancel], "cancels"),
];

/// The `:` prompt in place of the status bar, with its error or completions.
fn prompt_line(
    frame: &mut Frame,
    prompt: &Prompt,
    keys: &Keymap,
    theme: &Theme,
    area: Rect,
    bar: Style,
) {
    let mut spans = vec![
        Span::styled(" open: ", bar.patch(theme.style(Role::Label))),
        Span::styled(format!("{}▏", prompt.input), bar),
    ];
    if let Some(error) = &prompt.error {
        let used: usize = spans.iter().map(|s| s.content.width()).sum();
        let width = usize::from(area.width).saturating_sub(used + 2);
        if error.width() > width {
            note(frame, error, area, theme.style(Role::Error));
        }
        spans.push(Span::styled(
            format!("  {}", truncate(error, width)),
            bar.patch(theme.style(Role::Error))
                .add_modifier(Modifier::BOLD),
        ));
    } else if !prompt.candidates.is_empty() {
        let used: usize = spans.iter().map(|s| s.content.width()).sum();
        let room = usize::from(area.width).saturating_sub(used);
        spans.push(Span::styled(
            truncate(&format!("  {}", prompt.candidates.join("  ")), room),
            bar.patch(theme.style(Role::Faint)),
        ));
    } else {
        spans.push(Span::styled(
            format!("  {}", keys.hint(Mode::Prompt, PROMPTING)),
            bar,
        ));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)).style(bar), area);
}

/// `text` whole, wrapped in a box just above the status bar at `status`,
/// for a message too long for the bar itself.
fn note(frame: &mut Frame, text: &str, status: Rect, style: Style) {
    let inner_width = usize::from(status.width.saturating_sub(4)).max(1);
    let lines: Vec<Line> = textwrap::wrap(text, inner_width)
        .into_iter()
        .map(|l| Line::from(Span::styled(l.into_owned(), style)))
        .collect();
    let most = status.y.saturating_sub(1) / 2;
    let height = (u16::try_from(lines.len()).unwrap_or(u16::MAX) + 2).min(most.max(3));
    let area = Rect::new(
        status.x,
        status.y.saturating_sub(height),
        status.width,
        height,
    );
    cover(frame.buffer_mut(), area);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(style)
        .padding(Padding::horizontal(1));
    frame.render_widget(Paragraph::new(lines).block(block), area);
}
