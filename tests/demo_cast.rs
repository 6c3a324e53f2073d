//! The committed recording, `assets/demo.cast`, is a valid asciinema v2
//! file and still shows the tour. `cargo run --release --example demo`
//! records it again.

use std::path::Path;

use serde_json::Value;

const REFRESH: &str = "re-record it with `cargo run --release --example demo`";

/// What the timeline overlay shows; the same guess as `TIMELINE_TEXT` in
/// examples/demo.rs.
const TIMELINE_TEXT: &str = "Timeline";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn cast() -> String {
    std::fs::read_to_string(root().join("assets/demo.cast"))
        .unwrap_or_else(|e| panic!("assets/demo.cast: {e}; {REFRESH}"))
}

struct Event {
    time: f64,
    data: String,
}

/// The header and the events, each line checked on the way.
fn parse(cast: &str) -> (Value, Vec<Event>) {
    let mut lines = cast.lines();
    let header: Value = serde_json::from_str(lines.next().expect("a header line"))
        .unwrap_or_else(|e| panic!("the header is not JSON: {e}"));
    let events = lines
        .enumerate()
        .map(|(i, line)| {
            let value: Value = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("line {} is not JSON: {e}: {line}", i + 2));
            let [time, kind, data] = value.as_array().map(Vec::as_slice).unwrap_or_default() else {
                panic!("line {} is not [time, kind, data]: {line}", i + 2);
            };
            assert_eq!(kind, "o", "line {}: only output events: {line}", i + 2);
            Event {
                time: time.as_f64().expect("a time in seconds"),
                data: data.as_str().expect("the data as a string").to_owned(),
            }
        })
        .collect();
    (header, events)
}

#[test]
fn the_header_has_every_field() {
    let (header, _) = parse(&cast());
    assert_eq!(header["version"], 2);
    assert_eq!(header["width"], 120);
    assert_eq!(header["height"], 36);
    assert!(header["timestamp"].is_u64(), "timestamp: {header}");
    assert_eq!(header["env"]["TERM"], "xterm-256color");
    assert!(header["env"]["SHELL"].is_string(), "env.SHELL: {header}");
    assert_eq!(header["title"], "brief");
}

#[test]
fn times_increase_and_the_whole_lasts_about_half_a_minute() {
    let (_, events) = parse(&cast());
    assert!(!events.is_empty(), "no events; {REFRESH}");
    assert!(events[0].time >= 0.0);
    for pair in events.windows(2) {
        assert!(
            pair[1].time > pair[0].time,
            "time goes from {} to {}",
            pair[0].time,
            pair[1].time
        );
    }
    let duration = events.last().expect("events").time;
    assert!(
        (20.0..=45.0).contains(&duration),
        "the recording lasts {duration} s; between 20 and 45 s expected"
    );
}

/// Every screen the recording shows, played through a terminal emulator
/// of its size.
fn screens(events: &[Event]) -> Vec<String> {
    let rows = std::num::NonZeroU16::new(36).expect("not zero");
    let cols = std::num::NonZeroU16::new(120).expect("not zero");
    let mut parser = vt100::Parser::new(rows, cols, 0);
    events
        .iter()
        .map(|event| {
            parser.process(event.data.as_bytes());
            parser.screen().contents()
        })
        .collect()
}

#[test]
fn it_shows_the_tour_in_order() {
    let (_, events) = parse(&cast());
    let screens = screens(&events);
    // Each stop of the tour, as the screen shows it, in the order taken.
    let stops = [
        "Istanbul to host new round",
        "3. A narrow opening",
        "/prisoner",
        "▸ Positions",
        " Compare · ",
        "Library — type to filter",
        "> third",
        "23 July 2025",
    ];
    let mut from = 0;
    for stop in stops {
        let Some(at) = screens[from..].iter().position(|s| s.contains(stop)) else {
            panic!("no screen after the one before shows {stop:?}; {REFRESH}");
        };
        from += at;
    }
}

#[test]
fn brief_leaves_the_terminal_as_it_found_it() {
    let (_, events) = parse(&cast());
    // The output may end in more than one write: read it whole.
    let all: String = events.iter().map(|e| e.data.as_str()).collect();
    let left = all
        .rfind("\x1b[?1049l")
        .unwrap_or_else(|| panic!("the alternate screen is never left; {REFRESH}"));
    let after = &all[left..];
    // Out of the alternate screen for good, the cursor shown again.
    assert!(!after.contains("\x1b[?1049h"), "{after:?}");
    assert!(after.contains("\x1b[?25h"), "{after:?}");
    assert!(
        after.len() < 200,
        "more than the restoring after the exit: {after:?}"
    );
}

/// Whether the shipped keymap binds `T` in the reader, as the recorder
/// decides whether to show the timeline.
fn timeline_bound() -> bool {
    let text =
        std::fs::read_to_string(root().join("assets/keymap.toml")).expect("assets/keymap.toml");
    let keymap: toml::Table = toml::from_str(&text).expect("the keymap parses");
    keymap["keys"]["reader"]
        .as_table()
        .expect("[keys.reader]")
        .values()
        .filter_map(toml::Value::as_array)
        .any(|keys| keys.iter().any(|key| key.as_str() == Some("T")))
}

/// Once `T` opens the timeline, a recording without it is out of date.
#[test]
fn the_timeline_is_in_the_tour_once_t_is_bound() {
    if !timeline_bound() {
        return;
    }
    let (_, events) = parse(&cast());
    assert!(
        screens(&events).iter().any(|s| s.contains(TIMELINE_TEXT)),
        "T is bound but the recording never shows {TIMELINE_TEXT:?}; {REFRESH}"
    );
}
