//! The painter against what it replaces: `Paragraph` without wrap, over a
//! buffer that already holds styled text, and `Clear` then `Paragraph`.

use proptest::prelude::*;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Widget};

use super::Row;

/// Text that is hard to cut: wide, combining, zero-width, joined, prepended,
/// control characters, and plain ASCII around them.
const HARD: &[&str] = &[
    "plain",
    " ",
    "e\u{301}",
    "a\u{301}\u{302}b",
    "\u{301}",
    "日本語",
    "x\u{200B}y",
    "\u{1F1EB}\u{1F1F7}\u{1F1E9}",
    "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}",
    "\u{600}1",
    "\u{903}",
    "tab\there",
    "cr\r\nlf",
    "\r",
    "\n\u{301}",
    "\x1b[31mred",
    "\x7f",
    "Türkiye – ü",
    "ｶﾞｷﾞ",
    "─",
    "\u{AD}",
    "각",
    "\u{1100}\u{1161}",
    "·…▏",
    "\u{FE0F}",
];

fn styles() -> [Style; 3] {
    [
        Style::default(),
        Style::default()
            .fg(Color::Cyan)
            .add_modifier(Modifier::BOLD),
        Style::default()
            .bg(Color::Yellow)
            .add_modifier(Modifier::REVERSED),
    ]
}

/// A buffer whose cells (but those of the first row, as in a new frame)
/// already hold a styled letter, so a cell the painter touches and
/// `Paragraph` does not (or the other way) shows.
fn dirty(area: Rect) -> Buffer {
    let mut buf = Buffer::empty(area);
    let fresh = usize::from(area.width);
    for (i, cell) in buf.content.iter_mut().enumerate().skip(fresh) {
        cell.set_char(if i % 2 == 0 { 'Z' } else { '#' }).set_style(
            Style::default()
                .fg(Color::Red)
                .add_modifier(Modifier::ITALIC),
        );
    }
    buf
}

fn painted(lines: &[Vec<(String, Style)>], area: Rect, text: Rect, clear: bool) -> Buffer {
    let mut buf = dirty(area);
    for y in text.top()..text.bottom() {
        let Some(mut row) = Row::new(&mut buf, text, y, clear) else {
            continue;
        };
        if let Some(line) = lines.get(usize::from(y - text.y)) {
            for (s, style) in line {
                row.span(s, *style);
            }
        }
    }
    buf
}

fn expected(lines: &[Vec<(String, Style)>], area: Rect, text: Rect, clear: bool) -> Buffer {
    let mut buf = dirty(area);
    if clear {
        Clear.render(text, &mut buf);
    }
    let lines: Vec<Line> = lines
        .iter()
        .map(|l| {
            Line::from(
                l.iter()
                    .map(|(s, style)| Span::styled(s.as_str(), *style))
                    .collect::<Vec<_>>(),
            )
        })
        .collect();
    Paragraph::new(lines).render(text, &mut buf);
    buf
}

fn check(lines: &[Vec<(String, Style)>], width: u16) {
    let area = Rect::new(0, 0, width + 3, 4);
    let text = Rect::new(1, 0, width, 3);
    for clear in [false, true] {
        assert_eq!(
            painted(lines, area, text, clear),
            expected(lines, area, text, clear),
            "{lines:?} in {width} cells, clear {clear}"
        );
    }
}

#[test]
fn every_hard_piece_alone_at_every_width() {
    for piece in HARD {
        for style in styles() {
            for width in 0..14 {
                for text in [(*piece).to_owned(), format!("ab{piece}cd{piece}")] {
                    // On a new frame's row and on rows already drawn.
                    check(&vec![vec![(text, style)]; 3], width);
                }
            }
        }
    }
}

#[test]
fn printable_ascii_is_in_order() {
    assert_eq!(super::PRINTABLE.len(), 95);
    for (i, b) in super::PRINTABLE.bytes().enumerate() {
        assert_eq!(usize::from(b), 0x20 + i);
    }
}

#[test]
fn a_rule_is_the_symbol_repeated() {
    for symbol in [
        "─",
        "-",
        "e\u{301}",
        "\u{301}",
        "\u{1F1EB}",
        "日",
        "\u{600}",
        "\t",
        "\u{1F468}\u{200D}\u{1F469}",
        "",
    ] {
        for (width, y, clear) in (0..6).flat_map(|w| [(w, 0, false), (w, 1, false), (w, 1, true)]) {
            let area = Rect::new(0, 0, width + 2, 2);
            let text = Rect::new(1, y, width, 1);
            let mut buf = dirty(area);
            if let Some(mut row) = Row::new(&mut buf, text, y, clear) {
                row.repeat(symbol, usize::from(width), Style::default().fg(Color::Cyan));
            }
            let line = vec![(
                symbol.repeat(usize::from(width)),
                Style::default().fg(Color::Cyan),
            )];
            let want = expected(&[line], area, text, clear);
            assert_eq!(buf, want, "{symbol:?} x {width} on row {y}, clear {clear}");
        }
    }
}

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(HARD).prop_map(str::to_owned),
        "[ -~]{0,6}",
        any::<char>().prop_map(String::from),
    ]
}

fn span() -> impl Strategy<Value = (String, Style)> {
    (
        prop::collection::vec(piece(), 0..5),
        prop::sample::select(styles().to_vec()),
    )
        .prop_map(|(pieces, style)| (pieces.concat(), style))
}

proptest! {
    #[test]
    fn paints_as_a_paragraph_does(
        lines in prop::collection::vec(prop::collection::vec(span(), 0..4), 0..3),
        width in 0u16..16,
    ) {
        check(&lines, width);
    }
}
