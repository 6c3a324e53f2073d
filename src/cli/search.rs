//! `brief search TERM [DIR...]`: every line of every briefing that holds
//! the term, one `file:line: text` a match, as grep prints them; or JSON.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};

use clap::{Args, ValueEnum};
use serde::Serialize;

use super::exit::{EXIT_FAILURE, EXIT_OK, EXIT_USAGE};
use super::output::{Delivery, write_stdout};
use crate::library::grep::{LineHit, Needle, Part};
use crate::library::{Root, default_roots, files, hunt};

/// What `brief search` writes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum Format {
    #[default]
    #[value(help = "One `file:line: text` line a match, as grep prints them")]
    Text,
    #[value(help = "One JSON array: file, line, column, part, section and text of each match")]
    Json,
}

#[derive(Debug, Args)]
pub struct Options {
    /// The word or phrase to find; a capital letter makes it match case.
    pub term: String,
    /// Briefings or directories to search (down to three levels); with
    /// none, ./briefings, the data directory's briefings and the bundled ones.
    #[arg(value_name = "DIR")]
    pub dirs: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, value_name = "FORMAT", default_value_t = Format::Text)]
    pub format: Format,
}

#[derive(Serialize)]
struct JsonHit<'a> {
    file: String,
    line: usize,
    column: usize,
    part: Part,
    /// 1-based, as the reader numbers sections.
    section: Option<usize>,
    text: &'a str,
}

/// Exit 0 when something matched, 1 when nothing did (as grep), 2 for a
/// blank term or, when nothing matched, a path that is not there.
pub fn run(options: &Options) -> i32 {
    let Some(needle) = Needle::new(&options.term) else {
        eprintln!("brief search: the term is blank; give a word to look for");
        return EXIT_USAGE;
    };
    // As grep: a path that is not there is said, and the rest searched.
    let missing: Vec<&PathBuf> = options.dirs.iter().filter(|p| !p.exists()).collect();
    for path in &missing {
        eprintln!(
            "brief search: {}: no such file or directory",
            crate::dirs::tidy(path)
        );
    }
    let roots = if options.dirs.is_empty() {
        default_roots(&[])
    } else {
        options.dirs.iter().cloned().map(Root::Path).collect()
    };
    let origins = files(&roots);
    let closed = AtomicBool::new(false);
    let mut matched = false;
    let mut failed = None;
    let mut json = Vec::new();
    let stop = || closed.load(Ordering::Relaxed);
    hunt(&origins, &needle, &stop, &mut |found| {
        matched = true;
        let Some(origin) = origins.get(found.index) else {
            return;
        };
        let file = origin.name();
        if options.format == Format::Json {
            json.extend(found.hits.into_iter().map(|hit| (file.clone(), hit)));
            return;
        }
        let mut text = String::new();
        for hit in &found.hits {
            text.push_str(&format!("{file}:{}: {}\n", hit.line, hit.text));
        }
        match write_stdout(&text) {
            Ok(Delivery::Written) => {}
            Ok(Delivery::Closed) => closed.store(true, Ordering::Relaxed),
            Err(err) => {
                failed = Some(err);
                closed.store(true, Ordering::Relaxed);
            }
        }
    });
    if options.format == Format::Json {
        let hits: Vec<JsonHit> = json.iter().map(|(file, hit)| json_hit(file, hit)).collect();
        match serde_json::to_string_pretty(&hits) {
            Ok(text) => {
                if let Err(err) = write_stdout(&format!("{text}\n")) {
                    failed = Some(err);
                }
            }
            Err(err) => failed = Some(std::io::Error::other(err)),
        }
    }
    if let Some(err) = failed {
        eprintln!("brief search: cannot write the results: {err}");
        return EXIT_FAILURE;
    }
    match (matched, missing.is_empty()) {
        (true, _) => EXIT_OK,
        (false, true) => EXIT_FAILURE,
        (false, false) => EXIT_USAGE,
    }
}

fn json_hit<'a>(file: &str, hit: &'a LineHit) -> JsonHit<'a> {
    JsonHit {
        file: file.to_owned(),
        line: hit.line,
        column: hit.column,
        part: hit.part,
        section: hit.section.map(|s| s + 1),
        text: &hit.text,
    }
}
