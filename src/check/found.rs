//! One warning as a check finds it, before it is placed in the file.

use std::ops::Range;

/// A warning before it is placed: where, what, and what to do.
pub(super) struct Found {
    pub(super) span: Range<usize>,
    pub(super) message: String,
    pub(super) notes: Vec<String>,
}

impl Found {
    pub(super) fn new(
        span: Range<usize>,
        message: impl Into<String>,
        note: impl Into<String>,
    ) -> Found {
        Found {
            span,
            message: message.into(),
            notes: vec![note.into()],
        }
    }
}
