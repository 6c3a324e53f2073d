//! A search through every briefing of a library, on as many threads as
//! there are cores, handing back each briefing's matches in library order
//! as soon as every briefing before it has been searched.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::thread;

use super::grep::{LineHit, Needle, search};
use crate::load::Origin;

/// Files a thread takes at a time: few enough that the first results come
/// early, enough that the threads seldom meet at the counter.
const CHUNK: usize = 16;
/// More threads than this only wait on the disk.
const MAX_THREADS: usize = 8;

/// The matches in one briefing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Its index in the origins searched.
    pub index: usize,
    /// Its matching lines, in order; never empty.
    pub hits: Vec<LineHit>,
}

/// Search `origins` for `needle`, calling `each` with every briefing that
/// matches, in the order of `origins`. `stop` is asked between files; once
/// it says yes the search ends early. Files that cannot be read are passed
/// over: the library lists them with their error.
pub fn hunt(
    origins: &[Origin],
    needle: &Needle,
    stop: &(dyn Fn() -> bool + Sync),
    each: &mut dyn FnMut(Found),
) {
    let threads = thread::available_parallelism()
        .map_or(2, std::num::NonZero::get)
        .clamp(1, MAX_THREADS)
        .min(origins.len().div_ceil(CHUNK).max(1));
    let next = AtomicUsize::new(0);
    let (sender, results) = mpsc::channel::<(usize, Vec<LineHit>)>();
    thread::scope(|scope| {
        for _ in 0..threads {
            let sender = sender.clone();
            let next = &next;
            scope.spawn(move || {
                loop {
                    let from = next.fetch_add(CHUNK, Ordering::Relaxed);
                    if from >= origins.len() {
                        return;
                    }
                    for (index, origin) in origins.iter().enumerate().skip(from).take(CHUNK) {
                        let hits = if stop() {
                            Vec::new()
                        } else {
                            origin
                                .bytes()
                                .map(|bytes| search(&bytes, needle))
                                .unwrap_or_default()
                        };
                        if sender.send((index, hits)).is_err() {
                            return;
                        }
                    }
                }
            });
        }
        drop(sender);
        // Results come in any order; each is handed on once all before it are in.
        let mut waiting = BTreeMap::new();
        let mut due = 0;
        for (index, hits) in results {
            waiting.insert(index, hits);
            while let Some(hits) = waiting.remove(&due) {
                if !hits.is_empty() && !stop() {
                    each(Found { index: due, hits });
                }
                due += 1;
            }
        }
    });
}
