//! `brief timeline FILE...|DIR`: one negotiation's rounds side by side,
//! who moved on what and when.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

use super::exit::{EXIT_FAILURE, EXIT_OK, EXIT_USAGE};
use super::output::{self, Delivery};
use super::print::TextOptions;
use crate::print::to_text;
use crate::series::{Series, gather, group};
use crate::timeline::{Timeline, formats, render};

/// What `brief timeline` writes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum Format {
    #[default]
    #[value(help = "A grid of rounds, coloured on a terminal")]
    Text,
    #[value(help = "Markdown: the rounds, then a table")]
    Markdown,
    #[value(help = "The rounds, and per topic its verdicts and each party's stances, for scripts")]
    Json,
    #[value(help = "A row per topic, party and round, for spreadsheets")]
    Csv,
}

#[derive(Debug, Clone, Args)]
pub struct Options {
    /// The rounds: briefing files, or directories of them (read one level
    /// deep); `-` is standard input.
    #[arg(required = true, value_name = "FILE|DIR")]
    pub paths: Vec<PathBuf>,

    /// The negotiation to show, by its `process`, when the briefings hold more than one.
    #[arg(long, value_name = "NAME")]
    pub process: Option<String>,

    #[command(flatten)]
    pub text: TextOptions,

    /// Output format. --width and --color apply to text only.
    #[arg(long, value_enum, value_name = "FORMAT", default_value_t = Format::Text)]
    pub format: Format,
}

pub fn run(options: &Options) -> i32 {
    if let Err(refusal) = super::input::stdin_at_most_once(&options.paths) {
        eprintln!("{refusal}");
        return EXIT_FAILURE;
    }
    let gathered = match gather::from_paths(&options.paths) {
        Ok(gathered) => gathered,
        Err(errors) => {
            let errors: Vec<String> = errors.iter().map(ToString::to_string).collect();
            eprintln!("{}", errors.join("\n\n"));
            return EXIT_FAILURE;
        }
    };
    for skipped in &gathered.skipped {
        eprintln!("brief: left out {}", skipped.summary());
    }
    let series = match choose(group(gathered.members), options.process.as_deref()) {
        Ok(series) => series,
        Err((code, message)) => {
            eprintln!("{message}");
            return code;
        }
    };
    let timeline = Timeline::of(&series);
    // The process ends once the text is written: freeing a series of big
    // briefings string by string would add a tenth to the run (about 20 ms
    // on 100 rounds of 150 KB) for memory the exit returns anyway.
    std::mem::forget(series);
    let text = match options.format {
        Format::Text => {
            let out = options.text.resolve();
            to_text(&render::lines(&timeline, out.width), out.styled())
        }
        Format::Markdown => formats::markdown(&timeline),
        Format::Json => match formats::json(&timeline) {
            Ok(text) => text,
            Err(err) => {
                eprintln!("brief: could not write the timeline as JSON: {err}");
                return EXIT_FAILURE;
            }
        },
        Format::Csv => match formats::csv(&timeline) {
            Ok(text) => text,
            Err(err) => {
                eprintln!("brief: could not write the timeline as CSV: {err}");
                return EXIT_FAILURE;
            }
        },
    };
    match output::write_stdout(&text) {
        Ok(Delivery::Written | Delivery::Closed) => EXIT_OK,
        Err(err) => {
            eprintln!("brief: could not write the timeline: {err}");
            EXIT_FAILURE
        }
    }
}

/// The one series to show: the one `--process` names, or the only one.
/// Briefings that name no process count only when none does. A choice to
/// make is a usage error (exit 2) that lists the processes.
fn choose(mut all: Vec<Series>, wanted: Option<&str>) -> Result<Series, (i32, String)> {
    if all.iter().any(|s| s.process.is_some()) {
        all.retain(|s| s.process.is_some());
    }
    if let Some(wanted) = wanted {
        return match all
            .iter()
            .position(|s| s.process.as_deref() == Some(wanted))
        {
            Some(i) => Ok(all.swap_remove(i)),
            None => Err((
                EXIT_USAGE,
                format!(
                    "brief: no briefing here has process = \"{}\"{}",
                    crate::sanitize::line(wanted),
                    listing(&all, "; the processes here are:")
                ),
            )),
        };
    }
    match all.len() {
        0 => Err((
            EXIT_FAILURE,
            "brief: no briefings found; give briefing files or a directory holding them".to_owned(),
        )),
        1 => Ok(all.swap_remove(0)),
        n => Err((
            EXIT_USAGE,
            format!(
                "brief: these briefings hold {n} negotiations{}\n  = choose one with --process NAME",
                listing(&all, ":")
            ),
        )),
    }
}

/// ":\n  istanbul-talks-2025  4 rounds\n  new-start  2 rounds".
fn listing(all: &[Series], lead: &str) -> String {
    if all.iter().all(|s| s.process.is_none()) {
        return String::new();
    }
    let wide = all
        .iter()
        .map(|s| s.title().chars().count())
        .max()
        .unwrap_or(0);
    let mut out = lead.to_owned();
    for s in all {
        let rounds = match s.members.len() {
            1 => "1 round".to_owned(),
            n => format!("{n} rounds"),
        };
        out.push_str(&format!("\n  {:wide$}  {rounds}", s.title()));
    }
    out
}
