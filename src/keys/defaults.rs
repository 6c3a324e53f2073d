//! The default keys: `assets/keymap.toml`, compiled in.

use std::sync::LazyLock;

use super::keymap::Keymap;

/// The commented default keymap, as users copy from it.
pub const ASSET: &str = include_str!("../../assets/keymap.toml");

/// Read once. The asset is checked by a test, so nothing here can fail for
/// a user; were it wrong, the keys it gets right would still work.
static DEFAULTS: LazyLock<Keymap> = LazyLock::new(|| {
    let mut map = Keymap::empty();
    map.merge_document(ASSET);
    map
});

impl Keymap {
    /// The keys brief ships with.
    pub fn defaults() -> Keymap {
        DEFAULTS.clone()
    }
}
