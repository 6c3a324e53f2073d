//! `brief check`: load each file and say what it holds, or everything wrong
//! with it; then the warnings of the files that load. As text for people,
//! or as one JSON document for editors and CI.

use std::path::PathBuf;

use clap::ValueEnum;
use serde::Serialize;

use super::exit::{EXIT_FAILURE, EXIT_OK};
use super::output::{self, Delivery};
use crate::check::rounds;
use crate::compare::Comparison;
use crate::load::{Diagnostic, LoadError, Origin, Severity, arg_name};
use crate::model::Briefing;

/// What `brief check` writes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum Format {
    #[default]
    #[value(help = "A line per valid file on stdout; errors and warnings on stderr")]
    Text,
    #[value(help = "One JSON document on stdout: every file and every diagnostic")]
    Json,
}

/// One file's result.
struct Checked {
    file: String,
    /// What it holds, when it loaded.
    holds: Option<String>,
    warnings: Vec<Diagnostic>,
    error: Option<LoadError>,
    /// What it was loaded from and what it holds, for the warnings that
    /// need the other files of its series.
    loaded: Option<(Origin, Briefing)>,
}

impl Checked {
    fn of(path: &std::path::Path) -> Checked {
        let file = arg_name(path);
        let loaded = super::input::origin(path)
            .and_then(|origin| crate::check::load(&origin).map(|loaded| (origin, loaded)));
        match loaded {
            Ok((origin, (briefing, warnings))) => Checked {
                holds: Some(contents(&briefing)),
                warnings,
                file,
                error: None,
                loaded: Some((origin, briefing)),
            },
            Err(err) => Checked {
                file,
                holds: None,
                warnings: Vec::new(),
                error: Some(err),
                loaded: None,
            },
        }
    }
}

pub fn run(files: &[PathBuf], strict: bool, format: Format) -> i32 {
    if let Err(refusal) = super::input::stdin_at_most_once(files) {
        eprintln!("{refusal}");
        return EXIT_FAILURE;
    }
    let mut checked: Vec<Checked> = files.iter().map(|p| Checked::of(p)).collect();
    series_warnings(&mut checked);
    let failed = checked.iter().filter(|c| c.holds.is_none()).count();
    let warned = checked.iter().filter(|c| !c.warnings.is_empty()).count();
    let written = match format {
        Format::Text => text(&checked, failed, strict),
        Format::Json => json(&checked),
    };
    if let Err(err) = written {
        eprintln!("brief: could not write to standard output: {err}");
        return EXIT_FAILURE;
    }
    if failed > 0 || (strict && warned > 0) {
        EXIT_FAILURE
    } else {
        EXIT_OK
    }
}

/// Two briefings of one negotiation claiming the same round, among the
/// files checked and those beside them.
fn series_warnings(checked: &mut [Checked]) {
    let found = {
        let loaded: Vec<(usize, rounds::Checked)> = checked
            .iter()
            .enumerate()
            .filter_map(|(i, c)| {
                let (origin, briefing) = c.loaded.as_ref()?;
                Some((
                    i,
                    rounds::Checked {
                        name: &c.file,
                        origin,
                        briefing,
                    },
                ))
            })
            .collect();
        let (at, files): (Vec<usize>, Vec<rounds::Checked>) = loaded.into_iter().unzip();
        rounds::duplicate_rounds(&files)
            .into_iter()
            .map(|(i, d)| (at[i], d))
            .collect::<Vec<_>>()
    };
    for (i, warning) in found {
        let warnings = &mut checked[i].warnings;
        warnings.push(warning);
        warnings.sort_by_key(|d| d.line.unwrap_or(usize::MAX));
    }
}

fn text(checked: &[Checked], failed: usize, strict: bool) -> std::io::Result<()> {
    // Once the reader of stdout has gone, keep checking (the exit code
    // still matters) but stop writing "ok" lines.
    let mut stdout_open = true;
    let mut reported = 0;
    for c in checked {
        if let Some(holds) = &c.holds {
            let warnings = match c.warnings.len() {
                0 => String::new(),
                1 => "; 1 warning".to_owned(),
                n => format!("; {n} warnings"),
            };
            if stdout_open {
                let line = format!("ok  {}: {holds}{warnings}", c.file);
                stdout_open = output::line(&line)? == Delivery::Written;
            }
        }
        let mut report: Vec<String> = c.error.iter().map(ToString::to_string).collect();
        report.extend(c.warnings.iter().map(|d| d.render(&c.file)));
        for one in report {
            // A blank line keeps one problem apart from the next.
            if reported > 0 {
                eprintln!();
            }
            eprintln!("{one}");
            reported += 1;
        }
    }
    if failed > 0 && checked.len() > 1 {
        eprintln!(
            "\n{failed} of {} files {} problems",
            checked.len(),
            if failed == 1 { "has" } else { "have" }
        );
    }
    let warned = checked.iter().filter(|c| !c.warnings.is_empty()).count();
    if strict && warned > 0 {
        eprintln!("\n--strict: warnings count as failures");
    }
    Ok(())
}

#[derive(Serialize)]
struct Report<'a> {
    files: Vec<FileJson<'a>>,
    diagnostics: Vec<DiagnosticJson<'a>>,
}

#[derive(Serialize)]
struct FileJson<'a> {
    file: &'a str,
    valid: bool,
    /// What it holds, as the text line says it; null when it did not load.
    contents: Option<&'a str>,
    errors: usize,
    warnings: usize,
}

#[derive(Serialize)]
struct DiagnosticJson<'a> {
    file: &'a str,
    severity: Severity,
    line: Option<usize>,
    column: Option<usize>,
    message: &'a str,
    /// What to do, a line for each note; null when there is nothing to add.
    hint: Option<String>,
}

fn json(checked: &[Checked]) -> std::io::Result<()> {
    let mut report = Report {
        files: Vec::new(),
        diagnostics: Vec::new(),
    };
    for c in checked {
        let errors = match &c.error {
            Some(LoadError::Unreadable { reason, advice, .. }) => {
                report.diagnostics.push(DiagnosticJson {
                    file: &c.file,
                    severity: Severity::Error,
                    line: None,
                    column: None,
                    message: reason,
                    hint: Some(advice.clone()),
                });
                1
            }
            Some(err) => err.problems().len(),
            None => 0,
        };
        report.files.push(FileJson {
            file: &c.file,
            valid: c.holds.is_some(),
            contents: c.holds.as_deref(),
            errors,
            warnings: c.warnings.len(),
        });
        let problems = c.error.as_ref().map_or(&[][..], LoadError::problems);
        report
            .diagnostics
            .extend(problems.iter().chain(&c.warnings).map(|d| DiagnosticJson {
                file: &c.file,
                severity: d.severity,
                line: d.line,
                column: d.column,
                message: &d.message,
                hint: d.hint(),
            }));
    }
    let mut text = serde_json::to_string_pretty(&report).map_err(std::io::Error::other)?;
    text.push('\n');
    output::write_stdout(&text).map(|_| ())
}

/// `3 sections, 10 topics, 3 parties, 1 not counted: Türkiye (mediator)`.
fn contents(briefing: &Briefing) -> String {
    let topics = Comparison::of(briefing).topics.len();
    let parties = briefing.parties.len();
    let out: Vec<String> = briefing
        .parties
        .iter()
        .filter(|p| p.is_neutral())
        .map(|p| format!("{} ({})", p.name, p.not_counted_because()))
        .collect();
    let counting = match out.len() {
        _ if parties == 0 => String::new(),
        0 => ", all counted".to_owned(),
        n => format!(", {n} not counted: {}", out.join(", ")),
    };
    format!(
        "{}, {}, {}{counting}",
        count(briefing.sections.len(), "section", "sections"),
        count(topics, "topic", "topics"),
        count(parties, "party", "parties"),
    )
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::load_str;

    #[test]
    fn counts_read_as_english() {
        assert_eq!(count(1, "party", "parties"), "1 party");
        assert_eq!(count(0, "party", "parties"), "0 parties");
        assert_eq!(count(3, "section", "sections"), "3 sections");
    }

    #[test]
    fn contents_name_the_parties_that_do_not_count_and_why() {
        let text = "headline = \"h\"\n[[sections]]\ntitle = \"s\"\n\
            [[parties]]\nname = \"A\"\nrole = \"party\"\n\
            [[parties]]\nname = \"Norway\"\nrole = \"mediator\"\n\
            [[parties]]\nname = \"UN\"\ncounted = false\n";
        let b = load_str("t.toml", text).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            contents(&b),
            "1 section, 0 topics, 3 parties, 2 not counted: Norway (mediator), UN (counted = false)"
        );
    }
}
