//! Tab completion of paths for the reader's `:` prompt.
//!
//! Completes the last component of what was typed among the entries of
//! its directory, the way a shell does: as far as all candidates agree,
//! with a `/` after a directory, hidden entries only when a `.` was typed.
//! A leading `~` stands for the home directory, and stays as typed.

use std::fs;
use std::path::{Path, PathBuf};

/// Candidates listed at most; the common prefix still counts them all.
pub const MAX_CANDIDATES: usize = 1_000;

/// What Tab does to the prompt.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Completion {
    /// The new prompt text; the input itself when nothing could be added.
    pub replacement: String,
    /// The names that fit, sorted, directories ending in `/`; more than one
    /// means the user has to choose.
    pub candidates: Vec<String>,
}

/// Complete `input`; `home` is what `~` stands for.
pub fn complete(input: &str, home: Option<&Path>) -> Completion {
    if input == "~" && home.is_some() {
        return Completion {
            replacement: "~/".to_owned(),
            candidates: Vec::new(),
        };
    }
    let (dir_part, prefix) = match input.rfind('/') {
        Some(i) => input.split_at(i + 1),
        None => ("", input),
    };
    let dir = if dir_part.is_empty() {
        PathBuf::from(".")
    } else {
        expand(dir_part, home)
    };
    let mut all = names(&dir, prefix);
    all.sort();
    let common = common_prefix(&all).unwrap_or(prefix);
    let replacement = format!("{dir_part}{common}");
    all.truncate(MAX_CANDIDATES);
    Completion {
        replacement,
        candidates: all,
    }
}

/// The path `input` names, with a leading `~` expanded.
pub fn expand(input: &str, home: Option<&Path>) -> PathBuf {
    match (input, home) {
        ("~", Some(home)) => home.to_path_buf(),
        (_, Some(home)) if input.starts_with("~/") => home.join(input[2..].trim_start_matches('/')),
        _ => PathBuf::from(input),
    }
}

/// Entries of `dir` starting with `prefix`, directories with a trailing `/`.
fn names(dir: &Path, prefix: &str) -> Vec<String> {
    let Ok(listing) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let show_hidden = prefix.starts_with('.');
    listing
        .filter_map(Result::ok)
        .filter_map(|entry| {
            // A name that is not UTF-8 cannot be typed into the prompt, and
            // one with control characters must not be echoed to the terminal.
            let name = entry.file_name().into_string().ok()?;
            let fits = name.starts_with(prefix)
                && (show_hidden || !name.starts_with('.'))
                && crate::sanitize::line(&name) == name;
            if !fits {
                return None;
            }
            // Follows symlinks, so a link to a directory completes as one.
            let is_dir = fs::metadata(entry.path()).is_ok_and(|m| m.is_dir());
            Some(if is_dir { format!("{name}/") } else { name })
        })
        .collect()
}

/// The longest start all of `names` share, or `None` when there are none.
fn common_prefix(names: &[String]) -> Option<&str> {
    let first = names.first()?;
    let mut end = first.len();
    for name in &names[1..] {
        end = first[..end]
            .char_indices()
            .zip(name.chars())
            .find(|((_, a), b)| a != b)
            .map_or(end.min(name.len()), |((i, _), _)| i);
    }
    // `end` is on a character boundary of `first`: it is one of its
    // char indices, or a length no longer than a prefix both share.
    Some(first.get(..end).unwrap_or(""))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A directory with `briefings/`, `brexit.toml`, `brief-notes.toml`,
    /// `.hidden.toml` and `other.txt`.
    fn tree() -> tempfile::TempDir {
        let dir = tempfile::tempdir().expect("tempdir");
        fs::create_dir(dir.path().join("briefings")).expect("mkdir");
        for name in [
            "brexit.toml",
            "brief-notes.toml",
            ".hidden.toml",
            "other.txt",
        ] {
            fs::write(dir.path().join(name), "").expect("write");
        }
        dir
    }

    fn at(dir: &Path, typed: &str) -> String {
        format!("{}/{typed}", dir.display())
    }

    #[test]
    fn completes_as_far_as_all_candidates_agree() {
        let dir = tree();
        let done = complete(&at(dir.path(), "b"), None);
        assert_eq!(done.replacement, at(dir.path(), "br"));
        assert_eq!(
            done.candidates,
            ["brexit.toml", "brief-notes.toml", "briefings/"]
        );
        let done = complete(&at(dir.path(), "brie"), None);
        assert_eq!(done.replacement, at(dir.path(), "brief"));
        assert_eq!(done.candidates, ["brief-notes.toml", "briefings/"]);
    }

    #[test]
    fn a_single_directory_gets_its_slash_and_a_file_its_whole_name() {
        let dir = tree();
        let done = complete(&at(dir.path(), "briefi"), None);
        assert_eq!(done.replacement, at(dir.path(), "briefings/"));
        let done = complete(&at(dir.path(), "bre"), None);
        assert_eq!(done.replacement, at(dir.path(), "brexit.toml"));
        assert_eq!(done.candidates, ["brexit.toml"]);
    }

    #[test]
    fn hidden_entries_only_after_a_dot() {
        let dir = tree();
        let everything = complete(&at(dir.path(), ""), None);
        assert!(!everything.candidates.iter().any(|c| c.starts_with('.')));
        assert_eq!(everything.candidates.len(), 4);
        let hidden = complete(&at(dir.path(), "."), None);
        assert_eq!(hidden.candidates, [".hidden.toml"]);
        assert_eq!(hidden.replacement, at(dir.path(), ".hidden.toml"));
    }

    #[test]
    fn nothing_fits_leaves_the_input_alone() {
        let dir = tree();
        let typed = at(dir.path(), "zzz");
        let done = complete(&typed, None);
        assert_eq!(done.replacement, typed);
        assert!(done.candidates.is_empty());
        let missing = at(dir.path(), "no-such-dir/x");
        assert_eq!(complete(&missing, None).replacement, missing);
    }

    #[test]
    fn a_tilde_is_the_home_directory_and_stays_as_typed() {
        let home = tree();
        let done = complete("~/brief", Some(home.path()));
        assert_eq!(done.replacement, "~/brief");
        assert_eq!(done.candidates, ["brief-notes.toml", "briefings/"]);
        assert_eq!(complete("~", Some(home.path())).replacement, "~/");
        assert_eq!(
            expand("~/brexit.toml", Some(home.path())),
            home.path().join("brexit.toml")
        );
        assert_eq!(expand("~", Some(home.path())), home.path());
        // Without a home, or for another user, the tilde is just a character.
        assert_eq!(expand("~/x", None), PathBuf::from("~/x"));
        assert_eq!(expand("~bob/x", Some(home.path())), PathBuf::from("~bob/x"));
    }

    #[test]
    fn common_prefixes_respect_characters() {
        let names = ["Genève.toml".to_owned(), "Genèva.toml".to_owned()];
        assert_eq!(common_prefix(&names), Some("Genèv"));
        let names = ["éa".to_owned(), "éb".to_owned()];
        assert_eq!(common_prefix(&names), Some("é"));
        let names = ["ab".to_owned(), "a".to_owned()];
        assert_eq!(common_prefix(&names), Some("a"));
        assert_eq!(common_prefix(&[]), None);
    }
}
