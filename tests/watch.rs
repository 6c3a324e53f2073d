//! Watching the open file: writes, editor-style replacements and deletion
//! are reported; reading it and touching its neighbours are not.

use std::fs;
use std::path::Path;
use std::sync::mpsc::{self, Receiver};
use std::thread;
use std::time::Duration;

use brief::watch::{Change, Watcher};

/// Generous: an event that takes this long is not coming.
const PATIENCE: Duration = Duration::from_secs(20);
/// Longer than a burst lasts, so what follows is a new burst.
const PAUSE: Duration = Duration::from_millis(600);

fn watch(path: &Path) -> (Watcher, Receiver<Change>) {
    let (sender, receiver) = mpsc::channel();
    let watcher = Watcher::new(path, move |change| {
        let _ = sender.send(change);
    })
    .expect("watch the file");
    (watcher, receiver)
}

fn next(changes: &Receiver<Change>) -> Change {
    changes
        .recv_timeout(PATIENCE)
        .expect("a change within the timeout")
}

/// Every change reported until none comes for a while.
fn settle(changes: &Receiver<Change>) -> Vec<Change> {
    let mut seen = Vec::new();
    while let Ok(change) = changes.recv_timeout(Duration::from_secs(1)) {
        seen.push(change);
    }
    seen
}

#[test]
fn a_write_is_reported() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("talks.toml");
    fs::write(&file, "one").expect("write");
    let (_watcher, changes) = watch(&file);
    fs::write(&file, "two").expect("write");
    assert_eq!(next(&changes), Change::Changed);
}

#[test]
fn an_editor_style_save_by_rename_is_reported() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("talks.toml");
    fs::write(&file, "one").expect("write");
    let (_watcher, changes) = watch(&file);
    let temp = dir.path().join(".talks.toml.swp");
    fs::write(&temp, "two").expect("write");
    fs::rename(&temp, &file).expect("rename");
    assert_eq!(next(&changes), Change::Changed);
    // A second save works as well: the watch outlives the replaced file.
    thread::sleep(PAUSE);
    fs::write(&temp, "three").expect("write");
    fs::rename(&temp, &file).expect("rename");
    assert_eq!(next(&changes), Change::Changed);
}

#[test]
fn a_deletion_is_reported_as_removed_and_a_new_file_as_changed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("talks.toml");
    fs::write(&file, "one").expect("write");
    let (_watcher, changes) = watch(&file);
    fs::remove_file(&file).expect("remove");
    assert_eq!(next(&changes), Change::Removed);
    thread::sleep(PAUSE);
    fs::write(&file, "back").expect("write");
    assert_eq!(next(&changes), Change::Changed);
}

#[test]
fn a_burst_of_writes_is_reported_far_fewer_times() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("talks.toml");
    fs::write(&file, "0").expect("write");
    let (_watcher, changes) = watch(&file);
    for i in 0..50 {
        fs::write(&file, i.to_string()).expect("write");
    }
    let seen = settle(&changes);
    assert!(!seen.is_empty());
    assert!(seen.len() < 10, "{} reports for one burst", seen.len());
    assert!(seen.iter().all(|c| *c == Change::Changed));
}

#[test]
fn reading_the_file_or_writing_its_neighbours_is_not_a_change() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("talks.toml");
    fs::write(&file, "one").expect("write");
    let (_watcher, changes) = watch(&file);
    // What a reload does; reported, each reload would cause the next.
    for _ in 0..5 {
        let _ = fs::read(&file).expect("read");
    }
    fs::write(dir.path().join("other.toml"), "x").expect("write");
    fs::write(dir.path().join("talks.toml.bak"), "x").expect("write");
    thread::sleep(PAUSE);
    fs::write(&file, "two").expect("write");
    // Had the reads or the neighbours counted, they would have been a
    // burst of their own before this write's.
    assert_eq!(settle(&changes), [Change::Changed]);
}

#[test]
fn watching_a_file_in_a_missing_directory_says_which() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("gone").join("talks.toml");
    let error = Watcher::new(&file, |_| {}).err().expect("an error");
    assert!(error.contains("gone"), "{error}");
}
