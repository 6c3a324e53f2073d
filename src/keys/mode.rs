//! Where keys are read (the reader, or the overlay on top of it), and
//! which commands each mode has, grouped as help lists them.

use serde::{Deserialize, Serialize};
use strum::{EnumMessage, IntoStaticStr, VariantArray};

use super::command::Command;

use Command as C;

/// Where keys are read: the reader itself, or the overlay on top of it.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    IntoStaticStr,
    EnumMessage,
    VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Mode {
    /// Reading a briefing, with no overlay open.
    Reader,
    /// Typing a search.
    Search,
    /// Typing a path to open.
    Prompt,
    /// The library picker, also the one that picks a briefing to compare against.
    Picker,
    /// The help screen.
    Help,
    /// The full-screen compare view.
    Compare,
    /// The compare view's column chooser.
    Columns,
    /// The list of links and sources in view (`L`).
    Links,
    /// The timeline of the series (`T`): topics down, rounds across.
    Timeline,
}

/// A titled group of commands, as help shows them.
pub type Group = (&'static str, &'static [Command]);

const READER: &[Group] = &[
    (
        "Move",
        &[
            C::ScrollDown,
            C::ScrollUp,
            C::HalfPageDown,
            C::HalfPageUp,
            C::PageDown,
            C::PageUp,
            C::Top,
            C::Bottom,
        ],
    ),
    (
        "Sections",
        &[
            C::NextSection,
            C::PreviousSection,
            C::Section1,
            C::Section2,
            C::Section3,
            C::Section4,
            C::Section5,
            C::Section6,
            C::Section7,
            C::Section8,
            C::Section9,
        ],
    ),
    (
        "Panes",
        &[
            C::ToggleContents,
            C::TogglePositions,
            C::ToggleFollow,
            C::FocusNext,
            C::FocusPrevious,
            C::Activate,
            C::OpenCompare,
            C::CompareAgainst,
        ],
    ),
    ("Links", &[C::Links, C::Copy]),
    (
        "Open",
        &[
            C::OpenLibrary,
            C::OpenPath,
            C::Back,
            C::Forward,
            C::PreviousRound,
            C::NextRound,
            C::OpenTimeline,
            C::Edit,
        ],
    ),
    ("Search", &[C::Search, C::NextMatch, C::PreviousMatch]),
    (
        "Other",
        &[C::Help, C::Close, C::Reload, C::Suspend, C::Quit],
    ),
];

const SEARCH: &[Group] = &[(
    "Typing a search",
    &[C::Erase, C::Confirm, C::Cancel, C::Quit],
)];

const PROMPT: &[Group] = &[(
    "Typing a path",
    &[C::Complete, C::Erase, C::Confirm, C::Cancel, C::Quit],
)];

const PICKER: &[Group] = &[(
    "Library (typing filters)",
    &[
        C::NextEntry,
        C::PreviousEntry,
        C::PageDown,
        C::PageUp,
        C::Erase,
        C::Confirm,
        C::Cancel,
        C::Quit,
    ],
)];

const HELP: &[Group] = &[(
    "Help",
    &[
        C::ScrollDown,
        C::ScrollUp,
        C::PageDown,
        C::PageUp,
        C::Top,
        C::Bottom,
        C::Close,
        C::Quit,
    ],
)];

const COMPARE: &[Group] = &[(
    "Compare view",
    &[
        C::CellLeft,
        C::CellRight,
        C::TopicUp,
        C::TopicDown,
        C::TopicsPageDown,
        C::TopicsPageUp,
        C::OpenCell,
        C::NextDivergence,
        C::ToggleColumn1,
        C::ToggleColumn2,
        C::ToggleColumn3,
        C::ToggleColumn4,
        C::ToggleColumn5,
        C::ToggleColumn6,
        C::ToggleColumn7,
        C::ToggleColumn8,
        C::ToggleColumn9,
        C::SortByVerdict,
        C::FilterVerdict,
        C::ChooseColumns,
        C::CloseCell,
        C::Leave,
        C::Help,
        C::Quit,
    ],
)];

const COLUMNS: &[Group] = &[(
    "Column chooser",
    &[
        C::NextEntry,
        C::PreviousEntry,
        C::Top,
        C::Bottom,
        C::ToggleEntry,
        C::ShowAll,
        C::ShowNone,
        C::Done,
        C::Help,
        C::Quit,
    ],
)];

const LINKS: &[Group] = &[(
    "Links and sources",
    &[
        C::NextEntry,
        C::PreviousEntry,
        C::Confirm,
        C::Copy,
        C::Cancel,
        C::Help,
        C::Quit,
    ],
)];

const TIMELINE: &[Group] = &[(
    "Timeline of the series",
    &[
        C::CellLeft,
        C::CellRight,
        C::ScrollUp,
        C::ScrollDown,
        C::PageDown,
        C::PageUp,
        C::Top,
        C::Bottom,
        C::OpenRound,
        C::Leave,
        C::Help,
        C::Quit,
    ],
)];

impl Mode {
    /// The name written after `keys.`.
    pub fn name(self) -> &'static str {
        self.into()
    }

    /// The mode's commands in groups, in the order help lists them.
    pub fn groups(self) -> &'static [Group] {
        match self {
            Mode::Reader => READER,
            Mode::Search => SEARCH,
            Mode::Prompt => PROMPT,
            Mode::Picker => PICKER,
            Mode::Help => HELP,
            Mode::Compare => COMPARE,
            Mode::Columns => COLUMNS,
            Mode::Links => LINKS,
            Mode::Timeline => TIMELINE,
        }
    }

    /// Every command the mode has, in help's order.
    pub fn commands(self) -> impl Iterator<Item = Command> {
        self.groups().iter().flat_map(|(_, c)| c.iter().copied())
    }

    pub fn has(self, command: Command) -> bool {
        self.commands().any(|c| c == command)
    }

    /// Whether printable characters with no binding type text here.
    pub fn types_text(self) -> bool {
        matches!(self, Mode::Search | Mode::Prompt | Mode::Picker)
    }

    pub fn from_name(name: &str) -> Option<Mode> {
        Mode::VARIANTS.iter().copied().find(|m| m.name() == name)
    }
}

impl Command {
    /// The modes this command works in.
    pub fn modes(self) -> impl Iterator<Item = Mode> {
        Mode::VARIANTS.iter().copied().filter(move |m| m.has(self))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_works_in_some_mode() {
        for &c in Command::VARIANTS {
            assert!(c.modes().next().is_some(), "{c:?} is in no mode");
        }
    }

    #[test]
    fn modes_read_back_by_name() {
        for &m in Mode::VARIANTS {
            assert_eq!(Mode::from_name(m.name()), Some(m));
        }
        assert_eq!(Mode::from_name("picker"), Some(Mode::Picker));
    }

    #[test]
    fn no_mode_lists_a_command_twice() {
        for &m in Mode::VARIANTS {
            let all: Vec<Command> = m.commands().collect();
            let mut unique = all.clone();
            unique.sort();
            unique.dedup();
            assert_eq!(all.len(), unique.len(), "{m:?}");
        }
    }
}
