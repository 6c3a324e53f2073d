//! The reader's screens, drawn into ratatui's `TestBackend` and kept as insta
//! snapshots at several sizes. Read a changed snapshot before accepting it.

use brief::bundled;
use brief::load::{Origin, load_str};
use brief::reader::testing::Action;
use brief::reader::testing::draw;
use brief::reader::testing::update;
use brief::reader::testing::{State, Where};
use brief::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

#[path = "support/screen.rs"]
mod screen;

fn state_for(b: bundled::Bundled, width: u16, height: u16) -> State {
    let briefing = load_str(b.file, b.text).expect("bundled briefings load");
    State::new(briefing, Origin::Bundled(b), width, height)
}

fn istanbul(width: u16, height: u16) -> State {
    state_for(bundled::DEFAULT, width, height)
}

/// The screen as text, one row a line, trailing spaces trimmed.
fn screen(state: &State) -> String {
    let backend = TestBackend::new(state.view.width, state.view.height);
    let mut terminal = Terminal::new(backend).expect("test backend");
    terminal
        .draw(|f| draw(f, state, &Theme::default()))
        .expect("draw");
    screen::text_of(terminal.backend().buffer())
}

#[test]
fn istanbul_at_140x45() {
    insta::assert_snapshot!(screen(&istanbul(140, 45)));
}

#[test]
fn istanbul_at_100x30() {
    insta::assert_snapshot!(screen(&istanbul(100, 30)));
}

#[test]
fn istanbul_at_60x20() {
    insta::assert_snapshot!(screen(&istanbul(60, 20)));
}

#[test]
fn istanbul_at_30x8_says_too_small() {
    let shown = screen(&istanbul(30, 8));
    assert!(shown.contains("too small"), "{shown}");
    insta::assert_snapshot!(shown);
}

#[test]
fn after_pressing_3() {
    let mut state = istanbul(100, 30);
    update(&mut state, Action::GoToSection(3));
    let shown = screen(&state);
    let title = &state.doc.briefing.sections[2].title;
    // The section's title is the first row of text, under the pane's title row.
    let rows: Vec<&str> = shown.lines().collect();
    let first_text_row = rows
        .iter()
        .position(|r| r.contains(&format!("3. {title}")))
        .unwrap_or(0);
    assert!(rows[first_text_row - 1].contains("─"), "{shown}");
    insta::assert_snapshot!(shown);
}

#[test]
fn with_help_open() {
    let mut state = istanbul(100, 30);
    update(&mut state, Action::ToggleHelp);
    insta::assert_snapshot!(screen(&state));
}

#[test]
fn with_a_search_lit() {
    let mut state = istanbul(140, 45);
    update(&mut state, Action::SearchStart);
    for c in "istanbul".chars() {
        update(&mut state, Action::SearchInput(c));
    }
    update(&mut state, Action::SearchConfirm);
    update(&mut state, Action::SearchNext);
    let shown = screen(&state);
    // The header's hits come first; the view starts from the first hit in the text.
    let header_hits = state.search.hits.of(Where::Header).len();
    assert!(
        shown.contains(&format!("match {}/", header_hits + 2)),
        "{shown}"
    );
    // The current match is lit in yellow, the others reversed.
    let backend = TestBackend::new(state.view.width, state.view.height);
    let mut terminal = Terminal::new(backend).expect("test backend");
    terminal
        .draw(|f| draw(f, &state, &Theme::default()))
        .expect("draw");
    let buffer = terminal.backend().buffer();
    let lit = buffer
        .content()
        .iter()
        .filter(|c| c.bg == ratatui::style::Color::Yellow)
        .map(ratatui::buffer::Cell::symbol)
        .collect::<String>();
    assert_eq!(lit.to_lowercase(), "istanbul");
    insta::assert_snapshot!(shown);
}

#[test]
fn every_size_up_to_50x20_draws_without_panic() {
    for b in bundled::ALL {
        for width in 1..=50 {
            for height in 1..=20 {
                let mut state = state_for(*b, width, height);
                screen(&state);
                for action in [
                    Action::Bottom,
                    Action::ToggleContents,
                    Action::TogglePositions,
                    Action::ToggleHelp,
                ] {
                    update(&mut state, action);
                    screen(&state);
                }
            }
        }
    }
}

#[test]
fn with_help_open_on_a_wide_screen_in_two_columns() {
    let mut state = istanbul(140, 45);
    update(&mut state, Action::ToggleHelp);
    let shown = screen(&state);
    assert!(!shown.contains("j/k scroll"), "everything fits: {shown}");
    insta::assert_snapshot!(shown);
}

#[test]
fn with_changes_marked_against_the_earlier_round() {
    let later = bundled::find("new-start-2023-02").expect("bundled pair");
    let earlier = bundled::find("new-start-2021-02").expect("bundled pair");
    let mut state = state_for(later, 140, 45);
    let older = load_str(earlier.file, earlier.text).expect("loads");
    update(
        &mut state,
        Action::AgainstLoaded(Box::new((Origin::Bundled(earlier), Ok(older)))),
    );
    let shown = screen(&state);
    assert!(shown.contains("(was + for)"), "{shown}");
    insta::assert_snapshot!(shown);
    update(&mut state, Action::OpenCompare);
    let shown = screen(&state);
    assert!(shown.contains('Δ'), "{shown}");
    insta::assert_snapshot!("compare_view_with_changes_marked", shown);
}

#[test]
fn the_library_tells_a_bundled_briefing_from_a_copy_on_disk() {
    let mut state = istanbul(120, 30);
    let copy = std::path::PathBuf::from("/srv/briefings").join(bundled::DEFAULT.file);
    let entries = vec![
        brief::library::Entry::read(Origin::Bundled(bundled::DEFAULT)),
        brief::library::Entry::loaded(Origin::File(copy), &state.doc.briefing),
    ];
    update(&mut state, Action::LibraryFound(entries, true));
    update(&mut state, Action::OpenPicker);
    let shown = screen(&state);
    let rows: Vec<&str> = shown
        .lines()
        .filter(|l| l.contains(&format!("Türkiye · {}", bundled::DEFAULT.file)))
        .collect();
    assert_eq!(rows.len(), 2, "{shown}");
    assert!(rows.iter().any(|r| r.contains(" · bundled")), "{shown}");
    assert!(
        rows.iter().any(|r| r.contains(" · /srv/briefings")),
        "{shown}"
    );
}

#[test]
fn a_broken_file_s_banner_spans_the_screen_so_its_place_shows() {
    let mut state = istanbul(80, 24);
    let err = load_str("live.toml", "headline = \"x\n").expect_err("broken");
    update(&mut state, Action::Loaded(Box::new(Err(err))));
    let shown = screen(&state);
    let banner = shown.lines().find(|l| l.contains('⚠')).expect("a banner");
    // Across the positions panel's title too: the whole message fits.
    assert!(banner.starts_with(" ⚠ live.toml:1:"), "{shown}");
    assert!(banner.contains("expected"), "{shown}");
    // The text under it is still the last good version.
    assert!(shown.contains("Key points"), "{shown}");
}

#[test]
fn the_banner_for_a_deleted_file_takes_its_whole_row() {
    let mut state = istanbul(80, 24);
    let title_row = state.geometry().reading.y;
    update(&mut state, Action::FileRemoved);
    let shown = screen(&state);
    let row = shown
        .lines()
        .nth(usize::from(title_row))
        .expect("the title row");
    assert!(row.starts_with(" ⚠ "), "{row}");
    assert!(
        !row.contains('─') && !row.contains("Positions"),
        "the titles under the banner show through: {row}"
    );
}

#[test]
fn the_positions_panel_shows_a_cited_position() {
    let b = bundled::find("good-friday-agreement").expect("bundled");
    let mut state = state_for(b, 140, 45);
    update(&mut state, Action::GoToSection(3));
    let shown = screen(&state);
    for part in [
        "“recognise the legitimacy",
        "— The Belfast Agreement (UK",
        "https://www.gov.uk/government/",
    ] {
        assert!(shown.contains(part), "{part:?} in:\n{shown}");
    }
    insta::assert_snapshot!(shown);
}

/// `n` with nothing found: the status bar says so once, not twice.
#[test]
fn n_after_a_search_that_found_nothing_says_no_match_once() {
    let mut state = istanbul(140, 45);
    update(&mut state, Action::SearchStart);
    for c in "zqzq".chars() {
        update(&mut state, Action::SearchInput(c));
    }
    update(&mut state, Action::SearchConfirm);
    update(&mut state, Action::SearchNext);
    let text = screen(&state);
    let status = text.lines().last().expect("a status bar");
    assert_eq!(status.matches("no match").count(), 1, "{status}");
}
