//! Fitting text into a number of terminal columns.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The longest start of `text` that fits in `width` columns.
pub fn cut(text: &str, width: usize) -> &str {
    let mut used = 0;
    for (at, c) in text.char_indices() {
        used += c.width().unwrap_or(0);
        if used > width {
            return &text[..at];
        }
    }
    text
}

/// `text` cut to `width` columns, ending in "…" when something was cut.
pub fn truncate(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_owned();
    }
    if width == 0 {
        return String::new();
    }
    let mut out = cut(text, width - 1).trim_end().to_owned();
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_by_columns_not_bytes() {
        assert_eq!(cut("Türkiye", 3), "Tür");
        assert_eq!(cut("日本語", 3), "日");
        assert_eq!(truncate("Türkiye hosts", 8), "Türkiye…");
        assert_eq!(truncate("short", 8), "short");
        assert_eq!(truncate("anything", 0), "");
    }
}
