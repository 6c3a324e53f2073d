//! The command that opens the user's editor at the section being read:
//! `+LINE` for the editors that take it, `--goto FILE:LINE` for VS Code,
//! and no line for the rest, which would take `+12` for a file name.

use std::ffi::OsString;
use std::path::Path;

use crate::load::{Origin, section_lines};

/// Editors that open a file at `+LINE FILE`.
const PLUS_LINE: &[&str] = &[
    "vi",
    "vim",
    "nvim",
    "gvim",
    "nano",
    "emacs",
    "emacsclient",
    "micro",
    "kak",
    "hx",
    "helix",
];
/// Editors that open a file at `--goto FILE:LINE`.
const GOTO: &[&str] = &["code", "code-insiders", "codium"];

/// `$VISUAL`, else `$EDITOR`, when set to something.
pub fn chosen() -> Option<String> {
    ["VISUAL", "EDITOR"]
        .iter()
        .filter_map(std::env::var_os)
        .map(|v| v.to_string_lossy().into_owned())
        .find(|v| !v.trim().is_empty())
}

/// The program and its arguments to edit `path` at `line`. Editors are
/// often given with flags ("code --wait"); they are split like a shell
/// would split plain words.
pub fn command(editor: &str, path: &Path, line: Option<usize>) -> (String, Vec<OsString>) {
    let mut words = editor.split_whitespace();
    let program = words.next().unwrap_or_default().to_owned();
    let mut args: Vec<OsString> = words.map(OsString::from).collect();
    match (line, kind(&program)) {
        (Some(line), Kind::PlusLine) => {
            args.push(format!("+{line}").into());
            args.push(path.into());
        }
        (Some(line), Kind::Goto) => {
            args.push("--goto".into());
            let mut at = path.as_os_str().to_owned();
            at.push(format!(":{line}"));
            args.push(at);
        }
        _ => args.push(path.into()),
    }
    (program, args)
}

#[derive(Debug, PartialEq, Eq)]
enum Kind {
    PlusLine,
    Goto,
    Other,
}

/// What kind of editor `program` is, by its file name (`/usr/bin/nvim`,
/// `nvim.exe` and `nvim` are all nvim).
fn kind(program: &str) -> Kind {
    let name = Path::new(program)
        .file_stem()
        .map(|n| n.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    if PLUS_LINE.contains(&name.as_str()) {
        Kind::PlusLine
    } else if GOTO.contains(&name.as_str()) {
        Kind::Goto
    } else {
        Kind::Other
    }
}

/// The line where section `index` (0-based) starts in the file as it is on
/// disk now, which is what the editor will show.
pub fn section_line(path: &Path, index: usize) -> Option<usize> {
    let origin = Origin::File(path.to_path_buf());
    let bytes = origin.bytes().ok()?;
    let text = String::from_utf8_lossy(&bytes);
    section_lines(&text).get(index).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(command: (String, Vec<OsString>)) -> Vec<String> {
        std::iter::once(command.0)
            .chain(command.1.iter().map(|a| a.to_string_lossy().into_owned()))
            .collect()
    }

    #[test]
    fn editors_that_take_plus_line_get_it_before_the_file() {
        let path = Path::new("b.toml");
        for editor in [
            "vi",
            "/usr/bin/nvim",
            "nano",
            "emacs -nw",
            "micro",
            "kak",
            "hx",
        ] {
            let got = strings(command(editor, path, Some(42)));
            assert_eq!(got[got.len() - 2..], ["+42", "b.toml"], "{editor}");
        }
        assert_eq!(
            strings(command("emacs -nw", path, Some(7))),
            ["emacs", "-nw", "+7", "b.toml"]
        );
    }

    #[test]
    fn code_gets_goto_file_and_line() {
        assert_eq!(
            strings(command("code --wait", Path::new("x/b.toml"), Some(9))),
            ["code", "--wait", "--goto", "x/b.toml:9"]
        );
    }

    #[test]
    fn other_editors_and_no_line_get_the_file_alone() {
        let path = Path::new("b.toml");
        assert_eq!(strings(command("ed", path, Some(3))), ["ed", "b.toml"]);
        assert_eq!(
            strings(command("subl -w", path, Some(3))),
            ["subl", "-w", "b.toml"]
        );
        assert_eq!(strings(command("vim", path, None)), ["vim", "b.toml"]);
    }
}
