//! What the tests, benches and fuzz targets reach inside the reader for:
//! the state, the actions, `update`, the view and the keys, so they can
//! drive the reader without a terminal. Not an API; everything else of the
//! reader is private to the crate.

use std::sync::Arc;

use crossterm::event::KeyEvent;

pub use super::action::{Action, Effect, Opened, Request, TimelineAction, Via, Wanted};
pub use super::compare::columns::update as update_columns;
pub use super::compare::{
    ColumnsAction, CompareAction, Leave, draw as draw_compare, draw_columns,
    update as update_compare,
};
pub use super::keymap::{HelpRow, help_lines, help_page, hints, map_key, map_mouse, split_alt};
pub use super::model::compare::{Columns, Compare, Filter, column_order};
pub use super::model::picker::{Hunt, Hunted, InsideRow};
pub use super::model::search::BACKGROUND_OVER;
pub use super::model::timeline::{Grid as TimelineGrid, Line as TimelineLine, TimelineView};
pub use super::model::{Overlay, Pane, Search, Spot, State, Where};
pub use super::term::Screen;
pub use super::update::update;
pub use super::view::{draw, hyperlinks};
pub use crate::complete::complete as complete_path;
use crate::keys::{Keymap, Mode};

/// The keys brief ships with.
pub fn default_keys() -> Keymap {
    Keymap::defaults()
}

/// The shipped keys with `toml` (`[keys.MODE]` tables) merged over them;
/// panics on a mistake in it, as a test should.
pub fn keys_with(toml: &str) -> Keymap {
    let mut keys = Keymap::defaults();
    let problems = keys.merge_document(toml);
    assert!(problems.is_empty(), "{problems:?}");
    keys
}

/// Read keys with `keys` from now on, as a config would have set them.
pub fn set_keys(state: &mut State, keys: Keymap) {
    state.keys = Arc::new(keys);
}

/// The compare view's action for a key press by the shipped keys; keys the
/// reader handles around the view (q, ?, Ctrl-c) are not the view's.
pub fn compare_key(event: KeyEvent) -> Option<CompareAction> {
    let command = Keymap::defaults().command(Mode::Compare, event)?;
    super::keymap::compare_action(command)
}

/// The compare view's help rows by the shipped keys: keys and what they do.
pub fn compare_help() -> impl Iterator<Item = (String, &'static str)> {
    Keymap::defaults()
        .help(Mode::Compare)
        .into_iter()
        .filter_map(|row| match row {
            HelpRow::Keys(keys, what) => Some((keys, what)),
            HelpRow::Group(_) => None,
        })
}

/// The compare view's legend of keys by the shipped keys.
pub fn compare_hints() -> String {
    Keymap::defaults().hint(Mode::Compare, super::compare::chrome::HINTS)
}

/// The topics and parties the compare view shows in `area`, in screen
/// order, by the same grid and offsets it draws with.
pub fn compare_in_view(
    c: &Compare,
    briefing: &crate::model::Briefing,
    comparison: &crate::compare::Comparison,
    area: ratatui::layout::Rect,
) -> (Vec<usize>, Vec<usize>) {
    use super::compare::grid::{Grid, Slot};
    let grid = Grid::of(area, c, briefing, comparison);
    let (rows, columns) = grid.offsets(c, briefing, comparison);
    let topics = c
        .rows(briefing, comparison)
        .into_iter()
        .skip(rows)
        .take(grid.rows_on_screen())
        .collect();
    let parties = grid
        .columns(briefing, &c.shown(briefing), columns)
        .into_iter()
        .filter_map(|(slot, _)| match slot {
            Slot::Party(p) => Some(p),
            Slot::Separator => None,
        })
        .collect();
    (topics, parties)
}

/// What the loop sends once it has looked beside `origin` for the series
/// `briefing` is a round of: the finder's own answer, found here and now.
pub fn rounds_found(origin: &crate::load::Origin, briefing: &crate::model::Briefing) -> Action {
    let rounds = super::services::rounds::of(origin, briefing);
    Action::RoundsFound(Box::new((origin.clone(), rounds)))
}
