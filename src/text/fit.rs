//! Fitting text into a number of terminal columns.

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// Columns `text` takes on screen, a grapheme at a time as the terminal
/// buffer counts them (a whole string's width can differ: Arabic lam-alef
/// counts as one column in a string, two as two graphemes).
pub fn columns(text: &str) -> usize {
    if text.bytes().all(|b| (b' '..=b'~').contains(&b)) {
        return text.len();
    }
    text.graphemes(true).map(UnicodeWidthStr::width).sum()
}

/// The longest start of `text` that fits in `width` columns, cut between
/// graphemes: never inside a wide character, an accent's letter or a flag.
pub fn cut(text: &str, width: usize) -> &str {
    let mut used = 0;
    for (at, grapheme) in text.grapheme_indices(true) {
        used += grapheme.width();
        if used > width {
            return &text[..at];
        }
    }
    text
}

/// `text` cut to `width` columns, ending in "…" when something was cut.
pub fn truncate(text: &str, width: usize) -> String {
    if columns(text) <= width {
        return text.to_owned();
    }
    if width == 0 {
        return String::new();
    }
    let mut out = cut(text, width - 1).trim_end().to_owned();
    out.push('…');
    out
}

/// A line that more text follows, ended with "…" within `width`: cut at
/// a word's end where the line has no room left for the mark.
pub fn ellipsize(line: &str, width: usize) -> String {
    if width == 0 {
        return String::new();
    }
    let line = line.trim_end();
    if columns(line) < width {
        return format!("{line}…");
    }
    let cut = cut(line, width.saturating_sub(1));
    let kept = match cut.rfind(' ') {
        Some(space) if space > 0 => &cut[..space],
        _ => cut,
    };
    format!("{}…", kept.trim_end())
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
        // A cut never parts a letter from its combining accent.
        assert_eq!(cut("e\u{301}e\u{301}", 1), "e\u{301}");
        // A wide character that does not fit is left out whole.
        assert_eq!(truncate("ab日本", 4), "ab…");
        assert_eq!(columns("ab日本"), 6);
        assert_eq!(columns("e\u{301}"), 1);
    }

    proptest::proptest! {
        /// Any text, any width: never wider than the width, an ellipsis
        /// exactly when something was cut, and the rest a start of the
        /// text that ends between two graphemes.
        #[test]
        fn truncation_never_overflows_or_splits_a_grapheme(text in "\\PC{0,40}", width in 0usize..30) {
            let out = truncate(&text, width);
            proptest::prop_assert!(columns(&out) <= width, "{out:?} is wider than {width}");
            if columns(&text) <= width {
                proptest::prop_assert_eq!(&out, &text);
            } else if width > 0 {
                let kept = out.strip_suffix('…');
                proptest::prop_assert!(kept.is_some(), "{out:?} was cut without an ellipsis");
                let kept = kept.unwrap_or_default();
                proptest::prop_assert!(text.starts_with(kept));
                let boundaries: Vec<usize> = text.grapheme_indices(true).map(|(at, _)| at).collect();
                proptest::prop_assert!(
                    kept.is_empty() || boundaries.contains(&kept.len()) || kept.len() == text.len(),
                    "{kept:?} ends inside a grapheme of {text:?}"
                );
            }
        }

        /// A line that more follows always ends in "…" within the width,
        /// and keeps a start of the line that ends between graphemes.
        #[test]
        fn ellipsized_lines_fit_and_show_they_go_on(text in "\\PC{0,40}", width in 1usize..30) {
            let out = ellipsize(&text, width);
            proptest::prop_assert!(columns(&out) <= width, "{out:?} is wider than {width}");
            let kept = out.strip_suffix('…');
            proptest::prop_assert!(kept.is_some(), "{out:?} has no ellipsis");
            let kept = kept.unwrap_or_default();
            proptest::prop_assert!(text.starts_with(kept));
            let boundaries: Vec<usize> = text.grapheme_indices(true).map(|(at, _)| at).collect();
            proptest::prop_assert!(kept.is_empty() || boundaries.contains(&kept.len()) || kept.len() == text.len());
        }
    }
}
