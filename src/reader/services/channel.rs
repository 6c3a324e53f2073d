//! What the loop's one channel carries, and the handle that sends into it.

use std::sync::mpsc;

use crossterm::event::{Event, KeyEvent, MouseEvent};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    Key(KeyEvent),
    Mouse(MouseEvent),
    /// The terminal's new size: columns, rows.
    Resize(u16, u16),
    /// SIGTSTP from outside (`kill -TSTP`): suspend as Ctrl-z does.
    Suspend,
    /// SIGCONT: the process was stopped and has been continued; whoever had
    /// the terminal meanwhile may have changed it.
    Continued,
    /// A signal asking the reader to end (one of
    /// [`super::events::TERMINATING`]).
    Terminate(i32),
    /// The terminal is gone: hung up, unreadable, or its reader stopped.
    Closed,
    /// The library scan has entries waiting (or has finished).
    Library,
    /// A search run off the UI thread has come back.
    Searched,
    /// A search inside the library's briefings has found more.
    Hunted,
    /// The series of a briefing opened has been found (or not).
    Rounds,
    /// The open file changed or went away on disk.
    Watched(crate::watch::Change),
    /// Time to lay out another step of a big briefing. The loop sends it to
    /// itself, so keys pressed meanwhile come first.
    LayoutMore,
}

/// A handle other threads (the library scan, the file watcher, signals)
/// use to wake the loop with an [`Input`].
#[derive(Debug, Clone)]
pub struct Waker {
    sender: mpsc::Sender<Input>,
}

impl Waker {
    pub(super) fn new(sender: mpsc::Sender<Input>) -> Waker {
        Waker { sender }
    }

    /// Wake the loop; a loop that has ended is not an error.
    pub fn wake(&self, input: Input) {
        let _ = self.send(input);
    }

    /// Wake the loop; false when it has ended.
    pub(super) fn send(&self, input: Input) -> bool {
        self.sender.send(input).is_ok()
    }
}

pub(super) fn from_event(event: &Event) -> Option<Input> {
    match *event {
        Event::Key(key) => Some(Input::Key(key)),
        Event::Mouse(mouse) => Some(Input::Mouse(mouse)),
        Event::Resize(columns, rows) => Some(Input::Resize(columns, rows)),
        Event::FocusGained | Event::FocusLost | Event::Paste(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::{KeyCode, KeyModifiers};

    #[test]
    fn keys_and_resizes_pass_through_and_focus_does_not() {
        let key = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(from_event(&Event::Key(key)), Some(Input::Key(key)));
        assert_eq!(
            from_event(&Event::Resize(80, 24)),
            Some(Input::Resize(80, 24))
        );
        assert_eq!(from_event(&Event::FocusLost), None);
    }
}
