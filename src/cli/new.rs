//! `brief new`: write the template briefing, never over an existing file.

use std::fs::OpenOptions;
use std::io::{self, Write};
use std::path::Path;

use super::exit::{EXIT_FAILURE, EXIT_OK};
use super::output;
use crate::load::display_path;
use crate::template::TEMPLATE;

pub fn run(path: &Path) -> i32 {
    let shown = display_path(path);
    if let Err(err) = write_new(path) {
        eprintln!("{}", explain(&shown, &err));
        return EXIT_FAILURE;
    }
    let message = format!(
        "wrote {shown}: a template briefing with one section and two parties\n\
         next: edit it, then `brief check {shown}`"
    );
    // The file is written either way; a closed stdout changes nothing.
    if let Err(err) = output::line(&message) {
        eprintln!("brief: wrote {shown}, but could not say so: {err}");
    }
    EXIT_OK
}

fn write_new(path: &Path) -> io::Result<()> {
    // `create_new` refuses atomically if the file appeared since the user looked.
    let mut file = OpenOptions::new().write(true).create_new(true).open(path)?;
    let written = file
        .write_all(TEMPLATE.as_bytes())
        .and_then(|()| file.sync_all());
    if written.is_err() {
        // A half-written template would block the retry with "already exists";
        // the file is ours, made a moment ago, so take it away again.
        let _ = std::fs::remove_file(path);
    }
    written
}

/// The failure in the loader's style: `FILE: what happened`, then what to do.
fn explain(shown: &str, err: &io::Error) -> String {
    let (reason, advice) = match err.kind() {
        io::ErrorKind::AlreadyExists => (
            "already exists".to_owned(),
            "brief new never overwrites a file; pick another name, or move the old file away first",
        ),
        io::ErrorKind::NotFound => (
            "cannot create it: the folder it would go in does not exist".to_owned(),
            "create the folder first, or give a path in a folder that exists",
        ),
        io::ErrorKind::PermissionDenied => (
            "cannot create it: permission denied".to_owned(),
            "write it somewhere you are allowed to, such as your home folder",
        ),
        io::ErrorKind::IsADirectory => (
            "is a directory".to_owned(),
            "give a file name, such as my-briefing.toml",
        ),
        _ => (
            format!("cannot write it: {err}"),
            "check the path and that there is space on the disk",
        ),
    };
    format!("{shown}: {reason}\n  = {advice}")
}
