//! The positions compared, laid out as text: the verdict summary on top, then
//! every topic with its verdict and, under it, each party's mark, stance and
//! words. `brief print` and the reader's positions panel both show this.

use unicode_width::UnicodeWidthStr;

use super::layout::{Layout, Target};
use super::markdown;
use super::style::{Role, Span, Style};
use super::wrap::{wrap_block, wrap_plain};
use crate::compare::{Comparison, Mark, Verdict, summary, verdicts};
use crate::diff::{CellChange, TopicChange};
use crate::model::{Briefing, Citation, Party, Position, Source, Stance};

/// The summary line, then every topic row (anchored as [`Target::Topic`])
/// with its verdict and the parties under it (each anchored as
/// [`Target::Position`], silent ones too), so the reader can select a row.
pub fn positions(briefing: &Briefing, comparison: &Comparison, width: usize) -> Layout {
    against(briefing, comparison, width, None)
}

/// [`positions`], with every topic that changed against an earlier briefing
/// marked `Δ`, and each changed party's old stance beside the new.
pub fn against(
    briefing: &Briefing,
    comparison: &Comparison,
    width: usize,
    changes: Option<&[TopicChange]>,
) -> Layout {
    let mut layout = Layout::new(width);
    let verdicts = verdicts(briefing, comparison);
    let mut block = 0u32;
    let out = &mut layout;
    let line = summary(briefing, &verdicts);
    if !line.is_empty() && !comparison.topics.is_empty() {
        block += 1;
        summary_lines(&line, width, block, out);
    }
    for (t, topic) in comparison.topics.iter().enumerate() {
        if !out.is_empty() {
            out.blank(block);
        }
        block += 1;
        out.anchor_here(Target::Topic(t));
        let verdict = verdicts.get(t).map_or(Verdict::Unaddressed, |v| v.verdict);
        let change = changes.and_then(|c| c.get(t));
        let topic = match change {
            Some(c) if c.old_topic.is_none() => format!("Δ {topic} (new)"),
            Some(c) if c.changed() => format!("Δ {topic}"),
            _ => topic.clone(),
        };
        let was = change.and_then(TopicChange::verdict_changed);
        topic_row(&topic, verdict, was, width, block, out);
        for (p, party) in briefing.parties.iter().enumerate() {
            block += 1;
            out.anchor_here(Target::Position(t, p));
            let cell = change.and_then(|c| c.cells.get(p)).filter(|c| c.changed());
            let position = comparison.cell(briefing, t, p);
            party_rows(
                party,
                position,
                position.and_then(|position| briefing.cited(position)),
                cell,
                width,
                block,
                out,
            );
        }
    }
    layout.finish();
    layout
}

/// The summary, broken only between its parts where it can be, so
/// "Russia silent on 4" never loses its number to the next line.
fn summary_lines(summary: &str, width: usize, block: u32, out: &mut Layout) {
    const SEPARATOR: &str = " · ";
    let style = Style {
        strong: true,
        ..Style::role(Role::Meta)
    };
    let mut current = String::new();
    for part in summary.split(SEPARATOR) {
        if current.is_empty() {
            part.clone_into(&mut current);
        } else if current.width() + SEPARATOR.width() + part.width() <= width {
            current.push_str(SEPARATOR);
            current.push_str(part);
        } else {
            wrap_plain(&current, style, width, 0, block, out);
            part.clone_into(&mut current);
        }
    }
    if !current.is_empty() {
        wrap_plain(&current, style, width, 0, block, out);
    }
}

/// How a verdict looks. Green for agreement and red for a clash, as for the
/// stances; what is neither stays quiet.
pub fn verdict_style(verdict: Verdict) -> Style {
    let role = match verdict {
        Verdict::CommonGround => Role::Stance(Mark::Stance(Stance::For)),
        Verdict::Divergence => Role::Stance(Mark::Stance(Stance::Against)),
        Verdict::Mixed => Role::Stance(Mark::Stance(Stance::Conditional)),
        Verdict::OneVoice | Verdict::NoPartyPosition | Verdict::Unaddressed => Role::Dim,
    };
    Style {
        strong: verdict == Verdict::Divergence,
        ..Style::role(role)
    }
}

/// "Ceasefire  [divergence]", the tag on the topic's last line when it fits
/// there and on a line of its own otherwise, so it is never split. A verdict
/// that changed against an earlier briefing says what it was:
/// "[divergence] (was common ground)".
fn topic_row(
    topic: &str,
    verdict: Verdict,
    was: Option<Verdict>,
    width: usize,
    block: u32,
    out: &mut Layout,
) {
    let topic_style = Style {
        strong: true,
        ..Style::role(Role::Topic)
    };
    wrap_plain(topic, topic_style, width, 0, block, out);
    let tag = format!("[{}]", verdict.label());
    let was = was.map(|w| format!(" (was {})", w.label()));
    let whole = tag.width() + was.as_deref().map_or(0, UnicodeWidthStr::width);
    let room = out
        .line(out.len().saturating_sub(1))
        .map_or(0, |l| width.saturating_sub(l.text().width()));
    if room >= whole + 2 {
        // On the topic's last line, which is the layout's last.
        out.push("  ", topic_style);
        out.push(&tag, verdict_style(verdict));
        if let Some(was) = &was {
            out.push(was, Style::role(Role::Neutral));
        }
    } else {
        wrap_plain(&tag, verdict_style(verdict), width, 0, block, out);
        if let Some(was) = &was {
            if width.saturating_sub(tag.width()) >= was.width() {
                out.push(was, Style::role(Role::Neutral));
            } else {
                wrap_plain(
                    was.trim_start(),
                    Style::role(Role::Neutral),
                    width,
                    0,
                    block,
                    out,
                );
            }
        }
    }
}

/// "+ Ukraine · for", then the words, the party's own in quotation marks,
/// and where they come from, indented.
fn party_rows(
    party: &Party,
    position: Option<&Position>,
    cited: Option<&Source>,
    change: Option<&CellChange>,
    width: usize,
    block: u32,
    out: &mut Layout,
) {
    let mark = Mark::of(position);
    let mut spans = vec![
        Span::new(
            format!("{} ", mark.symbol()),
            Style::role(Role::Stance(mark)),
        ),
        Span::new(
            party.name.clone(),
            Style {
                strong: true,
                ..Style::role(Role::Party)
            },
        ),
    ];
    if party.is_neutral() {
        let why = party.not_counted_because();
        spans.push(Span::new(format!(" ({why})"), Style::role(Role::Neutral)));
    }
    spans.push(Span::new(
        format!(" · {}", mark.label()),
        Style::role(Role::Stance(mark)),
    ));
    if let Some(change) = change {
        spans.push(Span::new(was(*change), Style::role(Role::Neutral)));
    }
    // Where the line would wrap, the short name ("USA") keeps it on one.
    let whole: usize = spans.iter().map(|s| s.text.width()).sum();
    if let (Some(short), true) = (&party.short, whole > width) {
        spans[1].text.clone_from(short);
    }
    let b = markdown::Block {
        spans,
        first: vec![],
        rest: vec![Span::new("  ", Style::default())],
        ..markdown::Block::default()
    };
    wrap_block(&b, width, block, out);
    let Some(position) = position else {
        return;
    };
    wrap_plain(
        &position.text.replace('\n', " "),
        Style::default(),
        width,
        2,
        block,
        out,
    );
    if let Some(quote) = &position.quote {
        wrap_plain(
            &format!("“{}”", quote.trim().replace('\n', " ")),
            Style::role(Role::Quote),
            width,
            2,
            block,
            out,
        );
    }
    let citation = Citation::of(position, cited);
    if let Some(attribution) = citation.attribution() {
        wrap_plain(
            &format!("— {attribution}"),
            Style::role(Role::Dim),
            width,
            2,
            block,
            out,
        );
    }
    if let Some(url) = citation.url {
        wrap_plain(url, Style::role(Role::Url), width, 2, block, out);
    }
}

/// " (was - against)", " (reworded)", " (new source)", " (new party)".
fn was(change: CellChange) -> String {
    match change.old {
        None => " (new party)".to_owned(),
        Some(old) if old != change.new => format!(" (was {} {})", old.symbol(), old.label()),
        Some(_) => {
            let what: Vec<&str> = [
                (change.reworded, "reworded"),
                (change.requoted, "new quote"),
                (change.resourced, "new source"),
            ]
            .into_iter()
            .filter_map(|(moved, what)| moved.then_some(what))
            .collect();
            format!(" ({})", what.join(", "))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::load_str;

    #[test]
    fn a_cell_whose_stance_held_says_what_else_moved() {
        use crate::compare::Mark;
        use crate::model::Stance;
        let cell = |reworded, requoted, resourced| CellChange {
            old: Some(Mark::Stance(Stance::For)),
            new: Mark::Stance(Stance::For),
            reworded,
            requoted,
            resourced,
        };
        assert_eq!(was(cell(false, false, true)), " (new source)");
        assert_eq!(was(cell(true, true, false)), " (reworded, new quote)");
        let shifted = CellChange {
            new: Mark::Stance(Stance::Against),
            ..cell(true, false, true)
        };
        assert_eq!(was(shifted), " (was + for)");
    }

    const TWO: &str = r#"
headline = "h"
topics = ["Ceasefire", "Prisoners"]
[[sections]]
title = "s"
body = "b"
[[parties]]
name = "Ukraine"
  [[parties.positions]]
  topic = "Ceasefire"
  stance = "for"
  text = "Wants one."
[[parties]]
name = "Russia"
  [[parties.positions]]
  topic = "Ceasefire"
  stance = "against"
  text = "Refuses one."
[[parties]]
name = "Türkiye"
role = "mediator"
  [[parties.positions]]
  topic = "Prisoners"
  stance = "for"
  text = "Offers to help."
"#;

    fn layout(width: usize) -> (Layout, Vec<String>) {
        let b = load_str("t.toml", TWO).expect("valid");
        let layout = positions(&b, &Comparison::of(&b), width);
        let text = layout.lines().map(crate::text::LineRef::text).collect();
        (layout, text)
    }

    #[test]
    fn the_summary_comes_first_and_topic_rows_carry_their_verdicts() {
        let (layout, text) = layout(80);
        assert_eq!(
            text[0],
            "divergence 1 · no party position 1 · Ukraine silent on 1 · Russia silent on 1"
        );
        let ceasefire = layout.anchor(Target::Topic(0)).expect("anchor");
        assert_eq!(text[ceasefire], "Ceasefire  [divergence]");
        let prisoners = layout.anchor(Target::Topic(1)).expect("anchor");
        assert_eq!(text[prisoners], "Prisoners  [no party position]");
        assert_eq!(text[prisoners + 3], "+ Türkiye (mediator) · for");
    }

    #[test]
    fn the_summary_breaks_between_its_parts() {
        let (_, text) = layout(40);
        assert_eq!(text[0], "divergence 1 · no party position 1");
        assert_eq!(text[1], "Ukraine silent on 1 · Russia silent on 1");
        assert_eq!(text[2], "");
    }

    #[test]
    fn a_tag_that_does_not_fit_goes_on_its_own_line() {
        let (layout, text) = layout(20);
        let ceasefire = layout.anchor(Target::Topic(0)).expect("anchor");
        assert_eq!(text[ceasefire], "Ceasefire");
        assert_eq!(text[ceasefire + 1], "[divergence]");
        assert!(text.iter().all(|l| l.width() <= 20), "{text:#?}");
    }

    #[test]
    fn the_verdict_is_styled_by_what_it_says() {
        let (layout, _) = layout(60);
        let row = layout
            .line(layout.anchor(Target::Topic(0)).expect("anchor"))
            .expect("row");
        let (text, style) = row.runs().last().expect("runs");
        assert_eq!(text, "[divergence]");
        assert_eq!(style, verdict_style(Verdict::Divergence));
        assert_ne!(
            verdict_style(Verdict::Divergence),
            verdict_style(Verdict::CommonGround)
        );
    }

    #[test]
    fn a_changed_verdict_says_what_it_was() {
        let old = load_str("t.toml", TWO).expect("valid");
        let new_text = TWO.replacen("stance = \"against\"", "stance = \"for\"", 1);
        let new = load_str("t.toml", &new_text).expect("valid");
        let changes = crate::diff::topic_changes(&old, &new);
        let layout = against(&new, &Comparison::of(&new), 80, Some(&changes));
        let row = layout.anchor(Target::Topic(0)).expect("anchor");
        let text = layout.line(row).map(|l| l.text().clone());
        assert_eq!(
            text.as_deref(),
            Some("Δ Ceasefire  [common ground] (was divergence)")
        );
        // Narrow: the tag and the old verdict each stay whole.
        let layout = against(&new, &Comparison::of(&new), 20, Some(&changes));
        let row = layout.anchor(Target::Topic(0)).expect("anchor");
        let lines: Vec<String> = (row..row + 3)
            .filter_map(|i| layout.line(i).map(|l| l.text().clone()))
            .collect();
        assert_eq!(
            lines,
            ["Δ Ceasefire", "[common ground]", "(was divergence)"]
        );
    }

    #[test]
    fn a_short_name_stands_in_only_where_the_line_has_no_room() {
        let text = TWO.replace(
            "name = \"Russia\"",
            "name = \"Russian Federation\"\nshort = \"RF\"",
        );
        let b = load_str("t.toml", &text).expect("valid");
        let lines = |width| -> Vec<String> {
            positions(&b, &Comparison::of(&b), width)
                .lines()
                .map(|l| l.text().clone())
                .collect()
        };
        assert!(
            lines(60)
                .iter()
                .any(|l| l == "- Russian Federation · against")
        );
        assert!(
            lines(20).iter().any(|l| l == "- RF · against"),
            "{:#?}",
            lines(20)
        );
    }
}
