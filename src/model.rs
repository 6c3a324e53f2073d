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

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    pub title: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<String>,
    /// Markdown.
    pub body: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Party {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub positions: Vec<Position>,
}

impl Party {
    /// Mediators and observers take part without holding a side; views set
    /// them apart and later comparisons keep them out of verdicts.
    pub fn is_neutral(&self) -> bool {
        self.role.as_deref().is_some_and(|role| {
            let role = role.trim().to_lowercase();
            ["mediator", "observer", "facilitator", "chair", "host"]
                .iter()
                .any(|word| role.contains(word))
        })
    }

    pub fn position(&self, topic: &str) -> Option<&Position> {
        self.positions.iter().find(|p| p.topic == topic)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Position {
    pub topic: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stance: Option<Stance>,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
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
