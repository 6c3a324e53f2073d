//! Remembered reading places: for each file, where the reader was and which
//! sections were read, so a briefing opens tomorrow where it was left today.
//!
//! Kept in `places.toml` in the state directory (see [`crate::dirs`]).
//! Losing this file costs little, so nothing about it may stop brief: a
//! bad file is set aside with a one-line warning, and a failed save is an
//! error the caller shows once.

mod memory;
mod place;
mod store;

pub use memory::Places;
pub use place::{FILE_NAME, MAX_PLACES, MAX_STATE_SIZE, Place, bundled_key, now};
