//! Turning laid-out lines into ratatui lines, with search hits lit.
//! Only the rows on screen are ever converted.

use std::ops::Range;

use ratatui::text::{Line as TuiLine, Span as TuiSpan};

use crate::search::Hit;
use crate::text::{Layout, LineRef};

use super::look::{hit, tui_style};
use crate::tui::state::{State, Where};

/// Rows `first..first + rows` of `layout`, with the hits of `place` lit.
pub fn visible<'a>(
    state: &State,
    place: Where,
    layout: &'a Layout,
    first: usize,
    rows: usize,
) -> Vec<TuiLine<'a>> {
    let end = first.saturating_add(rows).min(layout.len());
    let first = first.min(end);
    let hits = state.search.hits.of(place);
    let base = state.search.hits.first_of(place);
    let current = state.search.current.and_then(|c| c.checked_sub(base));
    let mut out = Vec::with_capacity(end - first);
    for line in (first..end).filter_map(|i| layout.line(i)) {
        let range = line.range();
        // Hits are in order: those on this line are one run, found by halving.
        let from = hits.partition_point(|h| (h.end as usize) <= range.start);
        let lit: Vec<(Range<usize>, bool)> = hits[from..]
            .iter()
            .take_while(|h| (h.start as usize) < range.end)
            .enumerate()
            .map(|(k, h)| (Hit::range(*h), current == Some(from + k)))
            .collect();
        out.push(convert(line, &lit));
    }
    out
}

/// One line, split where hits start and end. Hit ranges are offsets into
/// the layout's text, as the line's own range is.
pub fn convert<'a>(line: LineRef<'a>, lit: &[(Range<usize>, bool)]) -> TuiLine<'a> {
    let mut spans: Vec<TuiSpan<'a>> = line
        .prefix()
        .iter()
        .map(|s| TuiSpan::styled(s.text.as_str(), tui_style(s.style)))
        .collect();
    let mut offset = line.range().start;
    for (text, style) in line.runs() {
        let style = tui_style(style);
        let end = offset + text.len();
        let mut cut = 0;
        for (h, current) in lit {
            let (s, e) = (h.start.max(offset), h.end.min(end));
            if s >= e {
                continue;
            }
            let (s, e) = (s - offset, e - offset);
            if s > cut {
                spans.push(TuiSpan::styled(&text[cut..s], style));
            }
            spans.push(TuiSpan::styled(
                &text[s.max(cut)..e],
                style.patch(hit(*current)),
            ));
            cut = e.max(cut);
        }
        if cut < text.len() {
            spans.push(TuiSpan::styled(&text[cut..], style));
        }
        offset = end;
    }
    TuiLine::from(spans)
}
