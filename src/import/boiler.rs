//! Lines an article carries that a briefing does not want: bylines, credits,
//! and the page furniture around the text ("Subscribe …", "Share this").

/// Longest byline or boilerplate line, in words. A longer paragraph that
/// happens to start with "By" or "Subscribe" is prose, and is kept.
const MAX_WORDS: usize = 25;

/// How bylines and credits begin, in lower case.
const CREDITS: &[&str] = &[
    "by ",
    "reporting by ",
    "additional reporting by ",
    "written by ",
    "words by ",
    "edited by ",
    "editing by ",
    "story by ",
    "photo:",
    "photograph:",
    "photos:",
    "image:",
    "credit:",
    "source:",
];

/// How page furniture begins, in lower case.
const FURNITURE: &[&str] = &[
    "subscribe",
    "sign up",
    "sign in",
    "log in",
    "share this",
    "share on",
    "share article",
    "follow us",
    "follow @",
    "read more",
    "read next",
    "more from",
    "related:",
    "related articles",
    "related stories",
    "recommended",
    "advertisement",
    "sponsored",
    "click here",
    "copyright",
    "©",
    "(c) ",
    "all rights reserved",
    "newsletter",
    "listen to this article",
    "skip to",
    "comments",
    "print this",
    "email this",
];

/// A byline or credit line such as "By Jane Doe, Reuters".
pub fn is_byline(line: &str) -> bool {
    let plain = unmarked(line);
    let lower = plain.to_lowercase();
    short(&plain)
        && CREDITS.iter().any(|start| {
            lower.starts_with(start)
                // "By the time the talks began…" is prose: a byline names someone.
                && (!start.ends_with(' ')
                    || plain[start.len()..].chars().next().is_some_and(char::is_uppercase))
        })
}

/// Page furniture: "Subscribe to our newsletter", "Advertisement", "© 2026 …".
pub fn is_furniture(line: &str) -> bool {
    let plain = unmarked(line);
    let lower = plain.to_lowercase();
    short(&plain) && FURNITURE.iter().any(|start| lower.starts_with(start))
}

/// Either kind: a line to drop.
pub fn is_dropped(line: &str) -> bool {
    is_byline(line) || is_furniture(line)
}

fn short(line: &str) -> bool {
    line.split_whitespace().count() <= MAX_WORDS
}

/// The line without Markdown emphasis marks around it, so `*By Jane Doe*` is seen too.
fn unmarked(line: &str) -> String {
    line.trim()
        .trim_matches(|c| matches!(c, '*' | '_' | '#' | ' '))
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bylines_name_someone() {
        assert!(is_byline("By Jane Doe and John Roe, Reuters"));
        assert!(is_byline("*By Jane Doe*"));
        assert!(is_byline("Reporting by Jane Doe; editing by John Roe"));
        assert!(!is_byline(
            "By the time the talks began, both sides had left."
        ));
        assert!(!is_byline("Byzantine rules govern the talks"));
    }

    #[test]
    fn furniture_is_short() {
        assert!(is_furniture("Subscribe to our newsletter"));
        assert!(is_furniture("ADVERTISEMENT"));
        assert!(is_furniture("© 2026 Example News. All rights reserved."));
        assert!(!is_furniture(
            "Copyright disputes have been part of the trade talks for years, and \
             negotiators from both sides say the question of licences for medicines \
             will decide whether the deal survives the ratification votes next spring."
        ));
        assert!(!is_dropped("Ukraine agreed to attend the talks."));
    }
}
