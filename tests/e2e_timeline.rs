//! The timeline of a negotiation as a person meets it: the real binary in
//! a pseudo-terminal, `T` typed on an Istanbul round, a cell chosen, and
//! Enter opening that round at its topic.

mod common;

use common::{Exit, Key, Pty, TIMEOUT};

#[test]
fn capital_t_shows_the_istanbul_timeline_and_enter_opens_another_round() {
    let mut pty = Pty::spawn_sized(&["briefings/istanbul-talks-2025-06-02.toml"], 30, 120);
    pty.wait_for("Second Istanbul round");
    // Pressed at once, maybe before the other rounds are found: then the
    // key waits for them rather than being lost.
    pty.send_key(Key::Char('T'));
    pty.wait_for("Timeline · istanbul-talks-2025 · 4 rounds");
    // The summary, as `brief timeline` words it.
    pty.wait_for("topics moved;");
    pty.wait_for("3 · 2025-06-02");
    // Down to Ceasefire's first party line, a round to the left, Enter.
    for _ in 0..5 {
        pty.send_key(Key::Char('j'));
    }
    pty.send_key(Key::Left);
    pty.send_key(Key::Enter);
    pty.wait_for("Russia and Ukraine meet face to face");
    pty.wait_for("round 2 of 4, at “Ceasefire”: Ukraine");
    pty.wait_for_gone("Timeline · istanbul-talks-2025");
    // A step in history: Backspace goes back to the round it came from.
    pty.send_key(Key::Backspace);
    pty.wait_for("Second Istanbul round");
    // Esc closes the timeline and leaves the reader where it was.
    pty.send_key(Key::Char('T'));
    pty.wait_for("Timeline · istanbul-talks-2025");
    pty.send_key(Key::Esc);
    pty.wait_for_gone("Timeline · istanbul-talks-2025");
    pty.send_key(Key::Char('q'));
    assert_eq!(pty.wait_exit(TIMEOUT), Exit::Code(0));
}

/// Esc and a key typed right after it, arriving in one read (crossterm
/// makes that Alt and the key), still act as two presses: Esc closes help
/// and `q` the timeline; then Esc and `q` in the reader quit. (Esc typed
/// twice in one read crossterm reads as one Esc; nothing here can see the
/// second.)
#[test]
fn keys_typed_right_after_esc_still_count_as_keys() {
    let mut pty = Pty::spawn_sized(&["briefings/istanbul-talks-2025-06-02.toml"], 30, 120);
    pty.wait_for("Second Istanbul round");
    pty.send_key(Key::Char('T'));
    pty.wait_for("Timeline · istanbul-talks-2025");
    pty.send_key(Key::Char('?'));
    pty.wait_for("Timeline of the series");
    pty.send(b"\x1bq");
    pty.wait_for_gone("Timeline · istanbul-talks-2025");
    pty.wait_for("Second Istanbul round");
    pty.send(b"\x1bq");
    assert_eq!(pty.wait_exit(TIMEOUT), Exit::Code(0));
    pty.assert_terminal_restored();
}
