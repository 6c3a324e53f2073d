//! Where brief keeps the user's briefings and its own state, by the XDG
//! base directory rules: `$XDG_DATA_HOME/brief`, `$XDG_STATE_HOME/brief`,
//! falling back to `~/.local/share/brief` and `~/.local/state/brief`.
//!
//! The spec says a relative `XDG_*` value is to be ignored; `etcetera`
//! does that. The home directory itself comes from `$HOME` as it is, so a
//! result that is still not absolute (an empty or relative `HOME`) gives
//! `None` here: writing state somewhere under the current directory would
//! scatter files wherever brief happens to be started.

use std::path::{Path, PathBuf};

use etcetera::BaseStrategy;

const APP: &str = "brief";

/// `$XDG_DATA_HOME/brief`, else `~/.local/share/brief`; `None` when no
/// absolute home can be found.
pub fn data_dir() -> Option<PathBuf> {
    let strategy = etcetera::choose_base_strategy().ok()?;
    absolute(strategy.data_dir().join(APP))
}

/// `$XDG_STATE_HOME/brief`, else `~/.local/state/brief`; `None` when no
/// absolute home can be found.
pub fn state_dir() -> Option<PathBuf> {
    let strategy = etcetera::choose_base_strategy().ok()?;
    // Windows has no state directory; its data directory is the nearest.
    let base = strategy.state_dir().unwrap_or_else(|| strategy.data_dir());
    absolute(base.join(APP))
}

/// Where brief looks for `config.toml`, in order: `$XDG_CONFIG_HOME/brief`
/// (else `~/.config/brief`), then the platform's own configuration
/// directory when it is another one (macOS, Windows). Only absolute paths.
pub fn config_dirs() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = Vec::new();
    let base = etcetera::choose_base_strategy().map(|s| s.config_dir());
    let native = etcetera::base_strategy::choose_native_strategy().map(|s| s.config_dir());
    for dir in [base, native].into_iter().filter_map(Result::ok) {
        if let Some(dir) = absolute(dir.join(APP))
            && !dirs.contains(&dir)
        {
            dirs.push(dir);
        }
    }
    dirs
}

/// The user's home directory, for `~` in typed paths; `None` unless absolute.
pub fn home_dir() -> Option<PathBuf> {
    absolute(etcetera::home_dir().ok()?)
}

/// How a path is shown in the reader's messages: relative to the working
/// directory when inside it, from `~` when inside the home directory,
/// otherwise as it is; sanitised.
pub fn tidy(path: &Path) -> String {
    let cwd = std::env::current_dir().ok();
    tidy_from(path, cwd.as_deref(), home_dir().as_deref())
}

/// [`tidy`], given the working and home directories.
pub fn tidy_from(path: &Path, cwd: Option<&Path>, home: Option<&Path>) -> String {
    let shown = |p: &Path| crate::sanitize::line(&p.to_string_lossy()).into_owned();
    if !path.is_absolute() {
        return shown(path);
    }
    if let Some(inside) = cwd.and_then(|c| path.strip_prefix(c).ok())
        && !inside.as_os_str().is_empty()
    {
        return shown(inside);
    }
    if let Some(inside) = home.and_then(|h| path.strip_prefix(h).ok()) {
        return shown(&Path::new("~").join(inside));
    }
    shown(path)
}

fn absolute(path: PathBuf) -> Option<PathBuf> {
    path.is_absolute().then_some(path)
}

#[cfg(test)]
mod tests {
    use std::path::Path;
    use std::process::Command;

    use super::tidy_from;

    #[test]
    fn paths_are_shown_from_the_working_directory_then_from_home() {
        let cwd = Some(Path::new("/home/ana/work"));
        let home = Some(Path::new("/home/ana"));
        let tidy = |p: &str| tidy_from(Path::new(p), cwd, home);
        assert_eq!(tidy("/home/ana/work/b/x.toml"), "b/x.toml");
        assert_eq!(tidy("/home/ana/notes/x.toml"), "~/notes/x.toml");
        assert_eq!(tidy("/srv/x.toml"), "/srv/x.toml");
        assert_eq!(tidy("rel/x.toml"), "rel/x.toml");
        // The working directory itself is not shown as nothing.
        assert_eq!(tidy("/home/ana/work"), "~/work");
    }

    /// Runs in a child process started by the tests below, with the
    /// environment they chose; environment variables are process-wide, so
    /// setting them in this process would race with every other test.
    #[test]
    #[ignore = "run by the other tests in a child process"]
    fn child_prints_dirs() {
        println!(
            "DIRS data={:?} state={:?} home={:?}",
            super::data_dir(),
            super::state_dir(),
            super::home_dir()
        );
        println!("CONFIG {:?}", super::config_dirs());
    }

    /// The dirs as a child process with exactly `vars` in its environment sees them.
    fn dirs_with(vars: &[(&str, &str)]) -> String {
        child_line(vars, "DIRS ")
    }

    /// The line the child printed after `tag`.
    fn child_line(vars: &[(&str, &str)], tag: &str) -> String {
        let exe = std::env::current_exe().expect("test binary path");
        let mut command = Command::new(exe);
        command
            .args([
                "--exact",
                "dirs::tests::child_prints_dirs",
                "--ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .env_clear();
        for (key, value) in vars {
            command.env(key, value);
        }
        let output = command.output().expect("run the test binary");
        let stdout = String::from_utf8_lossy(&output.stdout);
        stdout
            .lines()
            .find_map(|line| line.split_once(tag).map(|(_, dirs)| dirs))
            .unwrap_or_else(|| panic!("child printed no dirs: {stdout}"))
            .to_owned()
    }

    #[cfg(unix)]
    #[test]
    fn absolute_xdg_values_are_used() {
        let seen = dirs_with(&[
            ("HOME", "/home/ada"),
            ("XDG_DATA_HOME", "/tmp/xdg-data"),
            ("XDG_STATE_HOME", "/tmp/xdg-state"),
        ]);
        assert_eq!(
            seen,
            r#"data=Some("/tmp/xdg-data/brief") state=Some("/tmp/xdg-state/brief") home=Some("/home/ada")"#
        );
    }

    #[cfg(unix)]
    #[test]
    fn unset_or_relative_xdg_values_fall_back_to_home() {
        let expected = r#"data=Some("/home/ada/.local/share/brief") state=Some("/home/ada/.local/state/brief") home=Some("/home/ada")"#;
        assert_eq!(dirs_with(&[("HOME", "/home/ada")]), expected);
        let relative = dirs_with(&[
            ("HOME", "/home/ada"),
            ("XDG_DATA_HOME", "relative/data"),
            ("XDG_STATE_HOME", ""),
        ]);
        assert_eq!(relative, expected);
    }

    // Linux only: on macOS the platform's own directory comes second.
    #[cfg(target_os = "linux")]
    #[test]
    fn the_config_file_is_looked_for_under_xdg_config_home_else_dot_config() {
        let seen = |vars: &[(&str, &str)]| child_line(vars, "CONFIG ");
        assert_eq!(
            seen(&[("HOME", "/home/ada"), ("XDG_CONFIG_HOME", "/tmp/cfg")]),
            r#"["/tmp/cfg/brief"]"#
        );
        assert_eq!(
            seen(&[("HOME", "/home/ada"), ("XDG_CONFIG_HOME", "rel")]),
            r#"["/home/ada/.config/brief"]"#
        );
        assert_eq!(seen(&[("HOME", "nowhere")]), "[]");
    }

    #[cfg(unix)]
    #[test]
    fn no_absolute_home_means_no_dirs() {
        // (An empty HOME makes std ask the password database instead.)
        assert_eq!(
            dirs_with(&[("HOME", "somewhere")]),
            "data=None state=None home=None"
        );
        // An absolute XDG value still works without a usable home.
        assert_eq!(
            dirs_with(&[("HOME", "somewhere"), ("XDG_STATE_HOME", "/var/x")]),
            r#"data=None state=Some("/var/x/brief") home=None"#
        );
    }
}
