//! Links as a person meets them in a real terminal: OSC 8 hyperlinks for
//! safe addresses only, `L` and Enter opening one in `$BROWSER`, a click on
//! one, and `y` copying a citation through OSC 52.

mod common;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use base64::Engine as _;
use common::{Exit, Key, Pty, TIMEOUT};

const BRIEFING: &str = "briefings/good-friday-agreement.toml";
const AGREEMENT: &str = "https://www.gov.uk/government/publications/the-belfast-agreement";

/// A browser that writes the address it was given to a file, one a line.
fn recording_browser(dir: &Path) -> (String, PathBuf) {
    let record = dir.join("opened.txt");
    let script = dir.join("record-browser");
    let text = format!(
        "#!/bin/sh\nprintf '%s\\n' \"$1\" >> '{}'\n",
        record.display()
    );
    std::fs::write(&script, text).expect("write the browser script");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    }
    (script.to_string_lossy().into_owned(), record)
}

/// Wait until the browser has recorded something; what it recorded.
fn opened(record: &Path) -> String {
    let deadline = Instant::now() + TIMEOUT;
    loop {
        if let Ok(text) = std::fs::read_to_string(record)
            && text.ends_with('\n')
        {
            return text;
        }
        assert!(Instant::now() < deadline, "the browser was never started");
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Wait until brief has written `needle`.
fn wait_for_bytes(pty: &Pty, needle: &[u8]) {
    loop {
        let raw = pty.raw_output();
        if find(&raw, needle).is_some() {
            return;
        }
        pty.wait_for_output_after(raw.len());
    }
}

fn osc8_open(url: &str) -> Vec<u8> {
    format!("\x1b]8;;{url}\x1b\\").into_bytes()
}

/// The addresses of every OSC 8 brief opened.
fn osc8_targets(raw: &[u8]) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = raw;
    while let Some(at) = find(rest, b"\x1b]8;") {
        rest = &rest[at + 4..];
        let end = find(rest, b"\x1b\\").unwrap_or(rest.len());
        let params_and_url = String::from_utf8_lossy(&rest[..end]).into_owned();
        let url = params_and_url
            .split_once(';')
            .map_or("", |(_, u)| u)
            .to_owned();
        if !url.is_empty() {
            out.push(url);
        }
    }
    out
}

fn quit(mut pty: Pty) {
    pty.send_key(Key::Char('q'));
    assert_eq!(pty.wait_exit(TIMEOUT), Exit::Code(0));
    pty.assert_terminal_restored();
}

/// Section 3 of the bundled Good Friday briefing links the agreement; at
/// 100x30 the link is on screen with the section at the top.
fn at_the_link(args: &[&str], env: &[(&str, &str)]) -> Pty {
    let mut builder = Pty::builder(args).size(30, 100);
    for (k, v) in env {
        builder = builder.env(k, v);
    }
    let mut pty = builder.spawn();
    pty.wait_for("Good Friday Agreement");
    pty.send_key(Key::Char('3'));
    pty.wait_for("section 3/5");
    // On screen with no more keys: a click must not race a scroll.
    pty.wait_for("(https://www.gov.uk/");
    pty
}

#[test]
fn a_bundled_link_is_written_as_an_osc_8_hyperlink() {
    let pty = at_the_link(&[BRIEFING], &[]);
    wait_for_bytes(&pty, &osc8_open(AGREEMENT));
    quit(pty);
}

#[test]
fn the_open_compare_cell_writes_its_address_as_a_hyperlink() {
    let mut pty = Pty::builder(&[BRIEFING]).size(40, 120).spawn();
    pty.wait_for("Good Friday Agreement");
    pty.send_key(Key::Char('c'));
    pty.wait_for("Compare");
    let before = pty.raw_output().len();
    // The first cell: the UK government on the consent principle, which
    // cites the agreement.
    pty.send_key(Key::Enter);
    pty.wait_for("Link: https://www.gov.uk/");
    let needle = osc8_open(AGREEMENT);
    loop {
        let raw = pty.raw_output();
        if find(&raw[before..], &needle).is_some() {
            break;
        }
        pty.wait_for_output_after(raw.len());
    }
    // Close the cell, then the compare view, then quit.
    pty.send_key(Key::Char('q'));
    pty.wait_for_gone("Link: https://www.gov.uk/");
    pty.send_key(Key::Char('q'));
    pty.wait_for("c compare");
    quit(pty);
}

#[test]
fn links_never_and_a_dumb_terminal_get_no_hyperlinks() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "[reader]\nlinks = \"never\"\n").expect("write the configuration");
    let config = config.to_string_lossy().into_owned();
    let never = at_the_link(&["--config", &config, BRIEFING], &[]);
    let dumb = at_the_link(&[BRIEFING], &[("TERM", "dumb")]);
    for mut pty in [never, dumb] {
        // Another frame after the one with the link, so that anything
        // written after that one's cells is in too.
        pty.send_key(Key::Char('f'));
        pty.wait_for("positions follow the reading: off");
        let raw = pty.raw_output();
        assert!(osc8_targets(&raw).is_empty(), "{:?}", osc8_targets(&raw));
        quit(pty);
    }
}

#[test]
fn hostile_addresses_get_no_hyperlink() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let file = dir.path().join("hostile.toml");
    std::fs::write(
        &file,
        r#"format = 1
headline = "Hostile links"

[[sources]]
name = "Evil source"
url = "javascript:alert(2)"

[[sections]]
title = "Links"
body = """
A [script](javascript:alert(1)) and javascript:alert(3) and
https://evil.example/a\u001b]8;;https://x.example\u0007b and
https://evil.example/c\u009dd and a good one: https://good.example/ok
"""
"#,
    )
    .expect("write the briefing");
    let path = file.to_string_lossy().into_owned();
    let pty = Pty::spawn_sized(&[&path], 30, 120);
    pty.wait_for("https://good.example/ok");
    wait_for_bytes(&pty, &osc8_open("https://good.example/ok"));
    let raw = pty.raw_output();
    let targets = osc8_targets(&raw);
    assert!(
        targets.iter().all(|t| t == "https://good.example/ok"),
        "{targets:?}"
    );
    quit(pty);
}

#[test]
fn enter_in_the_links_list_opens_the_link_in_browser() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let (browser, record) = recording_browser(dir.path());
    let mut pty = at_the_link(&[BRIEFING], &[("BROWSER", &browser)]);
    pty.send_key(Key::Char('L'));
    pty.wait_for("1. Belfast Agreement");
    pty.send_key(Key::Enter);
    assert_eq!(opened(&record), format!("{AGREEMENT}\n"));
    pty.wait_for("opening https://www.gov.uk");
    #[cfg(target_os = "linux")]
    no_zombie_left(&mut pty);
    quit(pty);
}

/// The browser webbrowser started and let go of is reaped: once it has
/// exited, the next key read leaves no zombie child of brief's behind.
#[cfg(target_os = "linux")]
fn no_zombie_left(pty: &mut Pty) {
    // brief's children: how many are running, and how many are zombies.
    let children = |parent: i32| -> (usize, usize) {
        let Ok(entries) = std::fs::read_dir("/proc") else {
            return (0, 0);
        };
        let states: Vec<String> = entries
            .filter_map(|e| std::fs::read_to_string(e.ok()?.path().join("stat")).ok())
            .filter_map(|stat| {
                // pid (comm) state ppid …: read after the command's ")".
                let after = stat.rsplit_once(") ")?.1.to_owned();
                let mut fields = after.split(' ');
                let state = fields.next()?.to_owned();
                let ppid = fields.next()?.parse::<i32>().ok()?;
                (ppid == parent).then_some(state)
            })
            .collect();
        let zombies = states.iter().filter(|s| *s == "Z").count();
        (states.len() - zombies, zombies)
    };
    let deadline = Instant::now() + TIMEOUT;
    loop {
        match children(pty.pid()) {
            (0, 0) => return,
            // Once the browser has exited, a key makes the loop run, and
            // it reaps before acting on the key.
            (0, _) => pty.send_key(Key::Char('k')),
            _ => {}
        }
        assert!(
            Instant::now() < deadline,
            "a zombie browser was left behind"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn a_click_on_a_link_opens_it() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let (browser, record) = recording_browser(dir.path());
    let mut pty = at_the_link(&[BRIEFING], &[("BROWSER", &browser)]);
    let (row, column) = pty.with_screen(|screen| {
        let rows: Vec<String> = screen.rows(0, screen.size().1.get()).collect();
        rows.iter()
            .enumerate()
            .find_map(|(r, text)| {
                let at = text.find("(https://www.gov.uk/")?;
                Some((r, text[..at].chars().count() + 5))
            })
            .expect("the link on screen")
    });
    pty.send(
        format!(
            "\x1b[<0;{};{}M\x1b[<0;{};{}m",
            column + 1,
            row + 1,
            column + 1,
            row + 1
        )
        .as_bytes(),
    );
    assert_eq!(opened(&record), format!("{AGREEMENT}\n"));
    quit(pty);
}

#[test]
fn y_in_the_positions_panel_copies_the_citation_through_osc_52() {
    let mut pty = at_the_link(&[BRIEFING], &[]);
    pty.send_key(Key::Tab);
    pty.wait_for("▸ Positions");
    pty.send_key(Key::Char('y'));
    pty.wait_for("copied citation: UK government on Consent principle");
    let raw = pty.raw_output();
    let at = find(&raw, b"\x1b]52;c;").expect("an OSC 52 sequence") + 7;
    let end = raw[at..]
        .iter()
        .position(|&b| b == 0x07 || b == 0x1b)
        .expect("the sequence's end");
    let payload = base64::engine::general_purpose::STANDARD
        .decode(&raw[at..at + end])
        .expect("base64");
    let briefing = brief::load::load_file(Path::new(BRIEFING)).expect("the bundled briefing");
    let party = briefing
        .parties
        .iter()
        .find(|p| p.short_name() == "UK government")
        .expect("the party");
    let position = party
        .positions
        .iter()
        .find(|p| p.topic == "Consent principle")
        .expect("the position");
    let citation = brief::export::citation(&briefing, party, position);
    assert_eq!(String::from_utf8_lossy(&payload), citation);
    assert!(citation.contains(AGREEMENT), "{citation}");
    quit(pty);
}

#[test]
fn a_text_browser_gets_the_terminal_and_the_reader_comes_back() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let record = dir.path().join("opened.txt");
    // Named as a text browser, so brief hands it the terminal.
    let script = dir.path().join("w3m");
    let text = format!(
        "#!/bin/sh\nif [ -t 1 ]; then t=tty; else t=none; fi\nprintf '%s %s\\n' \"$1\" \"$t\" >> '{}'\n",
        record.display()
    );
    std::fs::write(&script, text).expect("write the browser script");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    }
    let browser = script.to_string_lossy().into_owned();
    let mut pty = at_the_link(&[BRIEFING], &[("BROWSER", &browser)]);
    pty.send_key(Key::Char('L'));
    pty.wait_for("1. Belfast Agreement");
    let before = pty.output_len();
    pty.send_key(Key::Enter);
    assert_eq!(opened(&record), format!("{AGREEMENT} tty\n"));
    // The normal screen while it ran, then the reader again, whole.
    wait_for_bytes(&pty, b"\x1b[?1049l");
    pty.wait_for("opening https://www.gov.uk");
    let raw = pty.raw_output();
    let left = find(&raw[before..], b"\x1b[?1049l").expect("left the alternate screen");
    assert!(
        find(&raw[before + left..], b"\x1b[?1049h").is_some(),
        "never came back to the alternate screen"
    );
    pty.wait_for("Good Friday Agreement");
    quit(pty);
}
