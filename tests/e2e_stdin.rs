//! `brief -`: the reader on a briefing piped in, its keys from the terminal.

mod common;

use common::{Exit, Key, Pty, TIMEOUT};

/// brief run by a shell that feeds `file` to its standard input; the
/// terminal stays the pseudo-terminal, where the keys come from.
fn piped(file: &str) -> Pty {
    let script = format!("exec \"$0\" \"$@\" < {file}");
    Pty::builder(&["-"])
        .size(30, 100)
        .wrapper(&["sh", "-c", &script])
        .spawn()
}

#[test]
fn a_briefing_on_standard_input_is_read_with_keys_from_the_terminal() {
    let mut pty = piped("briefings/istanbul-talks.toml");
    pty.wait_for("Istanbul to host");
    pty.wait_for("<stdin> is read once");
    pty.send_key(Key::Char('3'));
    pty.wait_for("section 3/3");
    pty.send_key(Key::Char('r'));
    pty.wait_for("nothing to reload");
    pty.send_key(Key::Char('e'));
    pty.wait_for("save it to a file to edit it");
    pty.send_key(Key::Char('q'));
    assert_eq!(pty.wait_exit(TIMEOUT), Exit::Code(0));
    pty.assert_terminal_restored();
}

#[test]
fn a_broken_briefing_on_standard_input_is_named_stdin_with_its_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("broken.toml");
    std::fs::write(&path, "headline = \"x\"\nstray = 1\n").expect("write");
    let mut pty = piped(&path.to_string_lossy());
    pty.wait_for("<stdin>:2:1");
    assert_eq!(pty.wait_exit(TIMEOUT), Exit::Code(1));
}

/// A FIFO named on the command line is read once, like standard input.
#[test]
fn a_fifo_named_is_read_and_not_watched() {
    let dir = tempfile::tempdir().expect("temp dir");
    let fifo = dir.path().join("pipe.toml");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("note: mkfifo is not available; the FIFO test is skipped");
        return;
    }
    let writer = {
        let fifo = fifo.clone();
        // Opening it to write waits for brief to open it to read.
        std::thread::spawn(move || {
            std::fs::write(fifo, include_str!("../briefings/istanbul-talks.toml"))
        })
    };
    let mut pty = Pty::spawn_sized(&[&fifo.to_string_lossy()], 30, 100);
    pty.wait_for("Istanbul to host");
    pty.wait_for("is read once");
    assert!(writer.join().is_ok_and(|w| w.is_ok()));
    pty.send_key(Key::Char('r'));
    pty.wait_for("nothing to reload");
    pty.send_key(Key::Char('q'));
    assert_eq!(pty.wait_exit(TIMEOUT), Exit::Code(0));
}
