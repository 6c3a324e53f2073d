//! Turning laid-out lines into ratatui lines, with search hits lit.
//! Only the rows on screen are ever converted.

use ratatui::text::{Line as TuiLine, Span as TuiSpan};

use crate::search::Hit;
use crate::text::Line;

use super::look::{hit, tui_style};
use crate::tui::state::{State, Where};

/// Rows `first..first + rows` of `lines`, with the hits of `place` lit.
pub fn visible<'a>(
    state: &State,
    place: Where,
    lines: &'a [Line],
    first: usize,
    rows: usize,
) -> Vec<TuiLine<'a>> {
    let end = first.saturating_add(rows).min(lines.len());
    let first = first.min(end);
    let hits = &state.search.hits;
    // Hits are in order, so the visible ones are one contiguous run.
    let from = hits.partition_point(|(w, h)| (*w as u8, h.line) < (place as u8, first));
    let mut k = from;
    let mut out = Vec::with_capacity(end - first);
    for (i, line) in lines[first..end].iter().enumerate() {
        let at = first + i;
        let mut lit: Vec<(Hit, bool)> = Vec::new();
        while let Some(&(w, h)) = hits.get(k) {
            if w != place || h.line != at {
                break;
            }
            lit.push((h, state.search.current == Some(k)));
            k += 1;
        }
        out.push(convert(line, &lit));
    }
    out
}

/// One line, split where hits start and end.
pub fn convert<'a>(line: &'a Line, lit: &[(Hit, bool)]) -> TuiLine<'a> {
    let mut spans = Vec::new();
    let mut offset = 0;
    for span in &line.spans {
        let style = tui_style(span.style);
        let text = span.text.as_str();
        let end = offset + text.len();
        let mut cut = 0;
        for &(h, current) in lit {
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
                style.patch(hit(current)),
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
