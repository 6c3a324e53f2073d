//! The library scan over real directories: what is listed, what is
//! skipped, and that nothing on disk can make it hang.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

use brief::bundled;
use brief::library::{Entry, Root, Scan};
use brief::load::Origin;

/// Generous: a scan that takes this long has hung.
const HANG: Duration = Duration::from_secs(120);

fn collect(mut scan: Scan) -> Vec<Entry> {
    let mut entries = Vec::new();
    loop {
        match scan.recv_timeout(HANG) {
            Some(entry) => entries.push(entry),
            None if scan.is_finished() => return entries,
            None => panic!("the scan hung after {} entries", entries.len()),
        }
    }
}

fn scan(roots: Vec<Root>) -> Vec<Entry> {
    collect(Scan::start(roots).expect("start the scan"))
}

fn file_names(entries: &[Entry]) -> BTreeSet<String> {
    entries.iter().map(|e| e.file_name.clone()).collect()
}

fn by_name<'a>(entries: &'a [Entry], name: &str) -> &'a Entry {
    entries
        .iter()
        .find(|e| e.file_name == name)
        .unwrap_or_else(|| panic!("{name} not listed"))
}

const GOOD: &str = include_str!("../briefings/istanbul-talks.toml");
const BAD: &str = "headline = \"Talks\"\n\n[[sections]]\ntitle = \"One\"\nbody = \"x\"\n\n[[parties]]\nname = \"A\"\n  [[parties.positions]]\n  topic = \"T\"\n  stance = \"maybe\"\n  text = \"x\"\n";

fn write(path: &Path, text: &str) {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).expect("mkdir");
    }
    fs::write(path, text).expect("write");
}

#[cfg(unix)]
fn mkfifo(path: &Path) {
    let status = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("run mkfifo");
    assert!(status.success(), "mkfifo failed");
}

#[cfg(unix)]
#[test]
fn a_directory_lists_briefings_and_failures_and_skips_everything_else() {
    use std::os::unix::fs::symlink;

    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    write(&d.join("good.toml"), GOOD);
    write(&d.join("bad-stance.toml"), BAD);
    write(&d.join("broken-syntax.toml"), "headline = \"unterminated\n");
    write(
        &d.join("Cargo.toml"),
        "[package]\nname = \"not-a-briefing\"\n",
    );
    write(&d.join("notes.txt"), GOOD);
    write(&d.join("sub/deeper.toml"), GOOD);
    write(&d.join("a/b/c/at-the-limit.toml"), GOOD);
    write(&d.join("a/b/c/d/too-deep.toml"), GOOD);
    write(&d.join(".hidden/secret.toml"), GOOD);
    fs::create_dir(d.join("folder.toml")).expect("mkdir");
    mkfifo(&d.join("pipe.toml"));
    symlink(".", d.join("loop")).expect("symlink");
    symlink("self.toml", d.join("self.toml")).expect("symlink");
    symlink("good.toml", d.join("alias.toml")).expect("symlink");

    let entries = scan(vec![Root::Path(d.to_path_buf())]);

    // The alias and good.toml are one file: listed once, by its real name.
    assert_eq!(
        file_names(&entries),
        [
            "at-the-limit.toml",
            "bad-stance.toml",
            "broken-syntax.toml",
            "deeper.toml",
            "good.toml",
        ]
        .map(String::from)
        .into(),
        "{entries:#?}"
    );
    assert_eq!(entries.len(), 5, "listed twice: {entries:#?}");
    let good = by_name(&entries, "good.toml");
    assert!(
        good.headline
            .as_deref()
            .is_some_and(|h| h.starts_with("Istanbul to host new round")),
        "{good:?}"
    );
    assert_eq!(good.error, None);
    assert!(good.parties.contains(&"Ukraine".to_owned()), "{good:?}");
    // The canonical path, so it compares with remembered places.
    assert_eq!(
        good.origin,
        Origin::File(fs::canonicalize(d.join("good.toml")).expect("canonical"))
    );
    // Failures stay in the list with their error on one line.
    let bad = by_name(&entries, "bad-stance.toml");
    assert_eq!(bad.headline, None);
    let error = bad.error.as_deref().expect("an error");
    assert!(error.contains(":11:") && error.contains("maybe"), "{error}");
    assert!(!error.contains('\n'));
    let broken = by_name(&entries, "broken-syntax.toml");
    assert!(broken.error.as_deref().is_some_and(|e| e.contains(":1:")));
}

#[cfg(unix)]
#[test]
fn paths_given_by_name_are_listed_whatever_they_are() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    write(&d.join("notes.txt"), "just notes");
    mkfifo(&d.join("pipe"));
    let roots = ["notes.txt", "pipe", "missing.toml"]
        .iter()
        .map(|name| Root::Path(d.join(name)))
        .collect();
    let entries = scan(roots);
    let error = |name: &str| by_name(&entries, name).error.clone().unwrap_or_default();
    assert!(error("pipe").contains("FIFO"), "{}", error("pipe"));
    assert!(error("missing.toml").contains("no such file"));
    assert!(
        error("notes.txt").contains("invalid TOML"),
        "{}",
        error("notes.txt")
    );
    assert_eq!(entries.len(), 3);
}

#[test]
fn bundled_briefings_are_listed_unless_the_same_file_was_found() {
    let alone = scan(vec![Root::Bundled]);
    assert_eq!(alone.len(), bundled::ALL.len());
    assert!(
        alone
            .iter()
            .all(|e| matches!(e.origin, Origin::Bundled(_)) && e.error.is_none())
    );

    let dir = tempfile::tempdir().expect("tempdir");
    write(&dir.path().join("istanbul-talks.toml"), GOOD);
    let both = scan(vec![Root::Bundled, Root::Path(dir.path().to_path_buf())]);
    assert_eq!(both.len(), bundled::ALL.len());
    let istanbul = by_name(&both, "istanbul-talks.toml");
    assert!(matches!(istanbul.origin, Origin::File(_)));
}

#[test]
fn two_thousand_generated_briefings_all_arrive() {
    let dir = tempfile::tempdir().expect("tempdir");
    brief::generate::library_dir(dir.path(), 2_000, 7).expect("generate");
    // Two overlapping roots: every file still comes once.
    let sub = dir.path().join(".");
    let entries = scan(vec![Root::Path(dir.path().to_path_buf()), Root::Path(sub)]);
    assert_eq!(entries.len(), 2_000);
    assert!(
        entries
            .iter()
            .all(|e| e.error.is_none() && e.headline.is_some())
    );
    assert_eq!(file_names(&entries).len(), 2_000);
}

#[test]
fn a_woken_consumer_that_drains_misses_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    brief::generate::library_dir(dir.path(), 300, 3).expect("generate");
    let (woken, wakes) = mpsc::channel();
    let mut scan = Scan::start_with_wake(vec![Root::Path(dir.path().to_path_buf())], move || {
        let _ = woken.send(());
    })
    .expect("start the scan");
    let mut received = 0;
    let mut wake_count = 0;
    // Only ever look when woken, as a reader blocked on its own channel does.
    while !scan.is_finished() {
        wakes
            .recv_timeout(HANG)
            .expect("woken before the scan ends");
        wake_count += 1;
        while scan.try_recv().is_some() {
            received += 1;
        }
    }
    assert_eq!(received, 300);
    assert!(wake_count >= 1);
}

#[test]
fn empty_and_broken_files_are_listed_with_their_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    write(&d.join("empty.toml"), "");
    write(&d.join("blank.toml"), "\n  \n");
    write(&d.join("broken.toml"), "headline = \n");
    let entries = scan(vec![Root::Path(d.to_path_buf())]);
    assert_eq!(
        file_names(&entries),
        ["blank.toml", "broken.toml", "empty.toml"]
            .map(String::from)
            .into()
    );
    for entry in &entries {
        let error = entry.error.as_deref().unwrap_or_default();
        assert!(
            error.contains(&entry.file_name) && entry.headline.is_none(),
            "{entry:?}"
        );
    }
}

#[test]
fn each_entry_knows_which_root_found_it() {
    let first = tempfile::tempdir().expect("tempdir");
    let second = tempfile::tempdir().expect("tempdir");
    write(&first.path().join("mine.toml"), GOOD);
    write(&second.path().join("theirs.toml"), GOOD);
    let entries = scan(vec![
        Root::Path(first.path().to_path_buf()),
        Root::Path(second.path().to_path_buf()),
        Root::Bundled,
    ]);
    assert_eq!(by_name(&entries, "mine.toml").root, 0);
    assert_eq!(by_name(&entries, "theirs.toml").root, 1);
    assert_eq!(by_name(&entries, "iran-nuclear-jcpoa.toml").root, 2);
}

#[test]
fn a_recent_file_is_listed_wherever_it_is_and_a_gone_one_is_not() {
    let elsewhere = tempfile::tempdir().expect("tempdir");
    let kept = elsewhere.path().join("kept-notes.toml");
    write(&kept, GOOD);
    let roots =
        brief::library::library_roots(&[kept.clone(), elsewhere.path().join("deleted.toml")], &[]);
    let entries = scan(roots);
    let entry = by_name(&entries, "kept-notes.toml");
    assert_eq!(entry.error, None);
    assert!(!file_names(&entries).contains("deleted.toml"));
}

#[test]
fn series_are_read_from_the_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    // The bundled preview is round 1 of its series; this copy claims round 2.
    assert!(GOOD.contains("\nround = 1\n"));
    let round = GOOD.replacen("\nround = 1\n", "\nround = 2\n", 1);
    write(&dir.path().join("round-2.toml"), &round);
    let entries = scan(vec![Root::Path(dir.path().to_path_buf())]);
    let entry = by_name(&entries, "round-2.toml");
    assert_eq!(entry.process.as_deref(), Some("istanbul-talks-2025"));
    assert_eq!(entry.round, Some(2));
}

#[test]
fn listing_files_for_a_search_follows_the_scan_rules() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(&dir.path().join("a.toml"), GOOD);
    write(&dir.path().join("sub/b.toml"), GOOD);
    write(&dir.path().join(".hidden/c.toml"), GOOD);
    write(&dir.path().join("notes.txt"), GOOD);
    let listed = brief::library::files(&[Root::Path(dir.path().to_path_buf()), Root::Bundled]);
    let names: Vec<String> = listed.iter().map(Origin::short_name).collect();
    assert_eq!(names[..2], ["a.toml", "b.toml"]);
    assert_eq!(names.len(), 2 + bundled::ALL.len());
}
