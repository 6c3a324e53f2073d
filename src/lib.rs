//! brief: a terminal reader for negotiation briefings.
//!
//! The library holds everything that can be tested without a terminal:
//! the [`model`], [`load`]ing with errors for people, [`sanitize`],
//! the positions [`compare`] model, and text layout.

pub mod load;
pub mod model;
pub mod sanitize;
