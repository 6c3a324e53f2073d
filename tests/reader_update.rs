//! `update` for every action, without a terminal.

use brief::bundled;
use brief::load::{Origin, load_str};
use brief::reader::testing::update;
use brief::reader::testing::{Action, Effect};
use brief::reader::testing::{Pane, State, Where};
use brief::text::Target;

fn istanbul(width: u16, height: u16) -> State {
    let b = bundled::DEFAULT;
    let briefing = load_str(b.file, b.text).expect("bundled briefing loads");
    State::new(briefing, Origin::Bundled(b), width, height)
}

fn section_line(state: &State, n: usize) -> usize {
    state
        .panes
        .reading
        .anchor(Target::Section(n))
        .expect("section anchor")
}

#[test]
fn number_keys_bring_a_section_to_the_top() {
    let mut s = istanbul(100, 30);
    for n in 1..=3 {
        update(&mut s, Action::GoToSection(n));
        assert_eq!(s.view.scroll, section_line(&s, n - 1));
        assert_eq!(s.current_section(), Some(n - 1));
    }
}

#[test]
fn a_missing_section_number_says_so_and_stays() {
    let mut s = istanbul(100, 30);
    update(&mut s, Action::GoToSection(2));
    let before = s.view.scroll;
    update(&mut s, Action::GoToSection(9));
    assert_eq!(s.view.scroll, before);
    assert_eq!(s.message_text(), Some("no section 9: this briefing has 3"));
}

#[test]
fn next_and_previous_section_walk_the_anchors() {
    let mut s = istanbul(100, 30);
    update(&mut s, Action::NextSection);
    assert_eq!(s.view.scroll, section_line(&s, 0));
    update(&mut s, Action::NextSection);
    assert_eq!(s.view.scroll, section_line(&s, 1));
    update(&mut s, Action::PrevSection);
    assert_eq!(s.view.scroll, section_line(&s, 0));
    update(&mut s, Action::PrevSection);
    assert_eq!(s.view.scroll, 0, "back to the key points");
    update(&mut s, Action::PrevSection);
    assert_eq!(s.view.scroll, 0, "nothing before the start");
}

#[test]
fn scrolling_clamps_at_both_ends() {
    let mut s = istanbul(100, 30);
    update(&mut s, Action::Scroll(-5));
    assert_eq!(s.view.scroll, 0);
    update(&mut s, Action::Scroll(1));
    assert_eq!(s.view.scroll, 1);
    update(&mut s, Action::Bottom);
    let bottom = s.view.scroll;
    assert_eq!(bottom, s.max_scroll());
    update(&mut s, Action::Scroll(10));
    update(&mut s, Action::Page(1));
    update(&mut s, Action::HalfPage(1));
    assert_eq!(s.view.scroll, bottom);
    update(&mut s, Action::Top);
    assert_eq!(s.view.scroll, 0);
}

#[test]
fn pages_and_half_pages_move_by_the_pane_height() {
    let mut s = istanbul(100, 30);
    let page = s.page();
    update(&mut s, Action::Page(1));
    assert_eq!(s.view.scroll, page);
    update(&mut s, Action::HalfPage(-1));
    assert_eq!(s.view.scroll, page - page / 2);
    update(&mut s, Action::Page(-1));
    assert_eq!(s.view.scroll, 0);
}

#[test]
fn search_lights_matches_and_n_wraps_around() {
    let mut s = istanbul(140, 45);
    update(&mut s, Action::SearchStart);
    for c in "ceasefire".chars() {
        update(&mut s, Action::SearchInput(c));
    }
    let count = s.search.hits.len();
    assert!(count >= 3, "found {count}");
    // The header is always in view, so the search starts at the first hit in the text.
    assert!(!s.search.hits.reading.is_empty(), "a hit in the text");
    let first_in_text = s.search.hits.first_of(Where::Reading);
    assert_eq!(s.search.current, Some(first_in_text));
    update(&mut s, Action::SearchConfirm);
    assert!(!s.overlays.searching());
    update(&mut s, Action::Bottom);
    update(&mut s, Action::Top);
    let mut seen = vec![first_in_text];
    for _ in 1..count {
        update(&mut s, Action::SearchNext);
        seen.push(s.search.current.expect("a current match"));
    }
    assert_eq!(seen.len(), count);
    assert!(
        seen.windows(2).all(|w| w[1] == (w[0] + 1) % count),
        "{seen:?}"
    );
    update(&mut s, Action::SearchNext);
    assert_eq!(s.search.current, Some(first_in_text), "wraps around");
    update(&mut s, Action::SearchPrev);
    assert_eq!(s.search.current, Some((first_in_text + count - 1) % count));
}

#[test]
fn search_is_smart_case_and_esc_drops_it_where_it_began() {
    let mut s = istanbul(140, 45);
    update(&mut s, Action::GoToSection(2));
    let began = s.view.scroll;
    update(&mut s, Action::SearchStart);
    for c in "Kyiv".chars() {
        update(&mut s, Action::SearchInput(c));
    }
    let exact = s.search.hits.len();
    update(&mut s, Action::SearchBackspace);
    update(&mut s, Action::SearchBackspace);
    update(&mut s, Action::SearchBackspace);
    update(&mut s, Action::SearchBackspace);
    for c in "kyiv".chars() {
        update(&mut s, Action::SearchInput(c));
    }
    assert!(s.search.hits.len() >= exact);
    update(&mut s, Action::SearchCancel);
    assert!(s.search.query.is_empty() && s.search.hits.is_empty());
    assert_eq!(s.view.scroll, began);
}

#[test]
fn a_search_jumps_to_the_first_match_below_the_start() {
    let mut s = istanbul(100, 30);
    update(&mut s, Action::SearchStart);
    for c in "grain".chars() {
        update(&mut s, Action::SearchInput(c));
    }
    assert_current_hit_in_view(&s);
}

#[test]
fn tab_moves_focus_through_visible_panes() {
    let mut s = istanbul(140, 45);
    assert_eq!(s.view.focus, Pane::Reading);
    update(&mut s, Action::FocusNext);
    assert_eq!(s.view.focus, Pane::Positions);
    update(&mut s, Action::FocusNext);
    assert_eq!(s.view.focus, Pane::Contents);
    update(&mut s, Action::FocusPrev);
    assert_eq!(s.view.focus, Pane::Positions);
    // Scroll keys act on the focused pane: in the panel, they move its
    // selection from the first topic down through the parties under it.
    update(&mut s, Action::Scroll(2));
    assert_eq!((s.selected_position(), s.view.scroll), (Some((0, 1)), 0));
    update(&mut s, Action::Page(1));
    assert!(
        s.view.positions_scroll > 0,
        "a page still scrolls the panel"
    );
}

#[test]
fn contents_overlay_jumps_on_enter_and_closes() {
    let mut s = istanbul(100, 30);
    assert!(!s.visible().contents);
    update(&mut s, Action::ToggleContents);
    assert!(s.visible().contents);
    assert_eq!(s.view.focus, Pane::Contents);
    update(&mut s, Action::Scroll(2));
    update(&mut s, Action::Activate);
    assert_eq!(s.view.scroll, section_line(&s, 1));
    assert!(!s.visible().contents);
    assert_eq!(s.view.focus, Pane::Reading);
}

#[test]
fn narrow_screens_show_positions_as_an_overlay_closed_by_esc() {
    let mut s = istanbul(60, 20);
    assert!(!s.visible().positions);
    update(&mut s, Action::TogglePositions);
    assert!(s.visible().positions);
    assert_eq!(s.view.focus, Pane::Positions);
    update(&mut s, Action::Close);
    assert!(!s.visible().positions);
    assert_eq!(s.view.focus, Pane::Reading);
}

#[test]
fn help_toggles_and_esc_closes_it() {
    let mut s = istanbul(100, 30);
    update(&mut s, Action::ToggleHelp);
    assert!(s.overlays.help().is_some());
    update(&mut s, Action::Close);
    assert!(s.overlays.help().is_none());
}

#[test]
fn resize_keeps_the_paragraph_at_the_top() {
    let mut s = istanbul(140, 45);
    update(&mut s, Action::GoToSection(2));
    update(&mut s, Action::Scroll(4));
    let block = |s: &brief::reader::testing::State| {
        s.panes.reading.line(s.view.scroll).expect("a line").block()
    };
    let before = block(&s);
    update(&mut s, Action::Resize(60, 20));
    assert_eq!(block(&s), before);
    update(&mut s, Action::Resize(100, 30));
    assert_eq!(block(&s), before);
}

#[test]
fn effects_are_left_to_the_loop() {
    let mut s = istanbul(100, 30);
    assert_eq!(update(&mut s, Action::Quit), Effect::Quit);
    assert_eq!(update(&mut s, Action::Suspend), Effect::Suspend);
    assert_eq!(update(&mut s, Action::Reload), Effect::Reload);
}

#[test]
fn a_reload_keeps_the_place_and_a_bad_one_keeps_the_text() {
    let mut s = istanbul(100, 30);
    update(&mut s, Action::GoToSection(3));
    let at = s.view.scroll;
    let fresh = s.doc.briefing.clone();
    update(&mut s, Action::Loaded(Box::new(Ok(fresh))));
    assert_eq!(s.view.scroll, at);
    assert_eq!(s.message_text(), Some("reloaded"));
    let broken = load_str("broken.toml", "headline = ");
    update(&mut s, Action::Loaded(Box::new(broken)));
    // The error stays above the text until a good version arrives.
    assert!(
        s.status
            .banner
            .as_deref()
            .unwrap_or("")
            .starts_with("broken.toml:1:")
    );
    assert_eq!(s.view.scroll, at);
    assert!(s.doc.briefing.headline.contains("Istanbul"));
}

#[test]
fn mouse_wheel_scrolls_the_pane_under_the_pointer() {
    let mut s = istanbul(140, 45);
    let g = s.geometry();
    let p = g.positions.expect("positions visible");
    update(
        &mut s,
        Action::Wheel {
            column: p.x + 3,
            row: p.y + 3,
            lines: 3,
        },
    );
    assert_eq!((s.view.positions_scroll, s.view.scroll), (3, 0));
    update(
        &mut s,
        Action::Wheel {
            column: g.text.x + 1,
            row: g.text.y + 1,
            lines: 3,
        },
    );
    assert_eq!(s.view.scroll, 3);
}

#[test]
fn clicking_a_contents_entry_jumps_there() {
    let mut s = istanbul(140, 45);
    let c = s.geometry().contents.expect("contents visible");
    // Rows: Key points, 1., 2., 3. — click the third section.
    update(
        &mut s,
        Action::Click {
            column: c.x + 2,
            row: c.y + 1 + 3,
        },
    );
    assert_eq!(s.view.scroll, section_line(&s, 2));
}

#[test]
fn the_panel_follows_the_section_being_read_until_f_turns_it_off() {
    let mut s = istanbul(140, 45);
    update(&mut s, Action::GoToSection(3));
    let lit = s.lit_topics();
    assert!(!lit.is_empty(), "section 3 lists topics");
    let first = *lit.iter().min().expect("a lit topic");
    let anchor = s
        .panes
        .positions
        .anchor(Target::Topic(first))
        .expect("topic anchor");
    assert_eq!(
        s.view.positions_scroll,
        anchor.min(s.max_positions_scroll())
    );
    update(&mut s, Action::ToggleFollow);
    assert!(s.lit_topics().is_empty());
    update(&mut s, Action::GoToSection(1));
    assert_eq!(
        s.view.positions_scroll,
        anchor.min(s.max_positions_scroll()),
        "panel stays put"
    );
    update(&mut s, Action::ToggleFollow);
    let first = *s.lit_topics().iter().min().expect("section 1 topics");
    let anchor = s
        .panes
        .positions
        .anchor(Target::Topic(first))
        .expect("topic anchor");
    assert_eq!(
        s.view.positions_scroll,
        anchor.min(s.max_positions_scroll())
    );
}

/// The current hit is in the text, on a line the reading pane shows.
fn assert_current_hit_in_view(s: &State) {
    let current = s.search.current.expect("a current hit");
    let (place, hit) = s.search.hits.get(current).expect("the current hit");
    assert_eq!(place, Where::Reading);
    let line = s.panes.reading.line_at(hit.start as usize);
    assert!(line >= s.view.scroll && line < s.view.scroll + s.page());
}

#[test]
fn a_phrase_broken_by_a_wrap_is_found_across_the_two_lines() {
    let mut s = istanbul(60, 30);
    // Two lines of one paragraph: the last word of one and the first of the next.
    let (line, phrase) = (0..s.panes.reading.len() - 1)
        .find_map(|i| {
            let (a, b) = (s.panes.reading.line(i)?, s.panes.reading.line(i + 1)?);
            let last = a.content().split(' ').next_back()?;
            let first = b.content().split(' ').next()?;
            (a.block() == b.block() && last.len() > 3 && first.len() > 3)
                .then(|| (i, format!("{last} {first}").to_lowercase()))
        })
        .expect("a paragraph wrapped onto two lines");
    update(&mut s, Action::SearchStart);
    for c in phrase.chars() {
        update(&mut s, Action::SearchInput(c));
    }
    let spans_the_wrap = s.search.hits.of(Where::Reading).iter().any(|h| {
        s.panes.reading.line_at(h.start as usize) == line
            && s.panes.reading.line_at(h.end as usize - 1) == line + 1
    });
    assert!(
        spans_the_wrap,
        "\"{phrase}\" found across lines {line} and {}",
        line + 1
    );
}

#[test]
fn going_back_to_the_top_brings_the_panel_back_to_its_summary() {
    let mut s = istanbul(140, 45);
    update(&mut s, Action::GoToSection(2));
    assert!(s.view.positions_scroll > 0, "the panel followed section 2");
    update(&mut s, Action::Top);
    assert_eq!(s.current_section(), None, "the key points are at the top");
    assert_eq!(
        s.view.positions_scroll, 0,
        "the panel is back at its summary"
    );
}

#[test]
fn the_contents_setting_decides_the_pane_at_start_and_t_still_flips_it() {
    use brief::config::{Contents, Reader};
    let with = |contents, width| {
        istanbul(width, 30).with_settings(Reader {
            contents,
            ..Reader::default()
        })
    };
    // auto: docked when wide, hidden otherwise.
    assert!(with(Contents::Auto, 140).visible().contents);
    assert!(!with(Contents::Auto, 100).visible().contents);
    // never: hidden even when wide, until `t`.
    let mut s = with(Contents::Never, 140);
    assert!(!s.visible().contents);
    update(&mut s, Action::ToggleContents);
    assert!(s.visible().contents);
    // always: over the text on a narrower screen, with the keys.
    let mut s = with(Contents::Always, 100);
    assert!(s.visible().contents);
    assert_eq!(s.view.focus, Pane::Contents);
    update(&mut s, Action::Resize(140, 30));
    assert_eq!((s.visible().contents, s.view.focus), (true, Pane::Contents));
    update(&mut s, Action::Resize(70, 30));
    assert_eq!((s.visible().contents, s.view.focus), (true, Pane::Contents));
}

#[test]
fn text_width_sets_the_widest_reading_column() {
    use brief::config::Reader;
    let narrow = istanbul(240, 40).with_settings(Reader {
        text_width: 50,
        ..Reader::default()
    });
    assert_eq!(narrow.geometry().text.width, 50);
    assert_eq!(istanbul(240, 40).geometry().text.width, 88);
    assert!(narrow.panes.reading.len() > istanbul(240, 40).panes.reading.len());
}
