//! Records `assets/demo.cast`, the README's asciinema recording:
//! `cargo run --release --example demo` (play it with
//! `asciinema play assets/demo.cast`).
//!
//! It builds the release binary (`cargo build --release --bin brief`),
//! runs it in a pseudo-terminal of 120x36 with `TERM=xterm-256color` and a
//! fresh temporary HOME and XDG directories, and plays a scripted tour:
//! open the Istanbul briefing, move down, jump to a section, search, the
//! positions panel, the compare view, the library picker, the 23 July round,
//! the timeline, quit. Every byte brief writes goes into the recording as
//! written; the script waits until the screen (parsed by `vt100`) shows
//! what a person would wait for, then pauses as a person would.
//!
//! The times in the file are not the wall clock: how long brief takes to
//! answer a key depends on the machine (and on whatever else it is
//! building), so each answer keeps its real latency only up to
//! [`LATENCY_CAP_MS`], and the pauses are the script's own numbers. Two
//! recordings therefore differ by a few milliseconds, not by seconds.
//!
//! The timeline step (`T`) runs only when `assets/keymap.toml` binds `T` in
//! the reader; `--timeline` or `--no-timeline` decide instead. Without it
//! the tour is a few seconds shorter: re-record once the timeline overlay
//! is merged.
//!
//! Options: `--out PATH` (default `assets/demo.cast`), `--brief PATH` (use
//! this binary instead of building one), `--timeline`, `--no-timeline`,
//! `--show` (print each awaited screen to stderr, to write the tour).
//!
//! Nothing touches the terminal the recorder runs in: it only prints plain
//! progress lines to stderr.

use std::error::Error;
use std::fmt::Write as _;
use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::thread;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use portable_pty::{Child, CommandBuilder, PtySize, native_pty_system};

type Result<T, E = Box<dyn Error>> = std::result::Result<T, E>;

const ROWS: u16 = 36;
const COLS: u16 = 120;
const ROWS_NZ: NonZeroU16 = NonZeroU16::new(ROWS).expect("36 is not zero");
const COLS_NZ: NonZeroU16 = NonZeroU16::new(COLS).expect("120 is not zero");

/// The shell named in the header; brief is given the same, so the
/// recording says what it ran with.
const SHELL: &str = "/bin/sh";

/// How long one wait may last before the script is judged wrong (brief
/// answers a key in milliseconds; a busy build machine is far below this).
const TIMEOUT: Duration = Duration::from_secs(15);

/// The most of brief's real latency a recording keeps, per answer: a
/// viewer should see brief as fast as it is, not as slow as a loaded
/// machine made it once.
const LATENCY_CAP_MS: u64 = 250;

/// What the timeline overlay is expected to show. A guess until the overlay
/// is merged: if the re-recording stops here, this is the line to change.
const TIMELINE_TEXT: &str = "Timeline";

/// Accepted total length in seconds, as `tests/demo_cast.rs` checks it.
const DURATION: std::ops::RangeInclusive<f64> = 20.0..=45.0;

/// Environment variables that would change what brief does or looks like.
const SCRUBBED: &[&str] = &[
    "BRIEF_TEST_PANIC",
    "BRIEF_CONFIG",
    "RUST_BACKTRACE",
    "RUST_LIB_BACKTRACE",
    "COLUMNS",
    "LINES",
    "NO_COLOR",
    "CLICOLOR",
    "CLICOLOR_FORCE",
    "COLORTERM",
    "EDITOR",
    "VISUAL",
    "PAGER",
    "TMUX",
    "BROWSER",
];

struct Options {
    out: PathBuf,
    brief: Option<PathBuf>,
    timeline: Option<bool>,
    show: bool,
}

fn main() -> std::process::ExitCode {
    match run() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            // Display, not Debug: the screen in a timeout reads as a screen.
            eprintln!("demo: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

fn run() -> Result<()> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let options = parse_args(root)?;
    let work = tempfile::tempdir()?;
    let brief = match &options.brief {
        Some(path) => path.clone(),
        None => build_brief(root, work.path())?,
    };
    let timeline = match options.timeline {
        Some(choice) => choice,
        None => timeline_bound(root)?,
    };
    if !timeline {
        eprintln!(
            "demo: `T` is not bound in assets/keymap.toml, so the timeline step is skipped; \
             re-record once the timeline overlay is merged (or pass --timeline)"
        );
    }

    let mut session = Session::start(&brief, root, work.path(), options.show)?;
    tour(&mut session, timeline)?;
    let cast = session.cast()?;

    let summary = check(&cast)?;
    std::fs::write(&options.out, &cast)?;
    eprintln!(
        "demo: wrote {} ({} events, {:.3} s{})",
        options.out.display(),
        summary.events,
        summary.duration,
        if timeline { "" } else { ", no timeline" }
    );
    Ok(())
}

fn parse_args(root: &Path) -> Result<Options> {
    let mut options = Options {
        out: root.join("assets/demo.cast"),
        brief: None,
        timeline: None,
        show: false,
    };
    let mut args = std::env::args_os().skip(1);
    while let Some(arg) = args.next() {
        match arg.to_str() {
            Some("--out") => options.out = args.next().ok_or("--out needs a path")?.into(),
            Some("--brief") => {
                options.brief = Some(args.next().ok_or("--brief needs a path")?.into());
            }
            Some("--timeline") => options.timeline = Some(true),
            Some("--no-timeline") => options.timeline = Some(false),
            Some("--show") => options.show = true,
            _ => {
                return Err(format!(
                    "unknown argument {}; expected --out PATH, --brief PATH, \
                     --timeline, --no-timeline or --show",
                    arg.display()
                )
                .into());
            }
        }
    }
    Ok(options)
}

/// Builds the release binary of this checkout and copies it into `dir`:
/// the target directory may be shared with other checkouts, which could
/// rebuild `brief` in place while the tour runs.
fn build_brief(root: &Path, dir: &Path) -> Result<PathBuf> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    eprintln!("demo: building the release binary");
    let output = Command::new(cargo)
        .current_dir(root)
        .args([
            "build",
            "--release",
            "--locked",
            "--bin",
            "brief",
            "--message-format=json-render-diagnostics",
        ])
        .stderr(std::process::Stdio::inherit())
        .output()?;
    if !output.status.success() {
        return Err("cargo build --release failed".into());
    }
    // The build's own report names the executable, wherever the target
    // directory is.
    let mut built = None;
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let message: serde_json::Value = serde_json::from_str(line)?;
        if message["reason"] == "compiler-artifact"
            && message["target"]["name"] == "brief"
            && let Some(path) = message["executable"].as_str()
        {
            built = Some(PathBuf::from(path));
        }
    }
    let built = built.ok_or("cargo build named no brief executable")?;
    let copy = dir.join("brief");
    std::fs::copy(&built, &copy)?;
    Ok(copy)
}

/// Whether the shipped keymap binds `T` to something in the reader.
fn timeline_bound(root: &Path) -> Result<bool> {
    let text = std::fs::read_to_string(root.join("assets/keymap.toml"))?;
    let keymap: toml::Table = toml::from_str(&text)?;
    let reader = keymap
        .get("keys")
        .and_then(|keys| keys.get("reader"))
        .and_then(toml::Value::as_table)
        .ok_or("assets/keymap.toml has no [keys.reader]")?;
    Ok(reader.values().any(|keys| {
        keys.as_array()
            .is_some_and(|keys| keys.iter().any(|key| key.as_str() == Some("T")))
    }))
}

/// The tour. Each step waits for what a viewer would see, then pauses as
/// long as a viewer needs to take it in.
fn tour(s: &mut Session, timeline: bool) -> Result<()> {
    // Open: the headline, then a moment to read the header and summary.
    s.wait(&Wait::Text("Istanbul to host new round"))?;
    s.pause(3000);

    // Move down a few lines, at a reading pace.
    for _ in 0..3 {
        s.key(b"j", &Wait::Changed, 450)?;
    }
    s.pause(500);

    // Jump to a section by its number.
    s.key(b"3", &Wait::Changed, 1800)?;

    // Search for a word, then the next match.
    s.key(b"/", &Wait::Changed, 500)?;
    s.type_text("prisoner", &|typed| format!("/{typed}"))?;
    s.pause(700);
    // Enter keeps the search: the prompt's hint goes, the match count stays.
    s.key(b"\r", &Wait::Gone("Enter keep"), 1500)?;
    s.key(b"n", &Wait::Changed, 1600)?;

    // The positions panel: focus it, then walk its topics; the compare
    // view opens on the topic chosen here.
    s.key(b"\t", &Wait::Text("▸ Positions"), 900)?;
    s.key(b"j", &Wait::Changed, 600)?;
    s.key(b"j", &Wait::Changed, 1200)?;

    // The compare view, and a walk through it.
    s.key(b"c", &Wait::Text("Compare"), 2000)?;
    for key in [b"j", b"j", b"l", b"j"] {
        s.key(key, &Wait::Changed, 650)?;
    }
    s.pause(700);
    s.key(b"\x1b", &Wait::Gone("Compare"), 1100)?;

    // The library picker: filter, then open the 23 July round.
    s.key(b"o", &Wait::Text("Library"), 900)?;
    s.type_text("third", &|typed| format!("> {typed}"))?;
    s.wait(&Wait::Text("▸ Third Istanbul round"))?;
    s.pause(900);
    s.key(b"\r", &Wait::Gone("Library"), 0)?;
    s.wait(&Wait::Text("Third Istanbul round"))?;
    s.pause(2800);

    if timeline {
        // The timeline overlay of the series the round belongs to.
        s.key(b"T", &Wait::Text(TIMELINE_TEXT), 3200)?;
        s.key(b"\x1b", &Wait::Gone(TIMELINE_TEXT), 700)?;
    }

    s.key(b"q", &Wait::Exit, 0)?;
    Ok(())
}

/// What a step waits for after its key.
enum Wait {
    Text(&'static str),
    /// A text built at run time (what was typed so far).
    Typed(String),
    Gone(&'static str),
    /// Anything on screen differs from before the key, colours included
    /// (moving the compare view's cell sideways changes only those).
    Changed,
    /// brief ended and closed the terminal.
    Exit,
}

impl Wait {
    fn describe(&self) -> String {
        match self {
            Wait::Text(text) => format!("{text:?} on screen"),
            Wait::Typed(text) => format!("{text:?} typed"),
            Wait::Gone(text) => format!("{text:?} gone from the screen"),
            Wait::Changed => "the screen to change".to_owned(),
            Wait::Exit => "brief to exit".to_owned(),
        }
    }
}

/// A moment of the session: real, when it happened; virtual, when the
/// recording says it happened (milliseconds from the start).
#[derive(Clone, Copy)]
struct Mark {
    real: Instant,
    virtual_ms: u64,
}

/// One answer of brief's: from a key (or the start) to the screen the
/// script waited for, then the pause before the next key.
struct Segment {
    key: Mark,
    settled: Mark,
}

struct Chunk {
    at: Instant,
    bytes: Vec<u8>,
}

struct Output {
    chunks: Vec<Chunk>,
    parser: vt100::Parser,
    /// The reader saw end of file: brief closed the terminal.
    finished: bool,
}

type Shared = Arc<(Mutex<Output>, Condvar)>;

struct Session {
    child: Box<dyn Child + Send + Sync>,
    writer: Option<Box<dyn Write + Send>>,
    output: Shared,
    segments: Vec<Segment>,
    /// The key (or start) the next wait measures from.
    pending: Mark,
    /// Scripted pacing, so typing looks human and stays the same each time.
    random: u64,
    show: bool,
}

impl Session {
    fn start(brief: &Path, root: &Path, home: &Path, show: bool) -> Result<Session> {
        let pair = native_pty_system().openpty(PtySize {
            rows: ROWS,
            cols: COLS,
            pixel_width: 0,
            pixel_height: 0,
        })?;
        let mut command = CommandBuilder::new(brief);
        command.arg("briefings/istanbul-talks.toml");
        command.cwd(root);
        for key in SCRUBBED {
            command.env_remove(key);
        }
        command.env("TERM", "xterm-256color");
        command.env("SHELL", SHELL);
        command.env("HOME", home);
        for (key, dir) in [
            ("XDG_CONFIG_HOME", "config"),
            ("XDG_DATA_HOME", "data"),
            ("XDG_STATE_HOME", "state"),
            ("XDG_CACHE_HOME", "cache"),
        ] {
            let path = home.join(dir);
            std::fs::create_dir_all(&path)?;
            command.env(key, path);
        }
        let start = Instant::now();
        let child = pair.slave.spawn_command(command)?;
        // Only brief may hold the terminal's other end, so that its exit
        // closes it and the reader sees the end of the output.
        drop(pair.slave);
        let reader = pair.master.try_clone_reader()?;
        let writer = pair.master.take_writer()?;
        // The reader keeps its own handle; the master itself is not needed
        // again (no resizes in the tour).
        drop(pair.master);
        let output: Shared = Arc::new((
            Mutex::new(Output {
                chunks: Vec::new(),
                parser: vt100::Parser::new(ROWS_NZ, COLS_NZ, 0),
                finished: false,
            }),
            Condvar::new(),
        ));
        {
            let output = Arc::clone(&output);
            thread::spawn(move || collect(reader, &output));
        }
        Ok(Session {
            child,
            writer: Some(writer),
            output,
            segments: Vec::new(),
            pending: Mark {
                real: start,
                virtual_ms: 0,
            },
            random: 0x2545_f491_4f6c_dd1d,
            show,
        })
    }

    /// Press `key`, wait for `wait`, then pause `pause_ms`.
    fn key(&mut self, key: &[u8], wait: &Wait, pause_ms: u64) -> Result<()> {
        let before = self.lock().parser.screen().contents_formatted();
        self.send(key)?;
        self.wait_from(wait, &before)?;
        self.pause(pause_ms);
        Ok(())
    }

    /// Type `text` a character at a time, each waiting for its echo
    /// (`shown(typed so far)` on screen), at a typist's uneven pace.
    fn type_text(&mut self, text: &str, shown: &dyn Fn(&str) -> String) -> Result<()> {
        for (i, c) in text.char_indices() {
            let mut buffer = [0; 4];
            self.send(c.encode_utf8(&mut buffer).as_bytes())?;
            let typed = &text[..i + c.len_utf8()];
            self.wait_from(&Wait::Typed(shown(typed)), "")?;
            let gap = 90 + self.next_random() % 110;
            self.pause(gap);
        }
        Ok(())
    }

    /// Wait for `wait` without a key (brief is still drawing what the last
    /// key asked for).
    fn wait(&mut self, wait: &Wait) -> Result<()> {
        self.wait_from(wait, "")
    }

    fn send(&mut self, bytes: &[u8]) -> Result<()> {
        let writer = self.writer.as_mut().ok_or("the terminal is closed")?;
        // The key's virtual time is the end of the pause before it.
        self.pending = Mark {
            real: Instant::now(),
            virtual_ms: self.pending.virtual_ms,
        };
        writer.write_all(bytes)?;
        writer.flush()?;
        Ok(())
    }

    /// Wait until `wait` holds (measured against the screen `before` the
    /// key, for [`Wait::Changed`]) and note when, for the clock.
    fn wait_from(&mut self, wait: &Wait, before: &str) -> Result<()> {
        let deadline = Instant::now() + TIMEOUT;
        let settled_at = loop {
            if let Wait::Exit = wait
                && self.child.try_wait()?.is_some()
            {
                let output = self.wait_for_end()?;
                let at = output.chunks.last().map_or_else(Instant::now, |c| c.at);
                break at.max(self.pending.real);
            }
            let output = self.lock();
            let screen = output.parser.screen().contents();
            let ready = match wait {
                Wait::Text(text) => screen.contains(text),
                Wait::Typed(text) => screen.contains(text.as_str()),
                Wait::Gone(text) => !screen.contains(text),
                Wait::Changed => output.parser.screen().contents_formatted() != before,
                Wait::Exit => false,
            };
            if ready {
                // When the screen came to show it: the chunk that did it,
                // not when this thread noticed.
                let at = output.chunks.last().map_or_else(Instant::now, |c| c.at);
                break at.max(self.pending.real);
            }
            let now = Instant::now();
            if now >= deadline {
                return Err(format!(
                    "timed out after {TIMEOUT:?} waiting for {}\n--- screen ---\n{screen}",
                    wait.describe()
                )
                .into());
            }
            let (_, changed) = &*self.output;
            drop(
                changed
                    .wait_timeout(output, (deadline - now).min(Duration::from_millis(20)))
                    .unwrap_or_else(PoisonError::into_inner),
            );
        };
        if self.show {
            eprintln!("--- {} ---\n{}", wait.describe(), self.screen());
        }
        let latency = settled_at.duration_since(self.pending.real);
        let latency_ms = u64::try_from(latency.as_millis())?.min(LATENCY_CAP_MS);
        let settled = Mark {
            real: settled_at,
            virtual_ms: self.pending.virtual_ms + latency_ms,
        };
        self.segments.push(Segment {
            key: self.pending,
            settled,
        });
        self.pending = settled;
        Ok(())
    }

    /// Pause like a person would; the recording shows exactly `ms`.
    fn pause(&mut self, ms: u64) {
        thread::sleep(Duration::from_millis(ms));
        self.pending.virtual_ms += ms;
    }

    fn wait_for_end(&self) -> Result<MutexGuard<'_, Output>> {
        let deadline = Instant::now() + TIMEOUT;
        let (_, changed) = &*self.output;
        let mut output = self.lock();
        while !output.finished {
            if Instant::now() >= deadline {
                return Err("brief exited but its terminal stayed open".into());
            }
            output = changed
                .wait_timeout(output, Duration::from_millis(20))
                .unwrap_or_else(PoisonError::into_inner)
                .0;
        }
        Ok(output)
    }

    fn screen(&self) -> String {
        self.lock().parser.screen().contents()
    }

    fn lock(&self) -> MutexGuard<'_, Output> {
        self.output.0.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// xorshift64: the same pacing every recording.
    fn next_random(&mut self) -> u64 {
        self.random ^= self.random << 13;
        self.random ^= self.random >> 7;
        self.random ^= self.random << 17;
        self.random
    }

    /// The recording: the header, then brief's output as events on the
    /// virtual clock, a millisecond apart at least.
    fn cast(&self) -> Result<String> {
        let timestamp = SystemTime::now().duration_since(UNIX_EPOCH)?.as_secs();
        let mut cast = format!(
            "{{\"version\": 2, \"width\": {COLS}, \"height\": {ROWS}, \"timestamp\": {timestamp}, \
             \"env\": {{\"TERM\": \"xterm-256color\", \"SHELL\": {}}}, \"title\": \"brief\"}}\n",
            serde_json::to_string(SHELL)?
        );
        let output = self.lock();
        // Chunks that land on the same millisecond become one event, so
        // times strictly increase; bytes of a character split across reads
        // wait for the rest of it.
        let mut events: Vec<(u64, Vec<u8>)> = Vec::new();
        for chunk in &output.chunks {
            let ms = self.virtual_ms(chunk.at);
            match events.last_mut() {
                Some((last, bytes)) if *last >= ms => bytes.extend_from_slice(&chunk.bytes),
                _ => events.push((ms, chunk.bytes.clone())),
            }
        }
        let mut carry = Vec::new();
        for (ms, bytes) in events {
            carry.extend_from_slice(&bytes);
            let whole = match std::str::from_utf8(&carry) {
                // Incomplete at the end: keep the tail for the next event.
                Err(e) if e.error_len().is_none() => e.valid_up_to(),
                // Whole, or bytes no terminal could show either (written
                // as U+FFFD): all of it.
                _ => carry.len(),
            };
            if whole == 0 {
                continue;
            }
            let text = String::from_utf8_lossy(&carry[..whole]).into_owned();
            carry.drain(..whole);
            writeln!(
                cast,
                "[{}.{:03}, \"o\", {}]",
                ms / 1000,
                ms % 1000,
                serde_json::to_string(&text)?
            )?;
        }
        if !carry.is_empty() {
            return Err("brief's output ended inside a character".into());
        }
        Ok(cast)
    }

    /// When the recording says a chunk read at `at` arrived: within its
    /// segment, the real latency squeezed into the capped one, then the
    /// real time into the pause, but never past the pause's end.
    fn virtual_ms(&self, at: Instant) -> u64 {
        let index = self
            .segments
            .partition_point(|segment| segment.key.real <= at)
            .saturating_sub(1);
        let Some(segment) = self.segments.get(index) else {
            return 0;
        };
        let pause_end = self
            .segments
            .get(index + 1)
            .map_or(segment.settled.virtual_ms + LATENCY_CAP_MS, |next| {
                next.key.virtual_ms
            });
        if at <= segment.settled.real {
            let real = segment.settled.real.duration_since(segment.key.real);
            let into = at.saturating_duration_since(segment.key.real);
            let span = segment.settled.virtual_ms - segment.key.virtual_ms;
            let scaled = match real.as_micros() {
                0 => 0,
                whole => u64::try_from(u128::from(span) * into.as_micros() / whole).unwrap_or(span),
            };
            segment.key.virtual_ms + scaled
        } else {
            let after = u64::try_from(at.duration_since(segment.settled.real).as_millis())
                .unwrap_or(u64::MAX);
            (segment.settled.virtual_ms.saturating_add(after)).min(pause_end)
        }
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        // A tour that failed half way must not leave brief running.
        if matches!(self.child.try_wait(), Ok(None)) {
            self.child.kill().ok();
            self.child.wait().ok();
        }
    }
}

fn collect(mut reader: Box<dyn Read + Send>, output: &Shared) {
    let (state, changed) = &**output;
    let mut buffer = [0u8; 8192];
    loop {
        let read = match reader.read(&mut buffer) {
            Ok(read) => read,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            // The other end closed (EIO): nothing more to read.
            Err(_) => 0,
        };
        let at = Instant::now();
        let mut output = state.lock().unwrap_or_else(PoisonError::into_inner);
        if read == 0 {
            output.finished = true;
            changed.notify_all();
            return;
        }
        output.chunks.push(Chunk {
            at,
            bytes: buffer[..read].to_vec(),
        });
        output.parser.process(&buffer[..read]);
        changed.notify_all();
    }
}

struct Summary {
    events: usize,
    /// Seconds.
    duration: f64,
}

/// The recording's own check before it is written: every line JSON, the
/// header complete, only output events, times increasing, a sensible length.
fn check(cast: &str) -> Result<Summary> {
    let mut lines = cast.lines();
    let header: serde_json::Value = serde_json::from_str(lines.next().ok_or("empty recording")?)?;
    if header["version"] != 2
        || header["width"] != COLS
        || header["height"] != ROWS
        || !header["timestamp"].is_u64()
        || header["env"]["TERM"] != "xterm-256color"
        || !header["env"]["SHELL"].is_string()
        || header["title"] != "brief"
    {
        return Err(format!("bad header: {header}").into());
    }
    let mut events = 0;
    let mut last: Option<f64> = None;
    for line in lines {
        let (time, kind, _data): (f64, String, String) = serde_json::from_str(line)?;
        if kind != "o" {
            return Err(format!("not an output event: {line}").into());
        }
        if time < 0.0 || last.is_some_and(|last| time <= last) {
            return Err(format!("time does not increase: {line}").into());
        }
        last = Some(time);
        events += 1;
    }
    let duration = last.ok_or("no events")?;
    if !DURATION.contains(&duration) {
        return Err(format!(
            "the recording lasts {duration} s, outside {DURATION:?}: adjust the pauses in tour()"
        )
        .into());
    }
    Ok(Summary { events, duration })
}
