//! brief: a terminal reader for negotiation briefings.
//!
//! The library holds everything that can be tested without a terminal:
//! the [`model`], [`load`]ing with errors a person can act on, [`sanitize`],
//! the positions [`compare`]d, and [`text`] layout shared by `brief print`
//! and the reader, and the [`keys`] as data. [`reader`] is the full-screen
//! reader; [`cli`] the commands.

pub mod bundled;
pub mod check;
pub mod cli;
pub mod compare;
pub(crate) mod complete;
pub mod config;
pub mod diff;
pub(crate) mod dirs;
pub mod export;
pub mod generate;
pub mod import;
pub mod keys;
pub mod library;
pub mod load;
pub mod model;
pub mod places;
pub mod print;
pub mod reader;
pub mod sanitize;
pub mod screenshot;
pub mod search;
pub mod series;
pub mod template;
pub mod text;
pub mod theme;
pub mod timeline;
pub mod watch;
