//! The newest job for a worker thread: the loop puts one in (replacing one
//! not yet started), the worker waits for it. Shared by the search worker
//! and the library search worker.

use std::sync::{Condvar, Mutex, PoisonError};

pub struct Slot<T> {
    job: Mutex<Option<T>>,
    ready: Condvar,
}

impl<T> Default for Slot<T> {
    fn default() -> Slot<T> {
        Slot {
            job: Mutex::new(None),
            ready: Condvar::new(),
        }
    }
}

impl<T> Slot<T> {
    /// Put `job` in, dropping one the worker has not taken yet.
    pub fn put(&self, job: T) {
        let mut waiting = self.job.lock().unwrap_or_else(PoisonError::into_inner);
        *waiting = Some(job);
        self.ready.notify_one();
    }

    /// Wait for a job and take it.
    pub fn take(&self) -> T {
        let mut waiting = self.job.lock().unwrap_or_else(PoisonError::into_inner);
        loop {
            if let Some(job) = waiting.take() {
                return job;
            }
            waiting = self
                .ready
                .wait(waiting)
                .unwrap_or_else(PoisonError::into_inner);
        }
    }

    /// Whether a newer job is waiting.
    pub fn has_waiting(&self) -> bool {
        self.job
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::Slot;

    #[test]
    fn a_job_put_before_the_worker_takes_it_is_replaced_by_the_newer() {
        let slot = Slot::default();
        slot.put(1);
        slot.put(2);
        assert!(slot.has_waiting());
        assert_eq!(slot.take(), 2);
        assert!(!slot.has_waiting());
    }
}
