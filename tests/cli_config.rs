//! `brief config` and `--config`: where brief looks, what it prints, every
//! mistake with its place (one fixture each), editing the file, and that a
//! broken configuration never stops a briefing from being read.
#![cfg(unix)]

#[path = "support/isolated.rs"]
mod isolated;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const FIXTURES: &str = "tests/fixtures/config";
const BRIEFING: &str = "briefings/istanbul-talks.toml";

/// `brief ARGS` in the repository, with `home` as its home.
fn brief_at(home: &Path, args: &[&str]) -> Output {
    brief_with(home, args, |_| {})
}

fn brief_with(home: &Path, args: &[&str], more: impl FnOnce(&mut Command)) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_brief"));
    isolated::isolate(&mut command, home)
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("VISUAL")
        .env_remove("EDITOR")
        .env_remove("NO_COLOR")
        .stdin(Stdio::null());
    more(&mut command);
    command
        .output()
        .unwrap_or_else(|e| panic!("could not run brief: {e}"))
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn home() -> tempfile::TempDir {
    tempfile::tempdir().expect("temporary home")
}

/// Where brief looks first in `home`.
fn config_in(home: &Path) -> PathBuf {
    home.join("config/brief/config.toml")
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().expect("a parent")).expect("mkdir");
    std::fs::write(path, text).expect("write");
}

/// Each fixture's `# expect L:C message` lines: the place and the start of
/// the message; `# expect text` lines: text the report must hold.
fn expected(fixture: &Path) -> Vec<String> {
    let source = std::fs::read(fixture).expect("read the fixture");
    let name = fixture.to_string_lossy().into_owned();
    text(&source)
        .lines()
        .filter_map(|line| line.strip_prefix("# expect "))
        .map(|rest| match rest.split_once(' ') {
            Some((place, message))
                if place.contains(':') && place.starts_with(|c: char| c.is_ascii_digit()) =>
            {
                format!("{name}:{place}: {message}")
            }
            _ => rest.to_owned(),
        })
        .collect()
}

fn fixtures() -> Vec<PathBuf> {
    let mut all: Vec<PathBuf> =
        std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXTURES))
            .expect("the fixtures")
            .map(|e| Path::new(FIXTURES).join(e.expect("an entry").file_name()))
            .collect();
    all.sort();
    all
}

#[test]
fn check_names_every_mistake_at_its_line_and_column() {
    let home = home();
    let all = fixtures();
    assert!(all.len() >= 12, "{all:?}");
    for fixture in all {
        let wanted = expected(&fixture);
        assert!(
            !wanted.is_empty(),
            "{} says nothing it expects",
            fixture.display()
        );
        let path = fixture.to_string_lossy();
        let out = brief_at(home.path(), &["config", "check", "--config", &path]);
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{path}:\n{err}");
        for want in &wanted {
            assert!(err.contains(want), "{path}: wanted {want:?} in:\n{err}");
        }
        // The line itself is shown, with a caret under the spot.
        if wanted[0].contains(".toml:") {
            assert!(
                err.contains(" | ") && err.contains('^'),
                "{path}: no snippet in:\n{err}"
            );
        }
    }
}

#[test]
fn a_broken_configuration_never_stops_a_briefing_being_read() {
    let home = home();
    for fixture in fixtures() {
        let path = fixture.to_string_lossy();
        // Not a terminal: brief prints the briefing, and says what is wrong on stderr.
        let out = brief_at(home.path(), &["--config", &path, BRIEFING]);
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{path}:\n{err}");
        assert!(
            text(&out.stdout).contains("Istanbul"),
            "{path}: the briefing was not printed"
        );
        let first = &expected(&fixture)[0];
        assert!(
            err.contains(first),
            "{path}: wanted {first:?} on stderr:\n{err}"
        );
        assert!(err.contains("their defaults are used meanwhile"), "{err}");
    }
}

#[test]
fn the_null_device_is_the_defaults_and_a_missing_file_is_a_mistake() {
    let home = home();
    let out = brief_at(home.path(), &["--config", "/dev/null", "config", "check"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "/dev/null: ok\n");
    let out = brief_at(home.path(), &["--config", "/dev/null", BRIEFING]);
    assert_eq!(
        (out.status.code(), text(&out.stderr)),
        (Some(0), String::new())
    );

    let out = brief_at(
        home.path(),
        &["config", "check", "--config", "nowhere.toml"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).starts_with("nowhere.toml: no such file"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn path_lists_where_brief_looks_in_order_and_the_file_in_use() {
    let home = home();
    let dir_file = config_in(home.path());
    let out = brief_at(home.path(), &["config", "path"]);
    let said = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0));
    let flag = said.find("--config FILE    not given").expect(&said);
    let env = said.find("$BRIEF_CONFIG    not set").expect(&said);
    let dir = said
        .find(&format!("{}  (not found)", dir_file.display()))
        .expect(&said);
    assert!(flag < env && env < dir, "{said}");
    assert!(said.contains("in use: none"), "{said}");

    write(&dir_file, "");
    let said = text(&brief_at(home.path(), &["config", "path"]).stdout);
    assert!(
        said.contains(&format!("in use: {}", dir_file.display())),
        "{said}"
    );

    // $BRIEF_CONFIG comes before the directory, --config before both.
    let env_file = home.path().join("env.toml");
    write(&env_file, "");
    let env_value = env_file.to_string_lossy().into_owned();
    let out = brief_with(home.path(), &["config", "path"], |c| {
        c.env("BRIEF_CONFIG", &env_value);
    });
    let said = text(&out.stdout);
    assert!(said.contains(&format!("in use: {env_value}")), "{said}");
    let out = brief_with(
        home.path(),
        &["--config", "/dev/null", "config", "path"],
        |c| {
            c.env("BRIEF_CONFIG", &env_value);
        },
    );
    let said = text(&out.stdout);
    assert!(
        said.contains("--config FILE    /dev/null  <- in use"),
        "{said}"
    );
    assert!(said.contains("in use: /dev/null"), "{said}");
}

#[test]
fn print_writes_what_reads_back_as_the_same_configuration() {
    let home = home();
    let mine = home.path().join("mine.toml");
    write(
        &mine,
        "theme = \"themes/x.toml\"\n[reader]\ntext_width = 72\ncontents = \"never\"\nmouse = false\n\
         [style.heading]\nfg = \"#ff0000\"\n[keys.reader]\nquit = [\"x\", \"ctrl-c\"]\n",
    );
    write(
        &home.path().join("themes/x.toml"),
        "[style]\ntopic = { fg = 33, italic = true }\n",
    );
    let first = brief_at(
        home.path(),
        &["config", "print", "--config", &mine.to_string_lossy()],
    );
    assert_eq!(first.status.code(), Some(0), "{}", text(&first.stderr));
    let printed = text(&first.stdout);
    assert!(
        printed.contains("text_width = 72\n") && printed.contains("mouse = false\n"),
        "{printed}"
    );
    // The keys and the looks changed are set; the rest is commented out.
    assert!(
        printed.contains("\nquit = [\"x\", \"ctrl-c\"]"),
        "{printed}"
    );
    assert!(printed.contains("\n# next_section = [\"]\"]"), "{printed}");
    assert!(
        printed.contains("\nheading = { fg = \"#ff0000\""),
        "{printed}"
    );
    // The theme's relative path is made absolute: the copy works anywhere.
    let theme = home.path().join("themes/x.toml");
    assert!(
        printed.contains(&format!("theme = \"{}\"", theme.display())),
        "{printed}"
    );
    // Every setting has a comment saying what it does.
    assert!(
        printed.lines().filter(|l| l.starts_with('#')).count() >= 8,
        "{printed}"
    );

    let copy = home.path().join("copy.toml");
    write(&copy, &printed);
    let copy_arg = copy.to_string_lossy();
    let checked = brief_at(home.path(), &["config", "check", "--config", &copy_arg]);
    assert_eq!(checked.status.code(), Some(0), "{}", text(&checked.stderr));
    let again = text(&brief_at(home.path(), &["config", "print", "--config", &copy_arg]).stdout);
    let body = |s: &str| s.split_once("\n\n").map(|(_, b)| b.to_owned());
    assert_eq!(body(&again), body(&printed));
}

#[test]
fn check_without_a_file_is_fine_and_a_good_file_is_ok() {
    let home = home();
    let out = brief_at(home.path(), &["config", "check"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).contains("no configuration file"));
    write(&config_in(home.path()), "[reader]\nfollow = false\n");
    let out = brief_at(home.path(), &["config", "check"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).ends_with("config.toml: ok\n"),
        "{}",
        text(&out.stdout)
    );
}

/// A fake editor: records its arguments, one a line, in `record`, then
/// runs `then` (shell text) with the file as $1... the last argument.
fn fake_editor(dir: &Path, then: &str) -> (PathBuf, PathBuf) {
    use std::os::unix::fs::PermissionsExt;
    let record = dir.join("args.txt");
    let script = dir.join("fake-editor");
    let body = format!(
        "#!/bin/sh\nprintf '%s\\n' \"$@\" > '{}'\nfor last; do :; done\n{then}\n",
        record.display()
    );
    std::fs::write(&script, body).expect("write the editor");
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    (script, record)
}

#[test]
fn edit_creates_the_commented_defaults_and_opens_them_in_the_editor() {
    let home = home();
    let (editor, record) = fake_editor(home.path(), "");
    let value = format!("{} --wait", editor.display());
    let out = brief_with(home.path(), &["config", "edit"], |c| {
        c.env("EDITOR", "false").env("VISUAL", &value);
    });
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let file = config_in(home.path());
    // $VISUAL before $EDITOR; its words are arguments, the file comes last.
    let args = std::fs::read_to_string(&record).expect("the editor ran");
    assert_eq!(args, format!("--wait\n{}\n", file.display()));
    let written = std::fs::read_to_string(&file).expect("the file was created");
    assert!(written.starts_with("# brief's configuration."), "{written}");
    assert!(
        text(&out.stderr).contains("created"),
        "{}",
        text(&out.stderr)
    );
    // The defaults, as a file that checks clean.
    let out = brief_at(home.path(), &["config", "check"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));

    // A second edit keeps what is there.
    write(&file, "[reader]\nmouse = false\n");
    let out = brief_with(home.path(), &["config", "edit"], |c| {
        c.env("EDITOR", &editor);
    });
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        std::fs::read_to_string(&file).expect("read"),
        "[reader]\nmouse = false\n"
    );
}

#[test]
fn edit_runs_no_shell_and_says_what_the_edit_broke() {
    let home = home();
    let (editor, _) = fake_editor(home.path(), "printf 'oops = 1\\n' >> \"$last\"");
    let pwned = home.path().join("pwned");
    let value = format!("{}; touch {}", editor.display(), pwned.display());
    let out = brief_with(home.path(), &["config", "edit"], |c| {
        c.env("EDITOR", &value);
    });
    // `editor;` is no program: nothing ran, and nothing was touched.
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("could not run"),
        "{}",
        text(&out.stderr)
    );
    assert!(!pwned.exists());

    let out = brief_with(home.path(), &["config", "edit"], |c| {
        c.env("EDITOR", &editor);
    });
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("config.toml:") && err.contains("`oops`"),
        "{err}"
    );

    let out = brief_at(home.path(), &["config", "edit"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("set $VISUAL or $EDITOR"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn print_with_colour_uses_the_configured_theme_and_never_means_none() {
    let home = home();
    let mine = home.path().join("mine.toml");
    write(&mine, "[style.heading]\nfg = \"#ff0000\"\n");
    let mine = mine.to_string_lossy().into_owned();
    let red = "\u{1b}[38;2;255;0;0m";
    let print = |extra: &[&str]| {
        let mut args = vec!["print", "--config", &mine, BRIEFING];
        args.extend_from_slice(extra);
        let out = brief_at(home.path(), &args);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        text(&out.stdout)
    };
    assert!(print(&["--color", "always"]).contains(red));
    let plain = print(&["--color", "never"]);
    assert!(!plain.contains('\u{1b}'), "{plain}");
    // Without the file, the default theme: no red.
    let out = brief_at(
        home.path(),
        &[
            "print",
            "--config",
            "/dev/null",
            BRIEFING,
            "--color",
            "always",
        ],
    );
    assert!(!text(&out.stdout).contains(red));
}
