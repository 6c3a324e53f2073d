//! The README's pictures, each drawn by the code the terminal gets: the
//! reader's view into a [`TestBackend`], and the command-line reports laid
//! out as `brief print` and `brief diff` lay them out, under a prompt line.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use super::Palette;
use crate::bundled;
use crate::diff::{diff, render};
use crate::load::{Origin, load_str};
use crate::reader::testing::{Action, CompareAction, State, draw, update};
use crate::text::Layout;
use crate::theme::{Role, Theme};

/// One picture: the file it goes to under `assets/screenshots/`, and what
/// it shows.
pub struct Scene {
    pub name: &'static str,
    pub buffer: Buffer,
    pub palette: Palette,
}

/// Every picture the README shows, in the order it shows them.
///
/// # Panics
/// When a bundled briefing no longer loads, which the tests catch first.
#[must_use]
pub fn all() -> Vec<Scene> {
    let default = Theme::default();
    let light = Theme::bundled("light").expect("the light theme is bundled");
    vec![
        Scene {
            name: "reader",
            buffer: reader(&bundled_state("istanbul-talks", 120, 40), &default),
            palette: Palette::dark(),
        },
        Scene {
            name: "compare",
            buffer: reader(&compare(), &default),
            palette: Palette::dark(),
        },
        Scene {
            name: "timeline",
            buffer: reader(&timeline(), &default),
            palette: Palette::dark(),
        },
        Scene {
            name: "check",
            buffer: check(&default),
            palette: Palette::dark(),
        },
        Scene {
            name: "diff",
            buffer: diff_pair(&default),
            palette: Palette::dark(),
        },
        Scene {
            name: "light",
            buffer: reader(&bundled_state("good-friday-agreement", 120, 40), &light),
            palette: Palette::light(),
        },
    ]
}

fn bundled_state(name: &str, width: u16, height: u16) -> State {
    let b = bundled::find(name).expect("a bundled briefing");
    let briefing = load_str(b.file, b.text).expect("bundled briefings load");
    State::new(briefing, Origin::Bundled(b), width, height)
}

fn reader(state: &State, theme: &Theme) -> Buffer {
    let backend = TestBackend::new(state.view.width, state.view.height);
    let mut terminal = Terminal::new(backend).expect("a test backend never fails");
    terminal
        .draw(|frame| draw(frame, state, theme))
        .expect("a test backend never fails");
    terminal.backend().buffer().clone()
}

/// The Iran briefing's topics by verdict, divergence first.
fn compare() -> State {
    let mut state = bundled_state("iran-nuclear-jcpoa", 120, 32);
    update(&mut state, Action::OpenCompare);
    update(&mut state, Action::Compare(CompareAction::SortByVerdict));
    state
}

/// The Istanbul series from its third round, as `T` shows it: who moved
/// on what, round by round.
fn timeline() -> State {
    let mut state = bundled_state("istanbul-talks-2025-06-02", 120, 36);
    let found = crate::reader::testing::rounds_found(&state.doc.origin, &state.doc.briefing);
    update(&mut state, found);
    update(&mut state, Action::OpenTimeline);
    state
}

const TERMINAL_WIDTH: u16 = 100;
/// The verdicts and the briefing's changes: what a reader sees first.
const DIFF_ROWS: usize = 34;

/// A briefing with the mistakes authors make, as `brief check` reports it.
fn check(theme: &Theme) -> Buffer {
    const FILE: &str = "draft.toml";
    const DRAFT: &str = r#"format = 1
headline = "Ceasefire talks resume in Doha"
date = "31 March 2026"

[[sources]]
id = "minutes"
name = "Joint minutes of the first session"

[[sections]]
title = "Where things stand"
body = "Both delegations are back at the table."

[[parties]]
name = "Northland"

  [[parties.positions]]
  topic = "Ceasefire"
  stance = "in favour"
  text = "Wants a ceasefire before any other talks."
  cite = "minute"
"#;
    let report = match crate::check::load_str(FILE, DRAFT) {
        Ok(_) => "ok".to_owned(),
        Err(err) => err.to_string(),
    };
    let lines: Vec<Line<'static>> = report
        .lines()
        .flat_map(|l| hard_wrap(l, usize::from(TERMINAL_WIDTH)))
        .map(|l| Line::styled(l, theme.style(Role::Body)))
        .collect();
    terminal(&format!("brief check {FILE}"), &lines, theme)
}

/// What changed between the two bundled New START rounds.
fn diff_pair(theme: &Theme) -> Buffer {
    let load = |name: &str| {
        let b = bundled::find(name).expect("the bundled New START pair");
        load_str(b.file, b.text).expect("bundled briefings load")
    };
    let (old, new) = (load("new-start-2021-02"), load("new-start-2023-02"));
    let (old_name, new_name) = ("new-start-2021-02.toml", "new-start-2023-02.toml");
    let layout = render::lines(
        &diff(&old, &new),
        old_name,
        new_name,
        usize::from(TERMINAL_WIDTH),
    );
    let mut lines = styled(&layout, theme);
    lines.truncate(DIFF_ROWS);
    terminal(
        &format!("brief diff {old_name} {new_name} | head -n {DIFF_ROWS}"),
        &lines,
        theme,
    )
}

fn styled(layout: &Layout, theme: &Theme) -> Vec<Line<'static>> {
    layout
        .lines()
        .map(|line| {
            Line::from(
                line.spans()
                    .map(|(text, style)| Span::styled(text.to_owned(), theme.text(style)))
                    .collect::<Vec<_>>(),
            )
        })
        .collect()
}

/// A shell prompt and the command, then its output, as a terminal shows it.
fn terminal(command: &str, output: &[Line<'static>], theme: &Theme) -> Buffer {
    let height = u16::try_from(output.len() + 2).unwrap_or(u16::MAX);
    let mut buffer = Buffer::empty(Rect::new(0, 0, TERMINAL_WIDTH, height));
    let prompt = Line::from(vec![
        Span::styled("$ ", theme.style(Role::Faint)),
        Span::styled(
            command.to_owned(),
            Style::new().add_modifier(Modifier::BOLD),
        ),
    ]);
    buffer.set_line(0, 0, &prompt, TERMINAL_WIDTH);
    for (y, line) in (1..).zip(output) {
        buffer.set_line(0, y, line, TERMINAL_WIDTH);
    }
    buffer
}

/// A line as a terminal shows one wider than itself: cut into rows.
fn hard_wrap(line: &str, width: usize) -> Vec<String> {
    let mut rows = vec![String::new()];
    let mut used = 0;
    for c in line.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > width {
            rows.push(String::new());
            used = 0;
        }
        rows.last_mut().expect("rows start with one").push(c);
        used += w;
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::hard_wrap;

    #[test]
    fn a_long_line_is_cut_into_rows_as_a_terminal_does() {
        assert_eq!(hard_wrap("abcdef", 4), ["abcd", "ef"]);
        assert_eq!(hard_wrap("", 4), [""]);
        // A wide character that would straddle the edge starts the next row.
        assert_eq!(hard_wrap("abc世", 4), ["abc", "世"]);
    }
}
