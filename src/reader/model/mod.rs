//! The reader's state: the document and where the reader is in it, the
//! overlays, the search, history and the library. Pure data and the
//! questions it answers; only `update` changes it, and nothing here imports
//! the rest of the reader.

pub mod compare;
mod doc;
pub mod geometry;
mod history;
mod layout;
pub mod link_list;
pub mod links;
pub mod overlay;
mod panel;
mod panes;
pub mod picker;
mod place;
pub mod rounds;
pub mod search;
mod state;
pub mod status;
pub mod timeline;
mod view;

pub use doc::Against;
pub use history::{Spot, Visit};
pub use overlay::{Help, Layer, Overlay, Prompt};
pub use search::{Search, Where};
pub use state::State;
pub use status::{About, Checked};
pub use view::{Pane, PanelRow, TopicWalk};
