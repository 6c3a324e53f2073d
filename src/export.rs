//! `brief print --format markdown|json|csv`: the briefing for other tools.
//!
//! Markdown puts the comparison in a table a wiki or a pull request can
//! show; JSON holds the briefing itself plus the computed comparison and
//! verdicts, so scripts need not recompute them.

mod body;
mod citation;
mod escape;
mod sheet;

use serde::Serialize;

pub use citation::{citation, section_markdown};
pub use sheet::{COLUMNS, csv};
// For other CSV writers (the timeline) to keep formulas out alike.
pub(crate) use sheet::guard;

use crate::compare::{Comparison, Mark, Verdict, summary, verdicts};
use crate::model::{Briefing, Citation, Position, Source, Stance};
use crate::text::document::meta_line;

/// Table cells quote this many characters of a position at most.
const CELL_CHARS: usize = 60;

/// The briefing as Markdown; with `positions_only`, just the comparison.
/// Text from the file renders as written: plain fields are escaped, bodies
/// pass through as Markdown with their hostile character references made
/// literal (see [`body`]).
pub fn markdown(briefing: &Briefing, positions_only: bool) -> String {
    let mut out = String::new();
    if !positions_only {
        out.push_str(&format!("# {}\n\n", heading(&briefing.headline)));
        if let Some(dek) = briefing.dek.as_deref().filter(|d| !d.trim().is_empty()) {
            out.push_str(&format!("*{}*\n\n", escape::inline(&one_line(dek))));
        }
        let meta = meta_line(briefing);
        if !meta.is_empty() {
            out.push_str(&format!("{}\n\n", escape::block_start(&one_line(&meta))));
        }
        if !briefing.summary.is_empty() {
            out.push_str("## Key points\n\n");
            for point in &briefing.summary {
                out.push_str(&format!("- {}\n", escape::block_start(&one_line(point))));
            }
            out.push('\n');
        }
        for section in &briefing.sections {
            out.push_str(&format!("## {}\n\n", heading(&section.title)));
            let body = section.body.trim();
            if !body.is_empty() {
                out.push_str(&body::safe(body));
                out.push_str("\n\n");
            }
        }
        if !briefing.sources.is_empty() {
            out.push_str("## Sources\n\n");
            for source in &briefing.sources {
                let name = escape::inline(&one_line(&source.name));
                match &source.url {
                    Some(url) => out.push_str(&format!("- [{name}](<{}>)", escape::url(url))),
                    None => out.push_str(&format!(
                        "- {}",
                        escape::block_start(&one_line(&source.name))
                    )),
                }
                let more = source.label()[source.name.len()..].to_owned();
                out.push_str(&escape::inline(&one_line(&more)));
                out.push('\n');
            }
            out.push('\n');
        }
    }
    positions_markdown(briefing, &mut out);
    // One newline at the end, whatever came last.
    let end = out.trim_end().len();
    out.truncate(end);
    out.push('\n');
    out
}

/// The summary, the table (topics by parties, and the verdict), then every
/// position in full under its topic, since the table only quotes the start.
fn positions_markdown(briefing: &Briefing, out: &mut String) {
    let comparison = Comparison::of(briefing);
    out.push_str("## Positions\n\n");
    if comparison.topics.is_empty() {
        out.push_str("This briefing states no positions to compare.\n");
        return;
    }
    let verdicts = verdicts(briefing, &comparison);
    let line = summary(briefing, &verdicts);
    if !line.is_empty() {
        out.push_str(&format!("{}\n\n", escape::block_start(&line)));
    }
    // Cells are escaped here, so that brief's own marks (`~`, `*`) stay as they are.
    let mut head = vec!["Topic".to_owned()];
    head.extend(briefing.parties.iter().map(|p| {
        if p.is_neutral() {
            escape_cell(&format!("{} ({})", p.name, p.not_counted_because()))
        } else {
            escape_cell(&p.name)
        }
    }));
    head.push("Verdict".to_owned());
    row(out, &head);
    row(out, &vec!["---".to_owned(); head.len()]);
    for (t, topic) in comparison.topics.iter().enumerate() {
        let mut cells = vec![escape_cell(topic)];
        for p in 0..briefing.parties.len() {
            cells.push(cell(comparison.cell(briefing, t, p)));
        }
        let verdict = verdicts.get(t).map_or(Verdict::Unaddressed, |v| v.verdict);
        cells.push(verdict.label().to_owned());
        row(out, &cells);
    }
    for (t, topic) in comparison.topics.iter().enumerate() {
        out.push_str(&format!("\n### {}\n\n", heading(topic)));
        for (p, party) in briefing.parties.iter().enumerate() {
            let position = comparison.cell(briefing, t, p);
            let mark = Mark::of(position);
            out.push_str(&format!(
                "- **{}** ({} {})",
                escape::inline(&one_line(&party.name)),
                mark.symbol(),
                mark.label()
            ));
            if let Some(position) = position {
                out.push_str(&format!(": {}", escape::inline(&one_line(&position.text))));
                if let Some(quote) = &position.quote {
                    out.push_str(&format!(" “{}”", escape::inline(&one_line(quote))));
                }
                let citation = Citation::of(position, briefing.cited(position));
                if let Some(source) = citation.attribution() {
                    out.push_str(&format!(" — *{}*", escape::inline(&one_line(&source))));
                }
                if let Some(url) = citation.url {
                    let shown = escape::inline(url);
                    out.push_str(&format!(" [{shown}](<{}>)", escape::url(url)));
                }
            }
            out.push('\n');
        }
    }
}

/// "+ for: Says a halt to the fighting…", or the mark alone when silent.
fn cell(position: Option<&Position>) -> String {
    let mark = Mark::of(position);
    let head = format!("{} {}", mark.symbol(), mark.label());
    match position {
        None => head,
        Some(p) => format!(
            "{head}: {}",
            escape_cell(&shorten(&one_line(&p.text), CELL_CHARS))
        ),
    }
}

/// One table row; the cells are already escaped with [`escape_cell`].
fn row(out: &mut String, cells: &[String]) {
    out.push('|');
    for cell in cells {
        out.push_str(&format!(" {cell} |"));
    }
    out.push('\n');
}

/// A pipe would end the cell and a line break the row; backslashes are
/// doubled first (by [`escape::inline`]) so one already in the text cannot
/// eat the pipe's escape.
pub fn escape_cell(text: &str) -> String {
    escape::inline(&one_line(text)).replace('|', "\\|")
}

/// One line of plain text as the text of a heading.
fn heading(text: &str) -> String {
    escape::heading(&one_line(text))
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// At most `max` characters, cut at a word and marked with "…".
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max).collect();
    let at_word = cut.rfind(' ').filter(|&i| i > max / 2).unwrap_or(cut.len());
    format!(
        "{}…",
        cut[..at_word].trim_end_matches([' ', ',', ';', ':', '.'])
    )
}

#[derive(Serialize)]
struct Export<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    briefing: Option<&'a Briefing>,
    comparison: ComparisonJson<'a>,
    verdicts: Vec<VerdictJson<'a>>,
    summary: String,
}

#[derive(Serialize)]
struct ComparisonJson<'a> {
    topics: &'a [String],
    parties: Vec<PartyJson<'a>>,
    /// `cells[topic][party]`, in the order of `topics` and `parties`.
    cells: Vec<Vec<CellJson<'a>>>,
}

#[derive(Serialize)]
struct PartyJson<'a> {
    name: &'a str,
    short: Option<&'a str>,
    role: Option<&'a str>,
    /// Whether its stance counts toward verdicts (see `Party::counts`).
    counted: bool,
    /// The opposite of `counted`, kept for scripts written before it.
    neutral: bool,
}

#[derive(Serialize)]
struct CellJson<'a> {
    mark: &'static str,
    symbol: &'static str,
    position: Option<&'a Position>,
    /// The source the position's `cite` names.
    #[serde(skip_serializing_if = "Option::is_none")]
    cited: Option<&'a Source>,
}

#[derive(Serialize)]
struct VerdictJson<'a> {
    topic: &'a str,
    verdict: Verdict,
    /// Names of the parties (mediators aside) with no stated position.
    silent: Vec<&'a str>,
}

/// The mark as one word, for scripts: `for`, `against`, `conditional`,
/// `unclear`, `stated` or `silent`.
pub fn mark_key(mark: Mark) -> &'static str {
    match mark {
        Mark::Stance(stance) => Stance::name(stance),
        Mark::Stated => "stated",
        Mark::Silent => "silent",
    }
}

/// The briefing as pretty JSON, ending with a newline: `briefing` (left out
/// with `positions_only`), `comparison`, `verdicts` and `summary`.
pub fn json(briefing: &Briefing, positions_only: bool) -> Result<String, serde_json::Error> {
    let comparison = Comparison::of(briefing);
    let all = verdicts(briefing, &comparison);
    let cells = (0..comparison.topics.len())
        .map(|t| {
            (0..briefing.parties.len())
                .map(|p| {
                    let position = comparison.cell(briefing, t, p);
                    let mark = Mark::of(position);
                    CellJson {
                        mark: mark_key(mark),
                        symbol: mark.symbol(),
                        position,
                        cited: position.and_then(|p| briefing.cited(p)),
                    }
                })
                .collect()
        })
        .collect();
    let export = Export {
        briefing: (!positions_only).then_some(briefing),
        comparison: ComparisonJson {
            topics: &comparison.topics,
            parties: briefing
                .parties
                .iter()
                .map(|p| PartyJson {
                    name: &p.name,
                    short: p.short.as_deref(),
                    role: p.role.as_deref(),
                    counted: p.counts(),
                    neutral: p.is_neutral(),
                })
                .collect(),
            cells,
        },
        verdicts: comparison
            .topics
            .iter()
            .zip(&all)
            .map(|(topic, v)| VerdictJson {
                topic,
                verdict: v.verdict,
                silent: v
                    .silent
                    .iter()
                    .filter_map(|&p| briefing.parties.get(p).map(|p| p.name.as_str()))
                    .collect(),
            })
            .collect(),
        summary: summary(briefing, &all),
    };
    let mut text = serde_json::to_string_pretty(&export)?;
    text.push('\n');
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_escape_pipes_and_backslashes_and_stay_on_one_line() {
        assert_eq!(escape_cell("a | b"), "a \\| b");
        assert_eq!(escape_cell("a \\| b"), "a \\\\\\| b");
        assert_eq!(escape_cell("two\nlines"), "two lines");
    }

    #[test]
    fn long_positions_are_cut_at_a_word() {
        let text =
            "Says a halt to the fighting has to be part of any deal that is signed in the end.";
        let short = shorten(text, 40);
        assert_eq!(short, "Says a halt to the fighting has to be…");
        assert_eq!(shorten("short", 40), "short");
        // One long word is cut inside, never panicking on a char boundary.
        assert_eq!(shorten(&"é".repeat(50), 10).chars().count(), 11);
    }

    #[test]
    fn every_mark_has_its_own_key() {
        let keys: std::collections::HashSet<_> =
            Mark::LEGEND.iter().map(|m| mark_key(*m)).collect();
        assert_eq!(keys.len(), Mark::LEGEND.len());
    }
}
