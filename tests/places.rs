//! Remembered reading places on disk: they come back, and no state file,
//! however bad, stops brief or costs more than a warning.

use std::fs;
use std::path::{Path, PathBuf};

use brief::places::{FILE_NAME, MAX_PLACES, Place, Places};

fn place(section: usize, offset: usize, read: &[usize], opened_at: u64) -> Place {
    Place {
        section,
        offset,
        read: read.to_vec(),
        opened_at,
    }
}

fn load(dir: &Path) -> (Places, Option<String>) {
    Places::load(Some(dir))
}

/// The names of the files set aside in `dir`.
fn set_aside(dir: &Path) -> Vec<PathBuf> {
    fs::read_dir(dir)
        .expect("list the state dir")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().contains(".bad-"))
        .collect()
}

#[test]
fn places_come_back_after_a_save() {
    let state = tempfile::tempdir().expect("tempdir");
    let docs = tempfile::tempdir().expect("tempdir");
    let talks = docs.path().join("talks.toml");
    let other = docs.path().join("other.toml");
    fs::write(&talks, "").expect("write");
    fs::write(&other, "").expect("write");

    let (mut places, warning) = load(state.path());
    assert_eq!(warning, None);
    assert_eq!(places.get(&talks), None);
    places.set(&talks, place(3, 42, &[2, 0, 1, 1], 1_000));
    places.set(&other, place(0, 7, &[], 2_000));
    places.save().expect("save");

    let (again, warning) = load(state.path());
    assert_eq!(warning, None);
    assert_eq!(again.get(&talks), Some(place(3, 42, &[0, 1, 2], 1_000)));
    // However the path is spelled, it is the same file.
    let spelled = docs.path().join(".").join("talks.toml");
    assert_eq!(again.get(&spelled).map(|p| p.offset), Some(42));
    let canonical = |p: &Path| fs::canonicalize(p).expect("canonical");
    assert_eq!(again.recent(), [canonical(&other), canonical(&talks)]);
    assert_eq!(again.file(), Some(state.path().join(FILE_NAME).as_path()));
    // The file is plain TOML a person can read.
    let text = fs::read_to_string(state.path().join(FILE_NAME)).expect("read");
    assert!(
        text.contains("[[place]]") && text.contains("offset = 42"),
        "{text}"
    );
}

#[test]
fn a_state_directory_that_does_not_exist_yet_is_created_on_save() {
    let root = tempfile::tempdir().expect("tempdir");
    let state = root.path().join("xdg-state").join("brief");
    let (mut places, warning) = load(&state);
    assert_eq!(warning, None);
    places.set(Path::new("/b/x.toml"), place(1, 0, &[], 5));
    places.save().expect("save");
    assert!(state.join(FILE_NAME).is_file());
    // No temporary file is left behind.
    let left: Vec<_> = fs::read_dir(&state).expect("list").collect();
    assert_eq!(left.len(), 1);
}

fn assert_set_aside(contents: &[u8], why: &str) {
    let state = tempfile::tempdir().expect("tempdir");
    let file = state.path().join(FILE_NAME);
    fs::write(&file, contents).expect("write");
    let (mut places, warning) = load(state.path());
    let warning = warning.unwrap_or_else(|| panic!("no warning for {why}"));
    assert!(warning.contains("set aside"), "{why}: {warning}");
    assert!(!warning.contains('\n'), "{why}: {warning}");
    assert!(places.recent().is_empty(), "{why}");
    // The bad file is kept, untouched, for whoever wants to look at it.
    let aside = set_aside(state.path());
    assert_eq!(aside.len(), 1, "{why}");
    assert_eq!(fs::read(&aside[0]).expect("read"), contents, "{why}");
    assert!(
        warning.contains(&*aside[0].to_string_lossy()),
        "{why}: {warning}"
    );
    // And brief goes on remembering from scratch.
    places.set(Path::new("/b/x.toml"), place(2, 3, &[], 9));
    places.save().expect("save after setting aside");
    let (again, warning) = load(state.path());
    assert_eq!(warning, None, "{why}");
    assert_eq!(
        again.get(Path::new("/b/x.toml")).map(|p| p.section),
        Some(2)
    );
}

#[test]
fn corrupt_truncated_and_garbage_files_are_set_aside() {
    assert_set_aside(
        b"version = 1\n[[place]]\npath = 3\nsection = 1\noffset = 0\n",
        "wrong types",
    );
    assert_set_aside(
        b"version = 1\n[[place]]\npath = \"/b/x.toml\"\nsection = -4\noffset = 0\n",
        "a negative section",
    );
    let good =
        "version = 1\n\n[[place]]\npath = \"/b/some-briefing.toml\"\nsection = 1\noffset = 2\n";
    assert_set_aside(&good.as_bytes()[..40], "truncated in a string");
    assert_set_aside(b"\x00\xff\xfe garbage \x1b[2J\x00", "binary garbage");
    assert_set_aside(b"{\"json\": true}", "some other format");
}

#[test]
fn an_absurdly_large_file_is_set_aside_without_reading_it() {
    let state = tempfile::tempdir().expect("tempdir");
    let file = fs::File::create(state.path().join(FILE_NAME)).expect("create");
    // Sparse: 100 MB on paper, nothing on disk.
    file.set_len(100 * 1024 * 1024).expect("set_len");
    drop(file);
    let (places, warning) = load(state.path());
    let warning = warning.expect("a warning");
    assert!(
        warning.contains("absurdly large") && warning.contains("set aside"),
        "{warning}"
    );
    assert!(places.recent().is_empty());
    assert_eq!(set_aside(state.path()).len(), 1);
}

#[test]
fn a_directory_where_the_file_should_be_is_set_aside() {
    let state = tempfile::tempdir().expect("tempdir");
    fs::create_dir(state.path().join(FILE_NAME)).expect("mkdir");
    let (mut places, warning) = load(state.path());
    assert!(warning.is_some_and(|w| w.contains("not a regular file")));
    places.set(Path::new("/b/x.toml"), place(0, 0, &[], 1));
    places.save().expect("save");
}

#[test]
fn an_unwritable_state_directory_only_costs_the_saving() {
    let root = tempfile::tempdir().expect("tempdir");
    // A file where a directory should be stops writes even for root.
    let blocker = root.path().join("not-a-dir");
    fs::write(&blocker, "").expect("write");
    let state = blocker.join("brief");
    let (mut places, _warning) = load(&state);
    places.set(Path::new("/b/x.toml"), place(1, 2, &[], 3));
    let error = places.save().expect_err("saving must fail");
    assert!(
        error.contains("places.toml") && error.contains("--no-state"),
        "{error}"
    );
    assert!(!error.contains('\n'));
    // Still remembered for this session.
    assert_eq!(
        places.get(Path::new("/b/x.toml")).map(|p| p.offset),
        Some(2)
    );
}

#[cfg(unix)]
#[test]
fn a_read_only_state_directory_only_costs_the_saving() {
    use std::os::unix::fs::PermissionsExt;
    let state = tempfile::tempdir().expect("tempdir");
    let (mut first, _) = load(state.path());
    first.set(Path::new("/b/x.toml"), place(1, 0, &[], 1));
    first.save().expect("save");
    fs::set_permissions(state.path(), fs::Permissions::from_mode(0o555)).expect("chmod");
    if fs::write(state.path().join("probe"), "").is_ok() {
        // Root ignores permissions; the test above covers this case.
        println!("note: running as root, read-only directories are writable; skipped");
        let _ = fs::remove_file(state.path().join("probe"));
        return;
    }
    let (mut places, warning) = load(state.path());
    assert_eq!(warning, None);
    assert_eq!(
        places.get(Path::new("/b/x.toml")).map(|p| p.section),
        Some(1)
    );
    places.set(Path::new("/b/y.toml"), place(2, 0, &[], 2));
    assert!(places.save().is_err());
    fs::set_permissions(state.path(), fs::Permissions::from_mode(0o755)).expect("chmod back");
}

#[test]
fn no_state_never_touches_the_disk_but_remembers_for_the_session() {
    let mut places = Places::disabled();
    assert_eq!(places.file(), None);
    places.set(Path::new("/b/x.toml"), place(4, 1, &[], 1));
    places.save().expect("a no-op");
    assert_eq!(
        places.get(Path::new("/b/x.toml")).map(|p| p.section),
        Some(4)
    );
}

#[test]
fn only_the_most_recently_opened_are_kept() {
    let state = tempfile::tempdir().expect("tempdir");
    let (mut places, _) = load(state.path());
    let total = MAX_PLACES + 20;
    for i in 0..total {
        places.set(
            &PathBuf::from(format!("/b/{i}.toml")),
            place(0, i, &[], i as u64),
        );
    }
    places.save().expect("save");
    let (again, _) = load(state.path());
    let recent = again.recent();
    assert_eq!(recent.len(), MAX_PLACES);
    assert_eq!(recent[0], PathBuf::from(format!("/b/{}.toml", total - 1)));
    assert_eq!(again.get(Path::new("/b/0.toml")), None);
}

#[test]
fn two_briefs_saving_in_turn_keep_both_places() {
    let state = tempfile::tempdir().expect("tempdir");
    let (mut one, _) = load(state.path());
    let (mut two, _) = load(state.path());
    one.set(Path::new("/b/one.toml"), place(1, 0, &[], 10));
    one.save().expect("save");
    two.set(Path::new("/b/two.toml"), place(2, 0, &[], 20));
    two.save().expect("save");
    let (again, _) = load(state.path());
    assert_eq!(again.recent().len(), 2);
    assert_eq!(
        again.get(Path::new("/b/one.toml")).map(|p| p.section),
        Some(1)
    );
}

#[test]
fn a_file_from_a_newer_brief_is_left_alone() {
    let state = tempfile::tempdir().expect("tempdir");
    let file = state.path().join(FILE_NAME);
    let newer = "version = 99\nsomething_new = true\n";
    fs::write(&file, newer).expect("write");
    let (mut places, warning) = load(state.path());
    assert!(warning.is_some_and(|w| w.contains("newer brief")));
    places.set(Path::new("/b/x.toml"), place(0, 0, &[], 1));
    assert!(places.save().is_err());
    assert_eq!(fs::read_to_string(&file).expect("read"), newer);
}

#[test]
fn paths_that_would_need_sanitising_are_dropped() {
    let state = tempfile::tempdir().expect("tempdir");
    let text = "version = 1\n\
                [[place]]\npath = \"/b/\\u001b[2Jevil.toml\"\nsection = 1\noffset = 0\n\
                [[place]]\npath = \"relative.toml\"\nsection = 1\noffset = 0\n\
                [[place]]\npath = \"/b/fine.toml\"\nsection = 1\noffset = 0\n";
    fs::write(state.path().join(FILE_NAME), text).expect("write");
    let (places, warning) = load(state.path());
    assert_eq!(warning, None);
    assert_eq!(places.recent(), [PathBuf::from("/b/fine.toml")]);
}
