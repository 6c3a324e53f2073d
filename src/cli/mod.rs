//! The command line: `brief [FILE|DIR]...` opens the reader; the commands
//! (`check`, `print`, `diff`, `timeline`, `search`, `import`, `new`,
//! `schema`, `themes`, `completions`, `man`, `config`) are the variants of
//! [`Command`] below, each documented where clap reads it for `--help`.
//!
//! Each command lives in its own file and returns the process exit code;
//! this file only parses arguments and dispatches.

mod check;
mod completions;
mod config;
mod diff;
mod exit;
mod import;
mod input;
mod new;
mod output;
mod print;
#[cfg(test)]
mod readme;
mod schema;
mod search;
mod themes;
mod timeline;

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::{CommandFactory, Parser, Subcommand};

use crate::bundled;
use crate::load::Origin;

pub use print::ColorChoice;

pub use exit::{EXIT_FAILURE, EXIT_OK};

#[derive(Debug, Parser)]
#[command(
    name = "brief",
    version,
    about = "Read negotiation briefings in the terminal: the headline, the sections, and each party's positions side by side.",
    long_about = "Read negotiation briefings in the terminal: the headline, the sections, and each party's positions side by side.\n\n\
        With no FILE, brief opens a briefing bundled with it. When standard output is not a terminal \
        (a pipe or a file), `brief FILE` prints the briefing as text, exactly like `brief print FILE`.",
    after_help = "Start a briefing of your own with `brief new my-briefing.toml`."
)]
struct Cli {
    /// Briefings to open: the first is shown, the rest join the library. A
    /// directory opens the library on it. `-` reads the first from standard input
    /// (keys still come from the terminal). With none, brief opens its bundled example.
    #[arg(value_name = "FILE|DIR")]
    files: Vec<PathBuf>,

    /// Remember nothing: no reading places are read or saved.
    #[arg(long)]
    no_state: bool,

    // Help as an attribute: clap shows it verbatim, so the variable's name
    // must not be wrapped in Markdown backticks.
    #[arg(
        long,
        global = true,
        value_name = "FILE",
        help = "Read the configuration from FILE instead of $BRIEF_CONFIG or ~/.config/brief/config.toml; /dev/null runs with the defaults"
    )]
    config: Option<PathBuf>,

    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check briefings for mistakes; say what each valid one holds.
    ///
    /// Errors (the file does not load) and warnings (it loads, but something
    /// is likely wrong, such as a misspelt topic) name the file, line and
    /// column. Exits 0 when every file is valid, warnings or not; 1 when any
    /// is not, or with --strict when any has a warning.
    Check {
        /// The briefings to check; `-` is standard input.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Fail (exit 1) on warnings too.
        #[arg(long)]
        strict: bool,
        /// Output format.
        #[arg(long, value_enum, value_name = "FORMAT", default_value_t = check::Format::Text)]
        format: check::Format,
    },
    /// Print a briefing as wrapped text (sections, then the positions compared), Markdown or JSON.
    Print {
        /// The briefing to print; `-` is standard input.
        file: PathBuf,
        #[command(flatten)]
        options: print::Options,
    },
    /// Say what changed between two versions of a briefing, or since its previous round.
    ///
    /// First the topics whose verdict changed; then per topic and party:
    /// positions added, dropped and reworded, and stance shifts; then the
    /// sections added, removed and changed. A renamed topic shows as one
    /// removed and one added. With one file, it is compared with the round
    /// before it in its series (its `process`, among the briefings beside
    /// it). Exits 0 whether or not anything changed, 1 when a file cannot
    /// be loaded or has no previous round.
    Diff {
        /// The earlier briefing; `-` is standard input, and `<(git show HEAD:FILE)` works.
        /// Alone, the later one, compared with its previous round.
        old: PathBuf,
        /// The later briefing; `-` is standard input.
        new: Option<PathBuf>,
        #[command(flatten)]
        options: print::TextOptions,
        /// Output format. --width and --color apply to text only.
        #[arg(long, value_enum, value_name = "FORMAT", default_value_t = diff::Format::Text)]
        format: diff::Format,
    },
    /// Show one negotiation's rounds side by side: who moved on what, and when.
    ///
    /// Topics as rows and rounds as columns: each topic's verdict per round,
    /// and beneath it each counted party's stance, changes marked (→ for a
    /// shift, "new", "dropped"; · is silence), with a summary line. Rounds
    /// are the briefings sharing a `process`, ordered by `round`, else by
    /// `date`. Briefings that hold more than one process need --process
    /// (exit 2 lists them).
    Timeline(timeline::Options),
    /// Turn an article (plain text, Markdown or HTML) into a briefing skeleton.
    ///
    /// Headline, standfirst, date and place, sections from the subheads,
    /// the article as the source, and parties (given, or suggested from the
    /// text) with the sentences naming each as candidate positions.
    Import(import::Options),
    /// Write a commented template briefing, or a copy of one (--from), to start from.
    /// Never overwrites a file.
    New {
        /// Where to write it, such as my-briefing.toml.
        file: PathBuf,
        #[command(flatten)]
        options: new::Options,
    },
    /// Print the briefing format as a JSON Schema, for editors (taplo, tombi).
    Schema,
    /// Find a word in every briefing of a library: one `file:line: text` a match, like grep.
    ///
    /// Searches the headline, summary, sections, positions and sources (not
    /// comments or key names). Without a capital letter the term ignores
    /// case. Exits 0 when something matched, 1 when nothing did.
    Search(search::Options),
    /// List the bundled themes, with a sample line of each in its colours on a terminal.
    Themes(themes::Options),
    /// Print a completion script for a shell; see the README for where it goes.
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print brief's man page (roff), e.g. `brief man > brief.1`.
    Man,
    /// Where the configuration file is, what it sets, its mistakes; edit it.
    Config {
        #[command(subcommand)]
        action: config::Action,
    },
}

impl Cli {
    /// A file name and a subcommand share the first position: `brief x.toml`
    /// opens a file, `brief check x.toml` runs a command; both at once is a
    /// mistake, and so is an option of the reader with a command. (clap's
    /// `args_conflicts_with_subcommands` would also refuse the global
    /// `--config` before a command.)
    fn checked(self) -> Result<Cli, clap::Error> {
        if self.command.is_none() {
            return Ok(self);
        }
        let stray = match (self.files.first(), self.no_state) {
            (Some(file), _) => format!("the file '{}'", file.display()),
            (None, true) => "'--no-state'".to_owned(),
            (None, false) => return Ok(self),
        };
        Err(Cli::command().error(
            clap::error::ErrorKind::ArgumentConflict,
            format!("{stray} cannot be used with a command; name files after the command"),
        ))
    }
}

/// Parse arguments, run, and return the process exit code.
pub fn run() -> i32 {
    let cli = match Cli::try_parse().and_then(Cli::checked) {
        Ok(cli) => cli,
        Err(err) => {
            // Help and version exit 0, usage errors 2: clap knows which.
            // If even this cannot be written (a closed pipe), there is no one to tell.
            let _ = err.print();
            return err.exit_code();
        }
    };
    match cli.command {
        Some(Command::Check {
            files,
            strict,
            format,
        }) => check::run(&files, strict, format),
        Some(Command::Print { file, mut options }) => {
            if options.format == print::Format::Text {
                options.text.theme = configured_theme(cli.config.as_deref());
            }
            print::run_arg(&file, &options)
        }
        Some(Command::Diff {
            old,
            new,
            mut options,
            format,
        }) => {
            if format == diff::Format::Text {
                options.theme = configured_theme(cli.config.as_deref());
            }
            diff::run(&old, new.as_deref(), &options, format)
        }
        Some(Command::Timeline(mut options)) => {
            if options.format == timeline::Format::Text {
                options.text.theme = configured_theme(cli.config.as_deref());
            }
            timeline::run(&options)
        }
        Some(Command::Import(options)) => import::run(&options),
        Some(Command::New { file, options }) => new::run(&file, &options),
        Some(Command::Schema) => schema::run(),
        Some(Command::Search(options)) => search::run(&options),
        Some(Command::Themes(options)) => themes::run(&options),
        Some(Command::Completions { shell }) => completions::completions(shell, Cli::command()),
        Some(Command::Man) => completions::man(Cli::command()),
        Some(Command::Config { action }) => config::run(action, cli.config.as_deref()),
        None => open(&cli.files, cli.no_state, cli.config.as_deref()),
    }
}

/// The configuration's theme, for text in colour; what is wrong with the
/// configuration is said on stderr.
fn configured_theme(flag: Option<&std::path::Path>) -> crate::theme::Theme {
    let loaded = crate::config::load(flag);
    if let Some(warning) = loaded.warning() {
        eprintln!("{warning}");
    }
    loaded.config.theme_for(false)
}

/// `brief [FILE|DIR]...`: the reader on a terminal, plain text anywhere else.
fn open(paths: &[PathBuf], no_state: bool, config: Option<&std::path::Path>) -> i32 {
    let config = crate::config::load(config);
    // A directory first opens the library on it, over the bundled briefing.
    let open_picker = paths.first().is_some_and(|p| p.is_dir());
    let origin = match paths.first() {
        Some(path) if !open_picker => match input::origin(path) {
            Ok(origin) => origin,
            Err(err) => {
                eprintln!("{err}");
                return EXIT_FAILURE;
            }
        },
        _ => Origin::Bundled(bundled::DEFAULT),
    };
    if !std::io::stdout().is_terminal() {
        if let Some(warning) = config.warning() {
            eprintln!("{warning}");
        }
        if open_picker {
            eprintln!(
                "brief: a directory opens the library, which needs a terminal; name a file to print it"
            );
            return EXIT_FAILURE;
        }
        let mut options = print::Options::default();
        options.text.theme = config.config.theme_for(false);
        return print::run(&origin, &options);
    }
    let (briefing, warnings) = match crate::check::load(&origin) {
        Ok(loaded) => loaded,
        Err(err) => {
            eprintln!("{err}");
            return EXIT_FAILURE;
        }
    };
    let options = crate::reader::Options {
        // The file shown is already loaded; the scan need not read it again.
        library: if open_picker {
            paths.to_vec()
        } else {
            paths.iter().skip(1).cloned().collect()
        },
        no_state,
        open_picker,
        warnings,
        settings: config.config.reader,
        banner: config.banner(),
        // NO_COLOR is applied by the reader: it always wins.
        theme: config.config.theme.clone(),
        keymap: config.config.keymap.clone(),
    };
    match crate::reader::run_with(briefing, origin, &options) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("brief: the reader stopped with an error: {err}");
            EXIT_FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_argument_definitions_are_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn a_file_and_a_subcommand_are_told_apart() {
        let cli = Cli::try_parse_from(["brief", "briefings/x.toml", "y.toml", "--no-state"]);
        assert!(matches!(
            cli,
            Ok(Cli { ref files, no_state: true, command: None, .. }) if files.len() == 2
        ));
        let cli = Cli::try_parse_from(["brief", "check", "a.toml", "b.toml"]);
        assert!(
            matches!(cli, Ok(Cli { ref files, command: Some(Command::Check { files: ref checked, .. }), .. }) if files.is_empty() && checked.len() == 2)
        );
    }

    #[test]
    fn a_file_or_a_reader_option_with_a_command_is_refused() {
        let parse = |args: &[&str]| Cli::try_parse_from(args).and_then(Cli::checked);
        // After a file, a command's name is one more file, as before.
        let cli = parse(&["brief", "x.toml", "check", "y.toml"]);
        assert!(matches!(cli, Ok(Cli { ref files, command: None, .. }) if files.len() == 3));
        let error = parse(&["brief", "--no-state", "config", "path"]).err();
        assert!(error.is_some_and(|e| {
            e.to_string()
                .contains("'--no-state' cannot be used with a command")
        }));
        assert!(parse(&["brief", "--no-state", "print", "y.toml"]).is_err());
        assert!(parse(&["brief", "--no-state", "x.toml", "y.toml"]).is_ok());
    }

    #[test]
    fn config_is_an_option_of_every_command() {
        let cli = Cli::try_parse_from(["brief", "--config", "c.toml", "x.toml"]);
        assert!(
            matches!(cli, Ok(Cli { ref config, ref files, .. }) if config.as_deref() == Some(std::path::Path::new("c.toml")) && files.len() == 1)
        );
        let cli = Cli::try_parse_from(["brief", "--config", "/dev/null", "config", "print"]);
        assert!(matches!(
            cli,
            Ok(Cli {
                config: Some(_),
                command: Some(Command::Config {
                    action: config::Action::Print
                }),
                ..
            })
        ));
        let cli = Cli::try_parse_from(["brief", "config", "path", "--config", "/dev/null"]);
        assert!(matches!(
            cli,
            Ok(Cli {
                config: Some(_),
                command: Some(Command::Config {
                    action: config::Action::Path
                }),
                ..
            })
        ));
    }
}
