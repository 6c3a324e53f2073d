//! The user's editor, from `$VISUAL` or `$EDITOR`, run without a shell.

use std::path::Path;
use std::process::Command;

/// What to say when neither variable names an editor.
pub const MISSING: &str = "set $VISUAL or $EDITOR to the editor you use, e.g. export EDITOR=nano";

/// An editor command: the program and the words given with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Editor {
    pub program: String,
    pub args: Vec<String>,
}

impl Editor {
    /// `$VISUAL`, else `$EDITOR`; `None` when neither is set to something.
    pub fn from_env() -> Option<Editor> {
        let value = ["VISUAL", "EDITOR"]
            .iter()
            .filter_map(std::env::var_os)
            .map(|v| v.to_string_lossy().into_owned())
            .find(|v| !v.trim().is_empty())?;
        Editor::parse(&value)
    }

    /// Editors are often given with flags ("code --wait"): split at
    /// whitespace, as a shell would split plain words, but with no shell:
    /// nothing in the value is ever interpreted.
    pub fn parse(value: &str) -> Option<Editor> {
        let mut words = value.split_whitespace().map(str::to_owned);
        let program = words.next()?;
        Some(Editor {
            program,
            args: words.collect(),
        })
    }

    /// The command that opens `path` in this editor.
    pub fn command(&self, path: &Path) -> Command {
        let mut command = Command::new(&self.program);
        command.args(&self.args).arg(path);
        command
    }
}

#[cfg(test)]
mod tests {
    use super::Editor;

    #[test]
    fn an_editor_with_flags_is_split_into_words_and_nothing_else() {
        let editor = Editor::parse("  code --wait  -n ").expect("an editor");
        assert_eq!(editor.program, "code");
        assert_eq!(editor.args, ["--wait", "-n"]);
        let editor = Editor::parse("vi; rm -rf x").expect("an editor");
        assert_eq!(editor.program, "vi;");
        assert_eq!(Editor::parse("   "), None);
    }
}
