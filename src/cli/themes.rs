//! `brief themes`: the bundled themes, each with a sample line in its own
//! colours on a terminal; `brief themes NAME` writes one out as a theme file.

use std::io::IsTerminal;

use clap::Args;
use crossterm::style::ContentStyle;
use ratatui::backend::IntoCrossterm;

use super::exit::{EXIT_FAILURE, EXIT_OK};
use super::output::{self, Delivery};
use super::print::ColorChoice;
use crate::compare::{Mark, Verdict};
use crate::model::Stance;
use crate::theme::{Role, Theme};

#[derive(Debug, Clone, Default, Args)]
pub struct Options {
    /// A bundled theme's name, or a theme file: write it out, every role
    /// with a line saying what it is, to start a theme of your own from.
    #[arg(value_name = "NAME|FILE")]
    pub theme: Option<String>,

    /// Show each theme's sample line in its colours.
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

pub fn run(options: &Options) -> i32 {
    let text = if let Some(name) = &options.theme {
        match Theme::resolve(name, false) {
            Ok(theme) => theme.to_toml(),
            Err(err) => {
                eprintln!("{err}");
                return EXIT_FAILURE;
            }
        }
    } else {
        let samples = match options.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => std::io::stdout().is_terminal() && !Theme::no_color_env(),
        };
        list(samples)
    };
    match output::write_stdout(&text) {
        Ok(Delivery::Written | Delivery::Closed) => EXIT_OK,
        Err(err) => {
            eprintln!("brief: could not write the themes: {err}");
            EXIT_FAILURE
        }
    }
}

/// Every bundled theme with what it is; with `samples`, a line in its looks.
fn list(samples: bool) -> String {
    let names = Theme::names();
    let width = names.iter().map(|n| n.len()).max().unwrap_or(0);
    let mut out = String::new();
    for name in names {
        let Some(theme) = Theme::bundled(name) else {
            continue;
        };
        out.push_str(&format!("{name:<width$}  {}\n", theme.description()));
        if samples {
            out.push_str(&format!("{:<width$}  {}\n", "", sample(&theme)));
        }
    }
    out.push_str(
        "\nChoose one with `theme = \"NAME\"` in the config file. `brief themes NAME` \
         writes a theme out,\nevery role with a line saying what it is, to start your own from.\n",
    );
    out
}

/// A line of the reader's roles, each in the theme's look for it.
fn sample(theme: &Theme) -> String {
    let mark = |stance: Stance| {
        let mark = Mark::Stance(stance);
        (
            format!("{} {}", mark.symbol(), mark.label()),
            Role::of_mark(mark),
        )
    };
    let parts = [
        ("Key points".to_owned(), Role::Heading),
        ("•".to_owned(), Role::Marker),
        ("a link".to_owned(), Role::Link),
        ("code".to_owned(), Role::Code),
        mark(Stance::For),
        mark(Stance::Against),
        mark(Stance::Conditional),
        (
            Verdict::Divergence.label().to_owned(),
            Role::VerdictDivergence,
        ),
        (" match ".to_owned(), Role::CurrentHit),
        (" status ".to_owned(), Role::StatusBar),
    ];
    let shown: Vec<String> = parts
        .iter()
        .map(|(text, role)| {
            let style: ContentStyle = theme.style(*role).into_crossterm();
            style.apply(text).to_string()
        })
        .collect();
    shown.join("  ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_samples_the_list_is_plain_names() {
        let text = list(false);
        assert!(!text.contains('\u{1b}'), "{text}");
        for name in Theme::names() {
            assert!(text.lines().any(|l| l.starts_with(name)), "{name}: {text}");
        }
    }

    #[test]
    fn each_sample_is_in_its_own_theme() {
        let default = sample(&Theme::bundled("default").expect("default"));
        // The heading in cyan (36), bold (1): the 16-colour palette.
        assert!(default.contains("\u{1b}[38;5;6m"), "{default:?}");
        let light = sample(&Theme::bundled("light").expect("light"));
        assert!(light.contains("\u{1b}[38;2;5;80;174m"), "{light:?}");
        let mono = sample(&Theme::mono());
        assert!(!mono.contains("38;") && !mono.contains("48;"), "{mono:?}");
        assert!(
            mono.contains("\u{1b}[1m"),
            "mono is bold where it matters: {mono:?}"
        );
    }
}
