//! The one place the reader's state changes.

use super::action::{Action, Effect};
use super::state::State;

pub fn update(state: &mut State, action: Action) -> Effect {
    match action {
        Action::Quit => Effect::Quit,
        Action::Suspend => Effect::Suspend,
        Action::Reload => Effect::Reload,
        Action::Resize(w, h) => {
            state.width = w;
            state.height = h;
            Effect::None
        }
        _ => Effect::None,
    }
}
