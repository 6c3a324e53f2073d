//! `brief diff OLD NEW`: what changed between two versions of a briefing.

use std::path::Path;

use super::output::{self, Delivery};
use clap::ValueEnum;

use super::exit::{EXIT_FAILURE, EXIT_OK};
use super::input;
use super::print::TextOptions;
use crate::diff::{diff, formats, render};
use crate::load::arg_name;
use crate::model::Briefing;
use crate::print::to_text;
use crate::series::gather;

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
/// cannot be loaded (or output that cannot be written) is a failure. With
/// no `new_path`, `old_path` is the later file and its previous round the
/// earlier.
pub fn run(old_path: &Path, new_path: Option<&Path>, options: &TextOptions, format: Format) -> i32 {
    let loaded = match new_path {
        Some(new_path) => pair(old_path, new_path),
        None => previous_round(old_path),
    };
    let ((old, old_name), (new, new_name)) = match loaded {
        Ok(pair) => pair,
        Err(message) => {
            eprintln!("{message}");
            return EXIT_FAILURE;
        }
    };
    let changes = diff(&old, &new);
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

/// A briefing and how the report names it.
type Named = (Briefing, String);

/// The two files given, both loaded, or every problem of both.
fn pair(old_path: &Path, new_path: &Path) -> Result<(Named, Named), String> {
    let paths = [old_path.to_path_buf(), new_path.to_path_buf()];
    input::stdin_at_most_once(&paths)?;
    let load = |path: &Path| input::origin(path).and_then(|origin| origin.load());
    match (load(old_path), load(new_path)) {
        (Ok(old), Ok(new)) => Ok(((old, arg_name(old_path)), (new, arg_name(new_path)))),
        (old, new) => {
            // Both files' problems at once, so one run shows everything to fix.
            let errors: Vec<String> = [old.err(), new.err()]
                .into_iter()
                .flatten()
                .map(|e| e.to_string())
                .collect();
            Err(errors.join("\n\n"))
        }
    }
}

/// The file given and the round before it in its series.
fn previous_round(path: &Path) -> Result<(Named, Named), String> {
    let origin = input::origin(path).map_err(|e| e.to_string())?;
    let briefing = origin.load().map_err(|e| e.to_string())?;
    let name = arg_name(path);
    let Some(process) = briefing.process.clone() else {
        return Err(format!(
            "brief: {name} names no `process`, so it has no previous round\n  \
             = name the earlier briefing too: brief diff EARLIER {name}\n  \
             = or add process = \"...\" (and round = N) to the rounds of one negotiation"
        ));
    };
    let found = gather::beside(&origin, &briefing);
    let Some((series, index)) = found.filter(|(_, i)| *i > 0) else {
        return Err(format!(
            "brief: {name} is the first round of \"{process}\" among the briefings beside it; there is nothing earlier to compare\n  \
             = name the earlier briefing too: brief diff EARLIER {name}"
        ));
    };
    let earlier = &series.members[index - 1];
    Ok((
        (earlier.briefing.clone(), earlier.name.clone()),
        (briefing, name),
    ))
}
