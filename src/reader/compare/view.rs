//! Drawing the compare view from `&Compare`: the matrix as a ratatui
//! `Table` (topics down, parties across), its title and legend, and the
//! open cell on top. Only the rows and columns on screen are built.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Clear, Paragraph, Row, Table, Wrap};
use unicode_width::UnicodeWidthStr;

use super::cell::{cell_lines, truncate, verdict_tag, wrap};
use super::chrome;
use super::grid::{Grid, Slot};
use super::header;
use super::opened;
use crate::compare::{Comparison, TopicVerdict, Verdict, verdicts};
use crate::keys::{Command, Hint, Keymap, Mode};
use crate::model::Briefing;
use crate::reader::model::compare::Compare;
use crate::theme::{Role, Theme};

/// What an empty filtered view says to do next.
const FILTERING: &[Hint] = &[Hint::new(
    &[Command::FilterVerdict],
    "shows the next filter",
)];

pub fn draw(
    frame: &mut Frame,
    area: Rect,
    c: &Compare,
    briefing: &Briefing,
    comparison: &Comparison,
    keys: &Keymap,
    theme: &Theme,
) {
    let area = area.intersection(frame.area());
    frame.render_widget(Clear, area);
    if area.is_empty() {
        return;
    }
    let grid = Grid::of(area, c, briefing, comparison);
    let verdicts = verdicts(briefing, comparison);
    let (row_offset, column_offset) = grid.offsets(c, briefing, comparison);
    let total = c.rows(briefing, comparison).len();
    let shown_rows = grid.rows_on_screen().min(total.saturating_sub(row_offset));
    chrome::title(
        frame,
        grid.title,
        c,
        briefing,
        &verdicts,
        (row_offset, shown_rows, total),
        theme,
    );
    if total == 0 || briefing.parties.is_empty() {
        let note = if briefing.parties.is_empty() {
            "No positions to compare: this briefing lists no parties.".to_owned()
        } else if comparison.topics.is_empty() {
            "No positions to compare: no party in this briefing states a position.".to_owned()
        } else {
            let again = keys.hint(Mode::Compare, FILTERING);
            format!("No topic has the verdict “{}”. {again}.", c.filter.label())
        };
        frame.render_widget(
            Paragraph::new(note).wrap(Wrap { trim: true }).centered(),
            grid.table,
        );
    } else {
        let view = Matrix {
            grid: &grid,
            c,
            briefing,
            comparison,
            verdicts: &verdicts,
            theme,
        };
        view.render(frame, row_offset, shown_rows, column_offset);
    }
    chrome::legend(frame, grid.legend, c, keys, theme);
    if c.open {
        opened::draw(frame, area, c, briefing, comparison, keys, theme);
    }
}

struct Matrix<'a> {
    grid: &'a Grid,
    c: &'a Compare,
    briefing: &'a Briefing,
    comparison: &'a Comparison,
    verdicts: &'a [TopicVerdict],
    theme: &'a Theme,
}

impl Matrix<'_> {
    fn render(
        &self,
        frame: &mut Frame,
        row_offset: usize,
        shown_rows: usize,
        column_offset: usize,
    ) {
        let shown = self.c.shown(self.briefing);
        let columns = self.grid.columns(self.briefing, &shown, column_offset);
        let parties_drawn = columns
            .iter()
            .filter(|(s, _)| *s != Slot::Separator)
            .count();
        let widths: Vec<Constraint> = std::iter::once(self.grid.topic_width)
            .chain(columns.iter().map(|&(_, w)| w))
            .map(Constraint::Length)
            .collect();
        let rows: Vec<Row> = self
            .c
            .rows(self.briefing, self.comparison)
            .into_iter()
            .skip(row_offset)
            .take(shown_rows)
            .map(|topic| self.row(topic, &columns))
            .collect();
        let table = Table::new(rows, widths)
            .header(header::row(
                self.grid,
                self.c,
                self.briefing,
                self.theme,
                &columns,
                column_offset,
            ))
            .column_spacing(1);
        frame.render_widget(table, self.grid.table);
        let rows_height = (shown_rows as u16 * (self.grid.row_height + self.grid.margin))
            .saturating_sub(self.grid.margin);
        let right = shown.len().saturating_sub(column_offset + parties_drawn);
        self.rules(frame, &columns, self.grid.header_height + rows_height);
        self.more_marks(frame, column_offset, right);
    }

    /// "◀ 2 more" and "3 more ▶": columns scrolled out of view. On a tall
    /// screen they sit in the header's rule; else on its only line.
    fn more_marks(&self, frame: &mut Frame, left: usize, right: usize) {
        let t = self.grid.table;
        let Some(y) = (t.y + self.grid.header_height).checked_sub(1) else {
            return;
        };
        if self.grid.header_height == 0 {
            return;
        }
        let accent = self.theme.style(Role::Accent);
        let tw = usize::from(self.grid.topic_width);
        if left > 0 && self.grid.header_height > 1 {
            let text = truncate(&format!("◀ {left} more "), tw);
            frame.buffer_mut().set_string(t.x, y, text, accent);
        }
        if right > 0 {
            let text = format!(" {right} more ▶");
            let width = text.width() as u16;
            if width + self.grid.topic_width < t.width {
                frame
                    .buffer_mut()
                    .set_string(t.right() - width, y, text, accent);
            }
        }
    }

    fn row(&self, topic: usize, columns: &[(Slot, u16)]) -> Row<'static> {
        let rh = self.grid.row_height;
        let mut cells = vec![Cell::from(self.topic_cell(topic))];
        for &(slot, width) in columns {
            let Slot::Party(p) = slot else {
                cells.push(Cell::from(""));
                continue;
            };
            let position = self.comparison.cell(self.briefing, topic, p);
            let mark = crate::compare::Mark::of(position);
            let old = self.c.old_mark(topic, p);
            let text = position.map_or("", |p| p.text.as_str());
            let mut cell = Cell::from(cell_lines(mark, old, text, width, rh, self.theme));
            if topic == self.c.topic && p == self.c.party {
                cell = cell.style(self.theme.style(Role::Selection));
            }
            cells.push(cell);
        }
        Row::new(cells).height(rh).bottom_margin(self.grid.margin)
    }

    /// The topic's name under a gutter (the cursor's ▸, a changed topic's
    /// Δ), and its verdict below it, or beside it on a one-line row.
    fn topic_cell(&self, topic: usize) -> Vec<Line<'static>> {
        let tw = usize::from(self.grid.topic_width);
        let rh = usize::from(self.grid.row_height);
        let here = topic == self.c.topic;
        let any_changed = self.c.changed.iter().any(Option::is_some);
        let mut gutter = String::from(if here { "▸" } else { " " });
        if any_changed {
            gutter.push(if self.c.changes(topic).is_some() {
                'Δ'
            } else {
                ' '
            });
        }
        gutter.push(' ');
        let gw = gutter.width();
        let name = self.comparison.topics.get(topic).map_or("", String::as_str);
        let name_style = if here {
            self.theme.style(Role::Cursor)
        } else {
            self.theme.style(Role::Label)
        };
        let gutter_style = self.theme.style(Role::Cursor);
        let verdict = self
            .verdicts
            .get(topic)
            .map_or(Verdict::Unaddressed, |v| v.verdict);
        let room = tw.saturating_sub(gw);
        if rh == 1 {
            let (tag, tag_style) = verdict_tag(verdict, self.theme);
            let tag = self.changed_tag(topic, tag);
            // The name comes first: the tag only where most of it still shows.
            let show_tag = room >= tag.width() + 1 + name.width().min(10);
            let name_room = if show_tag {
                room - tag.width() - 1
            } else {
                room
            };
            let shown = truncate(name, name_room);
            let pad = room.saturating_sub(shown.width() + tag.width());
            let mut spans = vec![
                Span::styled(truncate(&gutter, tw), gutter_style),
                Span::styled(shown, name_style),
            ];
            if show_tag {
                spans.push(Span::raw(" ".repeat(pad)));
                spans.push(Span::styled(tag, tag_style));
            }
            return vec![Line::from(spans)];
        }
        let mut lines: Vec<Line> = wrap(name, room, rh - 1)
            .into_iter()
            .enumerate()
            .map(|(i, l)| {
                let g = if i == 0 {
                    gutter.clone()
                } else {
                    " ".repeat(gw)
                };
                Line::from(vec![
                    Span::styled(truncate(&g, tw), gutter_style),
                    Span::styled(l, name_style),
                ])
            })
            .collect();
        let (tag, tag_style) = verdict_tag(verdict, self.theme);
        let mut tag = self.changed_tag(topic, tag);
        let was = match self.c.verdict_was(topic) {
            Some(was) => Some(format!("{tag} (was {})", was.label())),
            None if self.c.is_new_topic(topic) => Some(format!("{tag} (new)")),
            None => None,
        };
        if let Some(long) = was.filter(|long| long.width() <= room) {
            tag = long;
        }
        lines.push(Line::from(vec![
            Span::raw(" ".repeat(gw.min(tw))),
            Span::styled(truncate(&tag, room), tag_style),
        ]));
        lines
    }

    /// "Δ divergence" for a verdict that changed against the earlier
    /// briefing, or that is new with its topic.
    fn changed_tag(&self, topic: usize, tag: &str) -> String {
        if self.c.verdict_was(topic).is_some() || self.c.is_new_topic(topic) {
            format!("Δ {tag}")
        } else {
            tag.to_owned()
        }
    }

    /// The separator column as one unbroken rule down the table, and on a
    /// tall screen a rule under the header.
    fn rules(&self, frame: &mut Frame, columns: &[(Slot, u16)], height: u16) {
        let t = self.grid.table;
        let bottom = t.bottom().min(t.y.saturating_add(height));
        let dim = self.theme.style(Role::Rule);
        let mut x = t.x + self.grid.topic_width;
        let mut separator = None;
        for &(slot, width) in columns {
            x = x.saturating_add(1);
            if slot == Slot::Separator && x < t.right() {
                separator = Some(x);
            }
            x = x.saturating_add(width);
        }
        let buffer = frame.buffer_mut();
        if let Some(x) = separator {
            for y in t.y..bottom {
                buffer.set_string(x, y, "│", dim);
            }
        }
        if self.grid.header_height >= 3 {
            let y = t.y + self.grid.header_height - 1;
            buffer.set_string(t.x, y, "─".repeat(usize::from(t.width)), dim);
            if let Some(x) = separator {
                buffer.set_string(x, y, "┼", dim);
            }
        }
    }
}
