//! A [`Timeline`] as JSON for scripts, Markdown for documents and CSV for
//! spreadsheets.

use serde::Serialize;
use serde::ser::SerializeMap;

use super::{Row, Step, Timeline, steps};
use crate::compare::{Mark, Verdict};
use crate::export::{escape_cell, mark_key};

#[derive(Serialize)]
struct TimelineJson<'a> {
    process: Option<&'a str>,
    rounds: Vec<RoundJson<'a>>,
    topics: Vec<TopicJson<'a>>,
}

#[derive(Serialize)]
struct RoundJson<'a> {
    file: &'a str,
    round: u32,
    date: Option<&'a str>,
    headline: &'a str,
}

#[derive(Serialize)]
struct TopicJson<'a> {
    topic: &'a str,
    verdicts: &'a [Option<Verdict>],
    stances: Stances<'a>,
}

/// `{party: [stance or null per round]}`, the parties in timeline order
/// (a map written entry by entry keeps the order it is given).
struct Stances<'a> {
    parties: &'a [String],
    row: &'a Row,
}

impl Serialize for Stances<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.parties.len()))?;
        for (name, stances) in self.parties.iter().zip(&self.row.stances) {
            let words: Vec<Option<&str>> = stances.iter().map(|m| m.map(mark_key)).collect();
            map.serialize_entry(name, &words)?;
        }
        map.end()
    }
}

/// The timeline as pretty JSON, ending with a newline.
pub fn json(timeline: &Timeline) -> Result<String, serde_json::Error> {
    let value = TimelineJson {
        process: timeline.process.as_deref(),
        rounds: timeline
            .rounds
            .iter()
            .map(|r| RoundJson {
                file: &r.file,
                round: r.number,
                date: r.date.as_deref(),
                headline: &r.headline,
            })
            .collect(),
        topics: timeline
            .topics
            .iter()
            .map(|row| TopicJson {
                topic: &row.topic,
                verdicts: &row.verdicts,
                stances: Stances {
                    parties: &timeline.parties,
                    row,
                },
            })
            .collect(),
    };
    let mut text = serde_json::to_string_pretty(&value)?;
    text.push('\n');
    Ok(text)
}

/// A verdict cell in words: "→ mixed", "divergence (new)", "– (dropped)".
fn verdict_words(step: Step, verdict: Option<Verdict>) -> String {
    word(step, verdict.map(Verdict::label), "–")
}

/// A stance cell: its symbol; silence as "·".
fn stance_words(step: Step, mark: Option<Mark>) -> String {
    word(step, mark.map(Mark::symbol), Mark::Silent.symbol())
}

fn word(step: Step, now: Option<&str>, nothing: &str) -> String {
    match (step, now) {
        (Step::Dropped, _) => format!("{nothing} dropped"),
        (_, None) => nothing.to_owned(),
        (Step::Changed, Some(w)) => format!("→ {w}"),
        (Step::New, Some(w)) => format!("{w} new"),
        (Step::Same, Some(w)) => w.to_owned(),
    }
}

/// The timeline as Markdown: a heading, the summary, the rounds, and one
/// table with a row per topic and per party beneath it.
pub fn markdown(timeline: &Timeline) -> String {
    let mut out = String::new();
    let title = timeline
        .process
        .as_deref()
        .unwrap_or("briefings with no process");
    out.push_str(&format!("# Timeline: {}\n\n", escape_cell(title)));
    out.push_str(&format!("{}\n\n", timeline.summary()));
    for round in &timeline.rounds {
        out.push_str(&format!(
            "- **Round {}**, {}: {} (`{}`)\n",
            round.number,
            round.date.as_deref().unwrap_or("undated"),
            escape_cell(&round.headline),
            round.file.replace('`', "'"),
        ));
    }
    if timeline.topics.is_empty() {
        out.push_str("\nNo round states a position.\n");
        return out;
    }
    out.push_str("\nStances: + for, - against, ~ conditional, ? unclear, * stated, · silent, – topic not in the round; → changed since the round before.\n\n| Topic |");
    for round in &timeline.rounds {
        out.push_str(&format!(" Round {} |", round.number));
    }
    out.push_str("\n|---|");
    out.push_str(&"---|".repeat(timeline.rounds.len()));
    out.push('\n');
    for row in &timeline.topics {
        out.push_str(&format!("| **{}** |", escape_cell(&row.topic)));
        for (step, v) in steps(&row.verdicts).into_iter().zip(&row.verdicts) {
            out.push_str(&format!(" {} |", verdict_words(step, *v)));
        }
        out.push('\n');
        for (p, stances) in row.stances.iter().enumerate() {
            if stances.iter().all(Option::is_none) {
                continue;
            }
            out.push_str(&format!("| ↳ {} |", escape_cell(&timeline.parties[p])));
            for (step, m) in steps(stances).into_iter().zip(stances) {
                // Escaped: a pair of `~` would strike the text between through.
                out.push_str(&format!(" {} |", escape_cell(&stance_words(step, *m))));
            }
            out.push('\n');
        }
    }
    out
}

/// The columns of `brief timeline --format csv`.
pub const COLUMNS: [&str; 9] = [
    "process", "round", "date", "file", "topic", "party", "value", "change", "headline",
];

/// A row per topic and round (the verdict, `party` empty), then per
/// counted party and round (the stance word, empty for silence).
pub fn csv(timeline: &Timeline) -> Result<String, csv::Error> {
    let mut out = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    out.write_record(COLUMNS)?;
    let process = timeline.process.clone().unwrap_or_default();
    let change = |step: Step| match step {
        Step::Same => "",
        Step::Changed => "changed",
        Step::New => "new",
        Step::Dropped => "dropped",
    };
    for row in &timeline.topics {
        let mut lines: Vec<(String, Vec<Option<String>>)> = vec![(
            String::new(),
            row.verdicts
                .iter()
                .map(|v| v.map(|v| v.label().to_owned()))
                .collect(),
        )];
        for (p, stances) in row.stances.iter().enumerate() {
            let words = stances.iter().map(|m| m.map(|m| mark_key(m).to_owned()));
            lines.push((timeline.parties[p].clone(), words.collect()));
        }
        for (party, values) in lines {
            for ((round, step), value) in timeline.rounds.iter().zip(steps(&values)).zip(&values) {
                let record = [
                    process.clone(),
                    round.number.to_string(),
                    round.date.clone().unwrap_or_default(),
                    round.file.clone(),
                    row.topic.clone(),
                    party.clone(),
                    value.clone().unwrap_or_default(),
                    change(step).to_owned(),
                    round.headline.clone(),
                ];
                out.write_record(record.iter().map(|c| crate::export::guard(c)))?;
            }
        }
    }
    let bytes = out.into_inner().map_err(csv::IntoInnerError::into_error)?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}
