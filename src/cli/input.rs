//! What the paths on the command line stand for: `-` is standard input, a
//! pipe is read at once, anything else is a file (see [`crate::load::from_arg`]).

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use crate::load::{LoadError, Origin, from_arg, is_stdin};

/// The briefing `path` names; for `-` on a terminal, first a word on how to
/// end the typing, or the wait would look like a hang.
pub fn origin(path: &Path) -> Result<Origin, LoadError> {
    if is_stdin(path) && std::io::stdin().is_terminal() {
        eprintln!("brief: reading a briefing from standard input; end it with Ctrl-D");
    }
    from_arg(path)
}

/// Standard input can be read once: a refusal when `-` is given twice.
pub fn stdin_at_most_once(paths: &[PathBuf]) -> Result<(), String> {
    if paths.iter().filter(|p| is_stdin(p)).count() > 1 {
        return Err(
            "brief: `-` (standard input) is given more than once, but it can be read only once\n  \
             = save one of them to a file, or use a pipe for it: <(command)"
                .to_owned(),
        );
    }
    Ok(())
}
