//! Moving between the rounds of a series at the same place (`{`, `}`),
//! and `D` choosing the previous round to compare against. Part of
//! `update`: state changes only; the loop finds the rounds and opens them.

use std::sync::Arc;

use crate::load::Origin;
use crate::reader::action::{Effect, Request, Via, Wanted};
use crate::reader::model::picker::Purpose;
use crate::reader::model::rounds::{AfterRounds, NO_SERIES, Rounds};
use crate::reader::model::{About, Pane, PanelRow, State};
use crate::text::Target;

/// `{` (-1) or `}` (1): open the round `delta` places away, at the section
/// being read or the topic selected. Before the rounds are known the step
/// waits for them (see [`found`]).
pub(super) fn step(state: &mut State, delta: isize) -> Effect {
    let Some(rounds) = state.doc.rounds.clone() else {
        if state.doc.briefing.process.is_some() && !state.doc.rounds_known {
            state.doc.after_rounds = Some(AfterRounds::Step(delta));
            state.say(About::Place, "still finding the other rounds…");
        } else {
            state.say(About::Place, NO_SERIES);
        }
        return Effect::None;
    };
    if !rounds.is_series() {
        let text = format!(
            "no other round of {} found beside this briefing",
            rounds.process
        );
        state.say(About::Place, text);
        return Effect::None;
    }
    let Some(origin) = rounds.neighbour(delta).cloned() else {
        let end = if delta < 0 { "first" } else { "last" };
        let text = format!("this is the {end} round of {}", rounds.process);
        state.say(About::Place, text);
        return Effect::None;
    };
    let round = rounds.label_of(rounds.index.saturating_add_signed(delta));
    Effect::Open(Box::new(Request {
        origin,
        via: Via::Round(wanted(state, round)),
    }))
}

/// The place to keep: the section at the top of the text, and the topic
/// of the panel: the one selected while the reader is in the panel, else,
/// while the panel is shown beside a section, the one it follows there
/// (as the panel selects it), or the one left selected when it does not
/// follow. At the key points, only a topic selected in the panel.
fn wanted(state: &State, round: String) -> Wanted {
    let at = state.current_section();
    let section = at
        .and_then(|i| state.doc.briefing.sections.get(i))
        .map(|s| s.title.clone());
    let selected = state.selected_topic();
    let topic = if state.view.focus == Pane::Positions {
        selected
    } else if at.is_some() && state.visible().positions {
        let lit = state.lit_topics();
        match selected {
            Some(t) if lit.is_empty() || lit.contains(&t) => Some(t),
            _ => lit.iter().min().copied(),
        }
    } else {
        None
    };
    let topic = topic.and_then(|t| state.doc.comparison.topics.get(t).cloned());
    Wanted {
        round,
        section,
        topic,
        party: None,
    }
}

/// A round `{` or `}` asked for is shown, from the top: go to the section
/// of the same title, else to the topic (selected in the panel, the text at
/// its first section), and say where the reader is. A reader in the panel
/// keeps the topic selected even where the section is found.
pub(super) fn arrive(state: &mut State, wanted: &Wanted) {
    let section = wanted.section.as_deref().and_then(|title| {
        let title = title.trim();
        state
            .doc
            .briefing
            .sections
            .iter()
            .position(|s| s.title.trim().to_lowercase() == title.to_lowercase())
    });
    let topic = wanted
        .topic
        .as_deref()
        .and_then(|t| state.doc.comparison.topic_index(t));
    let to = section.or_else(|| topic.and_then(|t| state.sections_on(t).first().copied()));
    if let Some(line) = to.and_then(|i| state.line_in(Target::Section(i), 0)) {
        state.view.scroll = line.min(state.max_scroll());
    }
    if state.view.follow {
        super::topics::follow_reading(state);
    }
    if let Some(t) = topic
        && (section.is_none() || state.view.focus == Pane::Positions)
    {
        state.view.panel = PanelRow::Topic(t);
        super::topics::reveal(state);
    }
    let quoted = |s: &str| format!("“{s}”");
    let place = match (section, topic) {
        (Some(i), _) => state.doc.briefing.sections.get(i).map(|s| quoted(&s.title)),
        (None, Some(t)) => state
            .doc
            .comparison
            .topics
            .get(t)
            .map(|name| format!("topic {}", quoted(name))),
        (None, None) => None,
    };
    let lost = wanted.section.as_deref().or(wanted.topic.as_deref());
    let text = match (place, lost) {
        (Some(place), _) => format!("{}, at {place}", wanted.round),
        (None, Some(lost)) => format!("{}, from the top: no {} in it", wanted.round, quoted(lost)),
        (None, None) => wanted.round.clone(),
    };
    state.say(About::File, text);
}

/// The loop found the rounds of the briefing from `origin` (`None`: it is
/// in none). A step or `T` pressed while they were sought is taken now,
/// and an open `D` picker gets the previous round.
pub(super) fn found(state: &mut State, origin: &Origin, rounds: Option<Rounds>) -> Effect {
    // A briefing opened since the search began keeps its own.
    if *origin != state.doc.origin {
        return Effect::None;
    }
    state.doc.rounds = rounds.map(Arc::new);
    state.doc.rounds_known = true;
    // The header shows the round at the right of its meta line.
    state.relayout_header();
    preselect(state);
    match state.doc.after_rounds.take() {
        Some(AfterRounds::Step(delta)) => step(state, delta),
        Some(AfterRounds::Timeline) => {
            super::timeline::open(state);
            Effect::None
        }
        None => Effect::None,
    }
}

/// `D`: the picker starts on the previous round of the open briefing when
/// the library lists it, unless the user has typed or moved; called again
/// as entries and rounds arrive.
pub(super) fn preselect(state: &mut State) {
    let Some(previous) = state.doc.rounds.as_ref().and_then(|r| r.neighbour(-1)) else {
        return;
    };
    let Some(picker) = state.overlays.picker_mut() else {
        return;
    };
    if picker.purpose != Purpose::CompareAgainst
        || picker.pinned
        || !picker.query.is_empty()
        || picker.inside.is_some()
    {
        return;
    }
    let entries = &state.library.entries;
    let at = picker
        .matches
        .iter()
        .position(|m| entries.get(m.index).is_some_and(|e| e.origin == *previous));
    if let Some(at) = at {
        picker.selected = at;
        picker.pinned = true;
    }
}
