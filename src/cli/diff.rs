//! `brief diff OLD NEW`: what changed between two versions of a briefing.

use std::path::Path;

use super::output::{self, Delivery};
use clap::ValueEnum;

use super::exit::{EXIT_FAILURE, EXIT_OK};
use super::input;
use super::print::TextOptions;
use crate::diff::{diff, formats, render};
use crate::load::arg_name;
use crate::print::to_text;

/// What `brief diff` writes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum Format {
    #[default]
    #[value(help = "Wrapped text, coloured on a terminal")]
    Text,
    #[value(help = "Markdown, a list per kind of change")]
    Markdown,
    #[value(help = "Every change, verdicts first, for scripts")]
    Json,
}

/// A report, so differences exit 0 like no differences; only a file that
/// cannot be loaded (or output that cannot be written) is a failure.
pub fn run(old_path: &Path, new_path: &Path, options: &TextOptions, format: Format) -> i32 {
    let paths = [old_path.to_path_buf(), new_path.to_path_buf()];
    if let Err(refusal) = input::stdin_at_most_once(&paths) {
        eprintln!("{refusal}");
        return EXIT_FAILURE;
    }
    let load = |path: &Path| input::origin(path).and_then(|origin| origin.load());
    let (old, new) = (load(old_path), load(new_path));
    let (old, new) = match (old, new) {
        (Ok(old), Ok(new)) => (old, new),
        (old, new) => {
            // Both files' problems at once, so one run shows everything to fix.
            let errors: Vec<String> = [old.err(), new.err()]
                .into_iter()
                .flatten()
                .map(|e| e.to_string())
                .collect();
            eprintln!("{}", errors.join("\n\n"));
            return EXIT_FAILURE;
        }
    };
    let changes = diff(&old, &new);
    let (old_name, new_name) = (arg_name(old_path), arg_name(new_path));
    let text = match format {
        Format::Text => {
            let out = options.resolve();
            let lines = render::lines(&changes, &old_name, &new_name, out.width);
            to_text(&lines, out.styled())
        }
        Format::Markdown => formats::markdown(&changes, &old_name, &new_name),
        Format::Json => match formats::json(&changes, &old_name, &new_name) {
            Ok(text) => text,
            Err(err) => {
                eprintln!("brief: could not write the differences as JSON: {err}");
                return EXIT_FAILURE;
            }
        },
    };
    match output::write_stdout(&text) {
        Ok(Delivery::Written | Delivery::Closed) => EXIT_OK,
        Err(err) => {
            eprintln!("brief: could not write the differences: {err}");
            EXIT_FAILURE
        }
    }
}
