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

/// The series of `briefing`, with its timeline.
pub fn of(origin: &Origin, briefing: &Briefing) -> Option<Rounds> {
    let (series, index, origins) = gather::beside_with_origins(origin, briefing)?;
    Some(Rounds {
        process: series.process.clone()?,
        timeline: Timeline::of(&series),
        origins,
        index,
    })
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

    #[test]
    fn a_briefing_without_a_process_is_in_no_series() {
        assert!(bundled_rounds("iran-nuclear-jcpoa").is_none());
    }
}
