//! The full-screen reader: state, update, view.
//!
//! [`action`] lists what can happen, [`update`] is the only place state
//! changes, [`view`] draws from `&State`, [`keymap`] turns keys into actions
//! (and writes the help screen from the same table). [`app`] runs the loop
//! over a real terminal, which [`terminal`] sets up and always restores;
//! `screen` writes to it only the cells a frame changed.

pub mod action;
pub mod app;
mod backend;
pub mod changes;
pub mod compare;
pub mod events;
pub mod find;
pub mod geometry;
pub mod keymap;
mod moving;
pub mod navigate;
pub mod picker;
pub mod place;
pub mod screen;
pub mod searcher;
pub mod services;
pub mod state;
pub mod terminal;
pub mod update;
pub mod view;

pub use app::{run, run_with};
pub use services::Options;
