//! Moving through the text: scrolling a pane by lines or pages, and
//! jumping to a section. Part of `update`.

use crate::text::Target;

use crate::reader::keymap::{help_lines, help_page};
use crate::reader::model::{About, Pane, State};

pub(super) fn signed(n: usize) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

pub(super) fn page_of(state: &State, pane: Pane) -> usize {
    match pane {
        Pane::Reading => state.page(),
        Pane::Positions => state.positions_page(),
        Pane::Contents => state.doc.entries.len().max(1),
    }
}

fn add(value: usize, delta: i32, max: usize) -> usize {
    let moved = if delta < 0 {
        value.saturating_sub(delta.unsigned_abs() as usize)
    } else {
        value.saturating_add(delta.unsigned_abs() as usize)
    };
    moved.min(max)
}

pub(super) fn scroll(state: &mut State, pane: Pane, delta: i32) {
    if state.overlays.help().is_some() {
        let rows = help_lines(state);
        let max = help_page(state.view.width, state.view.height, &rows).max_offset;
        if let Some(help) = state.overlays.help_mut() {
            help.offset = add(help.offset, delta, max);
        }
        return;
    }
    match pane {
        Pane::Reading => state.view.scroll = add(state.view.scroll, delta, state.max_scroll()),
        Pane::Positions => {
            state.view.positions_scroll = add(
                state.view.positions_scroll,
                delta,
                state.max_positions_scroll(),
            );
        }
        Pane::Contents => {
            state.view.selected = add(
                state.view.selected,
                delta,
                state.doc.entries.len().saturating_sub(1),
            );
        }
    }
}

pub(super) fn jump(state: &mut State, target: Target) {
    if let Some(line) = state.panes.reading.anchor(target) {
        state.view.scroll = line.min(state.max_scroll());
    }
}

pub(super) fn go_to_section(state: &mut State, n: usize) {
    let count = state.doc.briefing.sections.len();
    if n == 0 || n > count {
        state.say(
            About::Place,
            format!("no section {n}: this briefing has {count}"),
        );
        return;
    }
    jump(state, Target::Section(n - 1));
}

pub(super) fn step_section(state: &mut State, forward: bool) {
    let anchors = state.panes.reading.anchors.iter().map(|&(_, line)| line);
    let target = if forward {
        anchors.filter(|&line| line > state.view.scroll).min()
    } else {
        anchors.filter(|&line| line < state.view.scroll).max()
    };
    if let Some(line) = target {
        state.view.scroll = line.min(state.max_scroll());
    }
}
