//! The positions compared: topics as rows, parties as columns.
//!
//! Views, `brief print` and later features all read this one computed model,
//! so the rule for ordering rows lives in one place.

mod comparison;
mod verdict;

pub use comparison::{Comparison, Mark, same_topic};
pub use verdict::{TopicVerdict, Verdict, summary, verdict, verdicts};
