//! `brief import FILE|-`: an article turned into a briefing skeleton, on
//! standard output or into a new file (never over an existing one).
//!
//! The article is read here, under the loader's size cap; the work is done
//! by the pure [`crate::import`].

use std::fs::OpenOptions;
use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};

use clap::Args;

use super::exit::{EXIT_FAILURE, EXIT_OK};
use super::output;
use crate::import::{self, Skeleton};
use crate::load::{MAX_FILE_SIZE, display_path, human_size};

#[derive(Debug, Args)]
pub struct Options {
    /// The article: plain text, Markdown or HTML (by its extension, else by
    /// its content). `-` reads standard input.
    #[arg(value_name = "FILE|-")]
    pub file: PathBuf,
    /// Where the article was published; recorded in [[sources]] (for a web
    /// page, instead of the address it gives for itself).
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
    /// A party to list (repeat for more). Without --party or --mediator,
    /// parties are suggested from the states and bodies the text names most.
    #[arg(long = "party", value_name = "NAME")]
    pub parties: Vec<String>,
    /// A mediator to list (repeat for more).
    #[arg(long = "mediator", value_name = "NAME")]
    pub mediators: Vec<String>,
    /// Write the skeleton to this new file instead of standard output. An
    /// existing file is never overwritten.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
}

pub fn run(options: &Options) -> i32 {
    match import(options) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("{message}");
            EXIT_FAILURE
        }
    }
}

fn import(options: &Options) -> Result<i32, String> {
    let stdin = options.file == Path::new("-");
    let shown = if stdin {
        "<stdin>".to_owned()
    } else {
        display_path(&options.file)
    };
    let bytes = if stdin {
        if io::stdin().is_terminal() {
            eprintln!("brief: reading an article from standard input; end it with Ctrl-D");
        }
        capped(io::stdin().lock(), &shown)?
    } else {
        read_file(&options.file, &shown)?
    };
    let text = utf8(&bytes, &shown)?;
    let import_options = import::Options {
        name: (!stdin).then(|| file_name(&options.file)),
        url: options.url.clone(),
        parties: options.parties.clone(),
        mediators: options.mediators.clone(),
    };
    let skeleton = import::import(text, &import_options).map_err(|e| {
        format!("{shown}: {e}\n  = give the text of an article: plain text, Markdown or HTML")
    })?;
    match &options.output {
        Some(path) => write_new(path, &skeleton),
        None => match output::write_stdout(&skeleton.toml) {
            Ok(_) => Ok(EXIT_OK),
            Err(err) => Err(format!("brief: could not write the skeleton: {err}")),
        },
    }
}

/// The file's own name, as the source to record: where it was on this
/// machine means nothing to a reader of the briefing.
fn file_name(path: &Path) -> String {
    path.file_name()
        .map_or_else(|| path.to_string_lossy(), |n| n.to_string_lossy())
        .into_owned()
}

fn read_file(path: &Path, shown: &str) -> Result<Vec<u8>, String> {
    let meta = std::fs::metadata(path).map_err(|e| unreadable(shown, &e))?;
    if meta.is_dir() {
        return Err(format!(
            "{shown}: is a directory\n  = give the article's file, or - for standard input"
        ));
    }
    if meta.is_file() && meta.len() > MAX_FILE_SIZE {
        return Err(too_big(shown, meta.len()));
    }
    // Not only regular files: a pipe such as `<(curl …)` is read as it comes.
    let file = std::fs::File::open(path).map_err(|e| unreadable(shown, &e))?;
    capped(file, shown)
}

/// Read to the end, refusing more than the loader's [`MAX_FILE_SIZE`].
fn capped(from: impl Read, shown: &str) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    // One byte past the limit tells "at the limit" from "over it".
    from.take(MAX_FILE_SIZE + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| unreadable(shown, &e))?;
    if bytes.len() as u64 > MAX_FILE_SIZE {
        return Err(too_big(shown, bytes.len() as u64));
    }
    Ok(bytes)
}

fn too_big(shown: &str, len: u64) -> String {
    format!(
        "{shown}: too large to be an article: more than {} (the limit is {})\n  \
         = import the article's own text, not a whole archive",
        human_size(len.min(MAX_FILE_SIZE)),
        human_size(MAX_FILE_SIZE)
    )
}

fn unreadable(shown: &str, err: &io::Error) -> String {
    let reason = match err.kind() {
        io::ErrorKind::NotFound => "no such file".to_owned(),
        io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        _ => format!("cannot read it: {err}"),
    };
    format!("{shown}: {reason}\n  = check the path; - reads the article from standard input")
}

/// The text, or where the first byte that is not UTF-8 is.
fn utf8<'a>(bytes: &'a [u8], shown: &str) -> Result<&'a str, String> {
    std::str::from_utf8(bytes).map_err(|e| {
        let good = &bytes[..e.valid_up_to()];
        let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
        let start = good
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |at| at + 1);
        let column = String::from_utf8_lossy(&good[start..]).chars().count() + 1;
        format!(
            "{shown}:{line}:{column}: not UTF-8 text\n  \
             = save the article as UTF-8 (for example: iconv -f windows-1252 -t utf-8 FILE)"
        )
    })
}

fn write_new(path: &Path, skeleton: &Skeleton) -> Result<i32, String> {
    let shown = display_path(path);
    // `create_new` refuses atomically if the file appeared since the user looked.
    let mut file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| cannot_create(&shown, &e))?;
    let written = file
        .write_all(skeleton.toml.as_bytes())
        .and_then(|()| file.sync_all());
    if let Err(err) = written {
        // Half a skeleton would block the retry with "already exists"; the
        // file is ours, made a moment ago, so take it away again.
        let _ = std::fs::remove_file(path);
        return Err(format!(
            "{shown}: cannot write it: {err}\n  = check that there is space on the disk"
        ));
    }
    let parties = skeleton.parties.list.len();
    let message = format!(
        "wrote {shown}: a briefing skeleton from {} with {} {}, {} {}{}\n\
         next: edit it, then `brief check {shown}`",
        skeleton.format.name(),
        sections(skeleton),
        plural(sections(skeleton), "section"),
        parties,
        plural(parties, "party"),
        if skeleton.parties.suggested && parties > 0 {
            " (suggested)"
        } else {
            ""
        },
    );
    // The file is written either way; a closed stdout changes nothing.
    if let Err(err) = output::line(&message) {
        eprintln!("brief: wrote {shown}, but could not say so: {err}");
    }
    Ok(EXIT_OK)
}

fn sections(skeleton: &Skeleton) -> usize {
    skeleton.article.sections.len().max(1)
}

fn plural(n: usize, word: &str) -> String {
    match (n, word) {
        (1, _) => word.to_owned(),
        (_, "party") => "parties".to_owned(),
        _ => format!("{word}s"),
    }
}

fn cannot_create(shown: &str, err: &io::Error) -> String {
    let (reason, advice) = match err.kind() {
        io::ErrorKind::AlreadyExists => (
            "already exists".to_owned(),
            "brief import never overwrites a file; pick another name, or move the old file away first",
        ),
        io::ErrorKind::NotFound => (
            "cannot create it: the folder it would go in does not exist".to_owned(),
            "create the folder first, or give a path in a folder that exists",
        ),
        io::ErrorKind::PermissionDenied => (
            "cannot create it: permission denied".to_owned(),
            "write it somewhere you are allowed to, such as your home folder",
        ),
        _ => (
            format!("cannot create it: {err}"),
            "check the path and that there is space on the disk",
        ),
    };
    format!("{shown}: {reason}\n  = {advice}")
}
