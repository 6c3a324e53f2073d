//! `brief new`: write the template briefing, or a copy of a bundled one or of
//! any briefing (`--from`), never over an existing file; `--schema` puts the
//! `#:schema` line editors read first.

use std::fs::OpenOptions;
use std::io::{self, Write};
use std::path::Path;

use clap::Args;

use super::exit::{EXIT_FAILURE, EXIT_OK};
use super::output;
use crate::bundled;
use crate::load::{LoadError, Origin, display_path};
use crate::template::TEMPLATE;

#[derive(Debug, Clone, Default, Args)]
pub struct Options {
    /// Start from a copy of a bundled briefing, by name (such as istanbul-talks),
    /// or of any briefing file (`-` is standard input), instead of the template.
    /// A file of that name wins over a bundled one.
    #[arg(long, value_name = "NAME|FILE")]
    pub from: Option<String>,

    /// Write `#:schema PATH_OR_URL` as the first line, so editors that use
    /// taplo (VS Code's Even Better TOML) or tombi check the file as it is typed.
    /// `brief schema > briefing.schema.json` writes the schema.
    #[arg(long, value_name = "PATH_OR_URL")]
    pub schema: Option<String>,
}

pub fn run(path: &Path, options: &Options) -> i32 {
    let shown = display_path(path);
    let (text, what) = match start(options.from.as_deref()) {
        Ok(start) => start,
        Err(message) => {
            eprintln!("{message}");
            return EXIT_FAILURE;
        }
    };
    let text = match &options.schema {
        Some(schema) => {
            let Some(text) = with_schema_line(&text, schema) else {
                eprintln!(
                    "brief: --schema is one path or URL on one line\n  = give it without line breaks"
                );
                return EXIT_FAILURE;
            };
            text
        }
        None => text,
    };
    if let Err(err) = write_new(path, text.as_bytes()) {
        eprintln!("{}", explain(&shown, &err));
        return EXIT_FAILURE;
    }
    let message = format!("wrote {shown}: {what}\nnext: edit it, then `brief check {shown}`");
    // The file is written either way; a closed stdout changes nothing.
    if let Err(err) = output::line(&message) {
        eprintln!("brief: wrote {shown}, but could not say so: {err}");
    }
    EXIT_OK
}

/// The text to write and what it is, for the message.
fn start(from: Option<&str>) -> Result<(String, String), String> {
    let Some(from) = from else {
        return Ok((
            TEMPLATE.to_owned(),
            "a template briefing with one section and two parties".to_owned(),
        ));
    };
    let as_path = Path::new(from);
    let origin = if crate::load::is_stdin(as_path) || as_path.exists() {
        super::input::origin(as_path).map_err(|e| e.to_string())?
    } else if let Some(b) = bundled::find(from) {
        Origin::Bundled(b)
    } else {
        let names: Vec<&str> = bundled::ALL
            .iter()
            .map(|b| b.file.trim_end_matches(".toml"))
            .collect();
        return Err(format!(
            "{}: no such file, and no bundled briefing of that name\n  = bundled: {}",
            display_path(as_path),
            names.join(", ")
        ));
    };
    let copy = copy_of(&origin).map_err(|e| e.to_string())?;
    Ok((copy, format!("a copy of {}", origin.name())))
}

/// The text of `origin`, when it is a briefing brief loads: a copy to start
/// from should not start broken. Its errors name the file, line and column.
fn copy_of(origin: &Origin) -> Result<String, LoadError> {
    let bytes = origin.bytes()?;
    crate::load::load_bytes(&origin.name(), &bytes)?;
    // It loaded, so it is UTF-8.
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// `text` with `#:schema SCHEMA` as its first line, in place of any
/// `#:schema` line it had; `None` when `schema` spans lines.
fn with_schema_line(text: &str, schema: &str) -> Option<String> {
    let schema = schema.trim();
    if schema.is_empty() || schema.contains(['\n', '\r']) {
        return None;
    }
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let rest: String = text
        .split_inclusive('\n')
        .filter(|line| !line.starts_with("#:schema"))
        .collect();
    Some(format!("#:schema {schema}\n{rest}"))
}

fn write_new(path: &Path, text: &[u8]) -> io::Result<()> {
    // `create_new` refuses atomically if the file appeared since the user looked.
    let mut file = OpenOptions::new().write(true).create_new(true).open(path)?;
    let written = file.write_all(text).and_then(|()| file.sync_all());
    if written.is_err() {
        // A half-written file would block the retry with "already exists";
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_schema_line_goes_first_and_replaces_an_old_one() {
        let text = "\u{FEFF}#:schema old.json\n# a comment\nheadline = \"h\"\n";
        assert_eq!(
            with_schema_line(text, " ./briefing.schema.json ").as_deref(),
            Some("#:schema ./briefing.schema.json\n# a comment\nheadline = \"h\"\n")
        );
        assert_eq!(with_schema_line(text, "a\nb"), None);
        assert_eq!(with_schema_line(text, "  "), None);
    }
}
