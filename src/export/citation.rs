//! What `y` copies in the reader: a section as Markdown, and a position as
//! a citation an analyst pastes into a note or an email.

use super::{body, escape};
use crate::compare::Mark;
use crate::model::{Briefing, Citation, Party, Position, Section};

/// A section as Markdown: its title as a heading, then its body as written,
/// hostile character references made literal as `print --format markdown`
/// does.
pub fn section_markdown(section: &Section) -> String {
    let mut out = format!("## {}\n", escape::heading(&one_line(&section.title)));
    let text = section.body.trim();
    if !text.is_empty() {
        out.push('\n');
        out.push_str(&body::safe(text));
        out.push('\n');
    }
    out
}

/// One position as a citation, on one line: who, on what, their stance,
/// what they said (their own words when the briefing has them, quoted,
/// else the paraphrase), then where it comes from, when, and its link.
///
/// `Russia (RU), on Troop withdrawal, against: “We stay.” — Press
/// conference, Minutes (The Commission), 2025-03-04 — https://…`
pub fn citation(briefing: &Briefing, party: &Party, position: &Position) -> String {
    let mut who = one_line(&party.name);
    if let Some(short) = party.short.as_deref().filter(|s| *s != party.name) {
        who.push_str(&format!(" ({})", one_line(short)));
    }
    let mut out = format!("{who}, on {}", one_line(&position.topic));
    if let Mark::Stance(stance) = Mark::of(Some(position)) {
        out.push_str(&format!(", {}", stance.name()));
    }
    let said = match position.quote.as_deref().filter(|q| !q.trim().is_empty()) {
        Some(quote) => format!("“{}”", one_line(quote)),
        None => one_line(&position.text),
    };
    out.push_str(&format!(": {said}"));
    let cited = Citation::of(position, briefing.cited(position));
    if let Some(attribution) = cited.attribution() {
        out.push_str(&format!(" — {}", one_line(&attribution)));
    }
    if let Some(url) = cited.url {
        out.push_str(&format!(" — {url}"));
    }
    out
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Stance;

    fn briefing() -> Briefing {
        crate::load::load_str(
            "b.toml",
            r#"format = 1
headline = "H"
[[sources]]
id = "m"
name = "Minutes"
publisher = "The Commission"
date = 2025-03-04
url = "https://example.org/m"
[[sections]]
title = "Talks *resume*"
body = "First line.\n\n- a point"
"#,
        )
        .expect("a good briefing")
    }

    fn russia() -> Party {
        Party {
            name: "Russian Federation".into(),
            short: Some("RU".into()),
            ..Party::default()
        }
    }

    #[test]
    fn a_position_with_a_quote_is_cited_in_its_own_words_with_the_cited_source() {
        let b = briefing();
        let position = Position {
            topic: "Troop withdrawal".into(),
            stance: Some(Stance::Against),
            text: "Refuses to withdraw.".into(),
            quote: Some("We stay\nwhere we are.".into()),
            source: Some("Press conference".into()),
            cite: Some("m".into()),
            ..Position::default()
        };
        assert_eq!(
            citation(&b, &russia(), &position),
            "Russian Federation (RU), on Troop withdrawal, against: “We stay where we are.” \
             — Press conference, Minutes (The Commission), 2025-03-04 — https://example.org/m"
        );
    }

    #[test]
    fn a_bare_position_is_cited_by_its_paraphrase_alone() {
        let b = briefing();
        let position = Position {
            topic: "Sanctions".into(),
            text: "Wants them lifted first.".into(),
            url: Some("https://example.org/p".into()),
            date: Some("2025-01-02".into()),
            ..Position::default()
        };
        let party = Party {
            name: "Iran".into(),
            ..Party::default()
        };
        assert_eq!(
            citation(&b, &party, &position),
            "Iran, on Sanctions: Wants them lifted first. — 2025-01-02 — https://example.org/p"
        );
    }

    #[test]
    fn a_section_copies_as_a_heading_and_its_markdown() {
        let b = briefing();
        assert_eq!(
            section_markdown(&b.sections[0]),
            // A title is plain text: its asterisks stay asterisks.
            "## Talks \\*resume\\*\n\nFirst line.\n\n- a point\n"
        );
    }
}
