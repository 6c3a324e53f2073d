//! The compare view: a full-screen matrix of topics (rows) by parties
//! (columns), each cell a stance mark and the start of the position.
//!
//! Pure state ([`Compare`]), one [`update`] for every [`CompareAction`], and
//! [`draw`] from `&Compare`; its keys are the keymap's `compare` mode
//! (see `reader/keymap`). [`grid`] says what fits where, for
//! both update and draw. The reader owns a `Compare` while the view is open
//! and returns to its own place when [`update`] says [`Leave::ToReader`].
//! The column chooser ([`columns`]) is a layer of its own over the view,
//! with its own keys (`columns` mode), changing the view under it.

mod cell;
mod chooser;
pub mod chrome;
pub mod columns;
mod divergent;
pub mod grid;
mod header;
pub mod mouse;
mod opened;
mod rules;
pub mod update;
mod view;

pub use chooser::draw as draw_columns;
pub use columns::ColumnsAction;
pub use opened::links as opened_links;
pub use update::{CompareAction, Leave, update};
pub use view::draw;
