//! From a topic to the text, as a person gets there: the real binary in a
//! pseudo-terminal, a topic chosen in the positions panel by keys or by a
//! click (an SGR mouse report, as terminals send it), the screen read back.

mod common;

use common::{Exit, Key, Pty, TIMEOUT};

const BRIEFING: &str = "briefings/istanbul-talks.toml";

/// The first row of text, under the reading pane's title row: a section
/// brought to the top starts with its heading (the title, above, does not
/// say it again).
fn first_text_row(screen: &vt100::Screen) -> Option<String> {
    let rows: Vec<String> = screen.rows(0, screen.size().1.get()).collect();
    let rule = rows.iter().position(|r| r.starts_with("────"))?;
    rows.get(rule + 2).cloned()
}

/// Where `text` starts on screen: (row, column), both from 0.
fn find(screen: &vt100::Screen, text: &str) -> Option<(u16, u16)> {
    let cols = screen.size().1.get();
    screen.rows(0, cols).enumerate().find_map(|(r, row)| {
        // Columns count cells, not bytes: every cell left of the match
        // holds one character here (a wide one would be two cells).
        let at = row.find(text)?;
        let col = row[..at].chars().count();
        Some((u16::try_from(r).ok()?, u16::try_from(col).ok()?))
    })
}

/// A left click at a cell, pressed and released, in the SGR encoding
/// (1-based column and row) that brief asks the terminal for.
fn click(pty: &mut Pty, row: u16, col: u16) {
    let (x, y) = (col + 1, row + 1);
    pty.send(format!("\x1b[<0;{x};{y}M\x1b[<0;{x};{y}m").as_bytes());
}

fn quit(mut pty: Pty) {
    pty.send_key(Key::Char('q'));
    assert_eq!(pty.wait_exit(TIMEOUT), Exit::Code(0));
    pty.assert_terminal_restored();
}

#[test]
fn a_click_on_a_topic_title_brings_up_the_section_on_it() {
    let mut pty = Pty::spawn_sized(&[BRIEFING], 50, 160);
    pty.wait_for("Istanbul to host");
    // Only the panel writes a topic with its verdict beside it.
    let title = "Troop withdrawal  [one voice]";
    pty.wait_for(title);
    let (row, col) = pty
        .with_screen(|screen| find(screen, title))
        .expect("the topic's title is on screen");
    click(&mut pty, row, col + 3);
    pty.wait_for("section 1 of 1 on Troop withdrawal");
    pty.wait_until("section 2 under the rule", TIMEOUT, |screen| {
        first_text_row(screen).is_some_and(|r| r.contains("2. Low expectations"))
    });
    // The click gave the panel the focus: its title is marked.
    pty.wait_for("▸ Positions");
    quit(pty);
}

#[test]
fn enter_on_a_topic_goes_to_each_section_on_it_in_turn() {
    let mut pty = Pty::spawn_sized(&[BRIEFING], 30, 100);
    pty.wait_for("Istanbul to host");
    pty.send_key(Key::Tab);
    pty.wait_for("▸ Positions");
    pty.wait_for("Enter to the text");
    // Istanbul talks, its three parties, then De-escalation.
    pty.send_keys(&[Key::Char('j'); 4]);
    pty.send_key(Key::Enter);
    pty.wait_for("section 1 of 2 on De-escalation");
    pty.wait_until("section 1 under the rule", TIMEOUT, |screen| {
        first_text_row(screen).is_some_and(|r| r.contains("1. Ankara offers"))
    });
    pty.send_key(Key::Enter);
    pty.wait_for("section 2 of 2 on De-escalation");
    pty.wait_until("section 3 under the rule", TIMEOUT, |screen| {
        first_text_row(screen).is_some_and(|r| r.contains("3. A narrow opening"))
    });
    quit(pty);
}
