//! The parts of a configuration that other modules read: `theme` and
//! `[style]` through [`Theme`], `[keys]` through [`Keymap`]; their mistakes
//! placed in the configuration file.

use toml::Spanned;
use toml::de::DeValue;

use super::settings::ThemeChoice;
use crate::keys::Keymap;
use crate::load::{Diagnostic, LoadError, suggest};
use crate::theme::Theme;

/// Why a theme cannot be used: a message and what to do, for the `theme`
/// line of the configuration.
pub struct Refused {
    pub message: String,
    pub notes: Vec<String>,
}

/// The theme `choice` names, in colour.
pub fn theme(choice: &ThemeChoice) -> Result<Theme, Refused> {
    match choice {
        ThemeChoice::Named(name) => Theme::bundled(name).ok_or_else(|| {
            let names = Theme::names();
            let mut notes = vec![format!(
                "the bundled themes are {}; or give the path of a theme file, ending in .toml",
                names.join(", ")
            )];
            if let Some(close) = suggest(name, &names) {
                notes.push(format!("did you mean \"{close}\"?"));
            }
            Refused {
                message: format!("there is no theme called \"{name}\""),
                notes,
            }
        }),
        ThemeChoice::File(path) => Theme::from_file(path).map_err(|error| {
            let shown = crate::load::display_path(path);
            let mut notes = Vec::new();
            let message = match &error {
                LoadError::Unreadable { reason, advice, .. } => {
                    notes.push(advice.clone());
                    format!("the theme file {shown}: {reason}")
                }
                LoadError::Invalid { problems, .. } => {
                    notes.push(error.summary());
                    notes.push(format!("`brief themes {shown}` lists them all"));
                    let count = problems.len();
                    let s = if count == 1 { "" } else { "s" };
                    format!("the theme file {shown} has {count} mistake{s}")
                }
            };
            notes.push("until it is fixed, the default theme is used".to_owned());
            Refused { message, notes }
        }),
    }
}

/// `[keys]` merged over the default keys. A keymap with no way to quit
/// is refused: the defaults stay, and the refusal is one of the problems.
pub fn keys(value: &Spanned<DeValue<'_>>, source: &str) -> (Keymap, Vec<Diagnostic>) {
    let mut keymap = Keymap::defaults();
    let mut problems = keymap.merge(value, source);
    if let Some(why) = keymap.quit_problem() {
        // At the reader's `quit` line when there is one: that is what to change.
        let span = value
            .get_ref()
            .get("reader")
            .and_then(|reader| reader.get_ref().get("quit"))
            .map_or_else(|| value.span(), Spanned::span);
        let mut problem = Diagnostic::new(source, Some(span), why);
        problem.push_note("until one does, brief uses its default keys");
        problems.push(problem);
        keymap = Keymap::defaults();
    }
    (keymap, problems)
}
