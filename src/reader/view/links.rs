//! The links and sources in view (`L`), drawn over the reader: numbered,
//! each with what it is and its address; the title says the keys.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};
use unicode_width::UnicodeWidthStr;

use crate::keys::Mode;
use crate::reader::keymap::LINKING;
use crate::reader::model::State;
use crate::reader::model::link_list::{Links, OnScreen};
use crate::reader::model::{Overlay, geometry};
use crate::reader::term::cover::cover;
use crate::text::fit::truncate;
use crate::text::url;
use crate::theme::{Role, Theme};

fn area(state: &State, links: &Links) -> Rect {
    links.area(state.view.width, state.view.height)
}

/// The links on screen, for the loop to make hyperlinks of after the
/// frame: those in the text and the panel when nothing is drawn over them,
/// the addresses of the `L` list when it is open, or the source's address
/// in the compare view's open cell. Where a pane covers
/// another, the cells decide (see `term/hyperlink.rs`).
pub fn hyperlinks(state: &State) -> Vec<OnScreen> {
    if state.mode() == geometry::Mode::TooSmall {
        return Vec::new();
    }
    match state.overlays.top() {
        None | Some(Overlay::Search) => state.links_on_screen(),
        Some(Overlay::Links(list)) => listed(state, list),
        Some(Overlay::Compare(view)) if view.open => crate::reader::compare::opened_links(
            state.compare_area(),
            view,
            &state.doc.briefing,
            &state.doc.comparison,
        ),
        Some(_) => Vec::new(),
    }
}

/// The addresses of the list as drawn by [`draw`].
fn listed(state: &State, links: &Links) -> Vec<OnScreen> {
    let rect = area(state, links);
    let inner = Block::default().borders(Borders::ALL).inner(rect);
    let shown = usize::from(inner.height / 2).max(1);
    let first = links.first_shown(shown);
    let mut out = Vec::new();
    for (row, (i, link)) in links
        .items
        .iter()
        .enumerate()
        .skip(first)
        .take(shown)
        .enumerate()
    {
        let indent = number(i).width();
        let room = usize::from(inner.width).saturating_sub(indent);
        let text = url::shorten(&link.url, room);
        out.push(OnScreen {
            x: inner.x + u16::try_from(indent).unwrap_or(0),
            y: inner.y + u16::try_from(row * 2 + 1).unwrap_or(u16::MAX),
            width: u16::try_from(text.width()).unwrap_or(u16::MAX),
            shown: text,
            url: link.url.clone(),
        });
    }
    out
}

fn number(i: usize) -> String {
    format!("{:>2}. ", i + 1)
}

pub fn draw(frame: &mut Frame, state: &State, links: &Links, theme: &Theme) {
    let rect = area(state, links);
    if rect.width < 12 {
        return;
    }
    cover(frame.buffer_mut(), rect);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.style(Role::Border))
        .title(truncate(
            &format!(" Links — {} ", state.keys.hint(Mode::Links, LINKING)),
            usize::from(rect.width.saturating_sub(2)),
        ));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let shown = usize::from(inner.height / 2).max(1);
    let first = links.first_shown(shown);
    let width = usize::from(inner.width);
    let mut rows = Vec::new();
    for (i, link) in links.items.iter().enumerate().skip(first).take(shown) {
        let number = number(i);
        let pad = " ".repeat(number.width());
        let mut style = theme.style(Role::Body);
        if i == links.selected {
            style = style.patch(theme.style(Role::Selection));
        }
        let room = width.saturating_sub(number.width());
        rows.push(Line::from(vec![
            Span::styled(number, theme.style(Role::Key)),
            Span::styled(truncate(&link.label, room), style),
        ]));
        rows.push(Line::from(vec![
            Span::raw(pad),
            Span::styled(url::shorten(&link.url, room), theme.style(Role::Url)),
        ]));
    }
    frame.render_widget(Paragraph::new(rows), inner);
}
