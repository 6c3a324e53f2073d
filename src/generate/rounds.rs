//! Generated rounds of one negotiation, for measuring the timeline: every
//! round has the same topics and parties, and each party's stance drifts
//! from round to round, now and then falling silent.

use std::fmt::Write as _;
use std::io;
use std::path::Path;

use super::rng::Rng;

const STANCES: [&str; 4] = ["for", "against", "conditional", "unclear"];

/// Round `round` (from 1) of the process "generated-talks": `topics`
/// topics, `parties` counted parties and one mediator. The same arguments
/// always give the same text.
pub fn round_toml(round: usize, topics: usize, parties: usize, seed: u64) -> String {
    let mut rng = Rng(seed ^ (round as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15));
    // A date per round, a week apart from 2000-01-03; 28-day months keep it simple.
    let day = round * 7;
    let (year, month, date) = (2000 + day / 336, day % 336 / 28 + 1, day % 28 + 1);
    let mut out = String::new();
    let _ = writeln!(out, "headline = \"Round {round} of the generated talks\"");
    let _ = writeln!(out, "process = \"generated-talks\"\nround = {round}");
    let _ = writeln!(out, "date = {year:04}-{month:02}-{date:02}");
    out.push_str(
        "\n[[sections]]\ntitle = \"What happened\"\nbody = \"The delegations met again.\"\n",
    );
    for p in 0..parties {
        let _ = writeln!(
            out,
            "\n[[parties]]\nname = \"Party {}\"\nrole = \"party\"",
            p + 1
        );
        for t in 0..topics {
            // One position in ten is left out: silence, new and dropped.
            if rng.percent(10) {
                continue;
            }
            // Mostly the stance of the round before, so shifts are the exception.
            let drift = (round / 3 + t + p) % STANCES.len();
            let stance = if rng.percent(20) {
                rng.pick(&STANCES)
            } else {
                STANCES[drift]
            };
            let _ = writeln!(
                out,
                "  [[parties.positions]]\n  topic = \"Topic {}\"\n  stance = \"{stance}\"\n  text = \"Party {} on topic {} in round {round}.\"",
                t + 1,
                p + 1,
                t + 1
            );
        }
    }
    out.push_str("\n[[parties]]\nname = \"Mediator\"\nrole = \"mediator\"\n");
    out.push_str("  [[parties.positions]]\n  topic = \"Topic 1\"\n  text = \"Hosts the talks.\"\n");
    out
}

/// Write `rounds` rounds into `dir` (created if need be) as
/// `round-0001.toml` and so on.
pub fn rounds_dir(
    dir: &Path,
    rounds: usize,
    topics: usize,
    parties: usize,
    seed: u64,
) -> io::Result<()> {
    std::fs::create_dir_all(dir)?;
    for r in 1..=rounds {
        let text = round_toml(r, topics, parties, seed);
        std::fs::write(dir.join(format!("round-{r:04}.toml")), text)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_rounds_load_and_form_one_series() {
        let members: Vec<crate::series::Member> = (1..=4)
            .map(|r| crate::series::Member {
                name: format!("round-{r}.toml"),
                briefing: crate::load::load_str("r", &round_toml(r, 5, 3, 1))
                    .unwrap_or_else(|e| panic!("{e}")),
            })
            .collect();
        let series = crate::series::group(members);
        assert_eq!(series.len(), 1);
        let timeline = crate::timeline::Timeline::of(&series[0]);
        assert_eq!(timeline.rounds.len(), 4);
        assert_eq!(timeline.parties.len(), 3, "the mediator is not counted");
        assert_eq!(timeline.topics.len(), 5);
        assert!(timeline.moved() > 0, "stances drift");
    }
}
