//! A [`Diff`] as Markdown and as JSON (`brief diff --format`): the same
//! report as the text, verdicts first, for wikis, reviews and scripts.

use serde::Serialize;

use super::render::verdict_word;
use super::{Change, Diff, SectionChange};
use crate::compare::{Mark, Verdict};
use crate::export::{escape_cell, mark_key};
use crate::model::Position;

/// The report as Markdown, ending with a newline.
pub fn markdown(diff: &Diff, old_name: &str, new_name: &str) -> String {
    let inline = |s: &str| escape_cell(s);
    if diff.is_empty() {
        return format!(
            "No changes between {} and {}.\n",
            inline(old_name),
            inline(new_name)
        );
    }
    let mut out = format!(
        "# Changes from {} to {}\n",
        inline(old_name),
        inline(new_name)
    );
    let mut section = |title: &str, items: Vec<String>| {
        if !items.is_empty() {
            out.push_str(&format!("\n## {title}\n\n"));
            for item in items {
                out.push_str(&format!("- {item}\n"));
            }
        }
    };
    section(
        "Verdicts",
        diff.verdicts
            .iter()
            .map(|v| {
                format!(
                    "**{}**: {} → {}",
                    inline(&v.topic),
                    verdict_word(v.was, "was"),
                    verdict_word(v.now, "now")
                )
            })
            .collect(),
    );
    let mut briefing: Vec<String> = diff
        .fields
        .iter()
        .map(|f| {
            let shown = |v: &Option<String>| v.as_deref().map_or("(none)".to_owned(), inline);
            format!("{}: {} → {}", f.field, shown(&f.old), shown(&f.new))
        })
        .collect();
    briefing.extend(
        diff.key_points_added
            .iter()
            .map(|p| format!("key point added: {}", inline(p))),
    );
    briefing.extend(
        diff.key_points_removed
            .iter()
            .map(|p| format!("key point removed: {}", inline(p))),
    );
    section("Briefing", briefing);
    let both = |added: &[String], removed: &[String]| {
        let mut items: Vec<String> = added
            .iter()
            .map(|n| format!("added: {}", inline(n)))
            .collect();
        items.extend(removed.iter().map(|n| format!("removed: {}", inline(n))));
        items
    };
    section("Parties", both(&diff.parties_added, &diff.parties_removed));
    section("Topics", both(&diff.topics_added, &diff.topics_removed));
    section(
        "Positions",
        diff.positions.iter().map(position_item).collect(),
    );
    section("Sections", diff.sections.iter().map(section_item).collect());
    out
}

/// "**Russia** · Renewal: conditional -> against<br>was: …<br>now: …".
fn position_item(p: &super::PositionChange) -> String {
    let inline = |s: &str| escape_cell(s);
    let mut item = format!(
        "**{}** · {}: {}",
        inline(&p.party),
        inline(&p.topic),
        what_changed(&p.change)
    );
    let text = |pos: &Position| inline(&pos.text);
    match &p.change {
        Change::Added(new) => item.push_str(&format!("<br>now: {}", text(new))),
        Change::Dropped(old) => item.push_str(&format!("<br>was: {}", text(old))),
        Change::Revised { old, new } => {
            if p.change.reworded() {
                item.push_str(&format!("<br>was: {}", text(old)));
            }
            item.push_str(&format!("<br>now: {}", text(new)));
        }
    }
    item
}

/// "changed: **Outlook** (text and topics)".
fn section_item(s: &SectionChange) -> String {
    let inline = |s: &str| escape_cell(s);
    match s {
        SectionChange::Added(t) => format!("added: **{}**", inline(t)),
        SectionChange::Removed(t) => format!("removed: **{}**", inline(t)),
        SectionChange::Changed {
            title,
            body,
            topics,
        } => format!(
            "changed: **{}** ({})",
            inline(title),
            match (body, topics) {
                (true, true) => "text and topics",
                (false, true) => "topics",
                _ => "text",
            }
        ),
    }
}

/// "conditional -> against, reworded", "added, for", "dropped, was against".
fn what_changed(change: &Change) -> String {
    match change {
        Change::Added(_) => format!("added, {}", change.new_mark().label()),
        Change::Dropped(_) => format!("dropped, was {}", change.old_mark().label()),
        Change::Revised { .. } => {
            let mut what = Vec::new();
            if let Some((from, to)) = change.stance_shift() {
                what.push(format!("{} -> {}", from.label(), to.label()));
            }
            if change.reworded() {
                what.push("reworded".to_owned());
            }
            if change.quote_changed() {
                what.push("new quote".to_owned());
            }
            if change.source_changed() {
                what.push("new source".to_owned());
            }
            what.join(", ")
        }
    }
}

#[derive(Serialize)]
struct Report<'a> {
    old: &'a str,
    new: &'a str,
    /// Topics whose verdict changed; `null` where the topic is absent.
    verdicts: Vec<VerdictJson<'a>>,
    fields: Vec<FieldJson<'a>>,
    key_points: Both<'a>,
    parties: Both<'a>,
    topics: Both<'a>,
    positions: Vec<PositionJson<'a>>,
    sections: Vec<SectionJson<'a>>,
}

#[derive(Serialize)]
struct VerdictJson<'a> {
    topic: &'a str,
    was: Option<Verdict>,
    now: Option<Verdict>,
}

#[derive(Serialize)]
struct FieldJson<'a> {
    field: &'a str,
    was: Option<&'a str>,
    now: Option<&'a str>,
}

#[derive(Serialize)]
struct Both<'a> {
    added: &'a [String],
    removed: &'a [String],
}

#[derive(Serialize)]
struct PositionJson<'a> {
    topic: &'a str,
    party: &'a str,
    short: Option<&'a str>,
    /// `added`, `dropped` or `revised`.
    change: &'static str,
    /// The marks as `print --format json` names them (`silent` when absent).
    was_mark: &'static str,
    now_mark: &'static str,
    reworded: bool,
    /// Only when true: reports of files without quotes stay as they were.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    quote_changed: bool,
    source_changed: bool,
    was: Option<&'a Position>,
    now: Option<&'a Position>,
}

#[derive(Serialize)]
struct SectionJson<'a> {
    title: &'a str,
    /// `added`, `removed` or `changed`.
    change: &'static str,
    text: bool,
    topics: bool,
}

/// The report as pretty JSON, ending with a newline.
pub fn json(diff: &Diff, old_name: &str, new_name: &str) -> Result<String, serde_json::Error> {
    let report = Report {
        old: old_name,
        new: new_name,
        verdicts: diff
            .verdicts
            .iter()
            .map(|v| VerdictJson {
                topic: &v.topic,
                was: v.was,
                now: v.now,
            })
            .collect(),
        fields: diff
            .fields
            .iter()
            .map(|f| FieldJson {
                field: f.field,
                was: f.old.as_deref(),
                now: f.new.as_deref(),
            })
            .collect(),
        key_points: Both {
            added: &diff.key_points_added,
            removed: &diff.key_points_removed,
        },
        parties: Both {
            added: &diff.parties_added,
            removed: &diff.parties_removed,
        },
        topics: Both {
            added: &diff.topics_added,
            removed: &diff.topics_removed,
        },
        positions: diff.positions.iter().map(position).collect(),
        sections: diff
            .sections
            .iter()
            .map(|s| match s {
                SectionChange::Added(title) => SectionJson {
                    title,
                    change: "added",
                    text: true,
                    topics: true,
                },
                SectionChange::Removed(title) => SectionJson {
                    title,
                    change: "removed",
                    text: true,
                    topics: true,
                },
                SectionChange::Changed {
                    title,
                    body,
                    topics,
                } => SectionJson {
                    title,
                    change: "changed",
                    text: *body,
                    topics: *topics,
                },
            })
            .collect(),
    };
    let mut text = serde_json::to_string_pretty(&report)?;
    text.push('\n');
    Ok(text)
}

fn position(p: &super::PositionChange) -> PositionJson<'_> {
    let (change, was, now) = match &p.change {
        Change::Added(new) => ("added", None, Some(new)),
        Change::Dropped(old) => ("dropped", Some(old), None),
        Change::Revised { old, new } => ("revised", Some(old), Some(new)),
    };
    let key = |m: Mark| mark_key(m);
    PositionJson {
        topic: &p.topic,
        party: &p.party,
        short: p.short.as_deref(),
        change,
        was_mark: key(p.change.old_mark()),
        now_mark: key(p.change.new_mark()),
        reworded: p.change.reworded(),
        quote_changed: p.change.quote_changed(),
        source_changed: p.change.source_changed(),
        was,
        now,
    }
}
