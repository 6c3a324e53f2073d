//! Opening other briefings, history and the remembered place, through
//! `update` alone (the loop's I/O is played by hand).

use brief::bundled;
use brief::load::{Origin, load_str};
use brief::reader::testing::Spot;
use brief::reader::testing::State;
use brief::reader::testing::update;
use brief::reader::testing::{Action, Effect, Opened, Request, Via};
use brief::text::Target;

fn load(b: bundled::Bundled) -> brief::model::Briefing {
    load_str(b.file, b.text).expect("bundled briefings load")
}

fn istanbul() -> State {
    let b = bundled::DEFAULT;
    State::new(load(b), Origin::Bundled(b), 120, 40)
}

/// Do what the loop does with an `Effect::Open`.
fn perform(state: &mut State, effect: Effect, remembered: Option<Spot>) {
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
            remembered,
        })),
    );
}

fn jcpoa() -> bundled::Bundled {
    bundled::find("iran-nuclear-jcpoa").expect("bundled jcpoa")
}

#[test]
fn back_returns_to_the_same_place_and_forward_goes_again() {
    let mut s = istanbul();
    update(&mut s, Action::GoToSection(2));
    update(&mut s, Action::Scroll(3));
    let place = s.view.scroll;
    let request = Request {
        origin: Origin::Bundled(jcpoa()),
        via: Via::New,
    };
    perform(&mut s, Effect::Open(Box::new(request)), None);
    assert!(s.doc.briefing.headline.contains("Iran"));
    assert_eq!(s.view.scroll, 0);
    update(&mut s, Action::GoToSection(4));
    let there = s.view.scroll;
    let effect = update(&mut s, Action::Back);
    perform(&mut s, effect, None);
    assert!(s.doc.briefing.headline.contains("Istanbul"));
    assert_eq!(s.view.scroll, place);
    let effect = update(&mut s, Action::Forward);
    perform(&mut s, effect, None);
    assert!(s.doc.briefing.headline.contains("Iran"));
    assert_eq!(s.view.scroll, there);
}

#[test]
fn back_with_no_history_says_so() {
    let mut s = istanbul();
    assert_eq!(update(&mut s, Action::Back), Effect::None);
    assert_eq!(s.message_text(), Some("no earlier briefing"));
}

#[test]
fn a_bad_path_in_the_prompt_shows_its_error_there_and_keeps_the_briefing() {
    let mut s = istanbul();
    update(&mut s, Action::OpenPrompt);
    for c in "/no/such/briefing.toml".chars() {
        update(&mut s, Action::Type(c));
    }
    let effect = update(&mut s, Action::Confirm);
    perform(&mut s, effect, None);
    let prompt = s.overlays.prompt().expect("prompt stays open");
    assert_eq!(
        prompt.error.as_deref(),
        Some("/no/such/briefing.toml: no such file")
    );
    assert!(s.doc.briefing.headline.contains("Istanbul"));
    assert!(s.history.back.is_empty());
    update(&mut s, Action::Close);
    assert!(s.overlays.prompt().is_none());
}

#[test]
fn a_remembered_place_is_restored_and_clamped() {
    let mut s = istanbul();
    let request = Request {
        origin: Origin::Bundled(jcpoa()),
        via: Via::New,
    };
    let spot = Spot {
        section: 2,
        offset: 1,
        read: vec![0, 1, 99],
    };
    perform(&mut s, Effect::Open(Box::new(request.clone())), Some(spot));
    let anchor = s
        .panes
        .reading
        .anchor(Target::Section(2))
        .expect("section 3");
    assert_eq!(s.view.scroll, anchor + 1);
    assert!(s.view.read.contains(&0) && s.view.read.contains(&1));
    assert!(
        !s.view.read.contains(&99),
        "sections past the end are dropped"
    );
    // A place past the end of a file that shrank lands on its last section.
    let far = Spot {
        section: 40,
        offset: 10_000,
        read: vec![],
    };
    perform(&mut s, Effect::Open(Box::new(request)), Some(far));
    assert_eq!(s.view.scroll, s.max_scroll());
}

#[test]
fn the_spot_round_trips() {
    let mut s = istanbul();
    update(&mut s, Action::GoToSection(2));
    update(&mut s, Action::Scroll(2));
    let spot = s.spot();
    assert_eq!((spot.section, spot.offset), (1, 2));
    let mut other = istanbul();
    other.go_to_spot(&spot);
    assert_eq!(other.view.scroll, s.view.scroll);
}

#[test]
fn sections_read_to_their_end_are_marked() {
    let mut s = istanbul();
    assert!(s.view.read.is_empty());
    update(&mut s, Action::Bottom);
    assert!(
        s.view.read.contains(&2),
        "the last section was read: {:?}",
        s.view.read
    );
}

#[test]
fn a_deleted_or_broken_file_keeps_the_text_under_a_banner() {
    let mut s = istanbul();
    update(&mut s, Action::FileRemoved);
    assert!(
        s.status
            .banner
            .as_deref()
            .unwrap_or("")
            .contains("was deleted")
    );
    update(
        &mut s,
        Action::Loaded(Box::new(load_str("x.toml", "headline = 3"))),
    );
    assert!(
        s.status
            .banner
            .as_deref()
            .unwrap_or("")
            .starts_with("x.toml:1:12:")
    );
    assert!(s.doc.briefing.headline.contains("Istanbul"));
    update(&mut s, Action::Loaded(Box::new(Ok(load(bundled::DEFAULT)))));
    assert!(s.status.banner.is_none());
}

#[test]
fn bundled_briefings_cannot_be_edited_or_watched() {
    let mut s = istanbul();
    assert_eq!(update(&mut s, Action::Edit), Effect::None);
    // It says how to get a copy to edit.
    assert!(
        s.message_text()
            .is_some_and(|m| m.contains("`brief new --from istanbul-talks my-briefing.toml`")),
        "{:?}",
        s.message_text()
    );
    assert_eq!(update(&mut s, Action::FileChanged), Effect::None);
}

#[test]
fn a_briefing_from_a_pipe_is_not_reloaded_or_edited_and_says_why() {
    let origin = Origin::Stream(brief::load::Stream::new(
        "<stdin>",
        bundled::DEFAULT.text.as_bytes().to_vec(),
    ));
    let mut s = State::new(load(bundled::DEFAULT), origin, 100, 30);
    assert_eq!(update(&mut s, Action::Reload), Effect::None);
    assert!(
        s.message_text()
            .is_some_and(|m| m.contains("nothing to reload")),
        "{:?}",
        s.message_text()
    );
    assert_eq!(update(&mut s, Action::Edit), Effect::None);
    assert!(
        s.message_text()
            .is_some_and(|m| m.contains("save it to a file")),
        "{:?}",
        s.message_text()
    );
    assert_eq!(update(&mut s, Action::FileChanged), Effect::None);
}

fn bundled_entries() -> Vec<brief::library::Entry> {
    bundled::ALL
        .iter()
        .map(|b| brief::library::Entry::read(Origin::Bundled(*b)))
        .collect()
}

#[test]
fn the_picker_filters_as_you_type_and_opens_the_choice() {
    let mut s = istanbul();
    update(&mut s, Action::LibraryFound(bundled_entries(), true));
    update(&mut s, Action::OpenPicker);
    let all = s.overlays.picker().map_or(0, |p| p.matches.len());
    assert_eq!(all, bundled::ALL.len());
    for c in "vienna".chars() {
        update(&mut s, Action::Type(c));
    }
    let picker = s.overlays.picker().expect("picker open");
    assert!(
        picker.matches.len() < bundled::ALL.len(),
        "typing narrows the list"
    );
    let best = &s.library.entries[picker.matches[0].index];
    assert!(best.headline.as_deref().unwrap_or("").contains("Vienna"));
    let effect = update(&mut s, Action::Confirm);
    perform(&mut s, effect, None);
    assert!(s.doc.briefing.headline.contains("Vienna"));
    assert!(
        s.overlays.picker().is_none(),
        "the picker closes once a briefing opens"
    );
}

#[test]
fn entries_arriving_keep_the_selection_on_the_same_briefing() {
    let mut s = istanbul();
    let mut entries = bundled_entries();
    let last = entries.pop().expect("three bundled");
    update(&mut s, Action::LibraryFound(entries, false));
    update(&mut s, Action::OpenPicker);
    update(&mut s, Action::Choose(1));
    let picker = s.overlays.picker().expect("picker open");
    let chosen = picker.matches[picker.selected].index;
    update(&mut s, Action::LibraryFound(vec![last], true));
    let picker = s.overlays.picker().expect("picker open");
    assert_eq!(picker.matches[picker.selected].index, chosen);
    assert!(!s.library.scanning);
    update(&mut s, Action::Choose(-5));
    assert_eq!(
        s.overlays.picker().map(|p| p.selected),
        Some(0),
        "clamped at the top"
    );
    update(&mut s, Action::Close);
    assert!(s.overlays.picker().is_none());
}

/// Enter opens the best match even when it arrives after the filter was
/// typed: a selection the user never moved follows the top row.
#[test]
fn a_better_match_arriving_takes_an_untouched_selection() {
    let mut s = istanbul();
    let (wanted, others): (Vec<_>, Vec<_>) = bundled_entries()
        .into_iter()
        .partition(|e| e.file_name.contains("2021"));
    update(&mut s, Action::LibraryFound(others, false));
    update(&mut s, Action::PickAgainst);
    for c in "2021".chars() {
        update(&mut s, Action::Type(c));
    }
    update(&mut s, Action::LibraryFound(wanted, true));
    let picker = s.overlays.picker().expect("picker open");
    let top = &s.library.entries[picker.matches[picker.selected].index];
    assert!(top.file_name.contains("2021"), "{}", top.file_name);
}

#[test]
fn capital_d_marks_what_changed_since_an_earlier_briefing() {
    let later = bundled::find("new-start-2023-02").expect("bundled pair");
    let earlier = bundled::find("new-start-2021-02").expect("bundled pair");
    let mut s = State::new(load(later), Origin::Bundled(later), 140, 45);
    update(&mut s, Action::LibraryFound(bundled_entries(), true));
    update(&mut s, Action::PickAgainst);
    for c in "2021".chars() {
        update(&mut s, Action::Type(c));
    }
    let effect = update(&mut s, Action::Confirm);
    let Effect::LoadAgainst(origin) = effect else {
        panic!("expected a load, got {effect:?}");
    };
    assert_eq!(*origin, Origin::Bundled(earlier));
    let result = origin.load();
    update(&mut s, Action::AgainstLoaded(Box::new((*origin, result))));
    assert!(s.overlays.picker().is_none());
    let panel: String = s.panes.positions.lines().map(|l| l.text() + "\n").collect();
    assert!(panel.contains("Δ "), "{panel}");
    assert!(panel.contains("(was "), "{panel}");
    // The compare view gets the same marks.
    update(&mut s, Action::OpenCompare);
    let view = s.overlays.compare().expect("compare open");
    assert!(view.changed.iter().any(Option::is_some));
    update(
        &mut s,
        Action::Compare(brief::reader::testing::CompareAction::Close),
    );
    // Esc clears the marks.
    update(&mut s, Action::Close);
    assert!(s.doc.against.is_none());
    let panel: String = s.panes.positions.lines().map(|l| l.text() + "\n").collect();
    assert!(!panel.contains("(was "));
}

/// The panel follows the section a briefing opens at, even when the one
/// left was at a section of the same number.
#[test]
fn a_briefing_opened_at_a_remembered_section_shows_its_topics_in_the_panel() {
    let mut s = istanbul();
    update(&mut s, Action::GoToSection(3));
    let request = Request {
        origin: Origin::Bundled(jcpoa()),
        via: Via::New,
    };
    let spot = Spot {
        section: 2,
        offset: 0,
        read: Vec::new(),
    };
    perform(&mut s, Effect::Open(Box::new(request)), Some(spot));
    assert_eq!(s.current_section(), Some(2));
    let selected = s
        .selected_topic()
        .map(|t| s.doc.comparison.topics[t].clone());
    assert_eq!(selected.as_deref(), Some("Inspections and verification"));
}
