//! The reader's header in the rows it has: the headline and the dek
//! shortened first (cut with "…"), so the meta line (date · location ·
//! tags, and the round of a series at its right) is always there.

use super::document::{dek_style, header, headline_style, meta_line};
use super::fit::{columns, ellipsize, truncate};
use super::layout::Layout;
use super::style::{Role, Style};
use crate::model::Briefing;

/// Headline, dek and meta line in at most `rows` lines of `width`; `round`
/// ("round 2 of 4") goes at the right of the meta line.
pub fn fitted(briefing: &Briefing, width: usize, rows: usize, round: Option<&str>) -> Layout {
    let width = width.max(1);
    let rows = rows.max(1);
    let meta = meta_line(briefing);
    let has_meta = !meta.is_empty() || round.is_some();
    let headline = lines_of(&briefing.headline, width);
    let dek = briefing
        .dek
        .as_deref()
        .map(|d| lines_of(d, width))
        .unwrap_or_default();
    if !has_meta && headline.len() + dek.len() <= rows {
        // Nothing to keep room for, and everything fits: as printed.
        return header(briefing, width);
    }
    let mut out = Layout::new(width);
    if has_meta && rows == 1 {
        one_row(&mut out, &briefing.headline, &meta, round, width);
        out.finish();
        return out;
    }
    let room = rows - usize::from(has_meta);
    let (h, d) = share(headline.len(), dek.len(), room);
    push_lines(&mut out, &headline, h, width, headline_style());
    push_lines(&mut out, &dek, d, width, dek_style());
    if has_meta {
        out.paragraph();
        meta_row(&mut out, &meta, round, width);
    }
    out.finish();
    out
}

/// Lines for the headline and the dek out of `room`: all of both when they
/// fit; else the headline first, keeping a line for the dek when there are
/// three or more.
fn share(headline: usize, dek: usize, room: usize) -> (usize, usize) {
    if headline + dek <= room {
        return (headline, dek);
    }
    let keep_dek = usize::from(dek > 0 && room > 2);
    let h = headline.min(room.saturating_sub(keep_dek)).max(room.min(1));
    (h, dek.min(room - h))
}

/// `text` wrapped to `width` as the header wraps it.
fn lines_of(text: &str, width: usize) -> Vec<String> {
    let mut tmp = Layout::new(width);
    super::wrap::wrap_plain(text, Style::default(), width, 0, 0, &mut tmp);
    tmp.finish();
    tmp.lines().map(|l| truncate(l.content(), width)).collect()
}

/// The first `n` of `lines` as a paragraph; the last ends in "…" when some
/// were left out.
fn push_lines(out: &mut Layout, lines: &[String], n: usize, width: usize, style: Style) {
    if n == 0 {
        return;
    }
    out.paragraph();
    for (i, line) in lines.iter().take(n).enumerate() {
        if i > 0 {
            // The space the wrap took out, so a search runs across it.
            out.push_hidden(" ");
        }
        out.start_line(0, &[]);
        if i + 1 == n && n < lines.len() {
            out.push(&ellipsize(line, width), style);
        } else {
            out.push(line, style);
        }
    }
}

/// The meta line, cut to leave room for `round` at the right edge.
fn meta_row(out: &mut Layout, meta: &str, round: Option<&str>, width: usize) {
    let style = Style::role(Role::Meta);
    out.start_line(0, &[]);
    let Some(round) = round.filter(|r| columns(r) + 2 < width) else {
        out.push(&truncate(meta, width), style);
        return;
    };
    let left = truncate(meta, width - columns(round) - 2);
    let gap = width - columns(&left) - columns(round);
    out.push(&left, style);
    out.push(&" ".repeat(gap), style);
    out.push(
        round,
        Style {
            strong: true,
            ..style
        },
    );
}

/// A header of one row: the headline cut short, then as much of the meta
/// line as a third of the row holds, or more when the headline is short.
fn one_row(out: &mut Layout, headline: &str, meta: &str, round: Option<&str>, width: usize) {
    let meta_room = width
        .saturating_sub(columns(headline) + 3)
        .max(width / 3)
        .min(width);
    // The round is kept whole; the date, place and tags are cut before it.
    let meta = match round {
        Some(round) if meta.is_empty() => truncate(round, meta_room),
        Some(round) if columns(round) + 4 < meta_room => {
            let rest = truncate(meta, meta_room - columns(round) - 3);
            format!("{rest} · {round}")
        }
        _ => truncate(meta, meta_room),
    };
    let head = truncate(headline, width.saturating_sub(columns(&meta) + 3));
    out.start_line(0, &[]);
    if !head.is_empty() {
        out.push(&head, headline_style());
        out.push(" · ", Style::role(Role::Meta));
    }
    out.push(&meta, Style::role(Role::Meta));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::LineRef;

    fn briefing(headline: &str, dek: Option<&str>) -> Briefing {
        Briefing {
            format: 1,
            headline: headline.to_owned(),
            dek: dek.map(str::to_owned),
            date: Some("2025-05-15".to_owned()),
            location: Some("Istanbul".to_owned()),
            process: None,
            round: None,
            tags: vec!["diplomacy".to_owned(), "war".to_owned()],
            summary: Vec::new(),
            topics: Vec::new(),
            sources: Vec::new(),
            sections: Vec::new(),
            parties: Vec::new(),
        }
    }

    fn shown(layout: &Layout) -> Vec<String> {
        layout.lines().map(LineRef::text).collect()
    }

    #[test]
    fn the_meta_line_stays_when_the_headline_and_dek_are_long() {
        let long = "word ".repeat(40);
        let b = briefing(&long, Some(&long));
        for rows in 2..=5 {
            let lines = shown(&fitted(&b, 40, rows, Some("round 2 of 4")));
            assert_eq!(lines.len(), rows, "{lines:?}");
            let last = lines.last().cloned().unwrap_or_default();
            assert!(last.starts_with("15 May 2025 · Istanbul"), "{last:?}");
            assert!(last.ends_with("round 2 of 4"), "{last:?}");
            assert!(lines.iter().all(|l| columns(l) <= 40), "{lines:?}");
            assert!(lines[0].ends_with('…') || rows > 2, "{lines:?}");
        }
    }

    #[test]
    fn one_row_holds_the_headline_and_the_date() {
        let b = briefing("Istanbul to host new round of direct talks", None);
        let lines = shown(&fitted(&b, 80, 1, Some("round 3 of 4")));
        assert!(lines[0].ends_with("round 3 of 4"), "{lines:?}");
        let lines = shown(&fitted(&b, 50, 1, None));
        assert_eq!(lines.len(), 1);
        assert!(lines[0].starts_with("Istanbul to host"), "{lines:?}");
        assert!(lines[0].contains("15 May 2025"), "{lines:?}");
        assert!(columns(&lines[0]) <= 50);
    }

    #[test]
    fn what_fits_is_shown_whole() {
        let b = briefing("Short", Some("Also short"));
        let lines = shown(&fitted(&b, 60, 5, None));
        assert_eq!(
            lines,
            [
                "Short",
                "Also short",
                "15 May 2025 · Istanbul · diplomacy, war"
            ]
        );
    }

    #[test]
    fn the_headline_goes_before_the_dek() {
        assert_eq!(share(2, 2, 3), (2, 1));
        assert_eq!(share(3, 2, 3), (2, 1));
        assert_eq!(share(2, 2, 2), (2, 0));
        assert_eq!(share(1, 3, 2), (1, 1));
        assert_eq!(share(1, 1, 4), (1, 1));
    }
}
