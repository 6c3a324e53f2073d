//! Starting brief in a fresh pseudo-terminal, with a clean environment.

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Condvar, Mutex};
use std::thread;

use portable_pty::{CommandBuilder, native_pty_system};

use super::{Output, Pty, Shared, collect, nonzero, size};

/// Environment variables that would change what brief does.
const SCRUBBED: &[&str] = &[
    "BRIEF_TEST_PANIC",
    // The configuration comes from the temporary XDG_CONFIG_HOME only.
    "BRIEF_CONFIG",
    // A backtrace would push a panic message off the screen.
    "RUST_BACKTRACE",
    "RUST_LIB_BACKTRACE",
    "COLUMNS",
    "LINES",
    "NO_COLOR",
    "CLICOLOR",
    "CLICOLOR_FORCE",
    "EDITOR",
    "VISUAL",
    "PAGER",
    "TMUX",
    // A test that opens a link names its own recording browser.
    "BROWSER",
];

/// What to run; see [`Pty::builder`].
pub struct Builder {
    wrapper: Vec<String>,
    args: Vec<String>,
    rows: u16,
    cols: u16,
    env: Vec<(String, String)>,
    cwd: PathBuf,
}

impl Builder {
    pub fn size(mut self, rows: u16, cols: u16) -> Builder {
        self.rows = rows;
        self.cols = cols;
        self
    }

    pub fn env(mut self, key: &str, value: &str) -> Builder {
        self.env.push((key.to_owned(), value.to_owned()));
        self
    }

    /// Run brief through another program: `wrapper` is the start of the
    /// command line, brief's path and arguments follow. The process waited
    /// for and signalled is then the wrapper.
    pub fn wrapper(mut self, wrapper: &[&str]) -> Builder {
        self.wrapper = wrapper.iter().map(|&a| a.to_owned()).collect();
        self
    }

    /// The working directory (default: the repository root).
    pub fn cwd(mut self, dir: &Path) -> Builder {
        dir.clone_into(&mut self.cwd);
        self
    }

    pub fn spawn(self) -> Pty {
        Pty::start(&self)
    }
}

impl Pty {
    /// `brief ARGS`, to be adjusted before [`Builder::spawn`].
    pub fn builder(args: &[&str]) -> Builder {
        Builder {
            wrapper: Vec::new(),
            args: args.iter().map(|&a| a.to_owned()).collect(),
            rows: 24,
            cols: 80,
            env: Vec::new(),
            cwd: PathBuf::from(env!("CARGO_MANIFEST_DIR")),
        }
    }

    fn start(options: &Builder) -> Pty {
        let home = tempfile::tempdir().expect("temporary home");
        let pair = native_pty_system()
            .openpty(size(options.rows, options.cols))
            .expect("open a pseudo-terminal");

        let brief = env!("CARGO_BIN_EXE_brief");
        let mut command = match options.wrapper.split_first() {
            Some((program, rest)) => {
                let mut command = CommandBuilder::new(program);
                command.args(rest);
                command.arg(brief);
                command
            }
            None => CommandBuilder::new(brief),
        };
        command.args(&options.args);
        command.cwd(&options.cwd);
        for key in SCRUBBED {
            command.env_remove(key);
        }
        command.env("TERM", "xterm-256color");
        command.env("HOME", home.path());
        for (key, dir) in [
            ("XDG_CONFIG_HOME", "config"),
            ("XDG_DATA_HOME", "data"),
            ("XDG_STATE_HOME", "state"),
            ("XDG_CACHE_HOME", "cache"),
        ] {
            let path = home.path().join(dir);
            std::fs::create_dir_all(&path).expect("temporary XDG directory");
            command.env(key, path);
        }
        for (key, value) in &options.env {
            command.env(key, value);
        }

        let child = pair.slave.spawn_command(command).expect("start brief");
        // Only brief may hold the terminal's other end, so that its exit
        // closes it and the reader sees the end of the output.
        drop(pair.slave);
        let pid = child
            .process_id()
            .and_then(|p| i32::try_from(p).ok())
            .expect("brief's process id");
        let reader = pair.master.try_clone_reader().expect("pty reader");
        let writer = pair.master.take_writer().expect("pty writer");
        let rows = nonzero(options.rows);
        let cols = nonzero(options.cols);
        let output: Shared = Arc::new((
            Mutex::new(Output {
                raw: Vec::new(),
                parser: vt100::Parser::new(rows, cols, 0),
                finished: false,
            }),
            Condvar::new(),
        ));
        let letting_go = Arc::new(AtomicBool::new(false));
        {
            let output = Arc::clone(&output);
            let letting_go = Arc::clone(&letting_go);
            thread::spawn(move || collect(reader, &output, &letting_go));
        }
        Pty {
            child,
            pid,
            master: Some(pair.master),
            writer: Some(writer),
            output,
            letting_go,
            exit: None,
            home,
        }
    }
}
