//! The thread that runs searches over big briefings, so typing in the
//! search prompt never waits for one. Only the newest search is run: one
//! that was overtaken by another keystroke before it started is dropped.

use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread;

use super::channel::{Input, Waker};
use super::slot::Slot;
use crate::reader::model::search::{Hits, Job};

type Found = (Box<Job>, Hits);

pub struct Searcher {
    slot: Arc<Slot<Box<Job>>>,
    results: Receiver<Found>,
}

impl Searcher {
    /// Start the worker; it wakes the loop with [`Input::Searched`].
    pub fn start(waker: Waker) -> std::io::Result<Searcher> {
        let slot = Arc::new(Slot::default());
        let (sender, results) = mpsc::channel();
        let worker = Arc::clone(&slot);
        thread::Builder::new()
            .name("brief-search".into())
            .spawn(move || work(&worker, &sender, &waker))?;
        Ok(Searcher { slot, results })
    }

    /// Search for `job`, replacing any search not yet started.
    pub fn submit(&self, job: Box<Job>) {
        self.slot.put(job);
    }

    /// The newest result that has come back, if any.
    pub fn latest(&self) -> Option<Found> {
        self.results.try_iter().last()
    }
}

fn work(slot: &Slot<Box<Job>>, results: &Sender<Found>, waker: &Waker) {
    loop {
        let job = slot.take();
        // The hits on screen first; then, unless another search has come,
        // all of them, counted.
        if let Some(near) = job.run_near() {
            if results.send((Box::new((*job).clone()), near)).is_err() {
                return;
            }
            waker.wake(Input::Searched);
            if slot.has_waiting() {
                continue;
            }
        }
        let hits = job.run();
        if results.send((job, hits)).is_err() {
            return;
        }
        waker.wake(Input::Searched);
    }
}
