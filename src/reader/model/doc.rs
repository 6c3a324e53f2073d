//! The briefing shown: what it is, where it came from, what `brief check`
//! says of it and what changed since an earlier one.

use crate::compare::Comparison;
use crate::load::Origin;
use crate::model::Briefing;
use crate::text::Target;

use super::status::Checked;

/// One entry of the contents pane.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub label: String,
    pub target: Target,
}

/// The changes of each topic against another briefing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Against {
    /// How the other briefing is named.
    pub name: String,
    /// The other briefing itself, so a reload can compare again.
    pub older: Briefing,
    pub topics: Vec<crate::diff::TopicChange>,
}

/// The briefing shown.
#[derive(Debug)]
pub struct Doc {
    pub briefing: Briefing,
    pub comparison: Comparison,
    pub origin: Origin,
    /// The contents pane's entries.
    pub entries: Vec<Entry>,
    /// Columns the widest entry's label takes.
    pub widest_entry: usize,
    /// What changed against an earlier briefing (`D`), when one was picked.
    pub against: Option<Against>,
    /// What `brief check` warns of in it.
    pub warnings: Option<Checked>,
    /// Every web and mail address in it, whole: what a shortened one on
    /// screen stands for (see [`crate::text::url::resolve`]).
    pub urls: Vec<String>,
    /// The series it is a round of, once found beside it.
    pub rounds: Option<std::sync::Arc<super::rounds::Rounds>>,
    /// The loop has answered where its rounds are; until then `rounds`
    /// being `None` means "not known yet", not "in no series".
    pub rounds_known: bool,
    /// What was asked for before the rounds were known: done when they
    /// come, unless the reader has done something else meanwhile.
    pub after_rounds: Option<super::rounds::AfterRounds>,
}

impl Doc {
    pub fn new(briefing: Briefing, origin: Origin) -> Doc {
        let mut doc = Doc {
            comparison: Comparison::of(&briefing),
            entries: entries(&briefing),
            widest_entry: 0,
            urls: crate::text::url::in_briefing(&briefing),
            briefing,
            origin,
            against: None,
            warnings: None,
            rounds: None,
            rounds_known: false,
            after_rounds: None,
        };
        doc.widest_entry = widest(&doc.entries);
        doc
    }

    /// A new version of the same briefing (a reload): compared again.
    pub fn replace(&mut self, briefing: Briefing) {
        self.comparison = Comparison::of(&briefing);
        if let Some(against) = &mut self.against {
            against.topics = crate::diff::topic_changes(&against.older, &briefing);
        }
        self.entries = entries(&briefing);
        self.widest_entry = widest(&self.entries);
        self.urls = crate::text::url::in_briefing(&briefing);
        self.briefing = briefing;
    }
}

fn widest(entries: &[Entry]) -> usize {
    entries
        .iter()
        .map(|e| crate::text::fit::columns(&e.label))
        .max()
        .unwrap_or(0)
}

fn entries(briefing: &Briefing) -> Vec<Entry> {
    let mut entries = Vec::new();
    if !briefing.summary.is_empty() {
        entries.push(Entry {
            label: "Key points".to_owned(),
            target: Target::KeyPoints,
        });
    }
    for (i, section) in briefing.sections.iter().enumerate() {
        entries.push(Entry {
            label: format!("{}. {}", i + 1, section.title),
            target: Target::Section(i),
        });
    }
    if !briefing.sources.is_empty() {
        entries.push(Entry {
            label: "Sources".to_owned(),
            target: Target::Sources,
        });
    }
    entries
}
