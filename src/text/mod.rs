//! Text layout shared by `brief print` and the reader: Markdown into styled
//! blocks, blocks wrapped into lines, lines gathered into a [`Layout`] with
//! anchors. Pure: no terminal, no I/O.

pub mod document;
pub mod fit;
pub mod header;
pub mod layout;
pub mod markdown;
pub mod positions;
pub mod split;
pub mod style;
pub mod url;
pub mod wrap;

pub use layout::{Layout, LineRef, Target};
pub use style::{Role, Span, Style};
