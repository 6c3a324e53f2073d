//! Handing the terminal to the user's editor for the open file.

use std::io;

use crate::load::Origin;
use crate::reader::services::editor;
use crate::reader::term::Session;

/// Run `$VISUAL` or `$EDITOR` on the open file, at the start of `section`
/// when the editor can be told a line, with the terminal handed over.
/// Returns a notice for the status bar, if any, and whether it ran.
pub(super) fn edit(
    origin: &Origin,
    section: Option<usize>,
    session: &mut Session,
) -> io::Result<(Option<String>, bool)> {
    let Origin::File(path) = origin else {
        return Ok((Some("only a file on disk can be edited".to_owned()), false));
    };
    let Some(editor) = editor::chosen() else {
        let notice = "set $VISUAL or $EDITOR to the editor you use, e.g. export EDITOR=nano";
        return Ok((Some(notice.to_owned()), false));
    };
    let line = section.and_then(|i| editor::section_line(path, i));
    let (program, args) = editor::command(&editor, path, line);
    let status = session
        .with_terminal_released(|| std::process::Command::new(&program).args(&args).status())?;
    Ok(match status {
        Ok(s) if s.success() => (None, true),
        Ok(s) => (Some(format!("{program} exited with {s}")), true),
        Err(e) => (Some(format!("could not run {program}: {e}")), false),
    })
}
