//! Moving between briefings: opening one (from the prompt, the picker or
//! history), coming back to where it was left, and following the file on
//! disk as it changes. Part of `update`: state changes only, no I/O.

use crate::load::{LoadError, Origin};
use crate::model::Briefing;
use crate::reader::action::{Effect, Opened, Request, Via};
use crate::reader::model::{About, Layer, Overlay, PanelRow, Prompt, Search, State, Visit};

/// Ask the loop to open `origin` as a new step in history.
pub fn open(origin: Origin) -> Effect {
    Effect::Open(Box::new(Request {
        origin,
        via: Via::New,
    }))
}

pub fn back(state: &mut State) -> Effect {
    let Some(visit) = state.history.back.pop() else {
        state.say(About::Place, "no earlier briefing");
        return Effect::None;
    };
    Effect::Open(Box::new(Request {
        origin: visit.origin,
        via: Via::Back(visit.spot),
    }))
}

pub fn forward(state: &mut State) -> Effect {
    let Some(visit) = state.history.forward.pop() else {
        state.say(About::Place, "no later briefing");
        return Effect::None;
    };
    Effect::Open(Box::new(Request {
        origin: visit.origin,
        via: Via::Forward(visit.spot),
    }))
}

/// A briefing asked for has been read: show it, or say why not and stay.
/// Opened from a search inside the library, it searches for the term.
pub fn opened(state: &mut State, opened: Opened) -> Effect {
    let Opened {
        request,
        canonical,
        result,
        remembered,
    } = opened;
    let briefing = match result {
        Ok(briefing) => briefing,
        Err(error) => {
            refused(state, &request, &error);
            return Effect::None;
        }
    };
    let left = Visit {
        origin: state.doc.origin.clone(),
        spot: state.spot(),
    };
    let mut found = None;
    // A round `{`, `}` or a timeline cell asked for: where to arrive in it.
    let mut arrival = None;
    let spot = match request.via {
        Via::New => {
            state.history.back.push(left);
            state.history.forward.clear();
            remembered
        }
        Via::Found { section, term } => {
            state.history.back.push(left);
            state.history.forward.clear();
            found = Some(term);
            // At the top of the section the term is in; what was read stays read.
            let read = remembered.map(|r| r.read).unwrap_or_default();
            Some(crate::reader::model::Spot {
                section: section.unwrap_or(0),
                offset: 0,
                read,
            })
        }
        via @ (Via::Round(_) | Via::Cell(_)) => {
            state.history.back.push(left);
            state.history.forward.clear();
            arrival = Some(via);
            // From the top, for the arrival to move; what was read stays
            // read.
            let read = remembered.map(|r| r.read).unwrap_or_default();
            Some(crate::reader::model::Spot {
                section: 0,
                offset: 0,
                read,
            })
        }
        Via::Back(spot) => {
            state.history.forward.push(left);
            Some(spot)
        }
        Via::Forward(spot) => {
            state.history.back.push(left);
            Some(spot)
        }
    };
    show(state, request.origin, briefing);
    if let Some(spot) = spot {
        state.go_to_spot(&spot);
    }
    state.overlays.remove(Layer::Prompt);
    state.overlays.remove(Layer::Picker);
    if let Some(path) = canonical {
        state.library.opened(path);
    }
    let text = format!("opened {}", state.doc.origin.short_name());
    state.say(About::File, text);
    match arrival {
        Some(Via::Round(wanted)) => super::rounds::arrive(state, &wanted),
        Some(Via::Cell(wanted)) => super::timeline::arrive(state, &wanted),
        _ if state.view.follow => super::topics::follow_reading(state),
        _ => {}
    }
    match found {
        Some(term) => {
            state.search = Search {
                origin_scroll: state.view.scroll,
                query: term,
                ..Search::default()
            };
            super::find::search(state)
        }
        None => Effect::None,
    }
}

/// Replace what is shown with another briefing, from the top.
fn show(state: &mut State, origin: Origin, briefing: Briefing) {
    // Another briefing's rounds are not this one's; the loop looks for
    // them anew (the same briefing opened again keeps them).
    if state.doc.origin != origin {
        state.doc.rounds = None;
        state.doc.rounds_known = false;
        state.doc.after_rounds = None;
    }
    state.doc.origin = origin;
    state.view.scroll = 0;
    state.view.positions_scroll = 0;
    state.view.selected = 0;
    state.view.panel = PanelRow::Topic(0);
    state.status.banner = None;
    state.view.read.clear();
    state.doc.against = None;
    state.search = Search::default();
    state.set_briefing(briefing);
}

/// The briefing could not be opened: the current one stays, the error shows
/// where the request came from, and history is put back as it was.
fn refused(state: &mut State, request: &Request, error: &LoadError) {
    match &request.via {
        Via::Back(spot) => state.history.back.push(Visit {
            origin: request.origin.clone(),
            spot: spot.clone(),
        }),
        Via::Forward(spot) => state.history.forward.push(Visit {
            origin: request.origin.clone(),
            spot: spot.clone(),
        }),
        Via::New | Via::Found { .. } | Via::Round(_) | Via::Cell(_) => {}
    }
    if let Some(prompt) = state.overlays.prompt_mut() {
        prompt.error = Some(error.summary());
    } else if let Some(picker) = state.overlays.picker_mut() {
        picker.error = Some(error.summary());
    } else {
        state.say(About::File, error.summary());
    }
}

pub fn open_prompt(state: &mut State) {
    state.overlays.push(Overlay::Prompt(Prompt::default()));
}

pub fn type_into_prompt(prompt: &mut Prompt, c: char) {
    prompt.input.push(c);
    prompt.error = None;
    prompt.candidates.clear();
}

/// Tab in the prompt: complete the last part of the path.
pub fn complete(state: &State) -> Effect {
    match state.overlays.prompt() {
        Some(prompt) => Effect::Complete(prompt.input.clone()),
        None => Effect::None,
    }
}

/// The completions the loop found, unless the prompt changed meanwhile.
pub fn completed(state: &mut State, done: crate::complete::Completion) {
    let Some(prompt) = state.overlays.prompt_mut() else {
        return;
    };
    prompt.input = done.replacement;
    prompt.candidates = done.candidates;
    prompt.error = None;
}

/// Enter in the prompt: open the path typed (`~` expanded).
pub fn confirm_prompt(state: &mut State) -> Effect {
    let Some(prompt) = state.overlays.prompt_mut() else {
        return Effect::None;
    };
    let typed = prompt.input.trim();
    if typed.is_empty() {
        state.overlays.remove(Layer::Prompt);
        return Effect::None;
    }
    open(Origin::File(crate::complete::expand(
        typed,
        state.home.as_deref(),
    )))
}

/// The file changed on disk: read it again.
pub fn file_changed(state: &State) -> Effect {
    match state.doc.origin {
        Origin::File(_) => Effect::Reload,
        Origin::Bundled(_) | Origin::Stream(_) => Effect::None,
    }
}

/// `r`: read the briefing again, unless it came through a pipe.
pub fn reload(state: &mut State) -> Effect {
    if let Origin::Stream(s) = &state.doc.origin {
        let text = format!("{} was read once: there is nothing to reload", s.name());
        state.say(About::File, text);
        return Effect::None;
    }
    Effect::Reload
}

pub fn file_removed(state: &mut State) {
    state.status.banner = Some(format!(
        "{} was deleted: showing the last version read",
        state.doc.origin.name()
    ));
}

/// `e`: only a file on disk can be edited.
pub fn edit(state: &mut State) -> Effect {
    match state.doc.origin {
        Origin::File(_) => Effect::Edit,
        Origin::Bundled(b) => {
            let name = b.file.trim_end_matches(".toml");
            let text = format!(
                "{name} is built into brief: `brief new --from {name} my-briefing.toml` writes a copy to edit"
            );
            state.say(About::File, text);
            Effect::None
        }
        Origin::Stream(ref s) => {
            let text = format!(
                "{} came through a pipe, not from a file: save it to a file to edit it",
                s.name()
            );
            state.say(About::File, text);
            Effect::None
        }
    }
}
