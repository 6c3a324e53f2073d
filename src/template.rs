//! The briefing `brief new` writes: every field of format 1, each with a
//! comment saying what it is for, filled with placeholders that already pass
//! `brief check`, so a person edits a working file instead of a blank page.

/// The template, exactly as written to disk.
pub const TEMPLATE: &str = r#"# A briefing for brief (https://toml.io syntax). Edit it, then run `brief check FILE`.
# Lines starting with # are comments. Optional fields can be deleted.

format = 1                     # the format version; leave it at 1

headline = "Replace this with the briefing's headline"   # required
dek = "One line under the headline that says why this matters"   # optional
date = 2025-01-31              # optional; a date without quotes: YYYY-MM-DD
location = "Where the talks take place"                  # optional
tags = ["diplomacy"]           # optional

# Optional: the key points, one string each.
summary = [
  "The first thing a reader should know.",
  "The second thing.",
]

# Optional: the order of rows when the parties' positions are compared.
# Topics not listed here follow, in the order they first appear below.
topics = ["Ceasefire", "Prisoner exchange"]

# Optional, as many as you need: where the facts come from.
[[sources]]
name = "The article or document this briefing draws on"
url = "https://example.org/article"     # optional

# At least one section. Repeat [[sections]] for each one, in reading order.
[[sections]]
title = "What is happening"
topics = ["Ceasefire"]         # optional: topics this section discusses
body = """
Write the section in Markdown. Separate paragraphs with a blank line.

Use *emphasis*, **strong** text, [links](https://example.org), and lists:

- one point;
- another point.

> A quotation goes after a greater-than sign.
"""

# Zero or more parties. Repeat [[parties]] for each one.
[[parties]]
name = "First party"
role = "party"                 # optional free text: party, mediator, observer...
# A role of exactly mediator, observer, facilitator, chair, host, guarantor,
# moderator or convener keeps a party out of verdicts; counted decides it
# whatever the role says.
# counted = true               # optional: true counts toward verdicts, false does not
# short = "FP"                 # optional: a short name for narrow columns
summary = "One line on where this party stands"           # optional

  # One [[parties.positions]] per topic this party has a position on.
  # A topic a party says nothing about shows as "no stated position".
  [[parties.positions]]
  topic = "Ceasefire"          # required; matches other parties' positions by name
  stance = "for"               # optional: for, against, conditional or unclear
  text = "What this party says about the topic, in your own words."   # required
  source = "Who said it, where and when"                 # optional

  [[parties.positions]]
  topic = "Prisoner exchange"
  stance = "conditional"
  text = "Agrees only if the exchange is all-for-all."

[[parties]]
name = "Second party"
role = "party"

  [[parties.positions]]
  topic = "Ceasefire"
  stance = "against"
  text = "Rejects a ceasefire before a settlement is signed."
"#;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::load_str;

    #[test]
    fn the_template_is_a_valid_briefing() {
        let loaded = load_str("template.toml", TEMPLATE);
        assert!(
            loaded.is_ok(),
            "{}",
            loaded.err().map(|e| e.to_string()).unwrap_or_default()
        );
    }

    #[test]
    fn the_template_shows_every_field_of_the_format() {
        let briefing = load_str("template.toml", TEMPLATE).unwrap_or_else(|e| panic!("{e}"));
        assert!(briefing.dek.is_some() && briefing.date.is_some() && briefing.location.is_some());
        assert!(
            !briefing.tags.is_empty()
                && !briefing.summary.is_empty()
                && !briefing.topics.is_empty()
        );
        assert!(briefing.sources.iter().any(|s| s.url.is_some()));
        assert!(briefing.sections.iter().any(|s| !s.topics.is_empty()));
        let positions = briefing.parties.iter().flat_map(|p| &p.positions);
        assert!(
            positions
                .clone()
                .any(|p| p.stance.is_some() && p.source.is_some())
        );
        assert!(
            briefing
                .parties
                .iter()
                .any(|p| p.role.is_some() && p.summary.is_some())
        );
    }
}
