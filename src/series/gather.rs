//! Reading the briefings a series is formed from: the files and
//! directories given on the command line, or the files beside an open one.
//! A directory is read one level deep, its `*.toml` files in name order,
//! on as many threads as there are cores.

use std::path::{Path, PathBuf};

use super::{Member, Series, group};
use crate::bundled;
use crate::load::{LoadError, Origin, display_path, from_arg, load_file_named, load_str};
use crate::model::Briefing;

/// Briefings read, and the files in directories that did not load.
#[derive(Debug, Default)]
pub struct Gathered {
    pub members: Vec<Member>,
    /// Left out: a file met in a directory that is not a briefing.
    pub skipped: Vec<LoadError>,
}

/// The briefings `paths` name: each file (`-` is standard input), and the
/// `*.toml` files of each directory. A named file that does not load is an
/// error; a file in a directory that does not load is skipped.
pub fn from_paths(paths: &[PathBuf]) -> Result<Gathered, Vec<LoadError>> {
    let mut gathered = Gathered::default();
    let mut errors = Vec::new();
    for path in paths {
        if path.is_dir() {
            for (file, loaded) in load_all(tomls(path)) {
                match loaded {
                    Ok(briefing) => gathered.members.push(Member {
                        name: shown(&file),
                        briefing,
                    }),
                    Err(err) => gathered.skipped.push(err),
                }
            }
            continue;
        }
        match from_arg(path).and_then(|origin| origin.load().map(|b| (origin, b))) {
            Ok((origin, briefing)) => gathered.members.push(Member {
                name: name_of(&origin, path),
                briefing,
            }),
            Err(err) => errors.push(err),
        }
    }
    if errors.is_empty() {
        Ok(gathered)
    } else {
        Err(errors)
    }
}

/// The series of `briefing` (opened from `origin`) among the briefings
/// beside it: the other files of its directory, or the other bundled
/// briefings; and its index there. `None` when it names no process.
pub fn beside(origin: &Origin, briefing: &Briefing) -> Option<(Series, usize)> {
    beside_with_origins(origin, briefing).map(|(series, index, _)| (series, index))
}

/// As [`beside`], with where each round of the series came from (in
/// series order), so the reader can open it.
pub fn beside_with_origins(
    origin: &Origin,
    briefing: &Briefing,
) -> Option<(Series, usize, Vec<Origin>)> {
    let process = briefing.process.as_deref()?;
    let name = match origin {
        Origin::Bundled(b) => b.file.to_owned(),
        _ => origin.name(),
    };
    let mut members = vec![Member {
        name: name.clone(),
        briefing: briefing.clone(),
    }];
    let mut origins = vec![(name.clone(), origin.clone())];
    let same = |b: &Briefing| b.process.as_deref() == Some(process);
    match origin {
        Origin::Bundled(b) => {
            for other in bundled::ALL.iter().filter(|o| o.file != b.file) {
                if let Ok(loaded) = load_str(other.file, other.text)
                    && same(&loaded)
                {
                    origins.push((other.file.to_owned(), Origin::Bundled(*other)));
                    members.push(Member {
                        name: other.file.to_owned(),
                        briefing: loaded,
                    });
                }
            }
        }
        Origin::File(path) => {
            let dir = path.parent().filter(|d| !d.as_os_str().is_empty());
            let dir = dir.unwrap_or(Path::new("."));
            let me = path.canonicalize().ok();
            let others: Vec<PathBuf> = tomls(dir)
                .into_iter()
                .filter(|p| p.canonicalize().ok() != me)
                .collect();
            for (file, loaded) in load_all(others) {
                if let Ok(other) = loaded
                    && same(&other)
                {
                    let name = crate::dirs::tidy(&file);
                    origins.push((name.clone(), Origin::File(file)));
                    members.push(Member {
                        name,
                        briefing: other,
                    });
                }
            }
        }
        // A pipe has no place on disk: its series is itself.
        Origin::Stream(_) => {}
    }
    let series = group(members).into_iter().next()?;
    let index = series.members.iter().position(|m| m.name == name)?;
    let origins = series
        .members
        .iter()
        .map(|m| {
            origins
                .iter()
                .find(|(n, _)| *n == m.name)
                .map(|(_, o)| o.clone())
        })
        .collect::<Option<Vec<Origin>>>()?;
    Some((series, index, origins))
}

/// How a briefing given by path is named: as given, `<stdin>` for `-`.
fn name_of(origin: &Origin, path: &Path) -> String {
    match origin {
        Origin::File(_) => display_path(path),
        _ => origin.name(),
    }
}

/// How a file found in a directory is named: as reached, without a
/// leading `./`.
pub fn shown(file: &Path) -> String {
    display_path(file.strip_prefix(".").unwrap_or(file))
}

/// The regular `*.toml` files directly in `dir`, in name order. Anything
/// else (a FIFO would block, a device never end) is never opened.
pub fn tomls(dir: &Path) -> Vec<PathBuf> {
    let Ok(listing) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = listing
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|p| {
            p.extension()
                .is_some_and(|x| x.eq_ignore_ascii_case("toml"))
        })
        .filter(|p| std::fs::metadata(p).is_ok_and(|m| m.is_file()))
        .collect();
    files.sort();
    files
}

/// Load every file, in order, spread over the cores: a directory of a
/// thousand briefings should not take a thousand reads in a row.
fn load_all(files: Vec<PathBuf>) -> Vec<(PathBuf, Result<Briefing, LoadError>)> {
    let threads = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let chunk = files.len().div_ceil(threads).max(1);
    let load = |file: &PathBuf| load_file_named(file, &display_path(file));
    if files.len() < 16 || threads == 1 {
        return files.into_iter().map(|f| (f.clone(), load(&f))).collect();
    }
    std::thread::scope(|scope| {
        let handles: Vec<_> = files
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(load).collect::<Vec<_>>()))
            .collect();
        let mut loaded = Vec::with_capacity(files.len());
        for (handle, part) in handles.into_iter().zip(files.chunks(chunk)) {
            match handle.join() {
                Ok(results) => loaded.extend(part.iter().cloned().zip(results)),
                // A panic while loading is a bug: let it surface as one.
                Err(payload) => std::panic::resume_unwind(payload),
            }
        }
        loaded
    })
}
