//! The timeline of the series (`T`) as a layer of the reader: opening it
//! (waiting for the rounds as `{` does), moving its selected cell, and
//! Enter on a cell opening that round with the positions panel on the
//! topic and party. Part of `update`: state changes only; the loop opens
//! the round.

use super::panes::toggle_positions;
use crate::reader::action::{Effect, Request, TimelineAction, Via, Wanted};
use crate::reader::model::rounds::{AfterRounds, NO_SERIES, Rounds};
use crate::reader::model::timeline::{Grid, Line, TimelineView};
use crate::reader::model::{About, Layer, Overlay, Pane, PanelRow, State};
use crate::text::Target;

/// `T`: the timeline over the reader, on the open round's column and the
/// topic being read. Before the rounds are known it waits for them (see
/// `rounds::found`); a briefing in no series, or alone in its
/// series, says so as `{` and `}` do.
pub(super) fn open(state: &mut State) {
    let Some(rounds) = state.doc.rounds.clone() else {
        if state.doc.briefing.process.is_some() && !state.doc.rounds_known {
            state.doc.after_rounds = Some(AfterRounds::Timeline);
            state.say(About::Place, "still finding the other rounds…");
        } else {
            state.say(About::Place, NO_SERIES);
        }
        return;
    };
    if !rounds.is_series() {
        let text = format!(
            "no other round of {} found beside this briefing: no timeline to show",
            rounds.process
        );
        state.say(About::Place, text);
        return;
    }
    let topic = topic_read(state);
    let mut view = TimelineView::at(
        &rounds.timeline,
        &rounds.shape,
        rounds.index,
        topic.as_deref(),
    );
    view.settle(&grid(state, &rounds));
    state.overlays.push(Overlay::Timeline(view));
}

/// The topic the reader is on: the one selected in the panel while it has
/// the focus, else the first the panel lights for the section read.
fn topic_read(state: &State) -> Option<String> {
    let topic = if state.view.focus == Pane::Positions {
        state.selected_topic()
    } else {
        state.lit_topics().iter().min().copied()
    };
    topic.and_then(|t| state.doc.comparison.topics.get(t).cloned())
}

fn grid<'a>(state: &State, rounds: &'a Rounds) -> Grid<'a> {
    Grid::of(&rounds.shape, state.compare_area())
}

/// A key in the timeline.
pub(super) fn act(state: &mut State, action: TimelineAction) -> Effect {
    let Some(rounds) = state.doc.rounds.clone() else {
        // The rounds went (another briefing): nothing to show.
        state.overlays.remove(Layer::Timeline);
        return Effect::None;
    };
    let grid = grid(state, &rounds);
    let Some(view) = state.overlays.timeline_mut() else {
        return Effect::None;
    };
    match action {
        TimelineAction::Move { lines, rounds } => {
            view.line = view.line.saturating_add_signed(lines);
            view.round = view.round.saturating_add_signed(rounds);
        }
        // A page turns the view as well as the selection, as in a pager.
        TimelineAction::Page(direction) => {
            let page = grid.page();
            if direction < 0 {
                view.line_offset = view.line_offset.saturating_sub(page);
                view.line = view.line.saturating_sub(page);
            } else {
                view.line_offset = view.line_offset.saturating_add(page);
                view.line = view.line.saturating_add(page);
            }
        }
        TimelineAction::Top => view.line = 0,
        TimelineAction::Bottom => view.line = usize::MAX,
        TimelineAction::Open => {
            let view = view.clone();
            return confirm(state, &rounds, &grid, &view);
        }
    }
    view.settle(&grid);
    Effect::None
}

/// Enter on a cell: its round with the positions panel on its topic (and
/// party, on a stance line), as a new step in history; the open round's
/// cell only closes the timeline and selects them.
fn confirm(state: &mut State, rounds: &Rounds, grid: &Grid, view: &TimelineView) -> Effect {
    let timeline = &rounds.timeline;
    let Some(line) = view.selected(grid) else {
        return Effect::None;
    };
    let Some(row) = timeline.topics.get(line.topic()) else {
        return Effect::None;
    };
    let round = rounds.label_of(view.round);
    if row.verdicts.get(view.round).copied().flatten().is_none() {
        let text = format!("“{}” is not in {round}", row.topic);
        state.say(About::Place, text);
        return Effect::None;
    }
    let party = match line {
        Line::Party { party, .. } => timeline.parties.get(party).cloned(),
        Line::Topic(_) => None,
    };
    let wanted = Wanted {
        round,
        section: None,
        topic: Some(row.topic.clone()),
        party,
    };
    if view.round == rounds.index {
        select(state, &wanted, false);
        return Effect::None;
    }
    let Some(origin) = rounds.origins.get(view.round).cloned() else {
        return Effect::None;
    };
    Effect::Open(Box::new(Request {
        origin,
        via: Via::Cell(wanted),
    }))
}

/// A round a timeline cell asked for is shown, from the top: the text at
/// the first section on the topic, the panel on the topic (and party).
pub(super) fn arrive(state: &mut State, wanted: &Wanted) {
    select(state, wanted, true);
}

/// Close the timeline and select the topic wanted (and its party) in the
/// positions panel, which takes the focus, so its position and source
/// show; `to_text` also brings the first section on the topic to the top.
fn select(state: &mut State, wanted: &Wanted, to_text: bool) {
    state.overlays.remove(Layer::Timeline);
    let quoted = |s: &str| format!("“{s}”");
    let name = wanted.topic.as_deref().unwrap_or_default();
    let Some(topic) = state.doc.comparison.topic_index(name) else {
        let text = format!("{}, from the top: no {} in it", wanted.round, quoted(name));
        state.say(About::File, text);
        return;
    };
    let party = wanted.party.as_deref().and_then(|name| {
        let name = name.trim().to_lowercase();
        state
            .doc
            .briefing
            .parties
            .iter()
            .position(|p| p.name.trim().to_lowercase() == name)
    });
    if to_text {
        let first = state.sections_on(topic).first().copied();
        if let Some(line) = first.and_then(|i| state.line_in(Target::Section(i), 0)) {
            state.view.scroll = line.min(state.max_scroll());
        }
        if state.view.follow {
            super::topics::follow_reading(state);
        }
    }
    if !state.visible().positions {
        toggle_positions(state);
    }
    state.view.focus = Pane::Positions;
    state.view.panel = match party {
        Some(p) => PanelRow::Position(topic, p),
        None => PanelRow::Topic(topic),
    };
    super::topics::reveal(state);
    let topic_name = state
        .doc
        .comparison
        .topics
        .get(topic)
        .map_or_else(String::new, |t| quoted(t));
    let text = match party.and_then(|p| state.doc.briefing.parties.get(p)) {
        Some(p) => format!("{}, at {topic_name}: {}", wanted.round, p.name),
        None => format!("{}, at topic {topic_name}", wanted.round),
    };
    state.say(About::File, text);
}
