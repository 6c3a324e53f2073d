//! brief's own state, hostile too: special files where the places file
//! should be, numbers no brief would write, places past the end of a file
//! that shrank, and relative `XDG_*` values. None of it may stop brief or
//! cost more than a one-line warning.
//!
//! Not repeated here (tests/places.rs has them): garbage, truncated, wrong
//! types, a negative section, a 100 MB sparse file, a directory where the
//! file should be, a read-only or unwritable state directory, a file from a
//! newer brief, paths that need sanitising. src/dirs.rs has relative
//! `XDG_DATA_HOME` and empty `XDG_STATE_HOME` for the directory functions.

#[path = "fixtures/hostile/support.rs"]
mod support;

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use brief::load::{Origin, load_str};
use brief::places::{FILE_NAME, Place, Places};
use brief::reader::testing::Spot;
use brief::reader::testing::State;
use brief::reader::testing::update;
use brief::reader::testing::{Action, Opened, Request, Via};
use common::{Exit, Key, Pty, TIMEOUT};
use support::{GOOD, within};

/// Load the places in `dir` (with the hang guard), returning the warning.
fn load_places(dir: &Path) -> (Places, Option<String>) {
    let dir = dir.to_path_buf();
    within("loading places", move || Places::load(Some(&dir)))
}

fn place(section: usize, offset: usize, read: &[usize]) -> Place {
    Place {
        section,
        offset,
        read: read.to_vec(),
        opened_at: 1,
    }
}

/// A one-line warning, never an error, and saving works afterwards.
fn warned_then_saves(state: &Path, what: &str, expected: &str) {
    let (mut places, warning) = load_places(state);
    let warning = warning.unwrap_or_else(|| panic!("{what}: no warning"));
    assert!(warning.contains(expected), "{what}: {warning}");
    assert!(!warning.contains('\n'), "{what}: {warning}");
    support::assert_inert(what, &warning);
    places.set(Path::new("/b/x.toml"), place(1, 2, &[]));
    places
        .save()
        .unwrap_or_else(|e| panic!("{what}: saving after it: {e}"));
    let (again, warning) = load_places(state);
    assert_eq!(warning, None, "{what}");
    assert_eq!(again.get(Path::new("/b/x.toml")).map(|p| p.offset), Some(2));
}

#[cfg(unix)]
#[test]
fn a_fifo_a_device_and_a_loop_as_the_places_file() {
    use std::os::unix::fs::symlink;
    let fifo = tempfile::tempdir().expect("tempdir");
    let made = std::process::Command::new("mkfifo")
        .arg(fifo.path().join(FILE_NAME))
        .status();
    if made.is_ok_and(|s| s.success()) {
        // Nobody writes to it: opening it to read would block for ever.
        warned_then_saves(
            fifo.path(),
            "a FIFO",
            "not a regular file, so it was set aside",
        );
    } else {
        eprintln!("note: mkfifo is not available; the FIFO case is skipped");
    }

    let zero = tempfile::tempdir().expect("tempdir");
    symlink("/dev/zero", zero.path().join(FILE_NAME)).expect("symlink");
    warned_then_saves(zero.path(), "a link to /dev/zero", "set aside");

    let looped = tempfile::tempdir().expect("tempdir");
    symlink(FILE_NAME, looped.path().join(FILE_NAME)).expect("symlink");
    warned_then_saves(looped.path(), "a symlink loop", "cannot read");
}

#[test]
fn numbers_no_brief_would_write() {
    let state = tempfile::tempdir().expect("tempdir");
    let file = state.path().join(FILE_NAME);
    let huge = i64::MAX;
    let largest = usize::try_from(huge).expect("a 64-bit usize");
    // A read list at the size limit: two million entries.
    let read = vec!["7"; 2_000_000].join(",");
    let text = format!(
        "version = 1\n[[place]]\npath = \"/b/huge.toml\"\nsection = {huge}\noffset = {huge}\n\
         opened_at = {huge}\nread = [{huge}, 0, 3]\n\
         [[place]]\npath = \"/b/long.toml\"\nsection = 0\noffset = 0\nread = [{read}]\n"
    );
    assert!(text.len() < 4 << 20, "under the size limit");
    fs::write(&file, &text).expect("write");
    let (places, warning) = load_places(state.path());
    assert_eq!(warning, None);
    let remembered = places.get(Path::new("/b/huge.toml")).expect("kept");
    assert_eq!((remembered.section, remembered.offset), (largest, largest));
    assert!(
        places
            .get(Path::new("/b/long.toml"))
            .is_some_and(|p| p.read == [7])
    );

    for (what, fields) in [
        ("a fraction", "section = 1\noffset = 1.5"),
        ("a negative time", "section = 1\noffset = 0\nopened_at = -1"),
        (
            "a negative index read",
            "section = 1\noffset = 0\nread = [-1]",
        ),
        (
            "past the largest integer",
            "section = 1\noffset = 18446744073709551616",
        ),
        ("a string for a number", "section = \"3\"\noffset = 0"),
    ] {
        let dir = tempfile::tempdir().expect("tempdir");
        let text = format!("version = 1\n[[place]]\npath = \"/b/x.toml\"\n{fields}\n");
        fs::write(dir.path().join(FILE_NAME), text).expect("write");
        warned_then_saves(dir.path(), what, "set aside");
    }
}

/// A briefing of `sections` sections, each `lines` paragraphs long.
fn briefing(sections: usize, lines: usize) -> String {
    let mut text = String::from("headline = \"Shrinking\"\nsummary = [\"One\", \"Two\"]\n");
    for s in 1..=sections {
        let body = vec![format!("Paragraph of section {s}."); lines].join("\n\n");
        text.push_str(&format!(
            "[[sections]]\ntitle = \"S{s}\"\nbody = \"\"\"\n{body}\n\"\"\"\n"
        ));
    }
    text
}

fn state_of(text: &str, path: &Path) -> State {
    let briefing = load_str("shrinking.toml", text).expect("loads");
    State::new(briefing, Origin::File(path.to_path_buf()), 100, 30)
}

/// The place left in a long version, saved and read back, then applied to
/// a version that shrank: clamped to its end, reading marks cut to it.
#[test]
fn a_place_past_the_end_of_a_file_that_shrank_is_clamped() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("shrinking.toml");
    let long = briefing(9, 30);
    let mut state = state_of(&long, &path);
    update(&mut state, Action::Bottom);
    let spot = state.spot();
    assert_eq!(spot.section, 8, "{spot:?}");
    assert!(spot.read.contains(&8));
    let (mut places, _) = load_places(dir.path());
    places.set(&path, place(spot.section, spot.offset, &spot.read));
    places.save().expect("save");

    let (places, _) = load_places(dir.path());
    let kept = places.get(&path).expect("remembered");
    let spot = Spot {
        section: kept.section,
        offset: kept.offset,
        read: kept.read,
    };
    let short = briefing(2, 3);
    let mut state = state_of(&short, &path);
    state.go_to_spot(&spot);
    assert_eq!(state.view.scroll, state.max_scroll());
    assert!(
        state.view.read.iter().all(|&i| i < 2),
        "{:?}",
        state.view.read
    );

    // Far past anything: still the end, however it is reached. (The
    // largest a places file can hold is i64::MAX.)
    let largest = usize::try_from(i64::MAX).expect("a 64-bit usize");
    for (section, offset) in [(usize::MAX, 0), (1, largest), (largest, largest)] {
        let far = Spot {
            section,
            offset,
            read: vec![0, usize::MAX],
        };
        let mut state = state_of(&short, &path);
        state.go_to_spot(&far);
        assert_eq!(state.view.scroll, state.max_scroll(), "{far:?}");
        assert_eq!(state.view.read.iter().copied().collect::<Vec<_>>(), [0]);
    }
}

/// The path the reader takes when a file is opened from the picker or the
/// prompt, on a briefing big enough to be laid out in two steps.
#[test]
fn a_place_past_the_end_of_a_big_briefing_opened_later_is_clamped() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("big.toml");
    let big = briefing(40, 600);
    assert!(
        big.len() > 300 << 10,
        "over the 256 KiB laid out in two steps"
    );
    let mut state = state_of(GOOD, Path::new("good.toml"));
    let opened = Opened {
        request: Request {
            origin: Origin::File(path.clone()),
            via: Via::New,
        },
        canonical: None,
        result: Ok(load_str("big.toml", &big).expect("loads")),
        remembered: Some(Spot {
            section: 1_000,
            offset: 1_000_000,
            read: vec![39, 40, 1_000],
        }),
    };
    update(&mut state, Action::Opened(Box::new(opened)));
    assert_eq!(state.doc.origin, Origin::File(path));
    assert!(state.view.scroll > 0 && state.view.scroll == state.max_scroll());
    assert_eq!(state.current_section(), Some(39));
    assert!(state.view.read.contains(&39) && !state.view.read.contains(&40));
}

/// TOML integers reach `u64` here, so a places file can hold an offset of
/// `u64::MAX`; going there must not overflow.
#[test]
fn the_largest_offset_a_places_file_holds_does_not_overflow() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("x.toml");
    let text = format!(
        "version = 1\n[[place]]\npath = {:?}\nsection = 1\noffset = {}\n",
        path.to_string_lossy(),
        u64::MAX
    );
    fs::write(dir.path().join(FILE_NAME), text).expect("write");
    let (places, warning) = load_places(dir.path());
    assert_eq!(warning, None, "a number TOML reads is kept");
    let kept = places.get(&path).expect("remembered");
    let mut state = state_of(&briefing(2, 3), &path);
    state.go_to_spot(&Spot {
        section: kept.section,
        offset: kept.offset,
        read: kept.read,
    });
    assert_eq!(state.view.scroll, state.max_scroll());
}

fn copy_of_good(dir: &Path) -> PathBuf {
    let path = dir.join("talks.toml");
    fs::write(&path, GOOD).expect("write");
    path
}

/// The reader started on a garbage places file: it reads on, says so in
/// one line, and on quitting writes a good file beside the one set aside.
#[test]
fn the_reader_reads_on_over_a_garbage_places_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let talks = copy_of_good(dir.path());
    let state = dir.path().join("state");
    fs::create_dir_all(state.join("brief")).expect("mkdir");
    fs::write(
        state.join("brief").join(FILE_NAME),
        b"\x00\xff garbage \x1b[2J",
    )
    .expect("write");
    let mut pty = Pty::builder(&[&talks.to_string_lossy()])
        .size(30, 160)
        .env("XDG_STATE_HOME", &state.to_string_lossy())
        .spawn();
    pty.wait_for("reading places start afresh");
    pty.send_key(Key::Char('2'));
    pty.wait_for("section 2/3");
    pty.send_key(Key::Char('q'));
    assert_eq!(pty.wait_exit(TIMEOUT), Exit::Code(0));
    let (places, warning) = load_places(&state.join("brief"));
    assert_eq!(warning, None);
    assert_eq!(places.get(&talks).map(|p| p.section), Some(1));
    let names: Vec<String> = fs::read_dir(state.join("brief"))
        .expect("list")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        names.iter().any(|n| n.starts_with("places.toml.bad-")),
        "{names:?}"
    );
}

/// The spec says relative `XDG_*` values are ignored: the places go under
/// `$HOME/.local/state/brief`, and nothing appears under the directory
/// brief was started in.
#[test]
fn relative_xdg_values_are_ignored_end_to_end() {
    let dir = tempfile::tempdir().expect("tempdir");
    let talks = copy_of_good(dir.path());
    let work = dir.path().join("work");
    fs::create_dir(&work).expect("mkdir");
    let mut pty = Pty::builder(&[&talks.to_string_lossy()])
        .size(30, 100)
        .cwd(&work)
        .env("XDG_STATE_HOME", "relative/state")
        .env("XDG_DATA_HOME", "./data")
        .env("XDG_CONFIG_HOME", "~/config")
        .spawn();
    pty.wait_for("Istanbul to host");
    pty.send_key(Key::Char('3'));
    pty.wait_for("section 3/3");
    pty.send_key(Key::Char('q'));
    assert_eq!(pty.wait_exit(TIMEOUT), Exit::Code(0));
    let under_home = pty.home().join(".local/state/brief");
    let (places, _) = load_places(&under_home);
    assert_eq!(places.get(&talks).map(|p| p.section), Some(2));
    let left: Vec<_> = fs::read_dir(&work).expect("list").collect();
    assert!(
        left.is_empty(),
        "brief wrote under its working directory: {left:?}"
    );
}
