//! Opening a link in the browser, with the `webbrowser` crate: `$BROWSER`
//! when set (each of its `:`-separated commands in turn, `%s` for the
//! address), else the desktop's opener; never through a shell. Only links
//! `update` has checked (http, https, mailto) get here.

/// Browsers that draw in the terminal: while one runs, it has the terminal
/// and the reader waits (webbrowser runs these in the foreground too).
const TEXT_BROWSERS: &[&str] = &[
    "lynx", "links", "links2", "elinks", "w3m", "eww", "netrik", "retawq", "browsh", "carbonyl",
];

/// Whether the browser `$BROWSER` names first runs in the terminal, so the
/// terminal must be handed over to it as to an editor.
pub fn needs_terminal() -> bool {
    std::env::var("BROWSER").is_ok_and(|b| is_text_browser(&b))
}

fn is_text_browser(browser: &str) -> bool {
    let first = browser.split(':').next().unwrap_or_default();
    let program = first.split_whitespace().next().unwrap_or_default();
    let name = std::path::Path::new(program)
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    TEXT_BROWSERS.contains(&name)
}

/// Open `url`; what went wrong, for the status bar.
pub fn open(url: &str) -> Result<(), String> {
    let result = webbrowser::open(url).map_err(|e| format!("could not open {url}: {e}"));
    reap();
    result
}

/// webbrowser starts a graphical browser (or its launcher) and lets go of
/// it without waiting, so when it exits it would stay a zombie for as long
/// as the reader runs. Collect any child that has exited; none is waited
/// for. The reader's other children (the editor) are waited for where
/// they are run, on this same thread, so none of theirs is taken here.
/// Unix only: elsewhere there are no zombies to collect.
pub fn reap() {
    #[cfg(unix)]
    {
        use nix::sys::wait::{WaitPidFlag, WaitStatus, waitpid};
        while let Ok(status) = waitpid(None, Some(WaitPidFlag::WNOHANG)) {
            if status == WaitStatus::StillAlive {
                break;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_browsers_are_known_by_their_program_name() {
        assert!(is_text_browser("w3m"));
        assert!(is_text_browser("/usr/bin/lynx -accept_all_cookies %s"));
        assert!(is_text_browser("elinks:firefox"));
        assert!(!is_text_browser("firefox:w3m"));
        assert!(!is_text_browser("/tmp/record-url.sh"));
        assert!(!is_text_browser(""));
    }
}
