//! A line a search matched, as the text it holds: the picker shows a
//! briefing's best line as words, not as the TOML it was found in.

use std::ops::Range;

/// A line of TOML as the text it holds: `headline = "Talks in Istanbul"`
/// as `Talks in Istanbul`, without the key, the quotes around the value,
/// an array's brackets or its commas, and with `\"` as `"`. `lit` (in
/// characters) is moved to the same characters of the result.
pub fn readable(line: &str, lit: Range<usize>) -> (String, Range<usize>) {
    let chars: Vec<char> = line.chars().collect();
    let mut start = 0;
    // A key: bare or quoted words and dots, then `=`.
    if let Some(eq) = chars.iter().position(|&c| c == '=') {
        let key: String = chars[..eq].iter().collect();
        let key = key.trim();
        let bare = |c: char| c.is_alphanumeric() || "_-.\"' ".contains(c);
        if !key.is_empty() && key.chars().all(bare) {
            start = eq + 1;
        }
    }
    let mut end = chars.len();
    let is_space = |c: &char| c.is_whitespace();
    while start < end && (is_space(&chars[start]) || "[\"'".contains(chars[start])) {
        start += 1;
    }
    while end > start && (is_space(&chars[end - 1]) || "]\"',".contains(chars[end - 1])) {
        end -= 1;
    }
    if start >= end {
        return (line.to_owned(), lit);
    }
    let mut out = String::new();
    let (mut from, mut to) = (None, None);
    let mut i = start;
    let mut n = 0;
    while i < end {
        let escaped = chars[i] == '\\' && matches!(chars.get(i + 1), Some('"' | '\\'));
        let skip = usize::from(escaped);
        if (i..=i + skip).contains(&lit.start) && from.is_none() {
            from = Some(n);
        }
        out.push(chars[i + skip]);
        i += 1 + skip;
        n += 1;
        if to.is_none() && i >= lit.end {
            to = Some(n);
        }
    }
    let from = from.unwrap_or(if lit.start < start { 0 } else { n });
    let to = to.unwrap_or(n).max(from);
    (out, from..to)
}

#[cfg(test)]
mod tests {
    use super::readable;

    fn shown(line: &str, lit: std::ops::Range<usize>) -> (String, String) {
        let (text, lit) = readable(line, lit);
        let lit = text.chars().skip(lit.start).take(lit.len()).collect();
        (text, lit)
    }

    #[test]
    fn toml_lines_read_as_their_text() {
        let line = r#"headline = "Talks in Istanbul""#;
        assert_eq!(
            shown(line, 21..29),
            ("Talks in Istanbul".to_owned(), "Istanbul".to_owned())
        );
        let line = r#"summary = ["He said \"no\" to Kyiv", "b"]"#;
        let at = line.find("Kyiv").unwrap_or_default();
        let (text, lit) = shown(line, at..at + 4);
        assert_eq!(lit, "Kyiv");
        assert!(text.starts_with(r#"He said "no" to Kyiv"#), "{text}");
        let line = r#""a line of an array","#;
        assert_eq!(shown(line, 2..6).0, "a line of an array");
        assert_eq!(shown("plain text in a long string", 0..5).1, "plain");
    }
}
