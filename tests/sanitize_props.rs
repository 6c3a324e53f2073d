//! Properties of the sanitiser over hostile input: whatever a file holds,
//! what comes out cannot steer a terminal, reorder or hide text, or smear
//! combining marks; and sanitising is stable, so doing it twice is harmless.

use brief::sanitize::{self, MAX_COMBINING};
use proptest::prelude::*;
use unicode_width::UnicodeWidthChar;

/// Characters the sanitiser must never let through, by the list
/// (written out here rather than borrowed from the code under test).
fn forbidden(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{9}' | '\u{B}'..='\u{1F}'   // C0 except \n (ESC included)
        | '\u{7F}'                                // DEL
        | '\u{80}'..='\u{9F}'                     // C1
        | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
        | '\u{200E}' | '\u{200F}' | '\u{061C}'    // bidi controls
        | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{00AD}'
        | '\u{E0000}'..='\u{E007F}'               // tag characters
    )
}

/// Zero-width, printable: what piles up on a base character.
fn is_mark(c: char) -> bool {
    !c.is_control() && c.width() == Some(0)
}

fn longest_mark_run(s: &str) -> usize {
    let (mut longest, mut run) = (0, 0);
    for c in s.chars() {
        run = if is_mark(c) { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    longest
}

/// Mostly trouble: controls, bidi, invisibles, tags, long runs of
/// combining marks, line separators, with some ordinary text in between.
fn hostile_char() -> impl Strategy<Value = char> {
    prop_oneof![
        3 => prop::char::range('\u{0}', '\u{1F}'),
        1 => Just('\u{7F}'),
        2 => prop::char::range('\u{80}', '\u{9F}'),
        2 => prop::sample::select(vec![
            '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}',
            '\u{2068}', '\u{2069}', '\u{200E}', '\u{200F}', '\u{061C}', '\u{2060}', '\u{2061}',
            '\u{2062}', '\u{2063}', '\u{2064}', '\u{FEFF}', '\u{00AD}', '\u{200B}', '\u{200D}',
            '\u{2028}', '\u{2029}', '\r', '\n', '\t', '\u{1b}',
        ]),
        2 => prop::char::range('\u{E0000}', '\u{E007F}'),
        4 => prop::char::range('\u{0300}', '\u{036F}'),
        1 => prop::char::range('\u{20D0}', '\u{20FF}'),
        1 => prop::char::range('\u{FE00}', '\u{FE0F}'),
        3 => prop::char::range(' ', '~'),
        1 => prop::sample::select(vec!['é', 'ü', '字', 'ب', 'ש', '🇺', '🇦', '😀', 'ก', '\u{0E31}']),
        1 => any::<char>(),
    ]
}

fn hostile_string() -> impl Strategy<Value = String> {
    prop::collection::vec(hostile_char(), 0..300).prop_map(|chars| chars.into_iter().collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn text_holds_nothing_forbidden(input in hostile_string()) {
        let out = sanitize::text(&input);
        let bad: Vec<char> = out.chars().filter(|&c| forbidden(c) || sanitize::is_removed(c)).collect();
        prop_assert!(bad.is_empty(), "left in: {:?} (from {:?})", bad, input);
    }

    #[test]
    fn line_holds_nothing_forbidden_and_no_line_break(input in hostile_string()) {
        let out = sanitize::line(&input);
        let bad: Vec<char> = out
            .chars()
            .filter(|&c| forbidden(c) || matches!(c, '\n' | '\u{2028}' | '\u{2029}'))
            .collect();
        prop_assert!(bad.is_empty(), "left in: {:?} (from {:?})", bad, input);
    }

    #[test]
    fn combining_runs_are_capped(input in hostile_string()) {
        prop_assert!(longest_mark_run(&sanitize::text(&input)) <= MAX_COMBINING);
        prop_assert!(longest_mark_run(&sanitize::line(&input)) <= MAX_COMBINING);
    }

    #[test]
    fn sanitising_twice_changes_nothing(input in hostile_string()) {
        let once = sanitize::text(&input).into_owned();
        prop_assert_eq!(sanitize::text(&once), once.as_str());
        let once = sanitize::line(&input).into_owned();
        prop_assert_eq!(sanitize::line(&once), once.as_str());
    }

    #[test]
    fn ordinary_text_is_left_alone(input in "[ -~\n]{0,300}") {
        prop_assert_eq!(sanitize::text(&input), input.as_str());
        prop_assert_eq!(sanitize::line(&input), input.replace('\n', " "));
    }
}

#[test]
fn a_huge_pile_of_marks_is_cut_to_the_cap() {
    // A property test rarely draws thousands of marks in a row; zalgo text does.
    let zalgo: String = "a"
        .chars()
        .chain(std::iter::repeat_n('\u{0334}', 10_000))
        .collect();
    let out = sanitize::text(&zalgo);
    assert_eq!(out.chars().count(), 1 + MAX_COMBINING);
}
