//! Verdicts: for each topic, do the parties agree, clash, or talk past each
//! other? Computed from the stances of the parties that addressed it;
//! mediators and observers are shown elsewhere but kept out of the verdict.

use serde::Serialize;

use super::comparison::{Comparison, Mark};
use crate::model::{Briefing, Stance};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// Some for, some against.
    Divergence,
    /// Conditional, unclear or unmarked positions among them, and no clash.
    Mixed,
    /// Every party that addressed it is for, or every one is against.
    CommonGround,
    /// Only one party addressed it.
    OneVoice,
    /// No party that counts addressed it, but a mediator or observer did:
    /// not "unaddressed" above a stated position.
    NoPartyPosition,
    /// Nobody addressed it.
    Unaddressed,
}

impl Verdict {
    /// Every verdict, in sort order (clashes first).
    pub const ALL: [Verdict; 6] = [
        Verdict::Divergence,
        Verdict::Mixed,
        Verdict::CommonGround,
        Verdict::OneVoice,
        Verdict::NoPartyPosition,
        Verdict::Unaddressed,
    ];

    /// The verdict's one name, used by every view, format and message
    /// (JSON writes the same words joined by hyphens, as keys).
    pub fn label(self) -> &'static str {
        match self {
            Verdict::Divergence => "divergence",
            Verdict::Mixed => "mixed",
            Verdict::CommonGround => "common ground",
            Verdict::OneVoice => "one voice",
            Verdict::NoPartyPosition => "no party position",
            Verdict::Unaddressed => "unaddressed",
        }
    }
}

/// One topic's verdict and who among the parties said nothing on it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TopicVerdict {
    pub verdict: Verdict,
    /// Indexes of the (non-neutral) parties with no stated position.
    pub silent: Vec<usize>,
}

/// The verdict for topic row `topic`.
pub fn verdict(briefing: &Briefing, comparison: &Comparison, topic: usize) -> TopicVerdict {
    verdict_of(briefing, comparison, topic, &neutrals(briefing))
}

/// Which parties are kept out of verdicts, worked out once per briefing
/// rather than once per topic: a timeline of many rounds asks often.
fn neutrals(briefing: &Briefing) -> Vec<bool> {
    briefing
        .parties
        .iter()
        .map(crate::model::Party::is_neutral)
        .collect()
}

fn verdict_of(
    briefing: &Briefing,
    comparison: &Comparison,
    topic: usize,
    neutral: &[bool],
) -> TopicVerdict {
    let mut marks = Vec::new();
    let mut silent = Vec::new();
    let mut neutral_spoke = false;
    for (p, is_neutral) in neutral.iter().enumerate() {
        if *is_neutral {
            neutral_spoke |= comparison.mark(briefing, topic, p) != Mark::Silent;
            continue;
        }
        match comparison.mark(briefing, topic, p) {
            Mark::Silent => silent.push(p),
            mark => marks.push(mark),
        }
    }
    let has = |s: Stance| marks.contains(&Mark::Stance(s));
    let verdict = match marks.len() {
        0 if neutral_spoke => Verdict::NoPartyPosition,
        0 => Verdict::Unaddressed,
        1 => Verdict::OneVoice,
        _ if has(Stance::For) && has(Stance::Against) => Verdict::Divergence,
        _ if marks.iter().all(|m| *m == Mark::Stance(Stance::For))
            || marks.iter().all(|m| *m == Mark::Stance(Stance::Against)) =>
        {
            Verdict::CommonGround
        }
        _ => Verdict::Mixed,
    };
    TopicVerdict { verdict, silent }
}

/// Every topic's verdict, in row order.
pub fn verdicts(briefing: &Briefing, comparison: &Comparison) -> Vec<TopicVerdict> {
    let neutral = neutrals(briefing);
    (0..comparison.topics.len())
        .map(|t| verdict_of(briefing, comparison, t, &neutral))
        .collect()
}

/// "divergence 2 · common ground 1 · Russia silent on 3": each verdict's
/// name (as everywhere else) and how many topics have it, clashes first,
/// then each party that counts with the topics it left alone. The counts
/// add up to the number of topics.
pub fn summary(briefing: &Briefing, verdicts: &[TopicVerdict]) -> String {
    let count = |v: Verdict| verdicts.iter().filter(|t| t.verdict == v).count();
    let mut parts = Vec::new();
    for v in Verdict::ALL {
        let n = count(v);
        if n > 0 {
            parts.push(format!("{} {n}", v.label()));
        }
    }
    for (p, party) in briefing.parties.iter().enumerate() {
        let n = verdicts.iter().filter(|t| t.silent.contains(&p)).count();
        if n > 0 {
            parts.push(format!("{} silent on {n}", party.name));
        }
    }
    parts.join(" · ")
}

#[cfg(test)]
mod tests;
