//! Keys as data: the commands a key can do in each mode ([`Command`],
//! [`Mode`]), key names ([`Key`]), and the [`Keymap`] built from
//! `assets/keymap.toml` with a user's `[keys.MODE]` tables merged over it.
//! Pure: no terminal, so the reader, the config file and `brief config`
//! all read the same keys.

mod command;
mod defaults;
mod describe;
mod help;
mod key;
mod keymap;
mod merge;
mod mode;
#[cfg(test)]
mod tests;

pub use command::{COLUMNS, Command, SECTIONS};
pub use defaults::ASSET;
pub use help::HelpRow;
pub use key::{Key, KeyError, parse as parse_key};
pub use keymap::{Hint, Keymap};
pub use mode::{Group, Mode};
