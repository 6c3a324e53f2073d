//! A warning no single file shows: two briefings of one negotiation that
//! claim the same round. The series is formed from the files checked and
//! the briefings beside them in their directories.

use std::collections::HashSet;
use std::path::PathBuf;

use crate::load::{Diagnostic, LineIndex, Origin, load_file_named};
use crate::model::Briefing;
use crate::series::{Member, gather, group};

/// One briefing `brief check` loaded.
pub struct Checked<'a> {
    pub name: &'a str,
    pub origin: &'a Origin,
    pub briefing: &'a Briefing,
}

/// For each checked briefing whose round another briefing of its process
/// also claims: its index in `checked` and the warning, placed at its
/// `round` key.
pub fn duplicate_rounds(checked: &[Checked]) -> Vec<(usize, Diagnostic)> {
    let claims = |b: &Briefing| b.process.is_some() && b.round.is_some();
    if !checked.iter().any(|c| claims(c.briefing)) {
        return Vec::new();
    }
    // Tagged by name: a checked file is found again by its name.
    let mut members: Vec<Member> = checked
        .iter()
        .filter(|c| claims(c.briefing))
        .map(|c| Member {
            name: c.name.to_owned(),
            briefing: c.briefing.clone(),
        })
        .collect();
    let processes: HashSet<&str> = checked
        .iter()
        .filter_map(|c| c.briefing.process.as_deref())
        .collect();
    let seen: HashSet<PathBuf> = checked
        .iter()
        .filter_map(|c| match c.origin {
            Origin::File(path) => path.canonicalize().ok(),
            _ => None,
        })
        .collect();
    let mut dirs: Vec<PathBuf> = checked
        .iter()
        .filter(|c| claims(c.briefing))
        .filter_map(|c| match c.origin {
            Origin::File(path) => Some(match path.parent() {
                Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
                _ => PathBuf::from("."),
            }),
            _ => None,
        })
        .collect();
    dirs.sort();
    dirs.dedup();
    let mut beside = HashSet::new();
    for dir in dirs {
        for file in gather::tomls(&dir) {
            let Ok(canonical) = file.canonicalize() else {
                continue;
            };
            if seen.contains(&canonical) || !beside.insert(canonical) {
                continue;
            }
            let shown = gather::shown(&file);
            if let Ok(briefing) = load_file_named(&file, &shown)
                && briefing.round.is_some()
                && briefing
                    .process
                    .as_deref()
                    .is_some_and(|p| processes.contains(p))
            {
                members.push(Member {
                    name: shown,
                    briefing,
                });
            }
        }
    }
    let mut out = Vec::new();
    for series in group(members) {
        for (round, claimants) in series.duplicate_rounds() {
            let names: Vec<&str> = claimants
                .iter()
                .map(|&i| series.members[i].name.as_str())
                .collect();
            for (i, c) in checked.iter().enumerate() {
                if c.briefing.round != Some(round)
                    || c.briefing.process != series.process
                    || !names.contains(&c.name)
                {
                    continue;
                }
                let others: Vec<&str> = names.iter().copied().filter(|n| *n != c.name).collect();
                out.push((i, warning(c, round, series.title(), &others)));
            }
        }
    }
    out.sort_by_key(|(i, _)| *i);
    out
}

fn warning(checked: &Checked, round: u32, process: &str, others: &[&str]) -> Diagnostic {
    let mut d = Diagnostic::unplaced(format!(
        "round {round} of \"{process}\" is also claimed by {}",
        others.join(", ")
    ))
    .warning();
    d.push_note("give each round of a negotiation its own number: `brief timeline` and `brief diff FILE` order the rounds by it");
    // Placed at the `round` key, read again: only a file with the mistake pays for it.
    if let Ok(bytes) = checked.origin.bytes()
        && let Ok(text) = std::str::from_utf8(&bytes)
    {
        let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
        if let Ok(root) = toml::de::DeTable::parse(text)
            && let Some((_, value)) = root
                .get_ref()
                .iter()
                .find(|(k, _)| k.get_ref().as_ref() == "round")
        {
            d.locate(text, &LineIndex::new(text), value.span());
        }
    }
    d
}
