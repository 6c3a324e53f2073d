//! Plain text from a briefing (headlines, names, positions, URLs) written
//! into Markdown so that a Markdown renderer shows it as it is: no
//! emphasis, links, HTML or list markers the author never wrote as Markdown,
//! and no character reference such as `&#27;` that would decode into an ESC.
//!
//! Only the characters that could start Markdown are escaped, so the output
//! stays readable as text.

/// `text` as literal inline Markdown.
pub fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut prev: Option<char> = None;
    for (at, c) in text.char_indices() {
        let next = text[at + c.len_utf8()..].chars().next();
        match c {
            '\\' | '`' | '*' | '[' | ']' | '<' | '~' => {
                out.push('\\');
                out.push(c);
            }
            // Between letters or digits `_` cannot emphasise, so `snake_case` stays as written.
            '_' if !(prev.is_some_and(char::is_alphanumeric)
                && next.is_some_and(char::is_alphanumeric)) =>
            {
                out.push_str("\\_");
            }
            '&' if reference_len(&text[at..]).is_some() => out.push_str("&amp;"),
            _ => out.push(c),
        }
        prev = Some(c);
    }
    out
}

/// [`inline`] for text that starts a block (a list item's first line, a
/// paragraph): a leading `#`, `>`, `-`, `+`, `=` or `1.` would otherwise make
/// a heading, a quote, a list or a rule of it.
pub fn block_start(text: &str) -> String {
    let escaped = inline(text);
    if escaped.starts_with(['#', '>', '-', '+', '=']) {
        return format!("\\{escaped}");
    }
    let digits = escaped.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=9).contains(&digits) && escaped[digits..].starts_with(['.', ')']) {
        return format!("{}\\{}", &escaped[..digits], &escaped[digits..]);
    }
    escaped
}

/// [`inline`] for the text of an ATX heading, where a trailing run of `#`
/// would be taken as the closing sequence and dropped.
pub fn heading(text: &str) -> String {
    let escaped = inline(text);
    let kept = escaped.trim_end_matches('#');
    if kept.len() == escaped.len() {
        escaped
    } else {
        format!("{kept}\\{}", &escaped[kept.len()..])
    }
}

/// A link destination for `[name](<url>)`: the angle brackets allow spaces,
/// and a backslash escape or a character reference in the URL stays literal.
pub fn url(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (at, c) in text.char_indices() {
        match c {
            '\\' | '<' | '>' => {
                out.push('\\');
                out.push(c);
            }
            '&' if reference_len(&text[at..]).is_some() => out.push_str("&amp;"),
            _ => out.push(c),
        }
    }
    out
}

/// The length of the character reference `text` starts with (`&amp;`,
/// `&#27;`, `&#x1b;`), as the Markdown spec spells them, whether or not the name is
/// a real entity.
pub fn reference_len(text: &str) -> Option<usize> {
    let rest = text.strip_prefix('&')?;
    let (body, max, is_digit): (&str, usize, fn(&u8) -> bool) =
        if let Some(hex) = rest.strip_prefix("#x").or_else(|| rest.strip_prefix("#X")) {
            (hex, 6, u8::is_ascii_hexdigit)
        } else if let Some(decimal) = rest.strip_prefix('#') {
            (decimal, 7, u8::is_ascii_digit)
        } else {
            if !rest.starts_with(|c: char| c.is_ascii_alphabetic()) {
                return None;
            }
            (rest, usize::MAX, u8::is_ascii_alphanumeric)
        };
    let digits = body.bytes().take_while(is_digit).count();
    if digits == 0 || digits > max || !body[digits..].starts_with(';') {
        return None;
    }
    Some(text.len() - body.len() + digits + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_found_as_commonmark_spells_them() {
        assert_eq!(reference_len("&#27;[2J"), Some(5));
        assert_eq!(reference_len("&#x1B; x"), Some(6));
        assert_eq!(reference_len("&#X9b;"), Some(6));
        assert_eq!(reference_len("&amp;"), Some(5));
        assert_eq!(reference_len("&NegativeThinSpace;"), Some(19));
        for not in [
            "&",
            "& x;",
            "&#;",
            "&#x;",
            "&#12345678;",
            "&#x1234567;",
            "&1a;",
            "&amp",
        ] {
            assert_eq!(reference_len(not), None, "{not}");
        }
    }

    #[test]
    fn only_markdown_characters_are_escaped() {
        assert_eq!(inline("AT&T, 5% & more: (a) b."), "AT&T, 5% & more: (a) b.");
        assert_eq!(inline("snake_case _em_"), "snake_case \\_em\\_");
        assert_eq!(
            inline("*a* `b` [c](d) <e> ~f~ \\ &#27; &amp;"),
            "\\*a\\* \\`b\\` \\[c\\](d) \\<e> \\~f\\~ \\\\ &amp;#27; &amp;amp;"
        );
    }

    #[test]
    fn block_starts_and_heading_ends_are_escaped() {
        assert_eq!(block_start("- not a list"), "\\- not a list");
        assert_eq!(block_start("12. not a list"), "12\\. not a list");
        assert_eq!(block_start("2025) ordered"), "2025\\) ordered");
        assert_eq!(block_start("2025 was a year"), "2025 was a year");
        assert_eq!(block_start("# not a heading"), "\\# not a heading");
        assert_eq!(heading("Talks in C#"), "Talks in C\\#");
        assert_eq!(heading("##"), "\\##");
        assert_eq!(heading("#1 issue"), "#1 issue");
    }

    #[test]
    fn urls_keep_their_references_literal() {
        assert_eq!(url("https://x/?a=1&b=2"), "https://x/?a=1&b=2");
        assert_eq!(url("https://x/&#27;>"), "https://x/&amp;#27;\\>");
    }
}
