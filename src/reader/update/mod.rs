//! The one place the reader's state changes.

mod comparing;
mod find;
mod links;
mod mouse;
mod moving;
mod navigate;
mod panes;
mod picker;
mod rounds;
mod timeline;
mod topics;

use crate::reader::action::{Action, Effect};
use crate::reader::compare;
use crate::reader::model::geometry::Mode;
use crate::reader::model::picker::Purpose;
use crate::reader::model::{About, Help, Layer, Overlay, Pane, Search, State};
use moving::{go_to_section, page_of, scroll, signed, step_section};
use panes::{activate, cycle_focus, pane_at, resize, toggle_contents, toggle_positions};

pub fn update(state: &mut State, action: Action) -> Effect {
    // Jumping and stepping through matches need the whole layout (anchors,
    // the end, every line). Reading on from the top does not, nor does news
    // from the loop: a big briefing's first screens must not wait for the
    // rest. A search being typed searches what is laid out so far (the
    // status bar says "+"), and the rest when it comes.
    if !matches!(
        action,
        Action::LibraryFound(..)
            | Action::Notice(_)
            | Action::Checked(_)
            | Action::Searched(..)
            | Action::SearchStart
            | Action::SearchInput(_)
            | Action::SearchBackspace
            | Action::SearchConfirm
            | Action::SearchCancel
            | Action::Close
            | Action::LayoutMore
            | Action::Scroll(_)
            | Action::HalfPage(_)
            | Action::Page(_)
            | Action::Top
            | Action::Wheel { .. }
            // A new width lays the text out again from the start anyway.
            | Action::Resize(..)
            | Action::ToggleContents
            | Action::TogglePositions
            | Action::ToggleHelp
            | Action::Quit
    ) || state.laying_out_before() && (goes_back(&action) || searches(&action))
    {
        state.finish_layout();
    }
    // A message answers the last thing done: whatever the reader does next
    // replaces it. News from the loop replaces only a message on the same
    // subject (see `loaded`, `Searched`).
    if !from_the_loop(&action) {
        state.status.message = None;
        // A `{`, `}` or `T` waiting for the rounds is given up for whatever
        // the reader did since: it must not jump away later.
        state.doc.after_rounds = None;
    }
    let section = state.current_section();
    let before = state.view.scroll;
    // A section of another briefing is no change to compare with: opening
    // one follows its place itself (see `navigate::opened`).
    let across = matches!(action, Action::Opened(_));
    let effect = apply(state, action);
    if state.view.follow && !across && state.current_section() != section {
        topics::follow_reading(state);
    }
    // Reading is moving through the text: a section that merely fits on the
    // first screen has not been read yet.
    if state.view.scroll != before {
        state.mark_read();
    }
    topics::settle(state);
    effect
}

/// Whether `action` moves toward the start of the text, which, while the
/// text before the reader's place is still being laid out after a width
/// change, is not there yet.
fn goes_back(action: &Action) -> bool {
    match action {
        Action::Scroll(n) | Action::HalfPage(n) | Action::Page(n) => *n < 0,
        Action::Wheel { lines, .. } => *lines < 0,
        Action::Top => true,
        _ => false,
    }
}

/// A search typed while the text before the reader's place is missing
/// would count its matches from the place: it waits for that text.
fn searches(action: &Action) -> bool {
    matches!(
        action,
        Action::SearchStart | Action::SearchInput(_) | Action::SearchBackspace
    )
}

/// What the loop sends, rather than the reader.
fn from_the_loop(action: &Action) -> bool {
    matches!(
        action,
        Action::LibraryFound(..)
            | Action::Notice(_)
            | Action::LayoutMore
            | Action::Loaded(_)
            | Action::Opened(_)
            | Action::Searched(..)
            | Action::FileChanged
            | Action::FileRemoved
            | Action::AgainstLoaded(_)
            | Action::Completed(_)
            | Action::Checked(_)
            | Action::RoundsFound(_)
            | Action::Resize(..)
    )
}

/// Whether j, k and the like move the positions panel's selection: the
/// panel has the focus and no help is open over it.
fn in_panel(state: &State) -> bool {
    state.view.focus == Pane::Positions && state.overlays.help().is_none()
}

// One arm per action, so the compiler checks every action is handled;
// each arm calls out to a function as soon as it is more than a line or two.
#[allow(clippy::too_many_lines)]
fn apply(state: &mut State, action: Action) -> Effect {
    match action {
        Action::Quit => return Effect::Quit,
        Action::Suspend => return Effect::Suspend,
        Action::Reload => return navigate::reload(state),
        Action::Loaded(result) => loaded(state, *result),
        Action::Resize(w, h) => resize(state, w, h),
        Action::LayoutMore => state.layout_step(),
        Action::Scroll(n) if in_panel(state) => topics::move_selection(state, n),
        Action::Top if in_panel(state) => topics::move_selection(state, i32::MIN),
        Action::Bottom if in_panel(state) => topics::move_selection(state, i32::MAX),
        Action::Scroll(n) => scroll(state, state.view.focus, n),
        Action::HalfPage(dir) => {
            let n = signed(page_of(state, state.view.focus) / 2) * dir.signum();
            scroll(state, state.view.focus, n);
        }
        Action::Page(dir) => {
            let n = signed(page_of(state, state.view.focus)) * dir.signum();
            scroll(state, state.view.focus, n);
        }
        Action::Top => scroll(state, state.view.focus, i32::MIN),
        Action::Bottom => scroll(state, state.view.focus, i32::MAX),
        Action::GoToSection(n) => go_to_section(state, n),
        Action::NextSection => step_section(state, true),
        Action::PrevSection => step_section(state, false),
        Action::ToggleContents => toggle_contents(state),
        Action::TogglePositions => toggle_positions(state),
        Action::ToggleFollow => {
            state.view.follow = !state.view.follow;
            let word = if state.view.follow { "on" } else { "off" };
            state.say(
                About::Panel,
                format!("positions follow the reading: {word}"),
            );
            if state.view.follow {
                topics::follow_reading(state);
            }
        }
        Action::FocusNext => cycle_focus(state, true),
        Action::FocusPrev => cycle_focus(state, false),
        Action::Activate if state.view.focus == Pane::Positions => topics::to_the_text(state),
        Action::Activate => activate(state),
        Action::SearchStart => {
            state.search = Search {
                origin_scroll: state.view.scroll,
                ..Default::default()
            };
            state.overlays.push(Overlay::Search);
        }
        Action::SearchInput(c) => {
            state.search.query.push(c);
            return find::search(state);
        }
        Action::SearchBackspace => {
            state.search.query.pop();
            return find::search(state);
        }
        Action::Searched(job, hits) => {
            if job.generation == state.search.generation {
                find::searched(state, hits);
            }
        }
        Action::SearchConfirm => {
            state.overlays.remove(Layer::Search);
            if state.search.query.is_empty() {
                state.search = Search::default();
            }
        }
        Action::SearchCancel => {
            state.overlays.remove(Layer::Search);
            let back = state.search.origin_scroll;
            state.search = Search::default();
            state.view.scroll = back.min(state.max_scroll());
        }
        Action::SearchNext => find::step_match(state, true),
        Action::SearchPrev => find::step_match(state, false),
        Action::ToggleHelp => {
            if state.overlays.help().is_some() {
                state.overlays.remove(Layer::Help);
            } else {
                state.overlays.push(Overlay::Help(Help::default()));
            }
        }
        Action::Close => return close(state),
        Action::Wheel { column, row, lines } => {
            if let Some(pane) = pane_at(state, column, row) {
                scroll(state, pane, lines);
            }
        }
        Action::Click { column, row } => {
            // A link under the pointer opens, as Enter does in `L`;
            // anything else is the panes' click.
            if let Some(effect) = links::click(state, column, row) {
                return effect;
            }
            return mouse::click(state, column, row);
        }
        Action::OpenPrompt => navigate::open_prompt(state),
        Action::OpenPicker => picker::open(state, Purpose::Open),
        Action::PickAgainst => picker::open(state, Purpose::CompareAgainst),
        Action::AgainstLoaded(loaded) => {
            let (origin, result) = *loaded;
            picker::against_loaded(state, &origin, result);
        }
        Action::OpenCompare => comparing::open(state),
        Action::Compare(action) => comparing::act(state, action),
        Action::LibraryFound(entries, finished) => {
            return picker::add_entries(state, entries, finished);
        }
        Action::Hunted(hunted) => picker::hunted(state, *hunted),
        Action::LibraryOn(dir) => picker::library_on(state, &dir),
        Action::Type(c) => match state.overlays.prompt_mut() {
            Some(prompt) => navigate::type_into_prompt(prompt, c),
            None => return picker::type_char(state, c),
        },
        Action::Erase => match state.overlays.prompt_mut() {
            Some(prompt) => {
                prompt.input.pop();
                prompt.error = None;
            }
            None => return picker::erase(state),
        },
        Action::Complete => return navigate::complete(state),
        Action::Completed(done) => navigate::completed(state, done),
        Action::Choose(delta) => {
            if let Some(l) = state.overlays.links_mut() {
                l.choose(delta);
            } else if let Some(p) = state.overlays.picker_mut() {
                picker::choose(p, delta);
            }
        }
        Action::Confirm if state.overlays.prompt().is_some() => {
            return navigate::confirm_prompt(state);
        }
        Action::Confirm if matches!(state.overlays.top(), Some(Overlay::Links(_))) => {
            return links::confirm(state);
        }
        Action::Confirm => return picker::confirm(state),
        // The reader's keys: never under an overlay.
        Action::Round(_) | Action::OpenTimeline if state.overlays.top().is_some() => {}
        Action::Round(delta) => return rounds::step(state, delta),
        Action::Back => return navigate::back(state),
        Action::Forward => return navigate::forward(state),
        Action::Opened(opened) => return navigate::opened(state, *opened),
        Action::FileChanged => return navigate::file_changed(state),
        Action::FileRemoved => navigate::file_removed(state),
        Action::Edit => return navigate::edit(state),
        Action::Notice(text) => state.say(About::Notice, text),
        Action::Checked(checked) => {
            if let Some(c) = &checked {
                state.say(About::File, c.line.clone());
            }
            state.doc.warnings = checked;
        }
        Action::OpenLinks => links::open(state),
        Action::Copy => return links::copy(state),
        Action::RoundsFound(found) => {
            let (origin, found) = *found;
            return rounds::found(state, &origin, found);
        }
        Action::OpenTimeline => timeline::open(state),
        Action::Timeline(action) => return timeline::act(state, action),
    }
    Effect::None
}

/// Esc: close the overlay on top; with none, the panel over the text on a
/// small screen, then the search, then the change marks.
fn close(state: &mut State) -> Effect {
    if let Some(top) = state.overlays.top() {
        // The compare view closes its opened cell first.
        if let Overlay::Compare(_) = top {
            return apply(state, Action::Compare(compare::CompareAction::Close));
        }
        if let Overlay::Search = top {
            return apply(state, Action::SearchCancel);
        }
        state.overlays.pop();
        return Effect::None;
    } else if state.mode() != Mode::Wide && state.visible().contents {
        toggle_contents(state);
    } else if state.mode() == Mode::Narrow && state.visible().positions {
        toggle_positions(state);
    } else if !state.search.query.is_empty() {
        state.search = Search::default();
    } else if state.doc.against.is_some() {
        state.doc.against = None;
        state.panes.positions = std::sync::Arc::default();
        state.relayout();
        state.say(About::Changes, "change marks cleared");
    }
    Effect::None
}

fn loaded(state: &mut State, result: Result<crate::model::Briefing, crate::load::LoadError>) {
    match result {
        Ok(briefing) => {
            // Keep the place: the same section, the same distance into it.
            let place = state
                .panes
                .reading
                .target_at(state.view.scroll)
                .map(|(t, at)| (t, state.view.scroll - at));
            state.set_briefing(briefing);
            if let Some(line) = place.and_then(|(t, offset)| state.line_in(t, offset)) {
                state.view.scroll = line.min(state.max_scroll());
            }
            state.say(About::File, "reloaded");
            state.status.banner = None;
        }
        // The last good version stays; the banner says why and where.
        Err(error) => {
            state.settle(About::File);
            state.status.banner = Some(error.summary());
        }
    }
}
