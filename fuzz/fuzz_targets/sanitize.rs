//! `sanitize::text` and `sanitize::line` leave nothing a terminal would act
//! on, nothing that hides or reorders text, no pile of combining marks, and
//! change nothing when run a second time.

#![no_main]

use brief::sanitize::{MAX_COMBINING, is_removed, line, text};
use libfuzzer_sys::fuzz_target;
use unicode_width::UnicodeWidthChar;

fuzz_target!(|input: &str| {
    let multi = text(input);
    check(&multi, true);
    assert_eq!(text(&multi), multi, "text is not idempotent on {input:?}");

    let single = line(input);
    check(&single, false);
    assert_eq!(line(&single), single, "line is not idempotent on {input:?}");
});

fn check(out: &str, newlines_allowed: bool) {
    let mut run = 0usize;
    for c in out.chars() {
        assert!(!is_removed(c), "{c:?} survived in {out:?}");
        assert!(
            !c.is_control() || (newlines_allowed && c == '\n'),
            "control {c:?} survived in {out:?}"
        );
        // The same test sanitize uses for a combining mark: zero width, not a control.
        if !c.is_control() && c.width() == Some(0) {
            run += 1;
            assert!(
                run <= MAX_COMBINING,
                "{run} combining marks in a row in {out:?}"
            );
        } else {
            run = 0;
        }
    }
}
