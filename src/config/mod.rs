//! The user's configuration file: where it is ([`Search`]), what it says
//! ([`Config`]), and what it says written back, commented ([`describe`]).
//!
//! A broken file never stops brief: whatever is wrong keeps its default,
//! the rest applies, and the mistakes come back as a [`LoadError`] naming
//! file, line and column, for the reader's banner or for stderr.

mod apply;
mod describe;
mod locate;
mod parse;
mod settings;

use std::path::{Path, PathBuf};

pub use describe::describe;
pub use locate::{FILE_NAME, Search, Source, is_null_device};
pub use parse::parse;
pub use settings::{
    Config, Contents, Links, MAX_TEXT_WIDTH, MIN_TEXT_WIDTH, Reader, TEXT_WIDTH, ThemeChoice,
};

use crate::load::LoadError;

/// A configuration as loaded: what applies, the file it came from, and what
/// was wrong with it.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    pub config: Config,
    /// The file read; `None` when there is none and the defaults apply.
    pub file: Option<PathBuf>,
    /// The file's mistakes (each kept its default), or why it could not be read.
    pub error: Option<LoadError>,
}

impl Loaded {
    /// One line for the reader's banner, ending with how to see every mistake.
    pub fn banner(&self) -> Option<String> {
        let error = self.error.as_ref()?;
        Some(format!(
            "{} · brief config check lists every mistake",
            error.summary()
        ))
    }

    /// What to say on stderr before a command that does not open the reader.
    pub fn warning(&self) -> Option<String> {
        let error = self.error.as_ref()?;
        Some(format!(
            "{error}\nbrief: the configuration has mistakes; their defaults are used meanwhile"
        ))
    }
}

/// Load the configuration `--config` (`flag`), `$BRIEF_CONFIG` or the
/// configuration directories name.
pub fn load(flag: Option<&Path>) -> Loaded {
    load_from(&Search::new(flag))
}

/// Load the configuration chosen from `search`.
pub fn load_from(search: &Search) -> Loaded {
    let Some((path, _)) = search.chosen() else {
        return Loaded::default();
    };
    load_file(&path)
}

/// Load the configuration file at `path`.
pub fn load_file(path: &Path) -> Loaded {
    let shown = crate::dirs::tidy(path);
    let source = match locate::read(path, &shown) {
        Ok(source) => source,
        Err(error) => {
            return Loaded {
                config: Config::default(),
                file: Some(path.to_path_buf()),
                error: Some(error),
            };
        }
    };
    let (config, problems) = parse(&source, path.parent());
    Loaded {
        config,
        file: Some(path.to_path_buf()),
        error: (!problems.is_empty()).then_some(LoadError::Invalid {
            file: shown,
            problems,
        }),
    }
}
