//! Where each pane goes for a terminal size: computed once from the state,
//! used by `update` (page sizes, mouse hits, layout widths) and by the view.

use ratatui::layout::Rect;

/// Below this the reader shows a "terminal too small" notice instead.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 10;
/// From this width up all three panes fit side by side.
pub const WIDE: u16 = 120;
/// From this width up the positions panel sits beside the text.
pub const MEDIUM: u16 = 80;
/// The contents pane is never narrower than this, nor wider than a
/// quarter of the screen (or this, when a quarter is less).
const CONTENTS_MIN: u16 = 20;
/// Columns of the contents pane around an entry's label: its mark (two),
/// a space and the pane's rule.
const CONTENTS_AROUND: u16 = 4;
/// Most lines the header may take (headline, dek, meta).
pub const HEADER_MAX: u16 = 5;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    TooSmall,
    /// Reading pane only; contents and positions are overlays.
    Narrow,
    /// Reading and positions; contents is an overlay.
    Medium,
    Wide,
}

impl Mode {
    pub fn of(width: u16, height: u16) -> Mode {
        if width < MIN_WIDTH || height < MIN_HEIGHT {
            Mode::TooSmall
        } else if width < MEDIUM {
            Mode::Narrow
        } else if width < WIDE {
            Mode::Medium
        } else {
            Mode::Wide
        }
    }
}

/// The rectangles of one screen. Panes that are hidden are `None`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Geometry {
    pub header: Rect,
    /// The contents pane, docked or as an overlay.
    pub contents: Option<Rect>,
    /// The whole reading pane; the text sits in `text` inside it.
    pub reading: Rect,
    pub text: Rect,
    pub positions: Option<Rect>,
    pub status: Rect,
}

/// What the geometry depends on besides the size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Visible {
    pub contents: bool,
    pub positions: bool,
    /// Columns the widest entry of the contents takes.
    pub widest_entry: usize,
}

/// The contents pane's width on a screen `width` wide: what its widest
/// entry needs, within [`CONTENTS_MIN`] and a quarter of the screen.
pub fn contents_width(width: u16, widest_entry: usize) -> u16 {
    contents_within(widest_entry, width / 4, width)
}

/// What the widest entry needs, at least [`CONTENTS_MIN`], at most `most`
/// (where that is more) and never more than `room`.
fn contents_within(widest_entry: usize, most: u16, room: u16) -> u16 {
    let want = u16::try_from(widest_entry)
        .unwrap_or(u16::MAX)
        .saturating_add(CONTENTS_AROUND);
    want.clamp(CONTENTS_MIN, most.max(CONTENTS_MIN)).min(room)
}

/// The header's height for `header_lines` lines of headline, dek and meta,
/// plus its rule: at most [`HEADER_MAX`] lines, fewer on a short screen.
pub fn header_height(header_lines: usize, height: u16) -> u16 {
    (header_lines as u16).min(header_rows(height)) + 1
}

/// The most lines of text the header has on a screen `height` rows high.
pub fn header_rows(height: u16) -> u16 {
    (height / 6).clamp(1, HEADER_MAX)
}

/// The panes for a screen of `width` x `height`, with `header_lines` of
/// header, the panes in `visible`, and a text column at most `measure` wide.
pub fn compute(
    width: u16,
    height: u16,
    header_lines: usize,
    visible: Visible,
    measure: u16,
) -> Geometry {
    let mode = Mode::of(width, height);
    if mode == Mode::TooSmall {
        return Geometry::default();
    }
    let header_h = header_height(header_lines, height);
    let header = Rect::new(0, 0, width, header_h);
    let status = Rect::new(0, height - 1, width, 1);
    let body = Rect::new(0, header_h, width, height - header_h - 1);
    let mut reading = body;
    let mut contents = None;
    let mut positions = None;
    match mode {
        Mode::Wide => {
            if visible.contents {
                let w = contents_width(width, visible.widest_entry);
                contents = Some(Rect::new(body.x, body.y, w, body.height));
                reading.x += w;
                reading.width -= w;
            }
            if visible.positions {
                let w = positions_width(reading.width);
                positions = Some(Rect::new(reading.right() - w, body.y, w, body.height));
                reading.width -= w;
            }
        }
        Mode::Medium => {
            if visible.positions {
                let w = positions_width(reading.width);
                positions = Some(Rect::new(reading.right() - w, body.y, w, body.height));
                reading.width -= w;
            }
            if visible.contents {
                contents = Some(overlay_left(body, visible.widest_entry));
            }
        }
        Mode::Narrow | Mode::TooSmall => {
            if visible.positions {
                positions = Some(body);
            }
            if visible.contents {
                contents = Some(overlay_left(body, visible.widest_entry));
            }
        }
    }
    Geometry {
        header,
        contents,
        reading,
        text: text_area(reading, measure),
        positions,
        status,
    }
}

/// The positions panel takes about two fifths of what is left, within bounds.
fn positions_width(available: u16) -> u16 {
    (available * 2 / 5)
        .clamp(30, 56)
        .min(available.saturating_sub(30))
}

/// The contents over the text on a screen too narrow to dock it: as wide
/// as it needs, up to half the screen.
fn overlay_left(body: Rect, widest_entry: usize) -> Rect {
    let w = contents_within(widest_entry, body.width / 2, body.width);
    Rect::new(body.x, body.y, w, body.height)
}

/// The text column, below the pane's title row: a margin of two, never
/// wider than `measure` (lines longer than about 88 are hard to read), centred.
fn text_area(reading: Rect, measure: u16) -> Rect {
    let inner = reading.width.saturating_sub(4);
    let width = inner.min(measure);
    let x = reading.x + 2 + (inner - width) / 2;
    Rect::new(x, reading.y + 1, width, reading.height.saturating_sub(1))
}

/// Inside a side panel: below its title row, right of its rule, with a
/// column of padding on each side.
pub fn panel_inner(panel: Rect) -> Rect {
    Rect::new(
        panel.x + 2,
        panel.y + 1,
        panel.width.saturating_sub(3),
        panel.height.saturating_sub(1),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const MEASURE: u16 = crate::config::TEXT_WIDTH;

    const ALL: Visible = Visible {
        contents: true,
        positions: true,
        widest_entry: 24,
    };

    #[test]
    fn wide_screens_show_three_panes_that_do_not_overlap() {
        let g = compute(140, 45, 3, ALL, MEASURE);
        let (c, p) = (
            g.contents.unwrap_or_default(),
            g.positions.unwrap_or_default(),
        );
        assert!(c.right() <= g.reading.x && g.reading.right() <= p.x);
        assert!(g.text.width <= MEASURE);
        let narrower = compute(140, 45, 3, ALL, 40);
        assert_eq!(narrower.text.width, 40);
        assert_eq!(narrower.reading, g.reading, "only the text column narrows");
        assert_eq!(g.status.y, 44);
    }

    #[test]
    fn narrow_screens_overlay_positions_full_width() {
        let g = compute(60, 20, 3, ALL, MEASURE);
        assert_eq!(g.positions.map(|p| p.width), Some(60));
    }

    #[test]
    fn the_contents_take_what_their_entries_need_up_to_a_quarter() {
        assert_eq!(contents_width(160, 24), 28);
        assert_eq!(contents_width(160, 60), 40);
        assert_eq!(contents_width(120, 60), 30);
        assert_eq!(contents_width(120, 5), CONTENTS_MIN);
        let g = compute(
            160,
            50,
            3,
            Visible {
                widest_entry: 50,
                ..ALL
            },
            MEASURE,
        );
        assert_eq!(g.contents.map(|c| c.width), Some(40));
    }

    #[test]
    fn tiny_screens_are_too_small() {
        assert_eq!(Mode::of(39, 20), Mode::TooSmall);
        assert_eq!(compute(1, 1, 3, ALL, MEASURE), Geometry::default());
    }
}
