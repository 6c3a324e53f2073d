//! The compare view: a full-screen matrix of topics (rows) by parties
//! (columns), each cell a stance mark and the start of the position.
//!
//! Pure state ([`Compare`]), one [`update`] for every [`CompareAction`], and
//! [`draw`] from `&Compare`; its keys are the keymap's `compare` mode
//! (see `reader/keymap`). [`grid`] says what fits where, for
//! both update and draw. The reader owns a `Compare` while the view is open
//! and returns to its own place when [`update`] says [`Leave::ToReader`].

mod cell;
pub mod chrome;
pub mod grid;
mod opened;
pub mod update;
mod view;

pub use update::{CompareAction, Leave, update};
pub use view::draw;
