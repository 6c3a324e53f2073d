use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};

use super::{Palette, svg};

/// Two rows: a bold red word, a wide character, an italic dim word on a
/// blue background, markup characters, and a reversed cell.
fn sample() -> Buffer {
    let mut buffer = Buffer::empty(Rect::new(0, 0, 8, 2));
    buffer.set_string(
        0,
        0,
        "ab",
        Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
    );
    buffer.set_string(2, 0, "世", Style::new());
    buffer.set_string(4, 0, "<&>", Style::new());
    buffer.set_string(
        0,
        1,
        "it",
        Style::new()
            .bg(Color::Blue)
            .add_modifier(Modifier::ITALIC | Modifier::DIM),
    );
    buffer.set_string(3, 1, "r", Style::new().add_modifier(Modifier::REVERSED));
    buffer
}

#[test]
fn a_buffer_renders_on_an_exact_grid_with_its_styles() {
    let out = svg(&sample(), &Palette::dark());
    let lines: Vec<&str> = out.lines().collect();
    assert!(
        lines[0].starts_with(r#"<svg xmlns="http://www.w3.org/2000/svg" width="96" height="60""#),
        "{}",
        lines[0]
    );
    assert!(lines[0].contains("monospace"));
    let body = lines[2..].join("\n");
    assert_eq!(
        body,
        concat!(
            r##"<rect x="12" y="30" width="18" height="18" fill="#3465a4"/>"##,
            "\n",
            r##"<rect x="39" y="30" width="9" height="18" fill="#d0d0d0"/>"##,
            "\n",
            r##"<text x="12" y="26" textLength="18" lengthAdjust="spacingAndGlyphs" fill="#cc0000" font-weight="bold">ab</text>"##,
            "\n",
            // The wide character alone, over two cells.
            r##"<text x="30" y="26" textLength="18" lengthAdjust="spacingAndGlyphs" fill="#d0d0d0">世</text>"##,
            "\n",
            r##"<text x="48" y="26" textLength="27" lengthAdjust="spacingAndGlyphs" fill="#d0d0d0">&lt;&amp;&gt;</text>"##,
            "\n",
            r##"<text x="12" y="44" textLength="18" lengthAdjust="spacingAndGlyphs" fill="#d0d0d0" font-style="italic" fill-opacity="0.6">it</text>"##,
            "\n",
            r##"<text x="39" y="44" textLength="9" lengthAdjust="spacingAndGlyphs" fill="#1c1c1c">r</text>"##,
            "\n</svg>"
        )
    );
}

#[test]
fn the_light_palette_changes_only_the_defaults() {
    let out = svg(&sample(), &Palette::light());
    assert!(out.contains(r##"fill="#fafaf7""##), "the light background");
    assert!(
        out.contains(r##"fill="#cc0000" font-weight="bold">ab<"##),
        "red stays red"
    );
}

#[test]
fn control_characters_never_reach_the_document() {
    let mut buffer = Buffer::empty(Rect::new(0, 0, 4, 1));
    buffer[(0, 0)].set_symbol("\u{1b}");
    buffer[(1, 0)].set_symbol("x");
    let out = svg(&buffer, &Palette::dark());
    assert!(!out.contains('\u{1b}'));
    assert!(out.contains("> x</text>"), "{out}");
}

/// Blanks are placed by position, never by the renderer's spaces: text
/// after two or more blanks starts a `<text>` of its own at its cell, and a
/// single space stays inside.
#[test]
fn text_after_blanks_is_placed_at_its_own_cell() {
    let mut buffer = Buffer::empty(Rect::new(0, 0, 20, 1));
    buffer.set_string(0, 0, "  one two    three ", Style::new());
    let out = svg(&buffer, &Palette::dark());
    let texts: Vec<&str> = out.lines().filter(|l| l.starts_with("<text")).collect();
    assert_eq!(
        texts,
        [
            r##"<text x="30" y="26" textLength="63" lengthAdjust="spacingAndGlyphs" fill="#d0d0d0">one two</text>"##,
            r##"<text x="129" y="26" textLength="45" lengthAdjust="spacingAndGlyphs" fill="#d0d0d0">three</text>"##,
        ]
    );
    assert_eq!(super::pieces("   "), []);
    assert_eq!(super::pieces("a  b"), [(0, "a"), (3, "b")]);
    assert_eq!(super::pieces(" é b  ü"), [(1, "é b"), (6, "ü")]);
}
