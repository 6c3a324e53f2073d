//! Datelines and date lines: `GENEVA, 3 March 2026 — …`, `March 3, 2026`,
//! `Published 2026-03-03`. English month names, full or abbreviated.

use super::article::Date;

/// What a dateline says, and the paragraph without it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dateline {
    pub location: Option<String>,
    pub date: Option<Date>,
    /// The rest of the paragraph, after the dash.
    pub rest: String,
}

/// Where a dateline stops and the story starts.
const DASHES: &[&str] = &[" — ", " – ", " -- ", " - ", "—", ": "];

/// The longest dateline, in characters, before its dash.
const MAX_DATELINE: usize = 60;

/// Words put before a date line, in lower case.
const DATE_LABELS: &[&str] = &[
    "published",
    "updated",
    "last updated",
    "posted",
    "first published",
    "date",
    "on",
];

/// A dateline at the start of a paragraph: `GENEVA, 3 March 2026 — Talks …`,
/// `GENEVA (Reuters) — …`, `March 3, 2026 — …`. A location alone counts only
/// in capitals, as news agencies write it: "Russia — unlike Ukraine — …" is prose.
pub fn split(paragraph: &str) -> Option<Dateline> {
    let (at, dash) = DASHES
        .iter()
        .filter_map(|d| paragraph.find(d).map(|at| (at, *d)))
        .min_by_key(|(at, _)| *at)?;
    let head = paragraph[..at].replace(['*', '_'], "");
    let rest = paragraph[at + dash.len()..].trim_start().to_owned();
    if head.chars().count() > MAX_DATELINE || rest.is_empty() {
        return None;
    }
    let head = without_agency(head.trim());
    if let Some(date) = date_only(head) {
        return Some(Dateline {
            location: None,
            date: Some(date),
            rest,
        });
    }
    let (place, when) = match head.split_once(',') {
        Some((place, when)) => (place.trim(), Some(when.trim())),
        None => (head, None),
    };
    // Agencies often leave the year out ("March 3"): the place still counts.
    let (date, dated) = match when {
        Some(when) => match date_only(when) {
            Some(date) => (Some(date), true),
            None if without_year(when) => (None, true),
            None => return None,
        },
        None => (None, false),
    };
    if !is_place(place, dated) {
        return None;
    }
    Some(Dateline {
        location: Some(place_name(place)),
        date,
        rest,
    })
}

/// A paragraph that is only a date, perhaps labelled and followed by a time:
/// `Published: March 3, 2026 at 10:04 GMT`.
pub fn date_line(paragraph: &str) -> Option<Date> {
    let text = paragraph.replace(['*', '_'], "");
    let mut text = text.trim();
    let lower = text.to_lowercase();
    if let Some(label) = DATE_LABELS
        .iter()
        .find(|l| lower.starts_with(*l) && !lower[l.len()..].starts_with(char::is_alphabetic))
    {
        text = text[label.len()..].trim_start_matches([':', ' ']);
    }
    let tokens = tokens(text);
    let (date, used) = date_prefix(&tokens)?;
    // A time and a zone may follow ("at 10:04 a.m. GMT"); a sentence may not.
    (tokens.len() - used <= 4).then_some(date)
}

/// `(Reuters)` and the like come off the end of a dateline.
fn without_agency(head: &str) -> &str {
    match head
        .strip_suffix(')')
        .and_then(|h| h.rfind('(').map(|at| &h[..at]))
    {
        Some(before) => before.trim_end(),
        None => head,
    }
}

/// `March 3`, `3 March`, `Tuesday`: a day named without its year.
fn without_year(text: &str) -> bool {
    match tokens(text).as_slice() {
        [day] => weekday(day),
        [a, b] => {
            (month(a).is_some() && number(b).is_some())
                || (number(a).is_some() && month(b).is_some())
        }
        _ => false,
    }
}

/// All of `text` is one date.
fn date_only(text: &str) -> Option<Date> {
    let tokens = tokens(text);
    let (date, used) = date_prefix(&tokens)?;
    (used == tokens.len()).then_some(date)
}

/// A place name as datelines write it: a few words, each capitalised. Only
/// capitals (`GENEVA`, `NEW YORK`) count without a date after them.
fn is_place(place: &str, dated: bool) -> bool {
    let words: Vec<&str> = place.split_whitespace().collect();
    let shaped = !words.is_empty()
        && words.len() <= 4
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '.' | '\'' | '’'))
        });
    let capitals = place
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    shaped && (dated || capitals)
}

/// `NEW YORK` becomes `New York`; `Geneva` stays as it is.
fn place_name(place: &str) -> String {
    if place.chars().any(char::is_lowercase) {
        return place.to_owned();
    }
    let mut out = String::with_capacity(place.len());
    let mut start = true;
    for c in place.chars() {
        if start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphabetic();
    }
    out
}

/// Words of a date: commas, full stops after abbreviations and ordinal
/// endings (`3rd`) taken away.
fn tokens(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || c == ',')
        .filter(|t| !t.is_empty())
        .map(|t| {
            let t = t.trim_end_matches('.');
            let digits = t.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            if !digits.is_empty()
                && digits.chars().all(|c| c.is_ascii_digit())
                && matches!(&t[digits.len()..], "st" | "nd" | "rd" | "th")
            {
                digits.to_owned()
            } else {
                t.to_owned()
            }
        })
        .collect()
}

/// A date at the start of `tokens`, and how many tokens it took: ISO
/// (`2026-03-03`, perhaps with a time after a `T`), `3 March 2026`,
/// `March 3 2026`, each perhaps after a weekday.
fn date_prefix(tokens: &[String]) -> Option<(Date, usize)> {
    let skip = usize::from(tokens.first().is_some_and(|t| weekday(t)));
    let t = &tokens[skip..];
    if let Some(date) = t.first().and_then(|t| iso(t)) {
        return Some((date, skip + 1));
    }
    let [a, b, c, ..] = t else { return None };
    let year = number(c)?;
    let date = match (number(a), month(b), month(a), number(b)) {
        (Some(day), Some(month), _, _) | (_, _, Some(month), Some(day)) => {
            Date::new(year, month, day)?
        }
        _ => return None,
    };
    Some((date, skip + 3))
}

fn iso(token: &str) -> Option<Date> {
    let day = token.split('T').next()?;
    let mut parts = day.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    Date::new(number(y)?, number(m)?, number(d)?)
}

fn number(token: &str) -> Option<u32> {
    if token.is_empty() || token.len() > 4 || !token.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    token.parse().ok()
}

fn month(token: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let lower = token.to_lowercase();
    // "Sept" is the one common abbreviation longer than three letters.
    let lower = if lower == "sept" {
        "sep".to_owned()
    } else {
        lower
    };
    if lower.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| *m == lower || (lower.len() == 3 && m.starts_with(&lower)))
        .and_then(|i| u32::try_from(i + 1).ok())
}

fn weekday(token: &str) -> bool {
    const DAYS: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    let lower = token.to_lowercase();
    lower.len() >= 3 && DAYS.iter().any(|d| *d == lower || d.starts_with(&lower))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split_shown(text: &str) -> Option<(Option<String>, Option<String>, String)> {
        split(text).map(|d| (d.location, d.date.map(|d| d.to_string()), d.rest))
    }

    fn some(
        place: Option<&str>,
        date: Option<&str>,
        rest: &str,
    ) -> (Option<String>, Option<String>, String) {
        (
            place.map(str::to_owned),
            date.map(str::to_owned),
            rest.to_owned(),
        )
    }

    #[test]
    fn datelines_in_their_usual_shapes() {
        let rest = "Talks resumed.";
        for (text, place, date) in [
            (
                "GENEVA, 3 March 2026 — Talks resumed.",
                Some("Geneva"),
                Some("2026-03-03"),
            ),
            (
                "GENEVA, March 3, 2026 — Talks resumed.",
                Some("Geneva"),
                Some("2026-03-03"),
            ),
            (
                "Geneva, 2026-03-03 - Talks resumed.",
                Some("Geneva"),
                Some("2026-03-03"),
            ),
            (
                "NEW YORK (Reuters) — Talks resumed.",
                Some("New York"),
                None,
            ),
            (
                "**ADDIS ABABA**, Tuesday 3rd Mar. 2026 – Talks resumed.",
                Some("Addis Ababa"),
                Some("2026-03-03"),
            ),
            ("March 3, 2026 — Talks resumed.", None, Some("2026-03-03")),
            (
                "Geneva, March 3 (Reuters) - Talks resumed.",
                Some("Geneva"),
                None,
            ),
        ] {
            assert_eq!(split_shown(text), Some(some(place, date, rest)), "{text}");
        }
    }

    #[test]
    fn prose_with_a_dash_is_not_a_dateline() {
        assert_eq!(split("Russia — unlike Ukraine — wants a delay."), None);
        assert_eq!(split("GENEVA, soon — talks."), None);
        assert_eq!(split("Geneva — the city of talks — waits."), None);
        assert_eq!(split("GENEVA, 31 April 2026 — no such day."), None);
        assert_eq!(split("No dash at all."), None);
    }

    #[test]
    fn date_lines_may_be_labelled_and_timed() {
        for text in [
            "3 March 2026",
            "Published: March 3, 2026 at 10:04 GMT",
            "Updated 2026-03-03T10:04:00Z",
            "*Tuesday, March 3rd, 2026*",
        ] {
            assert_eq!(
                date_line(text).map(|d| d.to_string()).as_deref(),
                Some("2026-03-03"),
                "{text}"
            );
        }
        assert_eq!(
            date_line("March 3, 2026 was the day both sides finally met in Istanbul."),
            None
        );
        assert_eq!(date_line("May we hope for peace"), None);
    }
}
