//! `brief check`: load each file and say what it holds or everything wrong with it.

use std::path::PathBuf;

use super::output::{self, Delivery};
use super::{EXIT_FAILURE, EXIT_OK};
use crate::compare::Comparison;
use crate::load::{display_path, load_file};
use crate::model::Briefing;

pub fn run(files: &[PathBuf]) -> i32 {
    let mut failed = 0usize;
    // Once the reader of stdout has gone, keep checking (the exit code
    // still matters) but stop writing "ok" lines.
    let mut stdout_open = true;
    for path in files {
        match load_file(path) {
            Ok(briefing) => {
                if stdout_open {
                    let line = format!("ok  {}: {}", display_path(path), contents(&briefing));
                    match output::line(&line) {
                        Ok(Delivery::Written) => {}
                        Ok(Delivery::Closed) => stdout_open = false,
                        Err(err) => {
                            eprintln!("brief: could not write to standard output: {err}");
                            return EXIT_FAILURE;
                        }
                    }
                }
            }
            Err(err) => {
                // A blank line keeps one file's problems apart from the next.
                if failed > 0 {
                    eprintln!();
                }
                eprintln!("{err}");
                failed += 1;
            }
        }
    }
    if failed == 0 {
        return EXIT_OK;
    }
    if files.len() > 1 {
        eprintln!(
            "\n{failed} of {} files {} problems",
            files.len(),
            if failed == 1 { "has" } else { "have" }
        );
    }
    EXIT_FAILURE
}

/// `3 sections, 3 parties, 10 topics`.
fn contents(briefing: &Briefing) -> String {
    let topics = Comparison::of(briefing).topics.len();
    format!(
        "{}, {}, {}",
        count(briefing.sections.len(), "section", "sections"),
        count(briefing.parties.len(), "party", "parties"),
        count(topics, "topic", "topics")
    )
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_read_as_english() {
        assert_eq!(count(1, "party", "parties"), "1 party");
        assert_eq!(count(0, "party", "parties"), "0 parties");
        assert_eq!(count(3, "section", "sections"), "3 sections");
    }
}
