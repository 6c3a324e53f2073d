//! Any bytes load into a briefing or an error, and an error's text is safe
//! to print: the file is hostile, the message must not drive the terminal.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Err(err) = brief::load::load_bytes("fuzz.toml", data) {
        let full = err.to_string();
        assert_printable(&full, "to_string");
        let summary = err.summary();
        assert_printable(&summary, "summary");
        assert!(
            !summary.contains('\n'),
            "summary has a newline: {summary:?}"
        );
    }
});

/// No ESC, no C0 or C1 control, DEL included; only '\n' may break lines.
fn assert_printable(text: &str, what: &str) {
    if let Some(c) = text.chars().find(|&c| c.is_control() && c != '\n') {
        panic!("{what} holds control {c:?}: {text:?}");
    }
}
