//! Paths that are not briefings: a FIFO, a device, a directory, a symlink
//! loop, a file brief may not read, one deleted, truncated or rewritten
//! between reads. Each gets a plain refusal that names the path and the
//! trouble, with no hang and no panic, in `check`, `print`, the loader
//! (which reload uses), the library scan and the reader's reload banner;
//! but a FIFO is read by `check` and `print`, which wait for its writer.
//! Big and deep files are in `hostile_files_big.rs`.

#[path = "fixtures/hostile/support.rs"]
mod support;

use std::fs;
use std::path::Path;
use std::process::Command;

use brief::load::Origin;
use brief::reader::testing::Action;
use brief::reader::testing::State;
use brief::reader::testing::update;
use support::{
    GOOD, brief, brief_in, cli_refuses, in_process_refuses, load, refused_everywhere, scan, text,
};

/// No `.toml` entry in `dir` is listed with a headline: the scan skipped
/// them or listed them as failures, and did not hang on the way.
fn scan_lists_nothing_good(dir: &Path) {
    let entries = scan(dir);
    assert!(entries.iter().all(|e| e.headline.is_none()), "{entries:#?}");
}

#[cfg(unix)]
#[test]
fn a_fifo() {
    let dir = tempfile::tempdir().expect("tempdir");
    let fifo = dir.path().join("pipe.toml");
    let made = Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("note: mkfifo is not available; the FIFO test is skipped");
        return;
    }
    // Nobody ever writes to it: opening it for reading would block forever.
    // Named on the command line it is read, as `cat` would (see cli_check);
    // the loader, which reload and the scan use, never waits on one.
    in_process_refuses(&fifo, "is a FIFO (named pipe)");
    assert!(
        scan(dir.path()).is_empty(),
        "a FIFO met in a folder is skipped"
    );
}

#[cfg(unix)]
#[test]
fn dev_zero_and_a_link_to_it() {
    // Reading it never ends; nor does a read through a link to it.
    refused_everywhere(Path::new("/dev/zero"), "is a device");
    let dir = tempfile::tempdir().expect("tempdir");
    let link = dir.path().join("zero.toml");
    std::os::unix::fs::symlink("/dev/zero", &link).expect("symlink");
    cli_refuses(&link, "is a device");
    assert!(load(&link).is_err());
    assert!(
        scan(dir.path()).is_empty(),
        "a device met in a folder is skipped"
    );
}

#[test]
fn a_directory() {
    let dir = tempfile::tempdir().expect("tempdir");
    let folder = dir.path().join("folder.toml");
    fs::create_dir(&folder).expect("mkdir");
    cli_refuses(&folder, "is a directory");
    let error = load(&folder).expect_err("refused");
    assert!(error.summary().contains("is a directory"), "{error}");
    scan_lists_nothing_good(dir.path());
}

#[cfg(unix)]
#[test]
fn a_symlink_loop() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().expect("tempdir");
    let (a, b) = (dir.path().join("a.toml"), dir.path().join("b.toml"));
    symlink(&b, &a).expect("symlink");
    symlink(&a, &b).expect("symlink");
    refused_everywhere(&a, "symbolic links");
    // A folder that links back to itself is walked once.
    symlink(dir.path(), dir.path().join("again")).expect("symlink");
    scan_lists_nothing_good(dir.path());
}

#[cfg(unix)]
#[test]
fn a_file_brief_may_not_read() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).expect("chmod");
    let locked = dir.path().join("locked.toml");
    fs::write(&locked, GOOD).expect("write");
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).expect("chmod");
    if fs::read(&locked).is_err() {
        refused_everywhere(&locked, "permission denied");
        return;
    }
    // Root reads anything; run brief as nobody instead, where setpriv can.
    let as_nobody = |command: &str| {
        let mut setpriv = Command::new("setpriv");
        setpriv
            .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(env!("CARGO_BIN_EXE_brief"))
            .arg(command)
            .arg(&locked);
        setpriv
    };
    let works = Command::new("setpriv").arg("--version").output();
    if !works.is_ok_and(|o| o.status.success()) {
        eprintln!("note: running as root without setpriv; the permission test is skipped");
        return;
    }
    eprintln!("note: running as root: check and print run as nobody; in-process checks skipped");
    for command in ["check", "print"] {
        let out = brief_in(&mut as_nobody(command));
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{command}: {err}");
        assert!(
            err.contains("locked.toml: permission denied"),
            "{command}: {err}"
        );
        assert!(err.contains("readable by you"), "{command}: {err}");
    }
}

#[test]
fn a_file_deleted_after_it_was_opened() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("talks.toml");
    fs::write(&path, GOOD).expect("write");
    let briefing = load(&path).expect("loads");
    let mut state = State::new(briefing, Origin::File(path.clone()), 100, 30);
    fs::remove_file(&path).expect("delete");
    update(&mut state, Action::FileRemoved);
    assert!(
        state
            .status
            .banner
            .as_deref()
            .is_some_and(|b| b.contains("was deleted")),
        "{:?}",
        state.status.banner
    );
    refused_everywhere(&path, "no such file");
}

/// The same path, read again after each change, as `check` in a loop or
/// the reader's reload would: cut mid-character, emptied, rewritten.
#[test]
fn a_file_truncated_and_rewritten_between_reads() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("talks.toml");
    fs::write(&path, GOOD).expect("write");
    let first = load(&path).expect("loads");
    let mut state = State::new(first, Origin::File(path.clone()), 100, 30);
    let check = |expected: i32| {
        let out = brief(&["check".as_ref(), path.as_os_str()]);
        assert_eq!(out.status.code(), Some(expected), "{}", text(&out.stderr));
        text(&out.stderr)
    };
    check(0);

    // Cut in the middle of the two bytes of "ü" in Türkiye.
    let cut = GOOD.find("ürkiye").expect("an ü") + 1;
    fs::write(&path, &GOOD.as_bytes()[..cut]).expect("truncate");
    let err = check(1);
    let line = GOOD.as_bytes()[..cut]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1;
    assert!(
        err.contains(&format!("talks.toml:{line}:")),
        "not located: {err}"
    );
    assert!(err.contains("not valid UTF-8"), "{err}");
    update(&mut state, Action::Loaded(Box::new(load(&path))));
    assert!(
        state
            .status
            .banner
            .as_deref()
            .is_some_and(|b| b.contains("UTF-8"))
    );

    // Cut between lines: valid text, but the briefing stops short.
    let cut = GOOD.find("[[sections]]").expect("a section");
    fs::write(&path, &GOOD[..cut]).expect("truncate");
    let err = check(1);
    assert!(err.contains("at least one section"), "{err}");

    fs::File::create(&path).expect("empty it");
    let err = check(1);
    assert!(err.contains("`headline` is missing"), "{err}");

    let rewritten = GOOD.replace("Istanbul to host", "Geneva to host");
    fs::write(&path, &rewritten).expect("rewrite");
    check(0);
    update(&mut state, Action::Loaded(Box::new(load(&path))));
    assert_eq!(
        state.status.banner, None,
        "a good version clears the banner"
    );
    assert!(state.doc.briefing.headline.starts_with("Geneva to host"));
}
