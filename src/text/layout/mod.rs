//! Text laid out to a width: the lines of a pane, stored compactly, with
//! anchors for the targets a reader jumps to. [`store`] keeps the lines,
//! [`line`] lends one out.

mod line;
mod store;

pub use line::LineRef;
pub(crate) use store::offset;
pub use store::{Layout, Target};
