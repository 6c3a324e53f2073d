//! Making text from files safe to show: applied once, at load, to every string.
//!
//! Briefings arrive by mail and download, so their text is hostile until
//! proven otherwise. A TOML escape such as `\u001b` decodes to a real ESC, so
//! this runs on decoded strings, not on the raw file. After it, no string holds
//! a byte a terminal would act on, nothing that reorders or hides text, and no
//! pile of combining marks that would smear over the neighbouring cells.

use std::borrow::Cow;

use unicode_width::UnicodeWidthChar;

/// Spaces a tab becomes. Tab stops depend on where text lands after wrapping,
/// so a fixed run of spaces is the only honest choice.
const TAB: &str = "    ";

/// Combining marks kept on one base character. Real scripts stack a few;
/// "zalgo" text stacks thousands.
pub const MAX_COMBINING: usize = 4;

/// Sanitise multi-line text (section bodies): newlines are kept.
pub fn text(input: &str) -> Cow<'_, str> {
    clean(input, false)
}

/// Sanitise a single-line field (headline, titles, names): newlines become spaces.
pub fn line(input: &str) -> Cow<'_, str> {
    clean(input, true)
}

/// Characters that are removed outright: they either steer the terminal or
/// reorder and hide text (bidi overrides, invisible formatting, tag characters).
pub fn is_removed(c: char) -> bool {
    matches!(c,
        '\u{200B}'                      // zero width space
        | '\u{200E}' | '\u{200F}' | '\u{061C}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}'
        | '\u{2060}'..='\u{2064}'
        | '\u{FEFF}' | '\u{00AD}'
        | '\u{E0000}'..='\u{E007F}'
    )
}

/// Control characters that are replaced with a visible stand-in.
fn is_control(c: char) -> bool {
    c.is_control() && c != '\n'
}

/// A visible stand-in for a control character: the Unicode "control picture"
/// for C0 and DEL (so ESC shows as `␛`), the replacement character for C1.
fn picture(c: char) -> char {
    match c {
        '\u{0}'..='\u{1F}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}'),
        '\u{7F}' => '\u{2421}',
        _ => '\u{FFFD}',
    }
}

/// A mark drawn over the character before it: the kind that piles up.
pub fn is_combining(c: char) -> bool {
    // Zero-width, not a control: combining marks, variation selectors, joiners.
    !c.is_control() && c.width() == Some(0)
}

fn needs_work(input: &str) -> bool {
    // Printable ASCII needs nothing, so most text is passed over byte by byte.
    input
        .bytes()
        .any(|b| !(0x20..0x7F).contains(&b) && b != b'\n')
        && input.chars().any(|c| {
            c != '\n' && (c.is_control() || is_removed(c) || is_combining(c) || separator(c))
        })
}

fn separator(c: char) -> bool {
    matches!(c, '\u{2028}' | '\u{2029}')
}

fn clean(input: &str, single_line: bool) -> Cow<'_, str> {
    let has_newline = single_line && input.contains('\n');
    if !has_newline && !needs_work(input) {
        return Cow::Borrowed(input);
    }
    let mut out = String::with_capacity(input.len());
    let mut marks = 0usize;
    let mut chars = input.chars().peekable();
    while let Some(c) = chars.next() {
        if is_removed(c) {
            continue;
        }
        if is_combining(c) {
            marks += 1;
            if marks <= MAX_COMBINING {
                out.push(c);
            }
            continue;
        }
        marks = 0;
        match c {
            '\r' => {
                // CRLF and a bare CR both end a line.
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push(if single_line { ' ' } else { '\n' });
            }
            '\n' | '\u{2028}' | '\u{2029}' => out.push(if single_line { ' ' } else { '\n' }),
            '\t' => out.push_str(TAB),
            c if is_control(c) => out.push(picture(c)),
            c => out.push(c),
        }
    }
    if out == input {
        Cow::Borrowed(input)
    } else {
        Cow::Owned(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_become_visible_and_inert() {
        let got = text("a\u{1b}]0;pwned\u{7}b\u{9b}2J");
        assert_eq!(got, "a\u{241b}]0;pwned\u{2407}b\u{fffd}2J");
    }

    #[test]
    fn line_endings_are_normalised() {
        assert_eq!(text("a\r\nb\rc\n"), "a\nb\nc\n");
        assert_eq!(line("a\r\nb\nc"), "a b c");
    }

    #[test]
    fn tabs_become_spaces() {
        assert_eq!(text("a\tb"), "a    b");
    }

    #[test]
    fn bidi_and_invisible_characters_are_removed() {
        assert_eq!(
            text("abc\u{202E}def\u{2066}\u{FEFF}\u{E0041}\u{00AD}"),
            "abcdef"
        );
    }

    #[test]
    fn combining_runs_are_capped() {
        let zalgo: String = std::iter::once('e')
            .chain(std::iter::repeat_n('\u{301}', 100_000))
            .collect();
        let got = text(&zalgo);
        assert_eq!(got.chars().count(), 1 + MAX_COMBINING);
        // Ordinary accents are untouched.
        assert_eq!(text("cafe\u{301} na\u{308}ive"), "cafe\u{301} na\u{308}ive");
    }

    #[test]
    fn clean_text_is_borrowed() {
        assert!(matches!(text("Türkiye hosts the talks."), Cow::Borrowed(_)));
    }
}
