//! What the tests, benches and fuzz targets reach inside the reader for:
//! the state, the actions, `update`, the view and the keys, so they can
//! drive the reader without a terminal. Not an API; everything else of the
//! reader is private to the crate.

pub use super::action::{Action, Effect, Opened, Request, Via};
pub use super::compare::keys::{HINTS as COMPARE_HINTS, help as compare_help};
pub use super::compare::{
    CompareAction, Leave, draw as draw_compare, map_key as compare_key, update as update_compare,
};
pub use super::keymap::{HelpRow, help_lines, help_page, map_key};
pub use super::model::compare::Compare;
pub use super::model::search::BACKGROUND_OVER;
pub use super::model::{Overlay, Pane, Search, Spot, State, Where};
pub use super::term::Screen;
pub use super::update::update;
pub use super::view::draw;
pub use crate::complete::complete as complete_path;
