//! The thread that searches inside every briefing of the library (a picker
//! query starting with `/`), so typing never waits for it. Results come
//! back in batches as they are found; a newer search stops an older one
//! between two files.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread;
use std::time::{Duration, Instant};

use super::channel::{Input, Waker};
use super::slot::Slot;
use crate::library::grep::{Needle, best};
use crate::library::hunt;
use crate::reader::model::picker::{Hunt, Hunted, InsideRow};

/// Rows found are held back at most this long, so a burst of them costs
/// one frame, not one each.
const BATCH: Duration = Duration::from_millis(30);

#[derive(Default)]
struct Jobs {
    slot: Slot<Box<Hunt>>,
    /// The newest search asked for: an older one stops when it sees this.
    newest: AtomicU64,
}

pub struct Hunter {
    jobs: Arc<Jobs>,
    results: Receiver<Hunted>,
}

impl Hunter {
    /// Start the worker; it wakes the loop with [`Input::Hunted`].
    pub fn start(waker: Waker) -> std::io::Result<Hunter> {
        let jobs = Arc::new(Jobs::default());
        let (sender, results) = mpsc::channel();
        let worker = Arc::clone(&jobs);
        thread::Builder::new()
            .name("brief-hunt".into())
            .spawn(move || work(&worker, &sender, &waker))?;
        Ok(Hunter { jobs, results })
    }

    /// Search for `job`, stopping any search still running.
    pub fn submit(&self, job: Box<Hunt>) {
        self.jobs.newest.store(job.id, Ordering::SeqCst);
        self.jobs.slot.put(job);
    }

    /// Everything the newest search has sent since last asked, as one batch.
    pub fn latest(&self) -> Option<Hunted> {
        let mut merged: Option<Hunted> = None;
        for batch in self.results.try_iter() {
            match &mut merged {
                Some(m) if m.id == batch.id => {
                    m.rows.extend(batch.rows);
                    m.done = batch.done;
                }
                // A newer search's rows replace an older one's.
                Some(m) if m.id > batch.id => {}
                _ => merged = Some(batch),
            }
        }
        merged
    }
}

fn work(jobs: &Jobs, results: &Sender<Hunted>, waker: &Waker) {
    loop {
        let job = jobs.slot.take();
        if !run(&job, jobs, results, waker) {
            return;
        }
    }
}

/// Run one search, sending its rows in batches; false when nobody is
/// listening any more.
fn run(job: &Hunt, jobs: &Jobs, results: &Sender<Hunted>, waker: &Waker) -> bool {
    let stale = || jobs.newest.load(Ordering::SeqCst) != job.id;
    let mut rows = Vec::new();
    let mut last_sent: Option<Instant> = None;
    let mut listening = true;
    let mut send = |rows: &mut Vec<InsideRow>, done: bool| {
        let batch = Hunted {
            id: job.id,
            rows: std::mem::take(rows),
            done,
        };
        listening &= results.send(batch).is_ok();
        waker.wake(Input::Hunted);
    };
    if let Some(needle) = Needle::new(&job.term) {
        hunt(&job.origins, &needle, &stale, &mut |found| {
            let Some(entry) = job.entries.get(found.index) else {
                return;
            };
            if let Some(line) = best(&found.hits) {
                rows.push(InsideRow {
                    entry: *entry,
                    best: line.clone(),
                    lines: found.hits.len(),
                });
            }
            // The first row goes at once; later ones wait for company.
            if last_sent.is_none_or(|at| at.elapsed() >= BATCH) {
                send(&mut rows, false);
                last_sent = Some(Instant::now());
            }
        });
    }
    if !stale() {
        send(&mut rows, true);
    }
    listening
}
