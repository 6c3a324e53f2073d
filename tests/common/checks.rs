//! What the tests check beyond the screen: the process, the terminal's
//! modes, and the escape sequences brief wrote.

use std::thread;
use std::time::Instant;

use super::{POLL, Pty, TIMEOUT};

impl Pty {
    /// The process state letter (`S` sleeping, `R` running, `T` stopped),
    /// or `None` once it is gone: from `/proc` on Linux, from `ps`
    /// elsewhere (macOS has no `/proc`).
    pub fn process_state(&self) -> Option<char> {
        #[cfg(target_os = "linux")]
        {
            let stat = std::fs::read_to_string(format!("/proc/{}/stat", self.pid)).ok()?;
            // The command name may hold spaces and parentheses: the fields
            // start after the last ')'.
            let fields = &stat[stat.rfind(')')? + 1..];
            fields.split_whitespace().next()?.chars().next()
        }
        #[cfg(not(target_os = "linux"))]
        {
            ps(self.pid, "stat=")?.chars().next()
        }
    }

    /// CPU time brief has used so far (user + system), in hundredths of a
    /// second: clock ticks from `/proc` on Linux (100 a second), `ps`'s
    /// `time` elsewhere.
    pub fn cpu_ticks(&self) -> Option<u64> {
        #[cfg(target_os = "linux")]
        {
            let stat = std::fs::read_to_string(format!("/proc/{}/stat", self.pid)).ok()?;
            let fields: Vec<&str> = stat[stat.rfind(')')? + 1..].split_whitespace().collect();
            // utime and stime are fields 14 and 15 of stat; index 0 here
            // is field 3.
            let user: u64 = fields.get(11)?.parse().ok()?;
            let system: u64 = fields.get(12)?.parse().ok()?;
            Some(user + system)
        }
        #[cfg(not(target_os = "linux"))]
        {
            hundredths(&ps(self.pid, "time=")?)
        }
    }

    /// Wait until brief is stopped (Ctrl-z).
    pub fn wait_stopped(&self) {
        let deadline = Instant::now() + TIMEOUT;
        while self.process_state() != Some('T') {
            assert!(
                Instant::now() < deadline,
                "brief did not stop (state {:?})\n--- screen ---\n{}",
                self.process_state(),
                self.screen_text()
            );
            thread::sleep(POLL);
        }
    }

    /// Whether the terminal is in raw mode (no line editing, no echo), as
    /// brief left it; `None` once the pty is closed.
    pub fn raw_mode(&self) -> Option<bool> {
        let termios = self.master.as_ref()?.get_termios()?;
        let cooked = libc::ICANON | libc::ECHO;
        Some(termios.local_flags.bits() & cooked != cooked)
    }

    /// Assert the terminal is as brief found it: alternate screen left,
    /// cursor shown, mouse reporting off, and, while the pty is still open,
    /// raw mode off; and that the output ends that way, with no later
    /// re-entry into any of these modes.
    pub fn assert_terminal_restored(&self) {
        let raw = self.raw_output();
        let leave = last(&raw, b"\x1b[?1049l").unwrap_or_else(|| {
            panic!(
                "brief never left the alternate screen; output ends:\n{}",
                tail(&raw)
            )
        });
        let after = &raw[leave..];
        for again in [
            &b"\x1b[?1049h"[..],
            b"\x1b[?1000h",
            b"\x1b[?1002h",
            b"\x1b[?1003h",
            b"\x1b[?1006h",
            b"\x1b[?25l",
        ] {
            assert!(
                last(after, again).is_none(),
                "{} after leaving the alternate screen; output ends:\n{}",
                String::from_utf8_lossy(again).escape_debug(),
                tail(&raw)
            );
        }
        assert!(
            last(&raw, b"\x1b[?25h").is_some_and(|show| show > leave),
            "the cursor was not shown after leaving the alternate screen; output ends:\n{}",
            tail(&raw)
        );
        for mode in ["1000", "1002", "1003", "1006", "1015"] {
            let on = last(&raw, format!("\x1b[?{mode}h").as_bytes());
            let off = last(&raw, format!("\x1b[?{mode}l").as_bytes());
            assert!(
                on <= off,
                "mouse mode {mode} left on; output ends:\n{}",
                tail(&raw)
            );
        }
        self.with_screen(|screen| {
            assert!(!screen.alternate_screen(), "still on the alternate screen");
            assert!(!screen.hide_cursor(), "the cursor is still hidden");
            assert_eq!(
                screen.mouse_protocol_mode(),
                vt100::MouseProtocolMode::None,
                "mouse reporting still on"
            );
        });
        if let Some(raw_mode) = self.raw_mode() {
            assert!(!raw_mode, "the terminal was left in raw mode");
        }
    }
}

/// Where `needle` last occurs in `haystack`.
pub fn last(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|w| w == needle)
}

/// The SGR sequences (`ESC [ … m`) in `raw` that set a colour: 30–38 and
/// 90–97 for the text, 40–48 and 100–107 behind it. 39 and 49 put the
/// terminal's own colours back, which is no colour.
pub fn colour_sequences(raw: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(raw);
    let mut found = Vec::new();
    for piece in text.split('\u{1b}').skip(1) {
        let Some(body) = piece.strip_prefix('[') else {
            continue;
        };
        let end = body
            .find(|c: char| !(c.is_ascii_digit() || c == ';' || c == ':'))
            .unwrap_or(body.len());
        if !body[end..].starts_with('m') {
            continue;
        }
        let params = &body[..end];
        // Read in order: the numbers after a 38 or 48 (5;N, 2;R;G;B) are
        // never reached, so they cannot pass for parameters of their own.
        let sets_colour = params.split([';', ':']).any(|p| {
            matches!(
                p.parse::<u16>(),
                Ok(30..=38 | 40..=48 | 90..=97 | 100..=107)
            )
        });
        if sets_colour {
            found.push(format!("ESC[{params}m"));
        }
    }
    found
}

/// The end of the output, escaped, for failure messages.
pub(super) fn tail(raw: &[u8]) -> String {
    let start = raw.len().saturating_sub(600);
    String::from_utf8_lossy(&raw[start..])
        .escape_debug()
        .to_string()
}

/// One field of `ps` for `pid`, trimmed; `None` once the process is gone.
#[cfg(not(target_os = "linux"))]
fn ps(pid: i32, field: &str) -> Option<String> {
    let out = std::process::Command::new("ps")
        .args(["-o", field, "-p", &pid.to_string()])
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    (out.status.success() && !text.is_empty()).then_some(text)
}

/// `ps`'s CPU time, `[[DD-]HH:]MM:SS[.cc]`, in hundredths of a second.
pub fn hundredths(time: &str) -> Option<u64> {
    let (days, rest) = match time.split_once('-') {
        Some((days, rest)) => (days.parse::<u64>().ok()?, rest),
        None => (0, time),
    };
    let (whole, fraction) = rest.split_once('.').unwrap_or((rest, "0"));
    let mut seconds = 0;
    for part in whole.split(':') {
        seconds = seconds * 60 + part.parse::<u64>().ok()?;
    }
    seconds += days * 86_400;
    let cents: u64 = format!("{fraction:0<2}").get(..2)?.parse().ok()?;
    Some(seconds * 100 + cents)
}
