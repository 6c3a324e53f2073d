//! A row of styled spans made exactly as wide as its place: padded so a
//! selected row is lit end to end, or cut with "…" where it runs over.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::text::fit::{columns, cut};

/// `spans` padded with `style` to `width`, or cut to it with "…" (on a
/// grapheme's edge, never inside a wide character).
pub fn fill(spans: Vec<Span<'_>>, width: usize, style: Style) -> Line<'static> {
    let used: usize = spans.iter().map(|s| columns(&s.content)).sum();
    let mut out: Vec<Span<'static>> = Vec::with_capacity(spans.len() + 1);
    if used <= width {
        out.extend(spans.into_iter().map(owned));
        if used < width {
            out.push(Span::styled(" ".repeat(width - used), style));
        }
        return Line::from(out);
    }
    let mut room = width;
    for span in spans {
        let w = columns(&span.content);
        if w < room {
            room -= w;
            out.push(owned(span));
            continue;
        }
        // The row runs over here: this span ends it, with "…".
        if room > 0 {
            let text = format!("{}…", cut(&span.content, room - 1).trim_end());
            room -= columns(&text);
            out.push(Span::styled(text, span.style));
        }
        break;
    }
    if room > 0 {
        out.push(Span::styled(" ".repeat(room), style));
    }
    Line::from(out)
}

fn owned(span: Span<'_>) -> Span<'static> {
    Span::styled(span.content.into_owned(), span.style)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(line: &Line) -> String {
        line.spans.iter().map(|s| s.content.as_ref()).collect()
    }

    #[test]
    fn short_rows_are_padded_and_long_ones_cut_with_an_ellipsis() {
        let s = Style::default();
        let row = fill(vec![Span::raw("ab"), Span::raw("cd")], 6, s);
        assert_eq!(text(&row), "abcd  ");
        let row = fill(vec![Span::raw("abc"), Span::raw("defgh")], 6, s);
        assert_eq!(text(&row), "abcde…");
        assert_eq!(row.width(), 6);
        let row = fill(vec![Span::raw("ab"), Span::raw("日本語")], 5, s);
        assert_eq!(text(&row), "ab日…");
        let row = fill(vec![Span::raw("abc日本")], 4, s);
        assert_eq!(text(&row), "abc…");
        let row = fill(vec![Span::raw("abcdef"), Span::raw("x")], 6, s);
        assert_eq!(text(&row), "abcde…");
    }
}
