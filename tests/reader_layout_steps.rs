//! A big briefing is laid out a step at a time while the reader reads,
//! resizes and jumps. Whatever the keys, the place stays on the page, and
//! once finished the layout is the one made in a single pass.

use std::sync::OnceLock;

use brief::bundled;
use brief::load::{Origin, load_str};
use brief::model::Briefing;
use brief::text::document::reading;
use brief::tui::action::Action;
use brief::tui::state::State;
use brief::tui::update::update;
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
        _ => Action::LayoutMore,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(16))]

    #[test]
    fn any_keys_while_laying_out_keep_the_place_on_the_page(
        keys in prop::collection::vec((0u8..10, any::<i8>()), 1..30)
    ) {
        let mut s = State::new(big().clone(), Origin::Bundled(bundled::DEFAULT), 140, 40);
        prop_assert!(!s.complete);
        for (op, n) in keys {
            update(&mut s, action(op, n));
            prop_assert!(s.scroll <= s.max_scroll());
            // Text is on screen, however little is laid out yet.
            prop_assert!(s.reading.line(s.scroll).is_some());
        }
        let top = s.reading.line(s.scroll).map(brief::text::LineRef::block);
        s.finish_layout();
        prop_assert_eq!(s.reading.line(s.scroll).map(brief::text::LineRef::block), top);
        prop_assert_eq!(&*s.reading, &reading(&s.briefing, s.reading.width));
    }
}
