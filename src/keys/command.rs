//! What a key can do, by name.
//!
//! Each `Command` is a word a user writes in `[keys.MODE]`; its doc line is
//! what the help screen says of it, so each is written for that. A command
//! carries no payload: the nine section keys are nine commands, so any one
//! of them can be moved.

use serde::{Deserialize, Serialize};
use strum::{EnumMessage, IntoStaticStr, VariantArray};

/// Every command a key can be bound to, in any mode.
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
pub enum Command {
    /// down a line
    ScrollDown,
    /// up a line
    ScrollUp,
    /// down half a page
    HalfPageDown,
    /// up half a page
    HalfPageUp,
    /// down a page
    PageDown,
    /// up a page
    PageUp,
    /// to the top
    Top,
    /// to the bottom
    Bottom,
    /// next section
    NextSection,
    /// previous section
    PreviousSection,
    /// section 1 to the top
    #[serde(rename = "section_1")]
    #[strum(serialize = "section_1")]
    Section1,
    /// section 2 to the top
    #[serde(rename = "section_2")]
    #[strum(serialize = "section_2")]
    Section2,
    /// section 3 to the top
    #[serde(rename = "section_3")]
    #[strum(serialize = "section_3")]
    Section3,
    /// section 4 to the top
    #[serde(rename = "section_4")]
    #[strum(serialize = "section_4")]
    Section4,
    /// section 5 to the top
    #[serde(rename = "section_5")]
    #[strum(serialize = "section_5")]
    Section5,
    /// section 6 to the top
    #[serde(rename = "section_6")]
    #[strum(serialize = "section_6")]
    Section6,
    /// section 7 to the top
    #[serde(rename = "section_7")]
    #[strum(serialize = "section_7")]
    Section7,
    /// section 8 to the top
    #[serde(rename = "section_8")]
    #[strum(serialize = "section_8")]
    Section8,
    /// section 9 to the top
    #[serde(rename = "section_9")]
    #[strum(serialize = "section_9")]
    Section9,
    /// contents pane (on/off)
    ToggleContents,
    /// positions panel (on/off)
    TogglePositions,
    /// positions follow the reading (on/off)
    ToggleFollow,
    /// focus the next pane
    FocusNext,
    /// focus the previous pane
    FocusPrevious,
    /// open the selected entry or topic
    Activate,
    /// compare view: topics x parties
    OpenCompare,
    /// mark what changed since another briefing
    CompareAgainst,
    /// the library: pick a briefing
    OpenLibrary,
    /// open a path
    OpenPath,
    /// back to the previous briefing
    Back,
    /// forward again
    Forward,
    /// previous round of the series, same place
    PreviousRound,
    /// next round of the series, same place
    NextRound,
    /// edit the file in $VISUAL or $EDITOR
    Edit,
    /// search the briefing
    Search,
    /// next match
    NextMatch,
    /// previous match
    PreviousMatch,
    /// this help
    Help,
    /// close an overlay, clear the search
    Close,
    /// reload from disk, keeping the place
    Reload,
    /// suspend (fg resumes)
    Suspend,
    /// quit
    Quit,
    /// erase a character
    Erase,
    /// complete the path
    Complete,
    /// accept what is typed or chosen
    Confirm,
    /// cancel what is typed or chosen
    Cancel,
    /// the next entry
    NextEntry,
    /// the previous entry
    PreviousEntry,
    /// the cell to the left
    CellLeft,
    /// the cell to the right
    CellRight,
    /// the topic above
    TopicUp,
    /// the topic below
    TopicDown,
    /// a page of topics down
    TopicsPageDown,
    /// a page of topics up
    TopicsPageUp,
    /// open the cell: whole text and source
    OpenCell,
    /// next topic with divergence
    NextDivergence,
    /// hide or show party column 1
    #[serde(rename = "toggle_column_1")]
    #[strum(serialize = "toggle_column_1")]
    ToggleColumn1,
    /// hide or show party column 2
    #[serde(rename = "toggle_column_2")]
    #[strum(serialize = "toggle_column_2")]
    ToggleColumn2,
    /// hide or show party column 3
    #[serde(rename = "toggle_column_3")]
    #[strum(serialize = "toggle_column_3")]
    ToggleColumn3,
    /// hide or show party column 4
    #[serde(rename = "toggle_column_4")]
    #[strum(serialize = "toggle_column_4")]
    ToggleColumn4,
    /// hide or show party column 5
    #[serde(rename = "toggle_column_5")]
    #[strum(serialize = "toggle_column_5")]
    ToggleColumn5,
    /// hide or show party column 6
    #[serde(rename = "toggle_column_6")]
    #[strum(serialize = "toggle_column_6")]
    ToggleColumn6,
    /// hide or show party column 7
    #[serde(rename = "toggle_column_7")]
    #[strum(serialize = "toggle_column_7")]
    ToggleColumn7,
    /// hide or show party column 8
    #[serde(rename = "toggle_column_8")]
    #[strum(serialize = "toggle_column_8")]
    ToggleColumn8,
    /// hide or show party column 9
    #[serde(rename = "toggle_column_9")]
    #[strum(serialize = "toggle_column_9")]
    ToggleColumn9,
    /// sort by verdict (again: back to file order)
    SortByVerdict,
    /// filter rows by verdict (steps through them)
    FilterVerdict,
    /// choose the party columns shown
    ChooseColumns,
    /// show or hide the party selected
    ToggleEntry,
    /// show every party
    ShowAll,
    /// hide every party but the one selected
    ShowNone,
    /// close the chooser
    Done,
    /// close the cell, else back to the reader
    CloseCell,
    /// back to the reader
    Leave,
    /// links and sources: open or copy
    Links,
    /// copy: section, citation or link
    Copy,
    /// timeline of the series: topics x rounds
    OpenTimeline,
    /// open that round at this topic (and party)
    OpenRound,
}

use Command as C;

/// `section_1` … `section_9`, in order.
pub const SECTIONS: [Command; 9] = [
    C::Section1,
    C::Section2,
    C::Section3,
    C::Section4,
    C::Section5,
    C::Section6,
    C::Section7,
    C::Section8,
    C::Section9,
];

/// `toggle_column_1` … `toggle_column_9`, in order.
pub const COLUMNS: [Command; 9] = [
    C::ToggleColumn1,
    C::ToggleColumn2,
    C::ToggleColumn3,
    C::ToggleColumn4,
    C::ToggleColumn5,
    C::ToggleColumn6,
    C::ToggleColumn7,
    C::ToggleColumn8,
    C::ToggleColumn9,
];

impl Command {
    /// The name written in `[keys.MODE]`.
    pub fn name(self) -> &'static str {
        self.into()
    }

    pub fn from_name(name: &str) -> Option<Command> {
        Command::VARIANTS.iter().copied().find(|c| c.name() == name)
    }

    /// What help says the command does: its doc line.
    pub fn doc(self) -> &'static str {
        self.get_documentation().unwrap_or_default()
    }

    /// Section N (1-based) for `section_N`.
    pub fn section(self) -> Option<usize> {
        SECTIONS.iter().position(|&c| c == self).map(|i| i + 1)
    }

    /// Party column N (1-based) for `toggle_column_N`.
    pub fn column(self) -> Option<usize> {
        COLUMNS.iter().position(|&c| c == self).map(|i| i + 1)
    }

    /// The numbered run this command is one of (`section_1` … `section_9`),
    /// and what help says of the run as a whole.
    pub fn family(self) -> Option<(&'static [Command], &'static str)> {
        if self.section().is_some() {
            Some((&SECTIONS, "section N to the top"))
        } else if self.column().is_some() {
            Some((&COLUMNS, "hide or show party column N"))
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_has_a_doc_line_for_help() {
        for &c in Command::VARIANTS {
            assert!(!c.doc().is_empty(), "{c:?} has no doc line for help");
        }
    }

    #[test]
    fn names_are_snake_case_and_serde_agrees() {
        for &c in Command::VARIANTS {
            let name = c.name();
            assert!(
                name.chars()
                    .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '_'),
                "{name}"
            );
            assert_eq!(toml::Value::try_from(c).ok(), Some(name.into()));
            assert_eq!(Command::from_name(name), Some(c));
        }
        assert_eq!(Command::Section3.name(), "section_3");
        assert_eq!(Command::Section3.section(), Some(3));
        assert_eq!(Command::ToggleColumn9.column(), Some(9));
    }
}
