//! The article's text made plain before any reading: one kind of line end,
//! no byte-order mark, and nothing a terminal would act on.

use crate::sanitize;

/// `\r\n` and lone `\r` become `\n`; a leading byte-order mark goes; tabs
/// become a space; control, invisible and direction-changing characters are
/// dropped, so none of them can reach the briefing written from this text.
pub fn text(input: &str) -> String {
    let input = input.strip_prefix('\u{FEFF}').unwrap_or(input);
    let mut out = String::with_capacity(input.len());
    let mut chars = input.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            '\t' | '\u{A0}' => out.push(' '),
            '\n' => out.push('\n'),
            c if c.is_control() || sanitize::is_removed(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// One line of text from the command line (a file name, a URL): cleaned and squashed.
pub fn line(input: &str) -> String {
    squash(&text(input))
}

/// Runs of white space (newlines included) become one space, and the ends are trimmed.
pub fn squash(input: &str) -> String {
    input.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_ends_become_newlines_and_controls_go() {
        assert_eq!(text("\u{FEFF}a\r\nb\rc\n"), "a\nb\nc\n");
        assert_eq!(text("x\u{1b}[31my\u{7}\u{202E}z\tw"), "x[31myz w");
    }

    #[test]
    fn squash_joins_wrapped_lines() {
        assert_eq!(squash("  one\n two   three \n"), "one two three");
    }
}
