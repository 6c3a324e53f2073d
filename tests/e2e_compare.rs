//! The compare view in the real binary: a mouse click, as a terminal sends
//! it, opens the cell under the pointer.

mod common;

use common::{Exit, Key, Pty, TIMEOUT};

const BRIEFING: &str = "briefings/istanbul-talks.toml";

/// The screen position (column, row) of `text`, 0-based.
fn find(screen: &str, text: &str) -> (usize, usize) {
    screen
        .lines()
        .enumerate()
        .find_map(|(row, line)| {
            let byte = line.find(text)?;
            Some((line[..byte].chars().count(), row))
        })
        .unwrap_or_else(|| panic!("{text:?} not on screen:\n{screen}"))
}

/// A left click at a 0-based screen cell, in the SGR encoding crossterm
/// asks the terminal for: the press, then the release.
fn click(pty: &mut Pty, column: usize, row: usize) {
    let (x, y) = (column + 1, row + 1);
    pty.send(format!("\x1b[<0;{x};{y}M\x1b[<0;{x};{y}m").as_bytes());
}

#[test]
fn a_click_on_a_cell_opens_it() {
    let mut pty = Pty::spawn_sized(&[BRIEFING], 40, 140);
    pty.wait_for("Istanbul to host");
    pty.send_key(Key::Char('c'));
    pty.wait_for("Enter open · d divergence");
    let screen = pty.screen_text();
    let (_, row) = find(&screen, "Troop withdrawal");
    let (column, _) = find(&screen, "2 Russia");
    click(&mut pty, column + 2, row);
    // The opened cell's title: the party and the topic.
    pty.wait_for("Russia · Troop withdrawal");
    pty.wait_for("Russia states no position on Troop withdrawal.");
    // Another click closes it; Esc and q leave the view, q quits.
    click(&mut pty, 0, 0);
    pty.wait_for_gone("Russia · Troop withdrawal");
    pty.send_key(Key::Esc);
    pty.wait_for_gone("Enter open · d divergence");
    pty.send_key(Key::Char('q'));
    assert_eq!(pty.wait_exit(TIMEOUT), Exit::Code(0));
    pty.assert_terminal_restored();
}
