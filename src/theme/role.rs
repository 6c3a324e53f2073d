//! What a piece of the screen is, as a theme names it: every look a theme
//! gives is the look of one role.

use strum::{EnumCount, EnumIter, EnumMessage, EnumString, IntoEnumIterator, IntoStaticStr};

use super::look::Look;
use crate::compare::{Mark, Verdict};
use crate::model::Stance;
use crate::text;

/// A role, named in snake case in theme files (`stance_for`); its doc
/// line is what `brief config print` says of it.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    EnumCount,
    EnumIter,
    EnumMessage,
    EnumString,
    IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
pub enum Role {
    /// Running text.
    Body,
    /// The briefing's headline.
    Headline,
    /// The line under the headline.
    Dek,
    /// The date, place and tags under the dek.
    Meta,
    /// A section's title, and "Key points".
    Heading,
    /// Bullets, list numbers and quote bars.
    Marker,
    /// Quoted text.
    Quote,
    /// Code in the text.
    Code,
    /// A link's text.
    Link,
    /// A link's address, after its text.
    Url,
    /// A topic in the positions.
    Topic,
    /// A party's name in the positions.
    Party,
    /// "(mediator)", "(observer)" after a party's name.
    Neutral,
    /// The mark and word of a position for.
    StanceFor,
    /// The mark and word of a position against.
    StanceAgainst,
    /// The mark and word of a conditional position.
    StanceConditional,
    /// The mark and word of an unclear position.
    StanceUnclear,
    /// The mark of a position stated with no stance.
    StanceStated,
    /// The mark of a party silent on a topic.
    Silent,
    /// Secondary text: sources, notes, hints, footers, the legend's words.
    Faint,
    /// A search match.
    Hit,
    /// The search match the reader is on.
    CurrentHit,
    /// The title and border of the pane with the focus.
    TitleFocused,
    /// The titles and borders of the other panes.
    TitleUnfocused,
    /// The rule under the header, and the compare view's rules.
    Rule,
    /// The status bar at the bottom.
    StatusBar,
    /// A message, in the status bar or in a box above it.
    Message,
    /// An error, in the status bar, in a box above it or in the library.
    Error,
    /// The warning across the screen when the file went bad or away.
    Banner,
    /// The frame of a box drawn over the reader: help, library, a cell.
    Border,
    /// The selected row or cell: contents, positions, library, compare view.
    Selection,
    /// Where the reader is: the compare view's topic and party, the bar
    /// beside the positions of the section being read, the library's `>`.
    Cursor,
    /// Notes in the compare view's title, and columns scrolled out of view.
    Accent,
    /// A group of keys in help.
    Group,
    /// A key in help.
    Key,
    /// The letters the library's filter matched.
    Match,
    /// A column's or a box's title, and the current contents entry.
    Label,
    /// A mediator's or observer's column, and a party's silence spelled out.
    Aside,
    /// The verdict where some parties are for and some against.
    VerdictDivergence,
    /// The verdict where positions are mixed, with no clash.
    VerdictMixed,
    /// The verdict where every party that spoke agrees.
    VerdictCommonGround,
    /// The verdict where only one party spoke.
    VerdictOneVoice,
    /// The verdict where only a mediator or observer spoke.
    VerdictNoPartyPosition,
    /// The verdict where nobody spoke.
    VerdictUnaddressed,
}

impl Role {
    /// The role's name in a theme file.
    pub fn name(self) -> &'static str {
        self.into()
    }

    /// Every role's name, in order.
    pub fn names() -> Vec<&'static str> {
        Role::iter().map(Role::name).collect()
    }

    /// What the role is, in a line.
    pub fn about(self) -> &'static str {
        self.get_documentation().unwrap_or_default().trim()
    }

    /// The role of laid-out text, shared by the reader and `brief print`.
    pub fn of_text(role: text::Role) -> Role {
        match role {
            text::Role::Body => Role::Body,
            text::Role::Headline => Role::Headline,
            text::Role::Dek => Role::Dek,
            text::Role::Meta => Role::Meta,
            text::Role::Heading => Role::Heading,
            text::Role::Marker => Role::Marker,
            text::Role::Quote => Role::Quote,
            text::Role::Code => Role::Code,
            text::Role::Link => Role::Link,
            text::Role::Url => Role::Url,
            text::Role::Topic => Role::Topic,
            text::Role::Party => Role::Party,
            text::Role::Neutral => Role::Neutral,
            text::Role::Stance(mark) => Role::of_mark(mark),
            text::Role::Dim => Role::Faint,
        }
    }

    /// The role of a stance mark.
    pub fn of_mark(mark: Mark) -> Role {
        match mark {
            Mark::Stance(Stance::For) => Role::StanceFor,
            Mark::Stance(Stance::Against) => Role::StanceAgainst,
            Mark::Stance(Stance::Conditional) => Role::StanceConditional,
            Mark::Stance(Stance::Unclear) => Role::StanceUnclear,
            Mark::Stated => Role::StanceStated,
            Mark::Silent => Role::Silent,
        }
    }

    /// The role of a verdict.
    pub fn of_verdict(verdict: Verdict) -> Role {
        match verdict {
            Verdict::Divergence => Role::VerdictDivergence,
            Verdict::Mixed => Role::VerdictMixed,
            Verdict::CommonGround => Role::VerdictCommonGround,
            Verdict::OneVoice => Role::VerdictOneVoice,
            Verdict::NoPartyPosition => Role::VerdictNoPartyPosition,
            Verdict::Unaddressed => Role::VerdictUnaddressed,
        }
    }
}

/// A look for every role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Looks([Look; Role::COUNT]);

impl Default for Looks {
    /// Every role plain.
    fn default() -> Looks {
        Looks([Look::default(); Role::COUNT])
    }
}

impl std::ops::Index<Role> for Looks {
    type Output = Look;

    fn index(&self, role: Role) -> &Look {
        &self.0[role as usize]
    }
}

impl std::ops::IndexMut<Role> for Looks {
    fn index_mut(&mut self, role: Role) -> &mut Look {
        &mut self.0[role as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_role_has_a_name_that_reads_back_and_a_line_saying_what_it_is() {
        for role in Role::iter() {
            assert_eq!(role.name().parse::<Role>(), Ok(role));
            assert!(!role.about().is_empty(), "{role:?} has no doc line");
        }
        assert_eq!(Role::StanceFor.name(), "stance_for");
        assert_eq!(Role::VerdictCommonGround.name(), "verdict_common_ground");
    }

    #[test]
    fn every_mark_and_verdict_has_a_role_of_its_own() {
        let marks: std::collections::HashSet<Role> =
            Mark::LEGEND.iter().map(|&m| Role::of_mark(m)).collect();
        assert_eq!(marks.len(), Mark::LEGEND.len());
        let verdicts: std::collections::HashSet<Role> =
            Verdict::ALL.iter().map(|&v| Role::of_verdict(v)).collect();
        assert_eq!(verdicts.len(), Verdict::ALL.len());
    }
}
