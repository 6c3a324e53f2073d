//! `brief diff OLD NEW`: what changed between two versions of a briefing.

use std::path::Path;

use super::output::{self, Delivery};
use super::print::TextOptions;
use super::{EXIT_FAILURE, EXIT_OK};
use crate::diff::{diff, render};
use crate::load::{display_path, load_file};
use crate::print::to_text;

/// A report, so differences exit 0 like no differences; only a file that
/// cannot be loaded (or output that cannot be written) is a failure.
pub fn run(old_path: &Path, new_path: &Path, options: &TextOptions) -> i32 {
    let old = load_file(old_path);
    let new = load_file(new_path);
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
    let look = options.resolve();
    let lines = render::lines(
        &diff(&old, &new),
        &display_path(old_path),
        &display_path(new_path),
        look.width,
    );
    match output::write_stdout(&to_text(&lines, look.color)) {
        Ok(Delivery::Written | Delivery::Closed) => EXIT_OK,
        Err(err) => {
            eprintln!("brief: could not write the differences: {err}");
            EXIT_FAILURE
        }
    }
}
