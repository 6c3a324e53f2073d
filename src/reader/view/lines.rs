//! Laid-out lines drawn into the frame with ratatui's `Buffer::set_line`,
//! with search hits lit. Only the rows on screen are ever read.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style as TuiStyle;
use ratatui::text::{Line, Span};

use crate::search::Hit;
use crate::text::{Layout, LineRef};

use crate::reader::model::{State, Where};
use crate::theme::Theme;

/// Draw the lines of `place` on screen into `area`, one a row, with its
/// hits lit. Returns how many lines there were to draw.
pub fn paint_lines(
    buf: &mut Buffer,
    area: Rect,
    state: &State,
    theme: &Theme,
    place: Where,
) -> usize {
    let (layout, first) = match place {
        Where::Header => (&state.panes.header, 0),
        Where::Reading => (&state.panes.reading, state.view.scroll),
        Where::Positions => (&state.panes.positions, state.view.positions_scroll),
    };
    let area = area.intersection(buf.area);
    rows(area, state, place, layout, first, |y, line| {
        if let Some((line, lit, current)) = line {
            let mut parts = Vec::new();
            spans(line, lit, current, theme, |text, style| {
                parts.push(Span::styled(text, style));
            });
            buf.set_line(area.x, y, &Line::from(parts), area.width);
        }
    })
}

/// A row of a pane, and the line on it with its hits and which of them is
/// current; no line past the end of the layout.
type Shown<'a> = Option<(LineRef<'a>, &'a [Hit], Option<usize>)>;

/// Each row of `area` with the line of `layout` it shows from `first` on.
/// Returns how many lines there were.
fn rows<'a>(
    area: Rect,
    state: &'a State,
    place: Where,
    layout: &'a Layout,
    first: usize,
    mut each: impl FnMut(u16, Shown<'a>),
) -> usize {
    let rows = usize::from(area.height);
    let end = first.saturating_add(rows).min(layout.len());
    let first = first.min(end);
    let hits = state.search.hits.of(place);
    let base = state.search.hits.first_of(place);
    let current = state.search.current.and_then(|c| c.checked_sub(base));
    for (y, i) in (area.top()..area.bottom()).zip(first..) {
        let Some(line) = layout.line(i).filter(|_| i < end) else {
            each(y, None);
            continue;
        };
        let range = line.range();
        // Hits are in order: those on this line are one run, found by halving.
        let from = hits.partition_point(|h| (h.end as usize) <= range.start);
        let on = hits[from..]
            .iter()
            .take_while(|h| (h.start as usize) < range.end)
            .count();
        let current = current.and_then(|c| c.checked_sub(from));
        each(y, Some((line, &hits[from..from + on], current)));
    }
    end - first
}

/// One line's spans in order, split where hits start and end. Hit ranges
/// are offsets into the layout's text, as the line's own range is;
/// `current` indexes `lit`.
pub fn spans<'a>(
    line: LineRef<'a>,
    lit: &[Hit],
    current: Option<usize>,
    theme: &Theme,
    mut out: impl FnMut(&'a str, TuiStyle),
) {
    for s in line.prefix() {
        out(s.text.as_str(), theme.text(s.style));
    }
    let mut offset = line.range().start;
    for (text, style) in line.runs() {
        let style = theme.text(style);
        let end = offset + text.len();
        let mut cut = 0;
        for (k, h) in lit.iter().enumerate() {
            let (s, e) = (h.range().start.max(offset), h.range().end.min(end));
            if s >= e {
                continue;
            }
            let (s, e) = (s - offset, e - offset);
            if s > cut {
                out(text.get(cut..s).unwrap_or_default(), style);
            }
            out(
                text.get(s.max(cut)..e).unwrap_or_default(),
                style.patch(theme.hit(current == Some(k))),
            );
            cut = e.max(cut);
        }
        if cut < text.len() {
            out(text.get(cut..).unwrap_or_default(), style);
        }
        offset = end;
    }
}
