//! The full-screen reader, in layers:
//!
//! - [`term`]: the terminal session (raw mode, restore, suspend, panic hook);
//! - [`services`]: the event channel and what feeds it (the terminal's
//!   input, signals, the watcher, the library scan, the search worker) and
//!   the remembered places;
//! - [`model`]: the state: document, viewport, overlays, search, history;
//!   it imports nothing else of the reader;
//! - [`action`]: everything that can happen, as data;
//! - [`update`]: the one place the state changes;
//! - [`view`]: drawing from `&State` in a [`crate::theme::Theme`];
//! - [`keymap`]: keys to actions by the [`crate::keys::Keymap`] in the
//!   state, and the help and hints written from the same keymap;
//! - [`compare`]: the full-screen compare view's keys, update and drawing.
//!
//! [`run`] ties them together and is the only part that sees all of them.

mod action;
mod compare;
mod keymap;
mod model;
mod run;
mod services;
mod term;
#[doc(hidden)]
pub mod testing;
mod update;
mod view;

pub use run::{run, run_with};
pub use services::Options;
// `brief config edit` opens the user's editor as the reader's `e` does.
pub(crate) use services::editor;
