//! Where the configuration file is: `--config FILE`, then `$BRIEF_CONFIG`,
//! then `config.toml` in the user's configuration directories. Reading it
//! without trusting the path.

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::load::LoadError;

/// The file name looked for in each configuration directory.
pub const FILE_NAME: &str = "config.toml";
/// A configuration file is a few kilobytes; this bounds a wrong path's cost.
const MAX_SIZE: u64 = 1024 * 1024;

/// How a place to look was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// `--config FILE`
    Flag,
    /// `$BRIEF_CONFIG`
    Env,
    /// A configuration directory.
    Dir,
}

/// Every place brief looks for its configuration, in order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Search {
    pub flag: Option<PathBuf>,
    pub env: Option<PathBuf>,
    /// `config.toml` in each configuration directory.
    pub dirs: Vec<PathBuf>,
}

impl Search {
    /// The places for this process: `flag`, the environment, the directories.
    pub fn new(flag: Option<&Path>) -> Search {
        let env = std::env::var_os("BRIEF_CONFIG")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from);
        Search {
            flag: flag.map(Path::to_path_buf),
            env,
            dirs: crate::dirs::config_dirs()
                .into_iter()
                .map(|d| d.join(FILE_NAME))
                .collect(),
        }
    }

    /// The file to read, if any: one named by `--config` or
    /// `$BRIEF_CONFIG` whether it exists or not (its absence is a mistake to
    /// report), else the first of the directories' files that exists.
    pub fn chosen(&self) -> Option<(PathBuf, Source)> {
        if let Some(path) = &self.flag {
            return Some((path.clone(), Source::Flag));
        }
        if let Some(path) = &self.env {
            return Some((path.clone(), Source::Env));
        }
        self.dirs
            .iter()
            .find(|p| p.exists())
            .map(|p| (p.clone(), Source::Dir))
    }

    /// Where `brief config edit` writes: the file chosen, else the first
    /// directory's `config.toml`.
    pub fn target(&self) -> Option<PathBuf> {
        self.chosen()
            .map(|(path, _)| path)
            .or_else(|| self.dirs.first().cloned())
    }
}

/// Whether `path` is the null device, which reads as an empty file: so
/// `--config /dev/null` runs with the defaults.
pub fn is_null_device(path: &Path) -> bool {
    if cfg!(windows) {
        path.as_os_str().eq_ignore_ascii_case("NUL")
    } else {
        path == Path::new("/dev/null")
    }
}

/// The text of the configuration file at `path` (`shown` in messages).
pub fn read(path: &Path, shown: &str) -> Result<String, LoadError> {
    if is_null_device(path) {
        return Ok(String::new());
    }
    let advice = "give the path of a configuration file, such as ~/.config/brief/config.toml";
    let unreadable = |reason: String| LoadError::unreadable(shown, reason, advice);
    // Checked before opening: opening a FIFO would wait for a writer.
    let meta = std::fs::metadata(path).map_err(|e| unreadable(io_reason(&e)))?;
    if meta.is_dir() {
        return Err(unreadable("is a directory, not a file".to_owned()));
    }
    if !meta.is_file() {
        return Err(unreadable("is not a regular file".to_owned()));
    }
    let file = std::fs::File::open(path).map_err(|e| unreadable(io_reason(&e)))?;
    let mut bytes = Vec::new();
    file.take(MAX_SIZE + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| unreadable(io_reason(&e)))?;
    if bytes.len() as u64 > MAX_SIZE {
        return Err(unreadable(format!(
            "is over {} KiB, far more than a configuration file holds",
            MAX_SIZE / 1024
        )));
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let bytes = e.into_bytes();
        let before = String::from_utf8_lossy(&bytes[..at]);
        let mut problem =
            crate::load::Diagnostic::new(&before, Some(at..at), "not valid UTF-8 text");
        problem.push_note("save the file as UTF-8");
        LoadError::Invalid {
            file: shown.to_owned(),
            problems: vec![problem],
        }
    })
}

fn io_reason(error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_owned(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        _ => error.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn search(flag: Option<&str>, env: Option<&str>, dirs: &[&Path]) -> Search {
        Search {
            flag: flag.map(PathBuf::from),
            env: env.map(PathBuf::from),
            dirs: dirs.iter().map(|d| d.to_path_buf()).collect(),
        }
    }

    #[test]
    fn the_flag_wins_then_the_environment_then_the_first_file_found() {
        let dir = tempfile::tempdir().expect("temporary directory");
        let missing = dir.path().join("a/config.toml");
        let present = dir.path().join("b/config.toml");
        std::fs::create_dir_all(dir.path().join("b")).expect("mkdir");
        std::fs::write(&present, "").expect("write");
        let dirs = [missing.as_path(), present.as_path()];
        let chosen = |s: Search| s.chosen();
        assert_eq!(
            chosen(search(Some("f.toml"), Some("e.toml"), &dirs)),
            Some((PathBuf::from("f.toml"), Source::Flag))
        );
        assert_eq!(
            chosen(search(None, Some("e.toml"), &dirs)),
            Some((PathBuf::from("e.toml"), Source::Env))
        );
        assert_eq!(
            chosen(search(None, None, &dirs)),
            Some((present.clone(), Source::Dir))
        );
        assert_eq!(chosen(search(None, None, &dirs[..1])), None);
        // Edit creates the file where brief looks first.
        assert_eq!(search(None, None, &dirs[..1]).target(), Some(missing));
    }

    #[cfg(unix)]
    #[test]
    fn the_null_device_reads_as_empty_and_a_directory_is_refused() {
        assert_eq!(
            read(Path::new("/dev/null"), "/dev/null").ok(),
            Some(String::new())
        );
        let dir = tempfile::tempdir().expect("temporary directory");
        let error = read(dir.path(), "d").err().map(|e| e.to_string());
        assert!(error.is_some_and(|e| e.contains("d: is a directory")));
        let error = read(&dir.path().join("none"), "n")
            .err()
            .map(|e| e.to_string());
        assert!(error.is_some_and(|e| e.starts_with("n: no such file")));
    }
}
