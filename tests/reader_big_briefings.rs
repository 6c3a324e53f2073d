//! A big briefing: laid out a step at a time while the reader reads,
//! resizes and jumps, and searched off the UI thread. Whatever the keys,
//! the place stays on the page, and once finished the layout is the one
//! made in a single pass.

use std::sync::OnceLock;

use brief::bundled;
use brief::load::{Origin, load_str};
use brief::model::Briefing;
use brief::reader::testing::State;
use brief::reader::testing::update;
use brief::reader::testing::{Action, Effect};
use brief::text::document::reading;
use proptest::prelude::*;

/// Big enough to be laid out in steps (over 256 KiB of text).
fn big() -> &'static Briefing {
    static BIG: OnceLock<Briefing> = OnceLock::new();
    BIG.get_or_init(|| {
        let text = brief::generate::briefing_toml(1_000_000, 11);
        load_str("big.toml", &text).expect("generated briefings load")
    })
}

fn action(op: u8, n: i8) -> Action {
    let small = u16::from(n.unsigned_abs());
    match op {
        0 => Action::Scroll(i32::from(n)),
        1 => Action::Page(i32::from(n.signum())),
        2 => Action::Top,
        3 => Action::Resize(60 + small, 12 + small % 40),
        4 => Action::ToggleContents,
        5 => Action::Bottom,
        6 => Action::GoToSection(usize::from(n.unsigned_abs())),
        // The file changed on disk and was read again: laid out anew.
        7 => Action::Loaded(Box::new(Ok(big().clone()))),
        _ => Action::LayoutMore,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(16))]

    #[test]
    fn any_keys_while_laying_out_keep_the_place_on_the_page(
        keys in prop::collection::vec((0u8..11, any::<i8>()), 1..30)
    ) {
        let mut s = State::new(big().clone(), Origin::Bundled(bundled::DEFAULT), 140, 40);
        prop_assert!(!s.panes.complete);
        for (op, n) in keys {
            let top = s.panes.reading.line(s.view.scroll).map(brief::text::LineRef::block);
            update(&mut s, action(op, n));
            if op == 7 {
                // The same version read again: the same paragraph on top.
                prop_assert_eq!(s.panes.reading.line(s.view.scroll).map(brief::text::LineRef::block), top);
            }
            prop_assert!(s.view.scroll <= s.max_scroll());
            // Text is on screen, however little is laid out yet.
            prop_assert!(s.panes.reading.line(s.view.scroll).is_some());
        }
        let top = s.panes.reading.line(s.view.scroll).map(brief::text::LineRef::block);
        s.finish_layout();
        prop_assert_eq!(s.panes.reading.line(s.view.scroll).map(brief::text::LineRef::block), top);
        prop_assert_eq!(&*s.panes.reading, &reading(&s.doc.briefing, s.panes.reading.width));
    }
}

#[test]
fn a_big_briefing_is_searched_off_the_ui_thread_and_late_results_are_dropped() {
    let text = brief::generate::briefing_toml(2_500_000, 3);
    let briefing = load_str("big.toml", &text).expect("generated briefings load");
    let mut s = State::new(briefing, Origin::Bundled(bundled::DEFAULT), 120, 40);
    // Only the first screens are laid out until the first action.
    assert!(!s.panes.complete);
    s.finish_layout();
    update(&mut s, Action::SearchStart);
    assert!(s.panes.reading.len() > brief::reader::testing::BACKGROUND_OVER);
    let Effect::Search(first) = update(&mut s, Action::SearchInput('t')) else {
        panic!("a big briefing is searched in the background");
    };
    assert!(s.search.pending);
    let Effect::Search(second) = update(&mut s, Action::SearchInput('r')) else {
        panic!("a big briefing is searched in the background");
    };
    // The first search comes back after the second was asked for: dropped.
    let stale = first.run();
    update(&mut s, Action::Searched(first, stale));
    assert!(s.search.pending && s.search.hits.is_empty());
    let hits = second.run();
    let expected = hits.len();
    update(&mut s, Action::Searched(second, hits));
    assert!(!s.search.pending);
    assert_eq!(s.search.hits.len(), expected);
    assert!(expected > 0);
    // The view went to the first hit, as for a search done in place.
    let (_, hit) = s
        .search
        .hits
        .get(s.search.current.expect("a current hit"))
        .expect("a hit");
    let line = s.panes.reading.line_at(hit.start as usize);
    assert!((s.view.scroll..s.view.scroll + s.page()).contains(&line));
}

#[test]
fn a_big_search_shows_the_hits_near_the_reader_first_then_counts_them_all() {
    let text = brief::generate::briefing_toml(2_500_000, 3);
    let briefing = load_str("big.toml", &text).expect("generated briefings load");
    let mut s = State::new(briefing, Origin::Bundled(bundled::DEFAULT), 120, 40);
    s.finish_layout();
    // Read on a while: the first hits are the ones after the reader's place.
    update(&mut s, Action::Scroll(5_000));
    update(&mut s, Action::SearchStart);
    let Effect::Search(job) = update(&mut s, Action::SearchInput('e')) else {
        panic!("a big briefing is searched in the background");
    };
    let near = job
        .run_near()
        .expect("an 'e' just after the reader's place");
    let all = job.run();
    assert!(near.partial && !all.partial);
    assert!(near.reading.len() < all.reading.len() / 10);
    update(&mut s, Action::Searched(job.clone(), near));
    // On screen at once, with the count still to come.
    assert!(s.search.pending);
    let i = s.search.current.expect("a current hit from the near hits");
    let (_, shown) = s.search.hits.get(i).expect("a hit");
    let line = s.panes.reading.line_at(shown.start as usize);
    assert!((5_000..5_000 + s.page()).contains(&line));
    let scroll = s.view.scroll;
    // n steps on among the near hits before the count is in.
    update(&mut s, Action::SearchNext);
    let (_, stepped) = s
        .search
        .hits
        .get(s.search.current.expect("current"))
        .expect("a hit");
    assert!(stepped.start > shown.start);
    // The whole count: the same hit stays current, now numbered in the
    // whole search, and the view does not move.
    let view = s.view.scroll;
    update(&mut s, Action::Searched(job, all));
    assert!(!s.search.pending);
    let j = s.search.current.expect("still a current hit");
    assert_eq!(s.search.hits.get(j).expect("a hit").1, stepped);
    assert!(j > i, "hits before the reader's place count too");
    assert_eq!(s.view.scroll, view);
    assert!(scroll <= view);
}

#[test]
fn a_near_search_with_nothing_after_the_reader_waits_for_the_whole_count() {
    let text = brief::generate::briefing_toml(2_500_000, 3);
    let briefing = load_str("big.toml", &text).expect("generated briefings load");
    let mut s = State::new(briefing, Origin::Bundled(bundled::DEFAULT), 120, 40);
    s.finish_layout();
    update(&mut s, Action::SearchStart);
    let Effect::Search(job) = update(&mut s, Action::SearchInput('\u{2603}')) else {
        panic!("a big briefing is searched in the background");
    };
    assert!(job.run_near().is_none());
}

#[test]
fn a_big_briefing_is_laid_out_in_steps_while_the_reader_reads_on() {
    let text = brief::generate::briefing_toml(2_500_000, 3);
    let briefing = load_str("big.toml", &text).expect("generated briefings load");
    let mut s = State::new(briefing.clone(), Origin::Bundled(bundled::DEFAULT), 120, 40);
    assert!(!s.panes.complete);
    let first_screens = s.panes.reading.len();
    // Reading on from the top waits for nothing.
    update(&mut s, Action::Page(1));
    update(&mut s, Action::Scroll(3));
    assert!(!s.panes.complete);
    assert_eq!(s.panes.reading.len(), first_screens);
    assert_eq!(s.view.scroll, s.page() + 3);
    // The status bar does not guess how far through the reader is.
    assert_eq!(s.percent(), None);
    let mut steps = 0;
    while !s.panes.complete {
        update(&mut s, Action::LayoutMore);
        steps += 1;
    }
    assert!(steps > 2, "{steps} steps");
    assert!(s.percent().is_some());
    assert_eq!(s.view.scroll, s.page() + 3, "the place is kept");
    let whole = brief::text::document::reading(&s.doc.briefing, s.panes.reading.width);
    assert_eq!(
        *s.panes.reading, whole,
        "the same lines as laid out at once"
    );
    // A jump to the end needs the whole layout, and gets it at once.
    let mut s = State::new(briefing, Origin::Bundled(bundled::DEFAULT), 120, 40);
    update(&mut s, Action::Bottom);
    assert!(s.panes.complete);
    assert_eq!(s.view.scroll, s.max_scroll());
}

#[test]
fn a_big_briefing_resized_keeps_its_place_and_lays_out_the_rest_in_steps() {
    let text = brief::generate::briefing_toml(2_500_000, 3);
    let briefing = load_str("big.toml", &text).expect("generated briefings load");
    let mut s = State::new(briefing, Origin::Bundled(bundled::DEFAULT), 140, 40);
    update(&mut s, Action::GoToSection(300));
    update(&mut s, Action::Scroll(5));
    let block = |s: &State| s.panes.reading.line(s.view.scroll).expect("a line").block();
    let before = block(&s);
    // Narrower: the contents pane goes, the text gets wider.
    update(&mut s, Action::Resize(100, 30));
    assert!(
        !s.panes.complete,
        "laid out only through the reader's place"
    );
    assert_eq!(block(&s), before);
    assert!(s.panes.reading.len() >= s.view.scroll + s.page());
    while !s.panes.complete {
        update(&mut s, Action::LayoutMore);
    }
    assert_eq!(block(&s), before);
    let whole = brief::text::document::reading(&s.doc.briefing, s.panes.reading.width);
    assert_eq!(*s.panes.reading, whole);
}

#[test]
fn a_width_change_deep_in_lays_out_the_readers_own_section_first() {
    let mut s = State::new(big().clone(), Origin::Bundled(bundled::DEFAULT), 140, 40);
    update(&mut s, Action::Bottom);
    update(&mut s, Action::Page(-1));
    let block = |s: &State| {
        s.panes
            .reading
            .line(s.view.scroll)
            .map(brief::text::LineRef::block)
    };
    let (top, section) = (block(&s), s.current_section());
    let whole = s.panes.reading.len();
    update(&mut s, Action::Resize(100, 40));
    // Only the reader's section and a few screens: the frame comes at once.
    assert!(
        s.laying_out_before(),
        "the text before the place comes later"
    );
    assert!(
        s.panes.reading.len() < whole / 4,
        "{} lines",
        s.panes.reading.len()
    );
    assert_eq!(block(&s), top, "the paragraph at the top stays there");
    assert_eq!(s.current_section(), section);
    // Reading on needs nothing before the place.
    update(&mut s, Action::Scroll(3));
    assert!(s.laying_out_before());
    update(&mut s, Action::Scroll(-3));
    assert!(!s.laying_out_before(), "going back lays out what is before");
    assert_eq!(block(&s), top);
    s.finish_layout();
    assert_eq!(
        &*s.panes.reading,
        &reading(&s.doc.briefing, s.panes.reading.width)
    );
}

#[test]
fn steps_after_a_width_change_join_the_text_before_and_keep_the_place() {
    let mut s = State::new(big().clone(), Origin::Bundled(bundled::DEFAULT), 140, 40);
    update(&mut s, Action::Bottom);
    let top = s
        .panes
        .reading
        .line(s.view.scroll)
        .map(brief::text::LineRef::block);
    update(&mut s, Action::Resize(90, 30));
    assert!(s.laying_out_before());
    let mut steps = 0;
    while !s.panes.complete {
        update(&mut s, Action::LayoutMore);
        steps += 1;
        assert!(steps < 10_000, "laying out never ends");
    }
    assert!(steps > 1, "laid out in steps, not at once");
    assert_eq!(
        s.panes
            .reading
            .line(s.view.scroll)
            .map(brief::text::LineRef::block),
        top
    );
    assert_eq!(
        &*s.panes.reading,
        &reading(&s.doc.briefing, s.panes.reading.width)
    );
    // And g goes to the very top.
    update(&mut s, Action::Top);
    assert_eq!(s.view.scroll, 0);
}

#[test]
fn a_search_typed_before_the_layout_is_done_finds_what_is_there_then_the_rest() {
    let mut s = State::new(big().clone(), Origin::Bundled(bundled::DEFAULT), 120, 40);
    assert!(!s.panes.complete);
    update(&mut s, Action::SearchStart);
    update(&mut s, Action::SearchInput('t'));
    // At once, without laying out the rest: the matches on screen.
    assert!(!s.panes.complete, "typing waited for the whole layout");
    let early = s.search.hits.len();
    assert!(early > 0);
    assert_eq!(
        s.search.current.map(|_| ()),
        Some(()),
        "the first match is current"
    );
    // Keeping or dropping the search does not wait for the layout either.
    update(&mut s, Action::SearchConfirm);
    update(&mut s, Action::Close);
    assert!(
        !s.panes.complete,
        "Enter or Esc waited for the whole layout"
    );
    update(&mut s, Action::SearchStart);
    update(&mut s, Action::SearchInput('t'));
    while !s.panes.complete {
        update(&mut s, Action::LayoutMore);
    }
    // Every match once all is laid out, as a search after the layout finds.
    let mut whole = State::new(big().clone(), Origin::Bundled(bundled::DEFAULT), 120, 40);
    whole.finish_layout();
    whole.search.query = "t".to_owned();
    assert!(s.search.hits.len() > early);
    assert_eq!(s.search.hits, whole.hits());
}
