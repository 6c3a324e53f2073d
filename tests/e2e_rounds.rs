//! Moving between the rounds of a negotiation as a person does: the real
//! binary in a pseudo-terminal, `{` and `}` typed, the screen read back.

mod common;

use common::{Exit, Key, Pty, TIMEOUT};

#[test]
fn braces_step_through_the_istanbul_rounds() {
    let mut pty = Pty::spawn_sized(&["briefings/istanbul-talks-2025-06-02.toml"], 30, 100);
    pty.wait_for("Second Istanbul round");
    // Pressed at once, maybe before the other rounds are found: then the
    // key waits for them rather than being lost.
    pty.send_key(Key::Char('}'));
    pty.wait_for("Third Istanbul round");
    pty.wait_for("round 4 of 4");
    pty.send_key(Key::Char('{'));
    pty.wait_for("Second Istanbul round");
    pty.wait_for("round 3 of 4");
    pty.send_key(Key::Char('{'));
    pty.wait_for("Russia and Ukraine meet face to face");
    pty.wait_for("round 2 of 4");
    // Each round was a step in history: Backspace goes back one.
    pty.send_key(Key::Backspace);
    pty.wait_for("Second Istanbul round");
    pty.send_key(Key::Char('q'));
    assert_eq!(pty.wait_exit(TIMEOUT), Exit::Code(0));
}
