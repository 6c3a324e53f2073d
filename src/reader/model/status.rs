//! The status bar's message, and what it is about, so the next action on
//! the same thing replaces it instead of leaving it beside its contradiction.

/// What a message is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum About {
    /// Where the reader is: "no section 9", "no earlier briefing".
    Place,
    /// The search: "no match for …", "still searching…".
    Search,
    /// The file on disk: "reloaded", the editor's exit.
    File,
    /// A setting of a pane: "positions follow the reading: off".
    Panel,
    /// The changes against an earlier briefing.
    Changes,
    /// Whatever the loop has to say: a place that could not be saved.
    Notice,
}

/// What `brief check` says of the open briefing, when it warns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked {
    pub count: usize,
    /// The first warning and how to see them all, in one line.
    pub line: String,
}

/// A short message for the status bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub about: About,
}

impl Message {
    pub fn new(about: About, text: impl Into<String>) -> Message {
        Message {
            text: text.into(),
            about,
        }
    }
}

/// The status bar's message, and the banner above the text.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Status {
    /// A short message ("reloaded", an error).
    pub message: Option<Message>,
    /// A warning that stays until it no longer holds: the file on disk is
    /// broken or gone, and what is shown is the last good one.
    pub banner: Option<String>,
}
