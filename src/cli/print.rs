//! `brief print`: a briefing on stdout, as text sized and coloured for where
//! it goes, or as Markdown or JSON.

use std::io::IsTerminal;

use clap::{Args, ValueEnum};

use super::exit::{EXIT_FAILURE, EXIT_OK, EXIT_USAGE};
use super::output::{self, Delivery};
use crate::export;
use crate::load::Origin;
use crate::print::{PrintOptions, render, render_positions};

/// Narrower than this, wrapped text is mostly line breaks.
pub const MIN_WIDTH: usize = 20;
/// Wider than this is a typo; the cap keeps a stray `--width 99999999`
/// from building rules and padding gigabytes long.
pub const MAX_WIDTH: usize = 1000;
/// The width when stdout is not a terminal (or its size cannot be read).
pub const DEFAULT_WIDTH: usize = 80;

/// When to colour the output.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    // Help text as attributes, not doc comments: clap shows it verbatim,
    // so the variable's name must not be wrapped in Markdown backticks.
    #[default]
    #[value(help = "Only when stdout is a terminal and NO_COLOR is unset or empty")]
    Auto,
    #[value(help = "Even into a pipe or a file, and whatever NO_COLOR says")]
    Always,
    #[value(help = "Plain text")]
    Never,
}

/// What `brief print` writes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum Format {
    #[default]
    #[value(help = "Wrapped text, coloured on a terminal")]
    Text,
    #[value(help = "Markdown, with the positions as a table")]
    Markdown,
    #[value(help = "The briefing, the comparison and the verdicts, for scripts")]
    Json,
    #[value(help = "A row per topic and party, for spreadsheets (see --matrix)")]
    Csv,
}

/// Width and colour: how text output fits where it goes (`print` and `diff`).
#[derive(Debug, Clone, Default, Args)]
pub struct TextOptions {
    /// Wrap to N columns [default: the terminal's width, or 80 when not a terminal].
    /// Widths below 20 are raised to 20, above 1000 lowered to 1000.
    #[arg(long, value_name = "N")]
    pub width: Option<usize>,

    /// Colour the output.
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// The configured theme, used when colouring; not an argument.
    #[arg(skip)]
    pub theme: crate::theme::Theme,
}

impl TextOptions {
    /// The width and colour for standard output as it is now.
    pub fn resolve(&self) -> PrintOptions {
        let stdout_is_terminal = std::io::stdout().is_terminal();
        PrintOptions {
            width: width(self.width, stdout_is_terminal),
            color: color(self.color, stdout_is_terminal, std::env::var_os("NO_COLOR")),
            theme: self.theme.clone(),
        }
    }
}

#[derive(Debug, Clone, Default, Args)]
pub struct Options {
    #[command(flatten)]
    pub text: TextOptions,

    /// Output format. --width and --color apply to text only.
    #[arg(long, value_enum, value_name = "FORMAT", default_value_t = Format::Text)]
    pub format: Format,

    /// Only the positions compared: the verdicts and every party's stance by topic.
    #[arg(long)]
    pub positions: bool,

    /// With --format csv: a grid of stance words, a row per topic and a column per party.
    #[arg(long)]
    pub matrix: bool,
}

/// `brief print FILE`: `-` is standard input, a pipe is read.
pub fn run_arg(path: &std::path::Path, options: &Options) -> i32 {
    match super::input::origin(path) {
        Ok(origin) => run(&origin, options),
        Err(err) => {
            eprintln!("{err}");
            EXIT_FAILURE
        }
    }
}

pub fn run(origin: &Origin, options: &Options) -> i32 {
    if options.matrix && options.format != Format::Csv {
        eprintln!("brief: --matrix is a layout of CSV; add --format csv");
        return EXIT_USAGE;
    }
    let briefing = match origin.load() {
        Ok(briefing) => briefing,
        Err(err) => {
            eprintln!("{err}");
            return EXIT_FAILURE;
        }
    };
    let only = options.positions;
    let text = match options.format {
        Format::Text if only => render_positions(&briefing, &options.text.resolve()),
        Format::Text => render(&briefing, &options.text.resolve()),
        Format::Markdown => export::markdown(&briefing, only),
        Format::Json => match export::json(&briefing, only) {
            Ok(text) => text,
            Err(err) => {
                eprintln!("brief: could not write {} as JSON: {err}", origin.name());
                return EXIT_FAILURE;
            }
        },
        // CSV is only ever the positions: `--positions` changes nothing.
        Format::Csv => match export::csv(&briefing, options.matrix) {
            Ok(text) => text,
            Err(err) => {
                eprintln!("brief: could not write {} as CSV: {err}", origin.name());
                return EXIT_FAILURE;
            }
        },
    };
    match output::write_stdout(&text) {
        Ok(Delivery::Written | Delivery::Closed) => EXIT_OK,
        Err(err) => {
            eprintln!("brief: could not write the briefing: {err}");
            EXIT_FAILURE
        }
    }
}

/// The width asked for, else the terminal's, else [`DEFAULT_WIDTH`]; clamped.
fn width(asked: Option<usize>, stdout_is_terminal: bool) -> usize {
    let width = asked.unwrap_or_else(|| {
        stdout_is_terminal
            .then(crossterm::terminal::size)
            .and_then(Result::ok)
            .map(|(columns, _)| usize::from(columns))
            .filter(|&columns| columns > 0)
            .unwrap_or(DEFAULT_WIDTH)
    });
    width.clamp(MIN_WIDTH, MAX_WIDTH)
}

/// Whether to colour: `--color` wins; `auto` follows the terminal and
/// <https://no-color.org> (set and not empty means no colour).
fn color(
    choice: ColorChoice,
    stdout_is_terminal: bool,
    no_color: Option<std::ffi::OsString>,
) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => stdout_is_terminal && no_color.is_none_or(|v| v.is_empty()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_are_clamped_to_something_readable() {
        assert_eq!(width(Some(5), false), MIN_WIDTH);
        assert_eq!(width(Some(0), true), MIN_WIDTH);
        assert_eq!(width(Some(usize::MAX), false), MAX_WIDTH);
        assert_eq!(width(Some(64), true), 64);
        assert_eq!(width(None, false), DEFAULT_WIDTH);
    }

    #[test]
    fn auto_colour_needs_a_terminal_and_no_no_color() {
        assert!(color(ColorChoice::Auto, true, None));
        assert!(color(ColorChoice::Auto, true, Some("".into())));
        assert!(!color(ColorChoice::Auto, true, Some("1".into())));
        assert!(!color(ColorChoice::Auto, false, None));
        assert!(color(ColorChoice::Always, false, Some("1".into())));
        assert!(!color(ColorChoice::Never, true, None));
    }
}
