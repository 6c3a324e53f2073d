//! Moving between the rounds of a series with `{` and `}` at the same
//! place, and `D` starting on the previous round, through `update` alone
//! (the loop's I/O played by hand: opening, and finding the rounds).

use std::path::{Path, PathBuf};

use brief::bundled;
use brief::library::Entry;
use brief::load::Origin;
use brief::reader::testing::{Action, Effect, Opened, Pane, State, rounds_found, update};
use brief::text::Target;

fn bundled_round(name: &str) -> Origin {
    Origin::Bundled(bundled::find(name).expect("a bundled round"))
}

/// The reader on `origin`, its rounds found as the loop finds them.
fn reading(origin: Origin, width: u16, height: u16) -> State {
    let briefing = origin.load().expect("the round loads");
    let found = rounds_found(&origin, &briefing);
    let mut s = State::new(briefing, origin, width, height);
    update(&mut s, found);
    s
}

/// Do what the loop does with an `Effect::Open`, then find the rounds of
/// what opened, as the loop does next.
fn perform(state: &mut State, effect: Effect) {
    open(state, effect);
    let (origin, briefing) = (state.doc.origin.clone(), state.doc.briefing.clone());
    update(state, rounds_found(&origin, &briefing));
}

/// Only open: the rounds of what opened are still being looked for.
fn open(state: &mut State, effect: Effect) {
    let Effect::Open(request) = effect else {
        panic!("expected an open, got {effect:?}");
    };
    let result = request.origin.load();
    update(
        state,
        Action::Opened(Box::new(Opened {
            request: *request,
            canonical: None,
            result,
            remembered: None,
        })),
    );
}

fn press(state: &mut State, delta: isize) {
    let effect = update(state, Action::Round(delta));
    perform(state, effect);
}

/// The title of the section at the top of the text.
fn section_read(state: &State) -> Option<String> {
    let i = state.current_section()?;
    Some(state.doc.briefing.sections[i].title.clone())
}

fn topic_selected(state: &State) -> Option<String> {
    let t = state.selected_topic()?;
    state.doc.comparison.topics.get(t).cloned()
}

fn go_to_title(state: &mut State, title: &str) {
    let i = state
        .doc
        .briefing
        .sections
        .iter()
        .position(|s| s.title == title)
        .expect("the section");
    update(state, Action::GoToSection(i + 1));
    assert_eq!(section_read(state).as_deref(), Some(title));
}

/// A series of two rounds written to a directory: the same section titles
/// in another order and spelling, and one title only the first round has.
fn two_rounds(dir: &Path) -> (PathBuf, PathBuf) {
    let body = "Text of the section.\n\n".repeat(12);
    let section = |title: &str, topic: &str| {
        format!(
            "\n[[sections]]\ntitle = \"{title}\"\ntopics = [\"{topic}\"]\nbody = \"\"\"\n{body}\"\"\"\n"
        )
    };
    let head = |round: u32, topics: &str| {
        format!(
            "headline = \"Talks, round {round}\"\nprocess = \"talks\"\nround = {round}\n\
             topics = [{topics}]\n"
        )
    };
    let first = format!(
        "{}{}{}{}",
        head(1, "\"Opening\", \"Prisoner swaps\", \"Summit\""),
        section("Opening", "Opening"),
        section("Prisoners", "Prisoner swaps"),
        section("Next steps", "Summit"),
    );
    let second = format!(
        "{}{}{}{}{}",
        head(
            2,
            "\"Ceasefire\", \"Summit\", \"Prisoner swaps\", \"Opening\""
        ),
        section("Ceasefire", "Ceasefire"),
        section("  next STEPS ", "Summit"),
        section("Exchanges", "Prisoner swaps"),
        section("Opening", "Opening"),
    );
    let (a, b) = (dir.join("a.toml"), dir.join("b.toml"));
    std::fs::write(&a, first).expect("write round 1");
    std::fs::write(&b, second).expect("write round 2");
    (a, b)
}

#[test]
fn next_round_opens_at_the_section_of_the_same_title_and_back_returns() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let (a, _) = two_rounds(dir.path());
    let mut s = reading(Origin::File(a), 120, 40);
    go_to_title(&mut s, "Next steps");
    let before = s.view.scroll;
    press(&mut s, 1);
    assert_eq!(s.doc.briefing.headline, "Talks, round 2");
    // Found however it is spelt, wherever it is in the round.
    assert_eq!(section_read(&s).as_deref(), Some("next STEPS"));
    let top = s.panes.reading.anchor(Target::Section(1));
    assert_eq!(Some(s.view.scroll), top, "the section's title at the top");
    assert_eq!(s.message_text(), Some("round 2 of 2, at “next STEPS”"));
    let effect = update(&mut s, Action::Back);
    perform(&mut s, effect);
    assert_eq!(s.doc.briefing.headline, "Talks, round 1");
    assert_eq!(s.view.scroll, before);
    assert_eq!(section_read(&s).as_deref(), Some("Next steps"));
}

#[test]
fn a_section_the_other_round_lacks_gives_way_to_its_topic() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let (a, _) = two_rounds(dir.path());
    let mut s = reading(Origin::File(a), 120, 40);
    assert!(s.visible().positions, "the panel beside the text");
    go_to_title(&mut s, "Prisoners");
    assert_eq!(topic_selected(&s).as_deref(), Some("Prisoner swaps"));
    press(&mut s, 1);
    assert_eq!(section_read(&s).as_deref(), Some("Exchanges"));
    assert_eq!(topic_selected(&s).as_deref(), Some("Prisoner swaps"));
    assert_eq!(
        s.message_text(),
        Some("round 2 of 2, at topic “Prisoner swaps”")
    );
}

#[test]
fn in_the_panel_the_topic_stays_selected_where_the_section_is_found() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let (a, _) = two_rounds(dir.path());
    let mut s = reading(Origin::File(a), 120, 40);
    go_to_title(&mut s, "Opening");
    update(&mut s, Action::FocusNext);
    assert_eq!(s.view.focus, Pane::Positions);
    while topic_selected(&s).as_deref() != Some("Summit") {
        update(&mut s, Action::Scroll(1));
    }
    press(&mut s, 1);
    // The text at the section, the panel on the topic, though the section
    // does not discuss it.
    assert_eq!(section_read(&s).as_deref(), Some("Opening"));
    assert_eq!(topic_selected(&s).as_deref(), Some("Summit"));
}

#[test]
fn in_the_panel_the_topic_stays_selected_in_the_istanbul_rounds() {
    let mut s = reading(bundled_round("istanbul-talks-2025-06-02"), 120, 40);
    update(&mut s, Action::FocusNext);
    assert_eq!(s.view.focus, Pane::Positions);
    let leaders = s
        .doc
        .comparison
        .topic_index("leaders' meeting")
        .expect("the topic");
    while s.selected_topic() != Some(leaders) {
        update(&mut s, Action::Scroll(1));
    }
    press(&mut s, 1);
    assert!(s.doc.briefing.headline.starts_with("Third Istanbul round"));
    assert_eq!(s.view.focus, Pane::Positions, "still in the panel");
    assert_eq!(topic_selected(&s).as_deref(), Some("Leaders' meeting"));
    // The text goes to the first section on it.
    assert_eq!(
        section_read(&s).as_deref(),
        Some("Two proposals for what comes next")
    );
    // And back a round, the same topic again.
    press(&mut s, -1);
    assert!(s.doc.briefing.headline.starts_with("Second Istanbul round"));
    assert_eq!(topic_selected(&s).as_deref(), Some("Leaders' meeting"));
}

#[test]
fn reading_the_key_points_the_next_round_opens_at_its_top() {
    let mut s = reading(bundled_round("istanbul-talks-2025-05-16"), 120, 40);
    assert_eq!(s.current_section(), None);
    press(&mut s, 1);
    assert!(s.doc.briefing.headline.starts_with("Second Istanbul round"));
    assert_eq!(s.view.scroll, 0);
    assert_eq!(s.message_text(), Some("round 3 of 4"));
}

#[test]
fn a_place_the_other_round_lacks_leaves_it_at_the_top_and_says_so() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let (_, b) = two_rounds(dir.path());
    let mut s = reading(Origin::File(b), 120, 40);
    go_to_title(&mut s, "Ceasefire");
    press(&mut s, -1);
    assert_eq!(s.doc.briefing.headline, "Talks, round 1");
    assert_eq!(s.view.scroll, 0);
    assert_eq!(
        s.message_text(),
        Some("round 1 of 2, from the top: no “Ceasefire” in it")
    );
}

#[test]
fn at_either_end_of_the_series_it_says_so_and_stays() {
    let mut s = reading(bundled_round("istanbul-talks"), 100, 30);
    assert_eq!(update(&mut s, Action::Round(-1)), Effect::None);
    assert_eq!(
        s.message_text(),
        Some("this is the first round of istanbul-talks-2025")
    );
    let mut s = reading(bundled_round("istanbul-talks-2025-07-23"), 100, 30);
    assert_eq!(update(&mut s, Action::Round(1)), Effect::None);
    assert_eq!(
        s.message_text(),
        Some("this is the last round of istanbul-talks-2025")
    );
    assert!(s.history.back.is_empty());
}

#[test]
fn a_briefing_in_no_series_says_how_to_link_one() {
    let mut s = reading(bundled_round("iran-nuclear-jcpoa"), 100, 30);
    assert_eq!(update(&mut s, Action::Round(1)), Effect::None);
    assert_eq!(
        s.message_text(),
        Some("not a round of a series: give briefings the same `process` to link them")
    );
}

#[test]
fn pressed_before_the_rounds_are_found_it_waits_for_them() {
    let origin = bundled_round("istanbul-talks-2025-06-02");
    let briefing = origin.load().expect("loads");
    let mut s = State::new(briefing.clone(), origin.clone(), 100, 30);
    assert_eq!(update(&mut s, Action::Round(1)), Effect::None);
    assert_eq!(s.message_text(), Some("still finding the other rounds…"));
    // Once found, the step is taken.
    let effect = update(&mut s, rounds_found(&origin, &briefing));
    open(&mut s, effect);
    assert!(s.doc.briefing.headline.starts_with("Third Istanbul round"));
    // The rounds of the round left are not this one's: a quick second
    // press waits for this one's instead of going by the old ones.
    let before = s.doc.origin.clone();
    assert_eq!(update(&mut s, Action::Round(-1)), Effect::None);
    assert_eq!(s.message_text(), Some("still finding the other rounds…"));
    // Anything else done meanwhile gives the step up.
    update(&mut s, Action::Scroll(1));
    let (origin, briefing) = (s.doc.origin.clone(), s.doc.briefing.clone());
    assert_eq!(
        update(&mut s, rounds_found(&origin, &briefing)),
        Effect::None
    );
    assert_eq!(s.doc.origin, before);
}

#[test]
fn the_keys_are_the_readers_not_an_overlays() {
    let mut s = reading(bundled_round("istanbul-talks-2025-06-02"), 100, 30);
    update(&mut s, Action::ToggleHelp);
    assert_eq!(update(&mut s, Action::Round(1)), Effect::None);
    assert!(s.overlays.help().is_some());
}

fn bundled_entries() -> Vec<Entry> {
    bundled::ALL
        .iter()
        .map(|b| Entry::read(Origin::Bundled(*b)))
        .collect()
}

fn selected_in_picker(s: &State) -> Option<String> {
    let picker = s.overlays.picker()?;
    let m = picker.matches.get(picker.selected)?;
    Some(s.library.entries[m.index].file_name.clone())
}

const PREVIOUS: &str = "istanbul-talks-2025-05-16.toml";

#[test]
fn capital_d_starts_on_the_previous_round() {
    let mut s = reading(bundled_round("istanbul-talks-2025-06-02"), 140, 45);
    update(&mut s, Action::LibraryFound(bundled_entries(), true));
    update(&mut s, Action::PickAgainst);
    assert_eq!(selected_in_picker(&s).as_deref(), Some(PREVIOUS));
    // Entries arriving later keep it.
    update(&mut s, Action::LibraryFound(Vec::new(), true));
    assert_eq!(selected_in_picker(&s).as_deref(), Some(PREVIOUS));
    let Effect::LoadAgainst(origin) = update(&mut s, Action::Confirm) else {
        panic!("Enter compares against the entry selected");
    };
    assert_eq!(origin.short_name(), PREVIOUS);
    // `o` is for opening: no round is chosen for it.
    update(&mut s, Action::Close);
    update(&mut s, Action::OpenPicker);
    assert_ne!(selected_in_picker(&s).as_deref(), Some(PREVIOUS));
}

#[test]
fn capital_d_selects_the_previous_round_when_the_scan_brings_it_late() {
    let mut s = reading(bundled_round("istanbul-talks-2025-06-02"), 140, 45);
    let (previous, others): (Vec<_>, Vec<_>) = bundled_entries()
        .into_iter()
        .partition(|e| e.file_name == PREVIOUS);
    update(&mut s, Action::LibraryFound(others, false));
    update(&mut s, Action::PickAgainst);
    assert_ne!(selected_in_picker(&s).as_deref(), Some(PREVIOUS));
    update(&mut s, Action::LibraryFound(previous, true));
    assert_eq!(selected_in_picker(&s).as_deref(), Some(PREVIOUS));
}

#[test]
fn capital_d_selects_the_previous_round_when_the_rounds_are_found_late() {
    let origin = bundled_round("istanbul-talks-2025-06-02");
    let briefing = origin.load().expect("loads");
    let mut s = State::new(briefing.clone(), origin.clone(), 140, 45);
    update(&mut s, Action::LibraryFound(bundled_entries(), true));
    update(&mut s, Action::PickAgainst);
    update(&mut s, rounds_found(&origin, &briefing));
    assert_eq!(selected_in_picker(&s).as_deref(), Some(PREVIOUS));
}

#[test]
fn capital_d_leaves_a_moved_or_typed_selection_alone() {
    let mut s = reading(bundled_round("istanbul-talks-2025-06-02"), 140, 45);
    let (previous, others): (Vec<_>, Vec<_>) = bundled_entries()
        .into_iter()
        .partition(|e| e.file_name == PREVIOUS);
    update(&mut s, Action::LibraryFound(others, false));
    update(&mut s, Action::PickAgainst);
    update(&mut s, Action::Choose(1));
    let moved = selected_in_picker(&s);
    update(&mut s, Action::LibraryFound(previous.clone(), false));
    assert_eq!(selected_in_picker(&s), moved);
    // Typed: the best match for what was typed, not the round.
    update(&mut s, Action::Close);
    update(&mut s, Action::PickAgainst);
    for c in "jcpoa".chars() {
        update(&mut s, Action::Type(c));
    }
    update(&mut s, Action::LibraryFound(previous, true));
    let chosen = selected_in_picker(&s).unwrap_or_default();
    assert!(chosen.contains("jcpoa"), "{chosen}");
}

/// Files from the scan are named by canonical paths; rounds found beside a
/// file opened through a link are found among them all the same.
#[cfg(unix)]
#[test]
fn capital_d_finds_the_previous_round_among_the_scanned_files() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let real = dir.path().join("real");
    std::fs::create_dir(&real).expect("mkdir");
    let (a, b) = two_rounds(&real);
    let link = dir.path().join("link");
    std::os::unix::fs::symlink(&real, &link).expect("symlink");
    let mut s = reading(Origin::File(link.join("b.toml")), 140, 45);
    let entries = [a, b]
        .into_iter()
        .map(|p| Entry::read(Origin::File(std::fs::canonicalize(p).expect("canonical"))))
        .chain(bundled_entries())
        .collect();
    update(&mut s, Action::LibraryFound(entries, true));
    update(&mut s, Action::PickAgainst);
    assert_eq!(selected_in_picker(&s).as_deref(), Some("a.toml"));
    // `{` names it by its file, as the library does.
    update(&mut s, Action::Close);
    press(&mut s, -1);
    assert_eq!(s.doc.origin.short_name(), "a.toml");
}
