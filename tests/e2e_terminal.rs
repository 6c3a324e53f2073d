//! The real binary in a pseudo-terminal: however brief ends (q, a signal,
//! the terminal closing, a panic), the terminal is left as it was found,
//! and the exit code is the conventional one.

mod common;

use std::thread;
use std::time::{Duration, Instant};

use common::{Exit, Key, Pty, Signal, TIMEOUT};

const BRIEFING: &str = "briefings/istanbul-talks.toml";
/// A word of the headline: on screen whenever the reader shows this
/// briefing at 80x24 or larger.
const HEADLINE: &str = "Istanbul";

fn start() -> Pty {
    let pty = Pty::spawn(&[BRIEFING]);
    pty.wait_for(HEADLINE);
    pty
}

#[test]
fn starts_in_raw_mode_on_the_alternate_screen_showing_the_headline() {
    let mut pty = start();
    pty.with_screen(|screen| {
        assert!(
            screen.alternate_screen(),
            "the reader should use the alternate screen"
        );
        assert!(
            screen.hide_cursor(),
            "the cursor should be hidden while reading"
        );
    });
    assert_eq!(
        pty.raw_mode(),
        Some(true),
        "the terminal should be in raw mode"
    );
    // No questions to the terminal: one that never answers (vt100 here,
    // many real ones) would stall the start.
    let raw = pty.raw_output();
    for query in [
        &b"\x1b[6n"[..],
        b"\x1b[c",
        b"\x1b[>c",
        b"\x1b[?u",
        b"\x1b]11;?",
        b"\x1b]10;?",
    ] {
        assert!(
            common::last(&raw, query).is_none(),
            "brief queried the terminal: {}",
            String::from_utf8_lossy(query).escape_debug()
        );
    }
    pty.send_key(Key::Char('q'));
    assert_eq!(pty.wait_exit(TIMEOUT), Exit::Code(0));
}

#[test]
fn q_exits_0_and_restores_the_terminal() {
    let mut pty = start();
    pty.send_key(Key::Char('q'));
    assert_eq!(pty.wait_exit(TIMEOUT), Exit::Code(0));
    pty.assert_terminal_restored();
    let raw = pty.raw_output();
    let leave = common::last(&raw, b"\x1b[?1049l").expect("left the alternate screen");
    assert!(
        raw[leave..].ends_with(b"\x1b[?25h"),
        "the output should end by showing the cursor, after leaving the alternate screen"
    );
}

#[test]
fn ctrl_c_is_a_key_that_quits_with_0() {
    let mut pty = start();
    pty.send_key(Key::Ctrl('c'));
    assert_eq!(pty.wait_exit(TIMEOUT), Exit::Code(0));
    pty.assert_terminal_restored();
}

fn ends_on_signal(signal: Signal, code: u32) {
    let mut pty = start();
    pty.kill(signal);
    assert_eq!(
        pty.wait_exit(TIMEOUT),
        Exit::Code(code),
        "exit code after {signal}"
    );
    pty.assert_terminal_restored();
}

#[test]
fn sigterm_restores_the_terminal_and_exits_143() {
    ends_on_signal(Signal::SIGTERM, 143);
}

#[test]
fn sighup_restores_the_terminal_and_exits_129() {
    ends_on_signal(Signal::SIGHUP, 129);
}

#[test]
fn sigint_from_outside_restores_the_terminal_and_exits_130() {
    ends_on_signal(Signal::SIGINT, 130);
}

#[test]
fn closing_the_terminal_ends_brief_promptly() {
    let mut pty = start();
    hang_up(&mut pty);
}

#[test]
fn closing_the_terminal_ends_brief_even_when_no_sighup_comes() {
    // Only a session leader gets SIGHUP when its terminal hangs up. Here a
    // shell that ignores it leads, and brief, its child, must notice the
    // hang-up on its own (no spinning on a dead terminal). The shell exits
    // with brief's code.
    let mut pty = Pty::builder(&[BRIEFING])
        // Not `exec`: a command after brief keeps the shell from replacing
        // itself with brief, which would make brief the leader.
        .wrapper(&["sh", "-c", "trap '' HUP; \"$@\"; exit $?", "sh"])
        .spawn();
    pty.wait_for(HEADLINE);
    hang_up(&mut pty);
}

/// crossterm#793: once a terminal has hung up, a read returns end-of-file
/// forever and crossterm retries it without end. An idle brief is inside
/// that read when the terminal goes, so only its own watch on the terminal
/// can end it when no SIGHUP comes (closing at once, while brief is still
/// busy, may see a read fail instead).
#[test]
fn closing_the_terminal_ends_an_idle_brief_even_when_no_sighup_comes() {
    let mut pty = Pty::builder(&[BRIEFING])
        .wrapper(&["sh", "-c", "trap '' HUP; \"$@\"; exit $?", "sh"])
        .spawn();
    pty.wait_for(HEADLINE);
    wait_until_still(&pty);
    let took = hang_up(&mut pty);
    assert!(took < Duration::from_secs(2), "took {took:?}");
}

/// Wait until brief has written nothing for a moment: the first frame may
/// come in more than one write.
fn wait_until_still(pty: &Pty) -> usize {
    let mut seen = pty.raw_output().len();
    loop {
        thread::sleep(Duration::from_millis(200));
        let now = pty.raw_output().len();
        if now == seen {
            return seen;
        }
        seen = now;
    }
}

/// Where there is no `/proc` (macOS), CPU time comes from `ps`, in its
/// formats: `M:SS.cc` on macOS, `[DD-]HH:MM:SS` from procps.
#[test]
fn cpu_time_from_ps_reads_in_hundredths() {
    use common::checks::hundredths;
    assert_eq!(hundredths("0:00.01"), Some(1));
    assert_eq!(hundredths("1:02.50"), Some(6_250));
    assert_eq!(hundredths("00:00:03"), Some(300));
    assert_eq!(hundredths("2-01:00:00"), Some((2 * 86_400 + 3_600) * 100));
    assert_eq!(hundredths("x"), None);
}

#[test]
fn idle_means_no_output_and_no_cpu() {
    let mut pty = start();
    let seen = wait_until_still(&pty);
    let ticks = pty.cpu_ticks().expect("brief's CPU time");
    // A measurement window, not a synchronisation.
    thread::sleep(Duration::from_secs(1));
    let used = pty.cpu_ticks().expect("brief's CPU time") - ticks;
    assert_eq!(
        pty.raw_output().len(),
        seen,
        "brief drew while nothing happened"
    );
    assert!(
        used <= 1,
        "brief used {used} clock ticks of CPU in a second of idling"
    );
    pty.send_key(Key::Char('q'));
    assert_eq!(pty.wait_exit(TIMEOUT), Exit::Code(0));
}

#[test]
fn a_resize_to_1x1_and_back_draws_the_headline_again() {
    let mut pty = start();
    let drawn = pty.output_len();
    pty.resize(1, 1);
    // The 1x1 frame: there is nothing readable in one cell, but brief must
    // have drawn it (and lived) before growing back.
    pty.wait_for_output_after(drawn);
    assert_eq!(pty.try_exit(), None, "brief died at 1x1");
    pty.resize(24, 80);
    pty.wait_for(HEADLINE);
    assert_eq!(pty.try_exit(), None, "brief died on a resize");
    pty.send_key(Key::Char('q'));
    assert_eq!(pty.wait_exit(TIMEOUT), Exit::Code(0));
    pty.assert_terminal_restored();
}

#[test]
fn ctrl_z_stops_with_the_terminal_restored_and_sigcont_redraws() {
    let mut pty = start();
    pty.send_key(Key::Ctrl('z'));
    pty.wait_stopped();
    // While stopped, the shell has the terminal: normal screen, cursor
    // shown, cooked mode. (Waited for: brief wrote it before stopping, but
    // the harness may not have read it yet.)
    pty.wait_until(
        "the normal screen with the cursor shown",
        TIMEOUT,
        |screen| !screen.alternate_screen() && !screen.hide_cursor(),
    );
    assert_eq!(
        pty.raw_mode(),
        Some(false),
        "stopped with the terminal in raw mode"
    );
    assert!(!pty.screen_text().contains(HEADLINE));

    // What `fg` does once the shell has given the terminal back.
    pty.kill(Signal::SIGCONT);
    pty.wait_for(HEADLINE);
    pty.with_screen(|screen| assert!(screen.alternate_screen()));
    assert_eq!(pty.raw_mode(), Some(true), "not back in raw mode after fg");

    // Still responsive, and still restores on the way out.
    pty.send_key(Key::Char('q'));
    assert_eq!(pty.wait_exit(TIMEOUT), Exit::Code(0));
    pty.assert_terminal_restored();
}

#[test]
fn sigtstp_from_outside_suspends_like_ctrl_z() {
    let mut pty = start();
    pty.kill(Signal::SIGTSTP);
    pty.wait_stopped();
    assert_eq!(
        pty.raw_mode(),
        Some(false),
        "stopped with the terminal in raw mode"
    );
    pty.kill(Signal::SIGCONT);
    pty.wait_for(HEADLINE);
    pty.kill(Signal::SIGTERM);
    assert_eq!(pty.wait_exit(TIMEOUT), Exit::Code(143));
    pty.assert_terminal_restored();
}

/// `BRIEF_TEST_PANIC=1` makes brief panic while drawing. Debug builds, which
/// `cargo test` runs, always honour it; release builds only with the
/// `test-panic` feature (see `src/reader/run.rs`).
#[cfg(any(debug_assertions, feature = "test-panic"))]
#[test]
fn a_panic_while_drawing_restores_the_terminal_before_the_message() {
    let mut pty = Pty::builder(&[BRIEFING])
        .env("BRIEF_TEST_PANIC", "1")
        .spawn();
    assert_eq!(
        pty.wait_exit(TIMEOUT),
        Exit::Code(101),
        "a panic exits with 101"
    );
    pty.assert_terminal_restored();
    let raw = pty.raw_output();
    let leave = common::last(&raw, b"\x1b[?1049l").expect("left the alternate screen");
    let message = common::last(&raw, b"panicking while drawing").expect("the panic message");
    assert!(
        message > leave,
        "the panic message should come after leaving the alternate screen, where it stays readable"
    );
    // On the normal screen, where the person can read it after brief exits.
    pty.wait_for("panicking while drawing");
}

/// crossterm learns of a resize through its own epoll, beside the terminal;
/// a resize it has not reported yet must not hold back the next key.
#[test]
fn a_key_after_a_resize_acts_at_once() {
    let mut pty = start();
    // A first key sets crossterm's reader up, resize watch and all.
    pty.send_key(Key::Char('2'));
    pty.wait_for("section 2/3");
    assert!(!pty.screen_text().contains("/ search"));
    pty.resize(30, 100);
    // The status bar has room for more hints at 100 columns.
    pty.wait_for("/ search");
    pty.send_key(Key::Char('G'));
    pty.wait_for("100%");
    pty.send_key(Key::Char('q'));
    assert_eq!(pty.wait_exit(TIMEOUT), Exit::Code(0));
}

/// Close the terminal under brief and check it ends as SIGHUP would, with
/// 129; how long it took. Generous: the requirement is 2 seconds, and the
/// time is in the message.
fn hang_up(pty: &mut Pty) -> Duration {
    let closed = Instant::now();
    pty.close_pty();
    let exit = pty.wait_exit(Duration::from_secs(5));
    let took = closed.elapsed();
    assert_eq!(
        exit,
        Exit::Code(129),
        "a hang-up ends brief as SIGHUP would (took {took:?})"
    );
    took
}
