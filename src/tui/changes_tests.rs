//! `changed_cells` against ratatui's `Buffer::diff`: random buffers of wide,
//! emoji, combining and zero-width symbols with random styles and diff
//! options, then the cases that have bitten ratatui itself.

use std::num::NonZeroU16;

use proptest::prelude::*;
use ratatui::buffer::{Buffer, Cell, CellDiffOption};
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};

use super::changed_cells;

type Change = (u16, u16, String);

fn listed(cells: &[(u16, u16, &Cell)]) -> Vec<Change> {
    cells
        .iter()
        .map(|(x, y, cell)| (*x, *y, cell.symbol().to_owned()))
        .collect()
}

fn ours(prev: &Buffer, next: &Buffer, area: Rect) -> Vec<Change> {
    let mut out = Vec::new();
    changed_cells(prev, next, area, &mut out);
    listed(&out)
}

/// Asserts `changed_cells` yields ratatui's list, but for the columns a
/// replaced wide character covered, which it always emits (see the module),
/// and returns it. ratatui emits those too when the wide character's
/// background shows, so its list is taken with every wide character of
/// `prev` given one, and the same where `next` still holds it.
fn agrees(prev: &Buffer, next: &Buffer, area: Rect) -> Vec<Change> {
    let (shown, drawn) = wide_ones_shaded(prev, next);
    let theirs = shown.diff(&drawn);
    let mut out = Vec::new();
    changed_cells(prev, next, area, &mut out);
    assert_eq!(listed(&out), listed(&theirs), "area {area:?}");
    for (a, b) in out.iter().zip(&theirs) {
        let at = next.index_of(a.0, a.1);
        assert!(
            std::ptr::eq(a.2, std::ptr::from_ref(&next.content[at])) && (a.0, a.1) == (b.0, b.1),
            "a different cell at ({}, {})",
            a.0,
            a.1
        );
    }
    listed(&out)
}

/// `prev` and `next` with a background under every wide character of
/// `prev` that has none, and under the same character where `next` keeps it.
fn wide_ones_shaded(prev: &Buffer, next: &Buffer) -> (Buffer, Buffer) {
    let shade = Color::Indexed(250);
    let (mut shown, mut drawn) = (prev.clone(), next.clone());
    for (i, cell) in prev.content.iter().enumerate() {
        if ratatui::buffer::CellWidth::cell_width(cell) > 1 && cell.bg == Color::Reset {
            if next.content.get(i) == Some(cell) {
                drawn.content[i].bg = shade;
            }
            shown.content[i].bg = shade;
        }
    }
    (shown, drawn)
}

fn at(changes: &[Change]) -> Vec<(u16, u16)> {
    changes.iter().map(|(x, y, _)| (*x, *y)).collect()
}

/// A symbol, `None` for a reset cell (which ratatui treats as a space).
fn symbol() -> impl Strategy<Value = Option<&'static str>> {
    prop_oneof![
        6 => prop::sample::select(vec!["a", "b", " ", "z", "."]).prop_map(Some),
        1 => Just(None),
        3 => prop::sample::select(vec![
            "你", "好", "\u{FF0B}", "👍", "⌨\u{FE0F}", "⚠\u{FE0F}", "a\u{FE0F}",
            "e\u{301}", "\u{301}", "\u{200B}", "a\u{200D}", "ｶﾞ", "\u{FF9E}", "│", "",
            "a symbol too long to be stored inline",
        ])
        .prop_map(Some),
    ]
}

fn color() -> impl Strategy<Value = Color> {
    prop_oneof![
        4 => Just(Color::Reset),
        1 => Just(Color::Blue),
        1 => Just(Color::Rgb(1, 2, 3)),
        1 => Just(Color::Indexed(7)),
    ]
}

fn modifier() -> impl Strategy<Value = Modifier> {
    prop_oneof![
        3 => Just(Modifier::empty()),
        1 => Just(Modifier::BOLD),
        1 => Just(Modifier::REVERSED),
        1 => Just(Modifier::UNDERLINED | Modifier::CROSSED_OUT),
    ]
}

fn option() -> impl Strategy<Value = CellDiffOption> {
    prop_oneof![
        12 => Just(CellDiffOption::None),
        1 => Just(CellDiffOption::Skip),
        1 => Just(CellDiffOption::AlwaysUpdate),
        1 => (1u16..4).prop_map(|w| CellDiffOption::ForcedWidth(
            NonZeroU16::new(w).expect("at least 1")
        )),
    ]
}

#[allow(deprecated)] // the `skip` field still counts in ratatui's diff
fn cell() -> impl Strategy<Value = Cell> {
    let style = (color(), color(), color(), modifier());
    (symbol(), style, option(), prop::bool::weighted(0.05)).prop_map(
        |(symbol, (fg, bg, underline, modifier), option, skip)| {
            let mut cell = Cell::EMPTY;
            if let Some(symbol) = symbol {
                cell.set_symbol(symbol);
            }
            cell.fg = fg;
            cell.bg = bg;
            cell.underline_color = underline;
            cell.modifier = modifier;
            cell.diff_option = option;
            cell.skip = skip;
            cell
        },
    )
}

/// Two buffers where about half the cells are the same and half are new.
fn pair() -> impl Strategy<Value = (Buffer, Buffer)> {
    (1u16..12, 1u16..5)
        .prop_flat_map(|(width, height)| {
            let cells = usize::from(width * height);
            (
                Just(Rect::new(0, 0, width, height)),
                prop::collection::vec(cell(), cells),
                prop::collection::vec(prop::option::of(cell()), cells),
            )
        })
        .prop_map(|(area, mut old, new)| {
            // ratatui panics when a wide cell at the very end is replaced by a
            // narrow one it re-emits columns for: keep that one narrow.
            if let Some(last) = old.last_mut() {
                last.set_symbol("z").set_diff_option(CellDiffOption::None);
            }
            let new = old
                .iter()
                .zip(new)
                .map(|(old, new)| new.unwrap_or_else(|| old.clone()))
                .collect();
            let prev = Buffer { area, content: old };
            let next = Buffer { area, content: new };
            (prev, next)
        })
}

/// A rectangle inside `area`, possibly empty.
fn pane(area: Rect) -> impl Strategy<Value = Rect> {
    (0..area.width, 0..area.height).prop_flat_map(move |(x, y)| {
        (0..=area.width - x, 0..=area.height - y).prop_map(move |(w, h)| Rect::new(x, y, w, h))
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn the_whole_screen_changes_as_ratatui_says((prev, next) in pair()) {
        agrees(&prev, &next, prev.area);
    }

    #[test]
    fn the_whole_screen_row_by_row_changes_as_it_does_whole((prev, next) in pair()) {
        // What the screen writer calls, over every row: the same cells.
        let mut whole = Vec::new();
        changed_cells(&prev, &next, prev.area, &mut whole);
        let rows: Vec<Rect> = prev.area.rows().collect();
        let mut found = Vec::new();
        super::changed_cells_in(&prev, &next, &rows, &mut found);
        prop_assert_eq!(in_runs(&next, &found), listed(&whole));
    }

    #[test]
    fn a_pane_changes_as_ratatui_says(
        (prev, next, pane) in pair().prop_flat_map(|(prev, next)| {
            let area = prev.area;
            (Just(prev), Just(next), pane(area))
        })
    ) {
        // Only the pane changed: outside it `next` is `prev`.
        let mut only = prev.clone();
        for y in pane.top()..pane.bottom() {
            for x in pane.left()..pane.right() {
                only[(x, y)] = next[(x, y)].clone();
            }
        }
        agrees(&prev, &only, pane);
    }
}

fn line(width: u16, text: &str, style: Style) -> Buffer {
    let mut buf = Buffer::empty(Rect::new(0, 0, width, 1));
    buf.set_string(0, 0, text, style);
    buf
}

#[test]
fn equal_cells_change_nothing_and_a_reset_cell_equals_a_space() {
    let prev = Buffer::with_lines(["你好 ⌨\u{FE0F} e\u{301}", "plain text  "]);
    assert_eq!(agrees(&prev, &prev.clone(), prev.area), []);
    let mut spaces = Buffer::empty(prev.area);
    for cell in &mut spaces.content {
        cell.set_symbol(" ");
    }
    assert_eq!(agrees(&Buffer::empty(prev.area), &spaces, prev.area), []);
}

#[test]
fn a_scrolled_page_yields_its_changed_cells_in_order() {
    let prev = Buffer::with_lines(["one two", "three  ", "four   "]);
    let next = Buffer::with_lines(["three  ", "four   ", "five   "]);
    let changes = agrees(&prev, &next, prev.area);
    assert_eq!(
        changes.first(),
        Some(&(0, 0, "t".to_owned())),
        "{changes:?}"
    );
    assert_eq!(changes.len(), 7 + 5 + 3, "{changes:?}");
}

#[test]
fn a_replaced_wide_character_is_cleared_column_by_column() {
    let blue = Style::new().bg(Color::Blue);
    let prev = line(12, "你好，世界！", blue);
    let next = line(12, "Hello", Style::new());
    let changes = agrees(&prev, &next, prev.area);
    for x in [5, 7, 9, 11] {
        assert!(at(&changes).contains(&(x, 0)), "column {x} in {changes:?}");
    }
    // Without a visible style too, unlike ratatui: the terminal may blank
    // them in the attributes of what is written over the characters.
    let plain = line(12, "你好，世界！", Style::new());
    let changes = agrees(&plain, &next, prev.area);
    assert!(at(&changes).contains(&(7, 0)), "{changes:?}");
    let theirs: Vec<_> = plain.diff(&next).iter().map(|c| (c.0, c.1)).collect();
    assert!(!theirs.contains(&(7, 0)), "ratatui leaves it: {theirs:?}");
    // Reversed shows on blanks as a background does.
    let reversed = line(2, "你", Style::new().add_modifier(Modifier::REVERSED));
    let changes = agrees(&reversed, &Buffer::empty(reversed.area), reversed.area);
    assert_eq!(at(&changes), [(0, 0), (1, 0)]);
}

#[test]
fn an_emojis_trailing_column_is_emitted_when_its_symbol_changed() {
    let mut prev = line(4, "ab", Style::new());
    let mut next = line(4, "⌨\u{FE0F}", Style::new());
    assert_eq!(at(&agrees(&prev, &next, prev.area)), [(0, 0), (1, 0)]);
    // A style change under the emoji is invisible: only the emoji itself.
    prev = line(4, "⌨\u{FE0F}", Style::new());
    next = line(4, "⌨\u{FE0F}", Style::new().fg(Color::Red));
    next[(1, 0)].set_fg(Color::Green);
    assert_eq!(at(&agrees(&prev, &next, prev.area)), [(0, 0)]);
}

#[test]
#[allow(deprecated)] // the `skip` field still counts in ratatui's diff
fn diff_options_are_honoured() {
    let prev = Buffer::with_lines(["abcdef"]);
    let mut next = Buffer::with_lines(["ABCDEf"]);
    next[(0, 0)].set_diff_option(CellDiffOption::Skip);
    next[(1, 0)].skip = true;
    next[(2, 0)].set_diff_option(CellDiffOption::ForcedWidth(
        NonZeroU16::new(2).expect("two"),
    ));
    next[(5, 0)].set_diff_option(CellDiffOption::AlwaysUpdate);
    let changes = agrees(&prev, &next, prev.area);
    assert_eq!(at(&changes), [(2, 0), (4, 0), (5, 0)], "{changes:?}");
}

#[test]
fn a_wide_character_at_a_panes_edge_clears_the_columns_it_covered_past_it() {
    let prev = line(6, "ab你cd", Style::new().bg(Color::Blue));
    let mut next = prev.clone();
    next[(2, 0)].set_symbol("x");
    let pane = Rect::new(0, 0, 3, 1);
    assert_eq!(at(&agrees(&prev, &next, pane)), [(2, 0), (3, 0)]);
}

#[test]
fn an_unchanged_wide_character_left_of_a_pane_covers_its_first_column() {
    let prev = line(6, "a你bcd", Style::new());
    let mut next = prev.clone();
    next[(2, 0)].set_symbol("x");
    next[(3, 0)].set_symbol("y");
    assert_eq!(at(&agrees(&prev, &next, Rect::new(2, 0, 4, 1))), [(3, 0)]);
}

#[test]
fn cells_to_update_always_are_emitted_outside_the_pane_too() {
    let prev = Buffer::with_lines(["abc", "def"]);
    let mut next = prev.clone();
    next[(0, 0)].set_diff_option(CellDiffOption::AlwaysUpdate);
    next[(2, 1)].set_symbol("F");
    let pane = Rect::new(1, 1, 2, 1);
    let changes = agrees(&prev.clone(), &next, pane);
    assert_eq!(at(&changes), [(0, 0), (2, 1)]);
}

#[test]
fn cells_outside_the_pane_are_not_compared() {
    let prev = Buffer::with_lines(["abc", "def"]);
    let next = Buffer::with_lines(["xyz", "dEf"]);
    let changes = ours(&prev, &next, Rect::new(0, 1, 3, 1));
    assert_eq!(changes, [(1, 1, "E".to_owned())]);
}

#[test]
fn a_wide_character_replaced_in_the_last_cell_does_not_panic() {
    // ratatui's diff indexes past the end here.
    let mut prev = Buffer::with_lines(["ab "]);
    prev[(2, 0)].set_symbol("你").set_bg(Color::Blue);
    let next = Buffer::with_lines(["abc"]);
    assert_eq!(ours(&prev, &next, prev.area), [(2, 0, "c".to_owned())]);
}

#[test]
fn an_offset_screen_reports_screen_coordinates_and_the_list_is_reused() {
    let mut prev = Buffer::empty(Rect::new(3, 5, 4, 2));
    let mut next = prev.clone();
    prev.set_string(3, 5, "abcd", Style::new());
    next.set_string(3, 6, "wxyz", Style::new());
    let mut out = Vec::new();
    changed_cells(&prev, &prev, prev.area, &mut out);
    assert_eq!(out, []);
    out.push((0, 0, &next.content[0]));
    changed_cells(&prev, &next, prev.area, &mut out);
    assert_eq!(out, prev.diff(&next));
    assert_eq!(out.first().map(|c| (c.0, c.1)), Some((3, 5)));
    assert_eq!(out.last().map(|c| (c.0, c.1)), Some((6, 6)));
}

#[test]
fn runs_give_ratatuis_list_when_the_rest_is_the_same() {
    // A left pane and a right pane change around a middle one that is kept:
    // wide characters, a style change and a replaced wide character inside
    // the runs.
    let prev = Buffer::with_lines(["ab你d|kept|xyz", "a好cd|kept|x😀"]);
    let mut next = Buffer::with_lines(["aB你d|kept|xYz", "abcde|kept|x😀"]);
    next[(0, 0)].set_style(Style::new().add_modifier(Modifier::BOLD));
    let runs = [
        Rect::new(0, 0, 5, 1),
        Rect::new(11, 0, 3, 1),
        Rect::new(0, 1, 5, 1),
        Rect::new(11, 1, 3, 1),
    ];
    let mut out = Vec::new();
    super::changed_cells_in(&prev, &next, &runs, &mut out);
    assert_eq!(in_runs(&next, &out), listed(&prev.diff(&next)));
    assert!(!out.is_empty());
}

#[test]
fn cells_outside_the_runs_are_not_looked_at() {
    let prev = Buffer::with_lines(["abc", "def"]);
    let next = Buffer::with_lines(["xyz", "dEf"]);
    let mut out = Vec::new();
    super::changed_cells_in(&prev, &next, &[Rect::new(0, 1, 3, 1)], &mut out);
    assert_eq!(in_runs(&next, &out), [(1, 1, "E".to_owned())]);
}

/// What `changed_cells_in` found, as cells of `next`.
fn in_runs(next: &Buffer, found: &[super::Change]) -> Vec<Change> {
    found
        .iter()
        .map(|&(x, y, at)| (x, y, next.content[at].symbol().to_owned()))
        .collect()
}
