//! The mouse where people expect it: the real binary in a pseudo-terminal,
//! clicks sent as SGR mouse reports (what brief asks the terminal for),
//! the screen read back.

mod common;

use common::{Exit, Key, Pty, TIMEOUT};

const BRIEFING: &str = "briefings/istanbul-talks.toml";

/// Where `text` starts on screen: (row, column), both from 0.
fn find(screen: &vt100::Screen, text: &str) -> Option<(u16, u16)> {
    let cols = screen.size().1.get();
    screen.rows(0, cols).enumerate().find_map(|(r, row)| {
        let at = row.find(text)?;
        // Columns count cells: each character left of it takes one here.
        let col = row[..at].chars().count();
        Some((u16::try_from(r).ok()?, u16::try_from(col).ok()?))
    })
}

/// A left click at a cell, pressed and released, 1-based in the report.
fn click(pty: &mut Pty, row: u16, col: u16) {
    let (x, y) = (col + 1, row + 1);
    pty.send(format!("\x1b[<0;{x};{y}M\x1b[<0;{x};{y}m").as_bytes());
}

fn click_on(pty: &mut Pty, text: &str) {
    pty.wait_for(text);
    let (row, col) = pty
        .with_screen(|screen| find(screen, text))
        .unwrap_or_else(|| panic!("{text:?} is on screen"));
    click(pty, row, col + 1);
}

fn quit(mut pty: Pty) {
    pty.send_key(Key::Char('q'));
    assert_eq!(pty.wait_exit(TIMEOUT), Exit::Code(0));
    pty.assert_terminal_restored();
}

#[test]
fn a_click_on_a_library_entry_opens_that_briefing() {
    let mut pty = Pty::spawn_sized(&[BRIEFING], 30, 100);
    pty.wait_for("Istanbul to host");
    pty.send_key(Key::Char('o'));
    pty.wait_for("Library");
    // The list is in its final order once the scan of the folder is done.
    pty.wait_until("the scan done", TIMEOUT, |screen| {
        let text = screen.contents();
        !text.contains("scanning") && (1..100).any(|n| text.contains(&format!(" {n} of {n}")))
    });
    // Not the entry selected: the click, not Enter, chooses it.
    click_on(&mut pty, "Iran and world powers seal nuclear deal");
    pty.wait_for("opened iran-nuclear-jcpoa.toml");
    pty.wait_for_gone("Library");
    quit(pty);
}

#[test]
fn a_click_gives_the_pane_clicked_the_focus() {
    let mut pty = Pty::spawn_sized(&[BRIEFING], 30, 100);
    pty.wait_for("Istanbul to host");
    pty.wait_for("Positions");
    click_on(&mut pty, "Positions");
    pty.wait_for("▸ Positions");
    pty.wait_for("j/k move");
    click_on(&mut pty, "Negotiators from Russia");
    pty.wait_for_gone("▸ Positions");
    // The reading pane, titled "Briefing" while its first heading is on top.
    pty.wait_for("▸ Briefing");
    quit(pty);
}
