//! The two keys that place a briefing in a negotiation: `process` names
//! it, `round` gives the briefing's place in it.

use toml::de::DeValue;

use super::walker::{Here, Kind, Walker};

/// Higher than any negotiation has rounds; a bigger number is a typo.
pub const MAX_ROUND: u32 = 100_000;

impl Walker<'_> {
    /// `process`: one line, not blank.
    pub(super) fn process(&mut self, top: &Here) -> Option<String> {
        let process = self.optional(top, "process", Kind::Line)?;
        if process.is_empty() {
            let span = top.get("process").map(toml::Spanned::span);
            self.report(span, "`process` is blank");
            self.add_note(
                "name the negotiation, such as process = \"istanbul-talks-2025\", the same in every round; or leave `process` out",
            );
            return None;
        }
        Some(process)
    }

    /// `round`: a whole number from 1.
    pub(super) fn round(&mut self, top: &Here) -> Option<u32> {
        let value = top.get("round")?;
        let hint = "write the briefing's place in the negotiation as a whole number without quotes: round = 2";
        let DeValue::Integer(int) = value.get_ref() else {
            self.wrong_type(value, "round", "a whole number (1, 2, 3...)");
            self.add_note(hint);
            return None;
        };
        let n = i64::from_str_radix(int.as_str(), int.radix()).ok();
        match n.and_then(|n| u32::try_from(n).ok()) {
            Some(n) if (1..=MAX_ROUND).contains(&n) => Some(n),
            _ => {
                let shown = n.map_or_else(|| int.as_str().to_owned(), |n| n.to_string());
                self.report(
                    Some(value.span()),
                    format!("`round` is {shown}, but rounds count from 1 to {MAX_ROUND}"),
                );
                self.add_note(hint);
                None
            }
        }
    }
}
