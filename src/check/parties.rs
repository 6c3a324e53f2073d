//! Parties whose part in the verdicts may not be what the author meant: a
//! role that mentions a neutral word but is not a neutral role, and a party
//! with no positions at all.

use super::doc::Doc;
use super::found::Found;
use crate::model::{Briefing, neutral_role};

/// Words, and their usual forms, that make a role sound neutral. A role
/// holding one that is not itself one of [`crate::model::NEUTRAL_ROLES`]
/// gets a warning saying whether the party counts.
pub const NEUTRAL_WORDS: &[&str] = &[
    "mediator",
    "mediators",
    "mediates",
    "mediating",
    "mediation",
    "observer",
    "observers",
    "observes",
    "observing",
    "facilitator",
    "facilitators",
    "facilitates",
    "facilitating",
    "chair",
    "chairs",
    "chaired",
    "chairing",
    "chairman",
    "chairwoman",
    "chairperson",
    "host",
    "hosts",
    "hosted",
    "hosting",
    "guarantor",
    "guarantors",
    "moderator",
    "moderators",
    "convener",
    "convenes",
    "neutral",
];

pub(super) fn check(doc: &Doc, briefing: &Briefing, out: &mut Vec<Found>) {
    for (party, at) in briefing.parties.iter().zip(&doc.parties) {
        if let (Some(role), None) = (&at.role, party.counted)
            && let Some(word) = neutral_word(&role.text)
        {
            {
                let counts = if party.counts() {
                    "counts"
                } else {
                    "does not count"
                };
                out.push(Found {
                    span: role.span.clone(),
                    message: format!(
                        "role \"{}\" mentions `{word}` but is not a neutral role: {} {counts} toward verdicts",
                        role.text, party.name
                    ),
                    notes: vec![
                        "only a role that is exactly mediator, observer, facilitator, chair, host, guarantor, moderator or convener (or co-mediator, co-chair) keeps a party out".to_owned(),
                        "add `counted = false` to keep it out of verdicts, or `counted = true` to say it counts".to_owned(),
                    ],
                });
            }
        }
        if party.positions.is_empty()
            && let Some(name) = &at.name
        {
            {
                let effect = if party.counts() {
                    "it counts as silent on every topic"
                } else {
                    "it is shown silent on every topic"
                };
                out.push(Found::new(
                    name.span.clone(),
                    format!("party `{}` states no positions", party.name),
                    format!("{effect}; add [[parties.positions]] under it, or remove the party"),
                ));
            }
        }
    }
}

/// The neutral-sounding word in a role that is not a neutral role itself.
fn neutral_word(role: &str) -> Option<String> {
    if neutral_role(role).is_some() {
        return None;
    }
    role.split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .find(|word| NEUTRAL_WORDS.contains(&word.as_str()))
}
