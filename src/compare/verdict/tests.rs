//! Verdicts over every combination of marks, with silent parties and with
//! mediators who must never sway the outcome.

use super::*;
use crate::model::{Party, Position, Section};

const FOR: Mark = Mark::Stance(Stance::For);
const AGAINST: Mark = Mark::Stance(Stance::Against);
const CONDITIONAL: Mark = Mark::Stance(Stance::Conditional);
const UNCLEAR: Mark = Mark::Stance(Stance::Unclear);
const STATED: Mark = Mark::Stated;
const SILENT: Mark = Mark::Silent;

fn party(name: &str, role: Option<&str>, mark: Mark) -> Party {
    let stance = match mark {
        Mark::Stance(s) => Some(s),
        Mark::Stated | Mark::Silent => None,
    };
    let positions = if mark == SILENT {
        vec![]
    } else {
        vec![Position {
            topic: "T".into(),
            stance,
            text: "words".into(),
            ..Position::default()
        }]
    };
    Party {
        name: name.into(),
        role: role.map(Into::into),
        summary: None,
        short: None,
        counted: None,
        positions,
    }
}

/// One topic, "T"; `parties` are sides, `mediators` neutral.
fn briefing(parties: &[Mark], mediators: &[Mark]) -> Briefing {
    let mut all: Vec<Party> = parties
        .iter()
        .enumerate()
        .map(|(i, m)| party(&format!("P{i}"), Some("party"), *m))
        .collect();
    all.extend(
        mediators
            .iter()
            .enumerate()
            .map(|(i, m)| party(&format!("M{i}"), Some("Mediator"), *m)),
    );
    Briefing {
        format: 1,
        headline: "h".into(),
        dek: None,
        date: None,
        location: None,
        process: None,
        round: None,
        tags: vec![],
        summary: vec![],
        topics: vec!["T".into()],
        sources: vec![],
        sections: vec![Section {
            title: "s".into(),
            topics: vec![],
            body: String::new(),
        }],
        parties: all,
    }
}

fn judge(parties: &[Mark], mediators: &[Mark]) -> TopicVerdict {
    let b = briefing(parties, mediators);
    verdict(&b, &Comparison::of(&b), 0)
}

/// The rule as the issue states it, written independently of the code.
fn expected(parties: &[Mark]) -> Verdict {
    let spoke: Vec<Mark> = parties.iter().copied().filter(|m| *m != SILENT).collect();
    if spoke.is_empty() {
        Verdict::Unaddressed
    } else if spoke.len() == 1 {
        Verdict::OneVoice
    } else if spoke.contains(&FOR) && spoke.contains(&AGAINST) {
        Verdict::Divergence
    } else if spoke.iter().all(|m| *m == spoke[0]) && (spoke[0] == FOR || spoke[0] == AGAINST) {
        Verdict::CommonGround
    } else {
        Verdict::Mixed
    }
}

#[test]
fn named_cases_read_as_a_person_would_judge_them() {
    let cases: &[(&[Mark], Verdict)] = &[
        (&[FOR, FOR], Verdict::CommonGround),
        (&[AGAINST, AGAINST, AGAINST], Verdict::CommonGround),
        (&[FOR, AGAINST], Verdict::Divergence),
        (&[FOR, AGAINST, CONDITIONAL], Verdict::Divergence),
        (&[FOR, AGAINST, SILENT], Verdict::Divergence),
        (&[FOR, CONDITIONAL], Verdict::Mixed),
        (&[AGAINST, UNCLEAR], Verdict::Mixed),
        // Everyone agreeing "only if" is not common ground: the conditions may differ.
        (&[CONDITIONAL, CONDITIONAL], Verdict::Mixed),
        (&[UNCLEAR, UNCLEAR], Verdict::Mixed),
        // Words without a stance can neither agree nor clash.
        (&[STATED, STATED], Verdict::Mixed),
        (&[FOR, STATED], Verdict::Mixed),
        (&[FOR, SILENT, FOR], Verdict::CommonGround),
        (&[FOR], Verdict::OneVoice),
        (&[STATED, SILENT], Verdict::OneVoice),
        (&[SILENT, SILENT], Verdict::Unaddressed),
        (&[], Verdict::Unaddressed),
    ];
    for (marks, want) in cases {
        assert_eq!(judge(marks, &[]).verdict, *want, "{marks:?}");
    }
}

#[test]
fn every_combination_of_three_parties_and_a_mediator() {
    let marks = Mark::LEGEND;
    for a in marks {
        for b in marks {
            for c in marks {
                let parties = [a, b, c];
                let silent: Vec<usize> = (0..3).filter(|&i| parties[i] == SILENT).collect();
                let alone = judge(&parties, &[]);
                assert_eq!(alone.verdict, expected(&parties), "{parties:?}");
                assert_eq!(alone.silent, silent, "{parties:?}");
                for m in marks {
                    let mut with = judge(&parties, &[m]);
                    // Only a topic no side spoke to tells whether a mediator did.
                    if alone.verdict == Verdict::Unaddressed && m != SILENT {
                        assert_eq!(with.verdict, Verdict::NoPartyPosition, "{parties:?} {m:?}");
                        with.verdict = Verdict::Unaddressed;
                    }
                    assert_eq!(with, alone, "mediator {m:?} changed {parties:?}");
                }
            }
        }
    }
}

#[test]
fn mediators_and_observers_are_never_counted() {
    // A mediator for and one side against: one voice, not divergence.
    assert_eq!(judge(&[AGAINST], &[FOR]).verdict, Verdict::OneVoice);
    // Only the mediators spoke: no party position, which is not unaddressed.
    let only = judge(&[SILENT, SILENT], &[FOR, AGAINST]);
    assert_eq!(only.verdict, Verdict::NoPartyPosition);
    assert_eq!(
        judge(&[SILENT, SILENT], &[SILENT]).verdict,
        Verdict::Unaddressed
    );
    assert_eq!(only.silent, [0, 1]);
    // A silent mediator is not a silent party.
    assert!(judge(&[FOR, FOR], &[SILENT]).silent.is_empty());
    let mut b = briefing(&[FOR, AGAINST], &[]);
    b.parties[1].role = Some("the Observer".into());
    assert_eq!(
        verdict(&b, &Comparison::of(&b), 0).verdict,
        Verdict::OneVoice
    );
}

#[test]
fn a_role_that_only_mentions_a_neutral_word_counts() {
    // The G77 case: China chairs a bloc but is a party, so its "against"
    // makes the topic a divergence, not one voice.
    let mut b = briefing(&[FOR, AGAINST], &[]);
    b.parties[1].role = Some("party; chairs the G77 bloc".into());
    let judged = |b: &Briefing| verdict(b, &Comparison::of(b), 0).verdict;
    assert_eq!(judged(&b), Verdict::Divergence);
    for role in [
        "non-mediator party",
        "Observer (UN)",
        "host and chair of the conference",
    ] {
        b.parties[1].role = Some(role.into());
        assert_eq!(judged(&b), Verdict::Divergence, "{role}");
    }
    // `counted = false` keeps any party out, whatever its role says.
    b.parties[1].counted = Some(false);
    assert_eq!(judged(&b), Verdict::OneVoice);
    // And `counted = true` brings a mediator in.
    b.parties[1].role = Some("mediator".into());
    b.parties[1].counted = Some(true);
    assert_eq!(judged(&b), Verdict::Divergence);
}

#[test]
fn verdicts_cover_every_row_in_order() {
    let mut b = briefing(&[FOR, AGAINST], &[]);
    b.topics.push("Untouched".into());
    let all = verdicts(&b, &Comparison::of(&b));
    assert_eq!(all.len(), 2);
    assert_eq!(all[0].verdict, Verdict::Divergence);
    assert_eq!(all[1].verdict, Verdict::Unaddressed);
    assert_eq!(all[1].silent, [0, 1]);
}

#[test]
fn the_summary_counts_verdicts_then_names_the_silent() {
    let mut b = briefing(&[FOR, FOR], &[]);
    b.parties[0].name = "Ukraine".into();
    b.parties[1].name = "Russia".into();
    let topic = |verdict, silent: &[usize]| TopicVerdict {
        verdict,
        silent: silent.to_vec(),
    };
    let all = [
        topic(Verdict::CommonGround, &[]),
        topic(Verdict::Divergence, &[]),
        topic(Verdict::Divergence, &[]),
        topic(Verdict::OneVoice, &[1]),
        topic(Verdict::OneVoice, &[1]),
        topic(Verdict::Unaddressed, &[0, 1]),
    ];
    assert_eq!(
        summary(&b, &all),
        "divergence 2 · common ground 1 · one voice 2 · unaddressed 1 · \
         Ukraine silent on 1 · Russia silent on 3"
    );
    assert_eq!(summary(&b, &[]), "");
}

#[test]
fn verdicts_sort_with_the_clashes_first() {
    let mut all = [
        Verdict::OneVoice,
        Verdict::CommonGround,
        Verdict::Divergence,
        Verdict::Mixed,
    ];
    all.sort();
    assert_eq!(all[0], Verdict::Divergence);
    assert_eq!(Verdict::CommonGround.label(), "common ground");
}
