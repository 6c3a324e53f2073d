//! The briefing as brief holds it in memory, after loading and sanitising.
//!
//! Every string in here has already been through [`crate::sanitize`], so no
//! view or printer ever has to think about control characters again.

use serde::{Deserialize, Serialize};

/// The newest format version this build understands.
pub const FORMAT_VERSION: i64 = 1;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Briefing {
    pub format: i64,
    pub headline: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dek: Option<String>,
    /// ISO date, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// The negotiation this briefing is one round of, such as
    /// "istanbul-talks-2025": briefings with the same `process` form a
    /// series (see [`crate::series`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub process: Option<String>,
    /// Its place in the series, from 1; without it, `date` places it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub round: Option<u32>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Key points.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub summary: Vec<String>,
    /// The preferred order of topic rows when positions are compared.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    pub sections: Vec<Section>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parties: Vec<Party>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Source {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// What positions write in `cite` to name this source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// ISO date, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    pub title: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<String>,
    /// Markdown.
    pub body: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Party {
    pub name: String,
    /// A short name ("USA") for narrow places: column headers, a narrow panel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short: Option<String>,
    /// Free text shown to the reader; see [`Party::counts`] for what it decides.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Whether the party counts toward verdicts, overriding what `role` says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counted: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub positions: Vec<Position>,
}

/// Roles that keep a party out of verdicts. A role is one of them only when
/// it is the whole value (see [`neutral_role`]): "party; chairs the G77" is a
/// party, however many neutral words it holds.
pub const NEUTRAL_ROLES: [&str; 10] = [
    "mediator",
    "co-mediator",
    "observer",
    "facilitator",
    "chair",
    "co-chair",
    "host",
    "guarantor",
    "moderator",
    "convener",
];

/// The neutral role `role` is, if it is one: the whole value compared,
/// ignoring case and spaces, after one leading "the", "a" or "an".
/// Never a guess from part of the value.
pub fn neutral_role(role: &str) -> Option<&'static str> {
    let lower = role.trim().to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let words = match words.split_first() {
        Some((first, rest)) if !rest.is_empty() && ["the", "a", "an"].contains(first) => rest,
        _ => &words[..],
    };
    let joined: String = words.concat();
    NEUTRAL_ROLES
        .iter()
        .copied()
        .find(|name| name.replace(' ', "") == joined)
}

impl Party {
    /// Whether the party's stance counts toward verdicts: `counted` when it
    /// is given, else every party whose role is not one of [`NEUTRAL_ROLES`].
    pub fn counts(&self) -> bool {
        self.counted
            .unwrap_or_else(|| self.role.as_deref().and_then(neutral_role).is_none())
    }

    /// Kept out of verdicts (a mediator, an observer, `counted = false`):
    /// views show it apart, after the sides.
    pub fn is_neutral(&self) -> bool {
        !self.counts()
    }

    /// Why a party that does not count is left out, for messages: its role,
    /// or `counted = false` when the role does not say so.
    pub fn not_counted_because(&self) -> String {
        match self.role.as_deref() {
            Some(role) if self.counted.is_none() || neutral_role(role).is_some() => role.to_owned(),
            _ => "counted = false".to_owned(),
        }
    }

    /// The short name when there is one, else the name.
    pub fn short_name(&self) -> &str {
        self.short.as_deref().unwrap_or(&self.name)
    }

    pub fn position(&self, topic: &str) -> Option<&Position> {
        self.positions.iter().find(|p| p.topic == topic)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Position {
    pub topic: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stance: Option<Stance>,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The party's own words; `text` is the paraphrase.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    /// When the party said it: ISO date, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Where it can be read: http, https or mailto, checked on loading.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The `id` of one of the briefing's sources, checked on loading.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cite: Option<String>,
}

impl Source {
    /// "Name, Publisher, 2023-02-24": the name with what else is known.
    pub fn label(&self) -> String {
        let mut out = self.name.clone();
        for part in [&self.publisher, &self.date].into_iter().flatten() {
            out.push_str(", ");
            out.push_str(part);
        }
        out
    }
}

impl Briefing {
    /// The source a position cites, when it cites one.
    pub fn cited(&self, position: &Position) -> Option<&Source> {
        let id = position.cite.as_deref()?;
        self.sources.iter().find(|s| s.id.as_deref() == Some(id))
    }
}

/// Where a position comes from, gathered for showing: its own `source`,
/// the source it cites, and its date and URL, falling back to the cited
/// source's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Citation<'a> {
    pub source: Option<&'a str>,
    pub cited: Option<&'a Source>,
    /// The `cite` id when no source has it (only a diff of a file whose
    /// sources moved meets one).
    pub unresolved: Option<&'a str>,
    pub date: Option<&'a str>,
    pub url: Option<&'a str>,
}

impl<'a> Citation<'a> {
    pub fn of(position: &'a Position, cited: Option<&'a Source>) -> Self {
        Citation {
            source: position.source.as_deref().filter(|s| !s.trim().is_empty()),
            cited,
            unresolved: position.cite.as_deref().filter(|_| cited.is_none()),
            date: position
                .date
                .as_deref()
                .or_else(|| cited.and_then(|c| c.date.as_deref())),
            url: position
                .url
                .as_deref()
                .or_else(|| cited.and_then(|c| c.url.as_deref())),
        }
    }

    /// "Reuters interview, UN Security Council record (United Nations),
    /// 2023-02-24": who and when, without the URL; `None` when there is
    /// neither.
    pub fn attribution(&self) -> Option<String> {
        let mut parts: Vec<String> = Vec::new();
        parts.extend(self.source.map(str::to_owned));
        if let Some(cited) = self.cited {
            parts.push(match cited.publisher.as_deref() {
                Some(publisher) if !publisher.trim().is_empty() => {
                    format!("{} ({publisher})", cited.name)
                }
                _ => cited.name.clone(),
            });
        }
        parts.extend(self.unresolved.map(|id| format!("[{id}]")));
        parts.extend(self.date.map(str::to_owned));
        (!parts.is_empty()).then(|| parts.join(", "))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Stance {
    For,
    Against,
    Conditional,
    Unclear,
}

impl Stance {
    pub const ALL: [Stance; 4] = [
        Stance::For,
        Stance::Against,
        Stance::Conditional,
        Stance::Unclear,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Stance::For => "for",
            Stance::Against => "against",
            Stance::Conditional => "conditional",
            Stance::Unclear => "unclear",
        }
    }

    pub fn parse(text: &str) -> Option<Stance> {
        Stance::ALL.into_iter().find(|s| s.name() == text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn party(role: Option<&str>, counted: Option<bool>) -> Party {
        Party {
            name: "China".into(),
            role: role.map(Into::into),
            counted,
            ..Party::default()
        }
    }

    #[test]
    fn only_a_whole_neutral_role_keeps_a_party_out() {
        for role in [
            "mediator",
            "Observer",
            " the  Mediator ",
            "co-chair",
            "CO - CHAIR",
            "an observer",
            "Host",
        ] {
            assert!(party(Some(role), None).is_neutral(), "{role}");
        }
        for role in [
            "party; chairs the G77 bloc",
            "non-mediator party",
            "host and chair of the conference",
            "party",
            "the",
            "mediators",
            "Observer (UN)",
        ] {
            assert!(party(Some(role), None).counts(), "{role}");
        }
        assert!(party(None, None).counts());
    }

    #[test]
    fn a_citation_falls_back_to_what_the_cited_source_says() {
        let minutes = Source {
            name: "Minutes".into(),
            publisher: Some("The Commission".into()),
            date: Some("2025-03-04".into()),
            url: Some("https://example.org/m".into()),
            id: Some("m".into()),
        };
        let mut position = Position {
            source: Some("Press conference".into()),
            cite: Some("m".into()),
            ..Position::default()
        };
        let citation = Citation::of(&position, Some(&minutes));
        assert_eq!(
            citation.attribution().as_deref(),
            Some("Press conference, Minutes (The Commission), 2025-03-04")
        );
        assert_eq!(citation.url, Some("https://example.org/m"));
        // The position's own date and link win over the source's.
        position.date = Some("2025-03-05".into());
        position.url = Some("https://example.org/p".into());
        let citation = Citation::of(&position, Some(&minutes));
        assert_eq!(citation.date, Some("2025-03-05"));
        assert_eq!(citation.url, Some("https://example.org/p"));
        // An id no source has (only a diff meets one) is shown as written.
        position.source = None;
        assert_eq!(
            Citation::of(&position, None).attribution().as_deref(),
            Some("[m], 2025-03-05")
        );
        assert_eq!(Citation::of(&Position::default(), None).attribution(), None);
        assert_eq!(minutes.label(), "Minutes, The Commission, 2025-03-04");
    }

    #[test]
    fn counted_wins_over_the_role() {
        assert!(party(Some("party"), Some(false)).is_neutral());
        assert!(party(None, Some(false)).is_neutral());
        assert!(party(Some("mediator"), Some(true)).counts());
        assert_eq!(
            party(None, Some(false)).not_counted_because(),
            "counted = false"
        );
        assert_eq!(
            party(Some("party"), Some(false)).not_counted_because(),
            "counted = false"
        );
        assert_eq!(
            party(Some("mediator"), None).not_counted_because(),
            "mediator"
        );
    }
}
