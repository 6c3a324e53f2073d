//! Each warning on a small briefing: where it points and what it says.

use super::*;
use crate::load::load_str;

/// The warnings of `text`, which must load.
fn check(text: &str) -> Vec<Diagnostic> {
    let briefing = load_str("t.toml", text).unwrap_or_else(|e| panic!("{e}"));
    warnings(text, &briefing)
}

fn rendered(text: &str) -> String {
    check(text)
        .iter()
        .map(|d| d.render("t.toml"))
        .collect::<Vec<_>>()
        .join("\n\n")
}

const HEAD: &str = "headline = \"h\"\n[[sections]]\ntitle = \"s\"\nbody = \"b\"\n";

fn party(name: &str, extra: &str, topics: &[(&str, &str)]) -> String {
    let mut out = format!("[[parties]]\nname = \"{name}\"\n{extra}");
    for (topic, stance) in topics {
        out.push_str(&format!(
            "  [[parties.positions]]\n  topic = \"{topic}\"\n  stance = \"{stance}\"\n  text = \"t\"\n"
        ));
    }
    out
}

#[test]
fn a_clean_briefing_has_no_warnings() {
    let text = format!(
        "topics = [\"Article 2\", \"Article 3\"]\n{HEAD}{}{}",
        party("A", "", &[("Article 2", "for"), ("Article 3", "for")]),
        party("B", "role = \"mediator\"\n", &[("Article 2", "against")]),
    );
    assert_eq!(rendered(&text), "");
}

#[test]
fn a_misspelt_topic_points_at_the_row_it_meant() {
    let text = format!(
        "topics = [\"Differentiation\"]\n{HEAD}{}{}",
        party("A", "", &[("Differentiation", "for")]),
        party("B", "", &[("Diferentiation", "for")]),
    );
    let found = check(&text);
    assert_eq!(found.len(), 1, "{found:#?}");
    let d = &found[0];
    assert_eq!(d.severity, Severity::Warning);
    let line = text
        .lines()
        .position(|l| l.contains("\"Diferentiation\""))
        .map(|i| i + 1);
    assert_eq!(d.line, line);
    assert_eq!(d.column, Some(11));
    assert!(
        d.message
            .contains("`Diferentiation` is close to `Differentiation`"),
        "{}",
        d.message
    );
    assert_eq!(
        d.notes.last().map(String::as_str),
        Some("did you mean `Differentiation` (line 1)?")
    );
    let shown = d.render("t.toml");
    assert!(
        shown.starts_with(&format!("t.toml:{}:11: warning: topic", line.unwrap_or(0))),
        "{shown}"
    );
    assert!(shown.contains("  topic = \"Diferentiation\"\n"), "{shown}");
    assert!(shown.contains("^^^^^^^^^^^^^^^^"), "{shown}");
}

#[test]
fn spacing_and_case_count_as_a_near_miss_but_numbers_do_not() {
    assert!(topics::near("Cease fire", "ceasefire"));
    assert!(topics::near("Climate finance", "Climate finanse"));
    assert!(!topics::near("Article 2", "Article 3"));
    assert!(!topics::near("Ceasefire", "Prisoner swaps"));
    assert!(!topics::near("Oil", "Gas"));
}

#[test]
fn a_section_topic_no_row_has_is_warned_with_the_closest_row() {
    let text = format!(
        "headline = \"h\"\n[[sections]]\ntitle = \"s\"\ntopics = [\"Climate finanse\"]\nbody = \"b\"\n{}",
        party("A", "", &[("Climate finance", "for")]),
    );
    let found = check(&text);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!((found[0].line, found[0].column), (Some(4), Some(11)));
    assert!(
        found[0]
            .message
            .contains("section topic `Climate finanse` is no topic")
    );
    assert!(
        found[0]
            .notes
            .iter()
            .any(|n| n == "did you mean `Climate finance` (line 9)?"),
        "{:?}",
        found[0].notes
    );
}

#[test]
fn a_listed_topic_nobody_addresses() {
    let text = format!(
        "topics = [\"Ceasefire\", \"Water\"]\n{HEAD}{}",
        party("A", "", &[("Ceasefire", "for")])
    );
    let found = check(&text);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!((found[0].line, found[0].column), (Some(1), Some(24)));
    assert_eq!(
        found[0].message,
        "topic `Water` is listed, but no party states a position on it"
    );
}

#[test]
fn a_role_with_a_neutral_word_says_whether_it_counts_and_how_to_change_it() {
    let text = format!(
        "{HEAD}{}{}{}",
        party(
            "China",
            "role = \"host and chair of the conference\"\n",
            &[("T", "for")]
        ),
        party(
            "Brazil",
            "role = \"non-mediator party\"\ncounted = true\n",
            &[("T", "for")]
        ),
        party("UN", "role = \"mediator\"\n", &[("T", "for")]),
    );
    let found = check(&text);
    assert_eq!(
        found.len(),
        1,
        "counted = true and an exact role are not warned: {found:#?}"
    );
    let d = &found[0];
    assert_eq!((d.line, d.column), (Some(7), Some(8)));
    assert_eq!(
        d.message,
        "role \"host and chair of the conference\" mentions `host` but is not a neutral role: China counts toward verdicts"
    );
    assert!(
        d.notes.iter().any(|n| n.contains("`counted = false`")),
        "{:?}",
        d.notes
    );
}

#[test]
fn a_party_with_no_positions() {
    let text = format!(
        "{HEAD}{}{}",
        party("A", "", &[("T", "for")]),
        party("Quiet", "", &[])
    );
    let found = check(&text);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!((found[0].line, found[0].column), (Some(12), Some(8)));
    assert_eq!(found[0].message, "party `Quiet` states no positions");
}

#[test]
fn the_untouched_template_is_warned_about_field_by_field() {
    let found = check(crate::template::TEMPLATE);
    let messages: Vec<&str> = found.iter().map(|d| d.message.as_str()).collect();
    for key in [
        "headline", "dek", "location", "summary", "name", "url", "body", "text", "source",
    ] {
        assert!(
            messages.iter().any(|m| m.starts_with(&format!(
                "`{key}` still holds text from the `brief new` template"
            ))),
            "{key}: {messages:#?}"
        );
    }
    let body = found
        .iter()
        .find(|d| d.message.starts_with("`body`"))
        .expect("body");
    let line = crate::template::TEMPLATE
        .lines()
        .position(|l| l.starts_with("Write the section in Markdown"))
        .map(|i| i + 1);
    assert_eq!((body.line, body.column), (line, Some(1)));
    // Its topics and roles are ordinary words, not leftovers.
    assert!(
        !messages
            .iter()
            .any(|m| m.starts_with("`topic") || m.starts_with("`role`"))
    );
}

#[test]
fn every_bundled_briefing_is_free_of_warnings() {
    for b in crate::bundled::ALL {
        let briefing = load_str(b.file, b.text).unwrap_or_else(|e| panic!("{e}"));
        let found = warnings(b.text, &briefing);
        assert!(found.is_empty(), "{}: {found:#?}", b.file);
    }
}

#[test]
fn the_status_line_counts_and_names_the_first_warning() {
    let text = format!(
        "topics = [\"Ceasefire\", \"Water\", \"Oil\"]\n{HEAD}{}",
        party("A", "", &[("Ceasefire", "for")])
    );
    let found = check(&text);
    assert_eq!(
        status_line("t.toml", &found).as_deref(),
        Some(
            "2 warnings · t.toml:1:24: topic `Water` is listed, but no party states a position on it \
             · `brief check t.toml` shows them all"
        )
    );
    assert_eq!(status_line("t.toml", &[]), None);
}

#[test]
fn a_source_link_readers_cannot_follow_is_warned_about() {
    let text = format!(
        "{HEAD}[[sources]]\nname = \"Minutes\"\nurl = \"www.example.org/minutes\"\n[[sources]]\nname = \"Fine\"\nurl = \"https://example.org\"\n"
    );
    let found = check(&text);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(
        found[0].message,
        "`url` is \"www.example.org/minutes\", which is not an http, https or mailto link"
    );
    assert_eq!((found[0].line, found[0].column), (Some(7), Some(7)));
}
