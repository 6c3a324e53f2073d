//! Briefings named on the command line that can be read only once: `-`
//! (standard input) and pipes, such as a FIFO or a shell's `<(...)`. They
//! are read whole when named, under the same size cap as files, and kept.

use std::path::Path;

use super::error::LoadError;
use super::origin::{Origin, Stream};
use super::parse::display_path;
use super::read;

/// How messages name standard input.
pub const STDIN_NAME: &str = "<stdin>";

/// What a path given on the command line stands for: `-` is standard input
/// and a pipe is read now (neither can be read twice); anything else is a
/// file, read when it is loaded (a device or directory is refused then).
/// Reading a pipe waits for its writer, as `cat` would.
pub fn from_arg(path: &Path) -> Result<Origin, LoadError> {
    if is_stdin(path) {
        let bytes = read::read_capped(std::io::stdin().lock(), STDIN_NAME)?;
        return Ok(Origin::Stream(Stream::new(STDIN_NAME, bytes)));
    }
    if is_pipe(path) {
        let shown = display_path(path);
        let bytes = read::read_pipe(path, &shown)?;
        return Ok(Origin::Stream(Stream::new(&shown, bytes)));
    }
    Ok(Origin::File(path.to_path_buf()))
}

/// Whether `path` is `-`, standard input.
pub fn is_stdin(path: &Path) -> bool {
    path == Path::new("-")
}

/// How messages name what `path` stands for: `<stdin>` for `-`.
pub fn arg_name(path: &Path) -> String {
    if is_stdin(path) {
        STDIN_NAME.to_owned()
    } else {
        display_path(path)
    }
}

/// Whether `path` names a pipe. `stat` does not open it, so never blocks.
#[cfg(unix)]
fn is_pipe(path: &Path) -> bool {
    use std::os::unix::fs::FileTypeExt;
    std::fs::metadata(path).is_ok_and(|m| m.file_type().is_fifo())
}

/// Pipes with a path are a Unix thing.
#[cfg(not(unix))]
fn is_pipe(_path: &Path) -> bool {
    false
}
