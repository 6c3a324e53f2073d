//! Terminal hyperlinks (OSC 8) over a frame ratatui has drawn.
//!
//! ratatui has no hyperlinks (ratatui#1227; its hyperlink example writes
//! the escape into cell symbols, which its width arithmetic then miscounts).
//! So they are written at the call site, after `Terminal::draw`: for each
//! link, the cells ratatui just drew there are written again, in their own
//! styles, between an OSC 8 that opens the link and one that closes it.
//! A link whose cells no longer show its address (a panel or an overlay
//! drawn over it) is left out. The cells a link covered are rewritten by
//! ratatui's diff in the next frame (see `Screen`), so a link never lingers
//! on text that moved there.

use ratatui::backend::{Backend, CrosstermBackend};
use ratatui::buffer::Buffer;

/// A link on screen: the cells that show `text`, and where it goes. The
/// address must already be one brief offers (http, https or mailto, no
/// control characters: see `crate::text::url::is_safe`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hyperlink {
    pub x: u16,
    pub y: u16,
    pub text: String,
    pub url: String,
}

impl Hyperlink {
    pub fn width(&self) -> u16 {
        u16::try_from(unicode_width::UnicodeWidthStr::width(self.text.as_str())).unwrap_or(u16::MAX)
    }
}

/// The bytes that make `links` hyperlinks on a screen showing `buffer`.
pub fn osc8(buffer: &Buffer, links: &[Hyperlink]) -> Vec<u8> {
    let mut bytes = Vec::new();
    for link in links {
        // A second check of what the model already checked: an escape
        // must never be able to end the sequence early. OSC 8 takes only
        // printable ASCII (an address with other letters is left plain).
        if !crate::text::url::is_safe(&link.url) || !link.url.bytes().all(|b| b.is_ascii_graphic())
        {
            continue;
        }
        let cells: Vec<(u16, u16, &ratatui::buffer::Cell)> = (0..link.width())
            .filter_map(|dx| {
                let x = link.x.checked_add(dx)?;
                buffer.cell((x, link.y)).map(|cell| (x, link.y, cell))
            })
            .collect();
        let shown: String = cells.iter().map(|(_, _, c)| c.symbol()).collect();
        if shown != link.text {
            continue;
        }
        bytes.extend_from_slice(format!("\x1b]8;;{}\x1b\\", link.url).as_bytes());
        // ratatui's own backend writes the cells, styles and all, as it
        // wrote them a moment ago; into memory it cannot fail.
        let _ = CrosstermBackend::new(&mut bytes).draw(cells.into_iter());
        bytes.extend_from_slice(b"\x1b]8;;\x1b\\");
    }
    bytes
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::Rect;
    use ratatui::style::{Color, Style};

    fn screen(text: &str) -> Buffer {
        let mut buf = Buffer::empty(Rect::new(0, 0, 40, 2));
        buf.set_string(2, 1, text, Style::default().fg(Color::Blue));
        buf
    }

    fn link(text: &str, url: &str) -> Hyperlink {
        Hyperlink {
            x: 2,
            y: 1,
            text: text.to_owned(),
            url: url.to_owned(),
        }
    }

    #[test]
    fn a_link_is_its_cells_again_between_an_opening_and_a_closing_osc_8() {
        let buf = screen("https://a.org/x");
        let out = String::from_utf8(osc8(&buf, &[link("https://a.org/x", "https://a.org/x")]))
            .expect("text");
        assert!(out.starts_with("\x1b]8;;https://a.org/x\x1b\\"), "{out:?}");
        assert!(out.ends_with("\x1b]8;;\x1b\\"), "{out:?}");
        // Written at the link's place, in its colour.
        assert!(out.contains("\x1b[2;3H"), "{out:?}");
        assert!(out.contains("https://a.org/x\x1b[39m"), "{out:?}");
    }

    #[test]
    fn no_link_where_the_cells_show_something_else_or_the_address_is_unsafe() {
        let buf = screen("an overlay's text");
        assert!(osc8(&buf, &[link("https://a.org/x", "https://a.org/x")]).is_empty());
        let buf = screen("javascript:alert(1)");
        assert!(osc8(&buf, &[link("javascript:alert(1)", "javascript:alert(1)")]).is_empty());
        let buf = screen("https://a.org/x");
        let hostile = link(
            "https://a.org/x",
            "https://a.org/x\x1b]8;;https://evil.org\x07",
        );
        assert!(osc8(&buf, &[hostile]).is_empty());
    }
}
