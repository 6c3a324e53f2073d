//! Web and mail addresses in laid-out text: where they are, which ones brief
//! will offer as links, and how one too long for its line is shortened.
//!
//! A link is offered (as an OSC 8 hyperlink, in the `L` list, on a click)
//! only when it is http, https or mailto with no control characters, the
//! same rule `brief check` holds a position's `url` to, and only where its
//! address, or at least its host, is there to be read.

use std::ops::Range;

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The starts of the addresses brief looks for in text.
const SCHEMES: [&str; 3] = ["https://", "http://", "mailto:"];

/// What a shortened address ends with.
pub const ELLIPSIS: char = '…';

/// Characters that end a sentence or close a bracket after an address, and
/// so are not part of it.
const TRAILING: &[char] = &[
    ')', ']', '}', '>', '.', ',', ';', ':', '!', '?', '\'', '"', '’', '”',
];

/// Whether brief may hand `url` to a browser or a terminal: http, https or
/// mailto, and no control character, nor the stand-in loading put where
/// one was (`␛`, `�`: see [`crate::sanitize`]): such a link is not the one
/// its file meant.
pub fn is_safe(url: &str) -> bool {
    crate::load::url_problem(url).is_none()
        && !url
            .chars()
            .any(|c| c.is_control() || ('\u{2400}'..='\u{2426}').contains(&c) || c == '\u{FFFD}')
}

/// Where the address in `word` is, if it holds one: the bytes from its
/// scheme to its end, without the brackets and punctuation around it.
pub fn in_word(word: &str) -> Option<Range<usize>> {
    // Every address has a colon; most words are passed over here.
    if !word.contains(':') {
        return None;
    }
    let lower = word.to_ascii_lowercase();
    let start = SCHEMES.iter().filter_map(|s| lower.find(s)).min()?;
    // Only a bracket or a quote may stand before the scheme: "see:http://"
    // is not an address brief offers.
    if !word[..start]
        .chars()
        .all(|c| matches!(c, '(' | '[' | '<' | '"' | '\'' | '“' | '‘'))
    {
        return None;
    }
    let end = start + trimmed(&word[start..]).len();
    let scheme = SCHEMES.iter().find(|s| lower[start..].starts_with(*s))?;
    (end > start + scheme.len()).then_some(start..end)
}

/// `address` without the stops and closing brackets after it; a closing
/// bracket that closes one opened inside the address stays, as in
/// `https://en.wikipedia.org/wiki/Talks_(2025)`.
fn trimmed(address: &str) -> &str {
    let mut out = address;
    loop {
        let Some(last) = out.chars().last().filter(|c| TRAILING.contains(c)) else {
            return out;
        };
        let pair = match last {
            ')' => Some('('),
            ']' => Some('['),
            '}' => Some('{'),
            _ => None,
        };
        if let Some(open) = pair {
            let opened = out.matches(open).count();
            let closed = out.matches(last).count();
            if opened >= closed {
                return out;
            }
        }
        out = &out[..out.len() - last.len_utf8()];
    }
}

/// The addresses in `text` (a line as shown), as byte ranges.
pub fn find(text: &str) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let mut at = 0;
    for word in text.split(' ') {
        if let Some(r) = in_word(word) {
            found.push(at + r.start..at + r.end);
        }
        at += word.len() + 1;
    }
    found
}

/// Where the host of `url` ends: after `scheme://host[:port]`, or after the
/// whole address of a mailto link (before any `?`).
pub fn host_end(url: &str) -> usize {
    let lower = url.to_ascii_lowercase();
    if lower.starts_with("mailto:") {
        return url.find('?').unwrap_or(url.len());
    }
    let after = url.find("://").map_or(0, |i| i + 3);
    url[after..]
        .find(['/', '?', '#'])
        .map_or(url.len(), |i| after + i)
}

/// `url` fitted into `width` columns: whole when it fits, else its start
/// and an ellipsis, which keeps the host when there is room for it.
pub fn shorten(url: &str, width: usize) -> String {
    if url.width() <= width {
        return url.to_owned();
    }
    let mut out = String::new();
    let mut used = 1; // the ellipsis
    for c in url.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > width {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push(ELLIPSIS);
    out
}

/// What an address as shown stands for: itself when whole, or the one
/// address among `known` that a shortened one is the start of. `None` when
/// it is not safe, when the shortening left its host unreadable, or when
/// more than one known address starts that way.
pub fn resolve<'a>(shown: &'a str, known: &'a [String]) -> Option<&'a str> {
    let Some(start) = shown.strip_suffix(ELLIPSIS) else {
        return is_safe(shown).then_some(shown);
    };
    let mut matches = known.iter().filter(|u| u.starts_with(start));
    let url = matches.next()?;
    if matches.next().is_some() || start.len() < host_end(url) {
        return None;
    }
    is_safe(url).then_some(url.as_str())
}

/// An address on a shown line: the columns it covers and where it goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OnLine {
    /// First column, from the line's start.
    pub column: usize,
    /// Columns it covers.
    pub width: usize,
    /// The address shown there (shortened or not).
    pub shown: String,
    /// The whole address it stands for.
    pub url: String,
}

/// The safe addresses on `line` (as shown, prefix and all), each with the
/// columns it covers and the whole address, shortened ones resolved
/// against `known`.
pub fn on_line(line: &str, known: &[String]) -> Vec<OnLine> {
    find(line)
        .into_iter()
        .filter_map(|range| {
            let shown = &line[range.clone()];
            let url = resolve(shown, known)?;
            Some(OnLine {
                column: line[..range.start].width(),
                width: shown.width(),
                shown: shown.to_owned(),
                url: url.to_owned(),
            })
        })
        .collect()
}

/// Every address in `text`, whole and in order, for [`resolve`] to find
/// shortened ones among.
pub fn collect(text: &str, out: &mut Vec<String>) {
    for word in text.split(char::is_whitespace) {
        // Markdown writes `[text](url)`: the address follows "](".
        let word = word.rsplit("](").next().unwrap_or(word);
        if let Some(r) = in_word(word) {
            out.push(word[r].to_owned());
        }
    }
}

/// Every address in `briefing`: its bodies, key points, positions and
/// sources.
pub fn in_briefing(briefing: &crate::model::Briefing) -> Vec<String> {
    let mut out = Vec::new();
    for point in &briefing.summary {
        collect(point, &mut out);
    }
    for section in &briefing.sections {
        collect(&section.body, &mut out);
    }
    for party in &briefing.parties {
        for position in &party.positions {
            for text in [&position.url, &position.source].into_iter().flatten() {
                collect(text, &mut out);
            }
            collect(&position.text, &mut out);
        }
    }
    for source in &briefing.sources {
        if let Some(u) = &source.url {
            collect(u, &mut out);
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_found_without_the_brackets_and_stops_around_them() {
        let line =
            "See (https://example.org/a/b). Also <mailto:desk@un.org>, and http://x.io/?q=1.";
        let found: Vec<&str> = find(line).into_iter().map(|r| &line[r]).collect();
        assert_eq!(
            found,
            [
                "https://example.org/a/b",
                "mailto:desk@un.org",
                "http://x.io/?q=1"
            ]
        );
        assert!(find("javascript:alert(1) file:///etc/passwd https://").is_empty());
        assert!(find("see:https://example.org").is_empty());
        let line = "(see https://en.wikipedia.org/wiki/Talks_(2025)).";
        let found: Vec<&str> = find(line).into_iter().map(|r| &line[r]).collect();
        assert_eq!(found, ["https://en.wikipedia.org/wiki/Talks_(2025)"]);
    }

    #[test]
    fn only_http_https_and_mailto_without_control_characters_are_safe() {
        assert!(is_safe("https://example.org/x"));
        assert!(is_safe("mailto:a@b.org"));
        assert!(!is_safe("javascript:alert(1)"));
        assert!(!is_safe("https://example.org/\u{1b}]8;;x"));
        assert!(!is_safe("https://example.org/\u{7}"));
        assert!(!is_safe("https://exa mple.org"));
        // What loading made of an ESC and a C1 control.
        assert!(!is_safe("https://example.org/␛]8;;x"));
        assert!(!is_safe("https://example.org/\u{FFFD}"));
        assert!(is_safe("https://de.wikipedia.org/wiki/Köln"));
    }

    #[test]
    fn a_long_address_is_shortened_keeping_its_start() {
        let url = "https://www.gov.uk/government/publications/the-belfast-agreement";
        assert_eq!(shorten(url, 100), url);
        let short = shorten(url, 30);
        assert_eq!(short, "https://www.gov.uk/government…");
        assert_eq!(short.width(), 30);
        assert_eq!(shorten(url, 1), "…");
    }

    #[test]
    fn a_shortened_address_stands_for_the_one_known_address_it_starts() {
        let known = vec![
            "https://www.gov.uk/government/publications/the-belfast-agreement".to_owned(),
            "https://www.un.org/en/a".to_owned(),
            "https://www.un.org/en/b".to_owned(),
        ];
        assert_eq!(
            resolve("https://www.gov.uk/gov…", &known),
            Some(known[0].as_str())
        );
        // Two known addresses start this way: no guess.
        assert_eq!(resolve("https://www.un.org/en/…", &known), None);
        // The host is not readable any more.
        assert_eq!(resolve("https://www.go…", &known), None);
        assert_eq!(
            resolve("https://elsewhere.org", &known),
            Some("https://elsewhere.org")
        );
        assert_eq!(
            host_end("https://a.org:8080/x?y"),
            "https://a.org:8080".len()
        );
        assert_eq!(host_end("mailto:a@b.org?subject=x"), "mailto:a@b.org".len());
    }

    #[test]
    fn addresses_on_a_line_are_placed_in_columns() {
        let known = vec!["https://example.org/a-very-long-path".to_owned()];
        let found = on_line("│ • Minutes (https://example.org/a-very…)", &known);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].column, 13);
        assert_eq!(found[0].width, "https://example.org/a-very…".width());
        assert_eq!(found[0].url, known[0]);
    }

    #[test]
    fn addresses_are_collected_from_markdown() {
        let mut out = Vec::new();
        collect(
            "Read [the text](https://a.org/t) and https://a.org/t, or <https://b.org>.",
            &mut out,
        );
        assert_eq!(out, ["https://a.org/t", "https://a.org/t", "https://b.org"]);
    }
}
