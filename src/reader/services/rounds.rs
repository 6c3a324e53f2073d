//! Finding the series the open briefing is a round of. It reads every
//! briefing beside the open file, which in a big directory takes longer
//! than a keystroke may, so it runs on a thread of its own per briefing
//! opened; the answer wakes the loop with [`Input::Rounds`].

use std::sync::mpsc::{self, Receiver, Sender};
use std::thread;

use super::channel::{Input, Waker};
use crate::load::Origin;
use crate::model::Briefing;
use crate::reader::action::Action;
use crate::reader::model::rounds::Rounds;
use crate::reader::model::timeline::Shape;
use crate::series::gather;
use crate::timeline::Timeline;

type Found = (Origin, Option<Rounds>);

pub struct Finder {
    sender: Sender<Found>,
    found: Receiver<Found>,
    waker: Waker,
}

impl Finder {
    pub fn new(waker: Waker) -> Finder {
        let (sender, found) = mpsc::channel();
        Finder {
            sender,
            found,
            waker,
        }
    }

    /// Look for the series of `briefing`. A briefing that names no process
    /// is in none, and is answered at once without a thread.
    pub fn find(&self, origin: &Origin, briefing: &Briefing) -> Option<Action> {
        if briefing.process.is_none() {
            return Some(Action::RoundsFound(Box::new((origin.clone(), None))));
        }
        let (origin, briefing) = (origin.clone(), briefing.clone());
        let (sender, waker) = (self.sender.clone(), self.waker.clone());
        let spawned = thread::Builder::new()
            .name("brief-rounds".into())
            .spawn(move || {
                let rounds = of(&origin, &briefing);
                if sender.send((origin, rounds)).is_ok() {
                    waker.wake(Input::Rounds);
                }
            });
        // Without a thread the reader still works; it just knows no rounds.
        spawned
            .err()
            .map(|_| Action::Notice("could not start a thread to find the other rounds".to_owned()))
    }

    /// The answer for the briefing shown, if it has come; answers for
    /// briefings left since are dropped.
    pub fn answer(&self, shown: &Origin) -> Option<Action> {
        let found = self.found.try_iter().filter(|(o, _)| o == shown).last()?;
        Some(Action::RoundsFound(Box::new(found)))
    }
}

/// The series of `briefing`, with its timeline. Files are named by their
/// canonical paths, as the library lists them, so `update` can find a round
/// among the library's entries without touching the disk.
pub fn of(origin: &Origin, briefing: &Briefing) -> Option<Rounds> {
    let (series, index, origins) = gather::beside_with_origins(origin, briefing)?;
    let timeline = Timeline::of(&series);
    Some(Rounds {
        process: series.process.clone()?,
        shape: Shape::of(&timeline),
        timeline,
        origins: origins.into_iter().map(canonical).collect(),
        index,
    })
}

/// A file's canonical path, or the path as found when it has none (gone
/// since); other origins as they are.
fn canonical(origin: Origin) -> Origin {
    match origin {
        Origin::File(path) => Origin::File(std::fs::canonicalize(&path).unwrap_or(path)),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bundled;

    fn bundled_rounds(file: &str) -> Option<Rounds> {
        let found = bundled::find(file).expect("bundled");
        let briefing = Origin::Bundled(found).load().expect("bundled loads");
        of(&Origin::Bundled(found), &briefing)
    }

    #[test]
    fn a_bundled_istanbul_round_knows_its_place_among_the_four() {
        let rounds = bundled_rounds("istanbul-talks-2025-06-02").expect("a series");
        assert_eq!(rounds.label(), "round 3 of 4");
        assert_eq!(rounds.timeline.rounds.len(), 4);
        let before = rounds.neighbour(-1).map(Origin::short_name);
        assert_eq!(before.as_deref(), Some("istanbul-talks-2025-05-16.toml"));
        let after = rounds.neighbour(1).map(Origin::short_name);
        assert_eq!(after.as_deref(), Some("istanbul-talks-2025-07-23.toml"));
        assert!(rounds.neighbour(2).is_none());
    }

    #[test]
    fn files_beside_the_open_one_form_its_series_and_others_stay_out() {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let write = |name: &str, process: &str, round: u32| {
            let text = format!(
                "headline = \"{name}\"\nprocess = \"{process}\"\nround = {round}\n\n\
                 [[sections]]\ntitle = \"One\"\nbody = \"Text.\"\n"
            );
            let path = dir.path().join(name);
            std::fs::write(&path, text).expect("write");
            path
        };
        let second = write("b.toml", "talks", 2);
        write("a.toml", "talks", 1);
        write("c.toml", "other", 3);
        let origin = Origin::File(second);
        let briefing = origin.load().expect("loads");
        let rounds = of(&origin, &briefing).expect("a series");
        assert_eq!(rounds.label(), "round 2 of 2");
        let names: Vec<String> = rounds.origins.iter().map(Origin::short_name).collect();
        assert_eq!(names, ["a.toml", "b.toml"]);
    }

    /// The library lists canonical paths; the rounds of a file opened
    /// through a link name theirs the same way, so `D` finds them there.
    #[cfg(unix)]
    #[test]
    fn rounds_found_through_a_link_are_named_as_the_library_names_them() {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let real = dir.path().join("real");
        std::fs::create_dir(&real).expect("mkdir");
        for (name, round) in [("a.toml", 1), ("b.toml", 2)] {
            let text = format!(
                "headline = \"{name}\"\nprocess = \"talks\"\nround = {round}\n\n\
                 [[sections]]\ntitle = \"One\"\nbody = \"Text.\"\n"
            );
            std::fs::write(real.join(name), text).expect("write");
        }
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(&real, &link).expect("symlink");
        let origin = Origin::File(link.join("b.toml"));
        let briefing = origin.load().expect("loads");
        let rounds = of(&origin, &briefing).expect("a series");
        let listed = std::fs::canonicalize(real.join("a.toml")).expect("canonical");
        assert_eq!(rounds.neighbour(-1), Some(&Origin::File(listed)));
        assert_eq!(
            rounds.neighbour(-1).map(Origin::short_name).as_deref(),
            Some("a.toml")
        );
    }

    #[test]
    fn a_briefing_without_a_process_is_in_no_series() {
        assert!(bundled_rounds("iran-nuclear-jcpoa").is_none());
    }
}
