//! Reading a briefing's bytes from disk without trusting the path.
//!
//! A path may name a FIFO (opening it would block forever), a device such as
//! `/dev/zero` (reading it never ends), a directory, a symlink loop, or a file
//! far too big to be a briefing. Each gets a plain refusal instead. A pipe
//! named on the command line is read by [`read_pipe`], which may wait.

use std::fs::{File, Metadata};
use std::io::{self, Read};
use std::path::Path;

use super::error::LoadError;

/// The largest briefing brief will read. Real briefings are kilobytes; this
/// leaves room for generated ones while keeping memory bounded.
pub const MAX_FILE_SIZE: u64 = 16 * 1024 * 1024;

/// Read the whole file at `path`, refusing anything that is not a regular
/// file of at most [`MAX_FILE_SIZE`] bytes.
pub fn read_file(path: &Path, shown: &str) -> Result<Vec<u8>, LoadError> {
    let file = open(path).map_err(|e| io_error(shown, &e))?;
    // Check the opened file itself, not the path, so a swap in between can't fool us.
    let meta = file.metadata().map_err(|e| io_error(shown, &e))?;
    check_kind(&meta, shown)?;
    check_size(meta.len(), shown)?;
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    // Read one byte past the limit so a file that grows while we read is caught.
    file.take(MAX_FILE_SIZE + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_error(shown, &e))?;
    check_size(bytes.len() as u64, shown)?;
    Ok(bytes)
}

/// Read the pipe at `path` (named `shown`), waiting for its writer, up to
/// [`MAX_FILE_SIZE`] bytes. Only for a pipe the user named: a scan must
/// never wait on one.
pub fn read_pipe(path: &Path, shown: &str) -> Result<Vec<u8>, LoadError> {
    let file = File::open(path).map_err(|e| io_error(shown, &e))?;
    let meta = file.metadata().map_err(|e| io_error(shown, &e))?;
    // Swapped for something else since it was seen as a pipe: a regular file
    // is fine, a device or directory is refused as always.
    if !is_pipe(&meta) {
        check_kind(&meta, shown)?;
        check_size(meta.len(), shown)?;
    }
    read_capped(file, shown)
}

/// Read `from` to its end, refusing more than [`MAX_FILE_SIZE`] bytes.
pub fn read_capped(from: impl Read, shown: &str) -> Result<Vec<u8>, LoadError> {
    let mut bytes = Vec::new();
    // One byte past the limit tells "at the limit" from "over it".
    from.take(MAX_FILE_SIZE + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_error(shown, &e))?;
    check_size(bytes.len() as u64, shown)?;
    Ok(bytes)
}

#[cfg(unix)]
fn is_pipe(meta: &Metadata) -> bool {
    use std::os::unix::fs::FileTypeExt;
    meta.file_type().is_fifo()
}

#[cfg(not(unix))]
fn is_pipe(_meta: &Metadata) -> bool {
    false
}

#[cfg(unix)]
fn open(path: &Path) -> io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    // Non-blocking, so a FIFO with no writer does not hang the open.
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
}

#[cfg(not(unix))]
fn open(path: &Path) -> io::Result<File> {
    File::open(path)
}

fn check_kind(meta: &Metadata, shown: &str) -> Result<(), LoadError> {
    if meta.is_file() {
        return Ok(());
    }
    let kind = if meta.is_dir() {
        "is a directory"
    } else {
        special_kind(meta)
    };
    Err(LoadError::unreadable(
        shown,
        format!("not a briefing file: it {kind}"),
        "give the path of a .toml briefing file",
    ))
}

#[cfg(unix)]
fn special_kind(meta: &Metadata) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    let t = meta.file_type();
    if t.is_fifo() {
        "is a FIFO (named pipe)"
    } else if t.is_char_device() || t.is_block_device() {
        "is a device"
    } else if t.is_socket() {
        "is a socket"
    } else {
        "is not a regular file"
    }
}

#[cfg(not(unix))]
fn special_kind(_meta: &Metadata) -> &'static str {
    "is not a regular file"
}

fn check_size(len: u64, shown: &str) -> Result<(), LoadError> {
    if len <= MAX_FILE_SIZE {
        return Ok(());
    }
    Err(LoadError::unreadable(
        shown,
        {
            let (size, limit) = (human_size(len), human_size(MAX_FILE_SIZE));
            // Just over the limit rounds to the limit; then only bytes tell them apart.
            if size == limit {
                format!(
                    "too large to be a briefing: {len} bytes (the limit is {MAX_FILE_SIZE} bytes)"
                )
            } else {
                format!("too large to be a briefing: {size} (the limit is {limit})")
            }
        },
        "split it into several briefings, or check that this is the file you meant",
    ))
}

fn io_error(shown: &str, err: &io::Error) -> LoadError {
    let (reason, advice) = match err.kind() {
        io::ErrorKind::NotFound => (
            "no such file".to_owned(),
            "check the path; `brief new FILE` writes a template to start from",
        ),
        io::ErrorKind::PermissionDenied => (
            "permission denied".to_owned(),
            "check the file's permissions (it must be readable by you)",
        ),
        io::ErrorKind::IsADirectory => (
            "not a briefing file: it is a directory".to_owned(),
            "give the path of a .toml briefing file",
        ),
        _ if err.raw_os_error() == Some(libc_eloop()) => (
            "too many levels of symbolic links (a symlink loop?)".to_owned(),
            "point the link at a real file",
        ),
        _ => (
            format!("cannot read: {err}"),
            "check that the file exists and is readable",
        ),
    };
    LoadError::unreadable(shown, reason, advice)
}

#[cfg(unix)]
fn libc_eloop() -> i32 {
    libc::ELOOP
}

#[cfg(not(unix))]
fn libc_eloop() -> i32 {
    -1
}

/// `2.5 MiB`, `312 bytes`.
pub fn human_size(bytes: u64) -> String {
    const UNITS: [&str; 3] = ["KiB", "MiB", "GiB"];
    if bytes < 1024 {
        return format!("{bytes} bytes");
    }
    #[allow(clippy::cast_precision_loss)] // a size for people, not arithmetic
    let mut value = bytes as f64 / 1024.0;
    let mut unit = 0;
    while value >= 1024.0 && unit + 1 < UNITS.len() {
        value /= 1024.0;
        unit += 1;
    }
    format!("{value:.1} {}", UNITS[unit])
}
