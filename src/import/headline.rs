//! A headline for an article that has no title, made from its first sentence.

/// Words kept from the sentence; a longer one is cut and marked with "…".
const MAX_WORDS: usize = 12;

/// Openings of a scene-setting clause that a headline does without:
/// "As the war drags on, diplomats meet" → "Diplomats meet".
const LEAD_INS: &[&str] = &[
    "as ",
    "while ",
    "when ",
    "after ",
    "although ",
    "though ",
    "despite ",
    "amid ",
    "with ",
    "following ",
    "since ",
    "before ",
    "because ",
    "once ",
    "even as ",
    "in ",
    "on ",
];

/// Words a cut headline should not end on.
const DANGLING: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "from",
    "with", "that", "which", "who", "as", "is", "are", "was", "were", "its", "their",
];

pub fn from_sentence(sentence: &str) -> Option<String> {
    let mut text = sentence.trim();
    let lower = text.to_lowercase();
    if LEAD_INS.iter().any(|l| lower.starts_with(l))
        && let Some((_, main)) = text.split_once(", ")
    {
        text = main;
    }
    let text = text.trim_end_matches(['.', '!', '?', ';', ':', ',', ' ']);
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut kept: Vec<&str> = words.iter().take(MAX_WORDS).copied().collect();
    let cut = kept.len() < words.len();
    if cut {
        while kept.len() > 1
            && kept.last().is_some_and(|w| {
                DANGLING.contains(&w.to_lowercase().as_str()) || w.ends_with([',', ';', ':'])
            })
        {
            kept.pop();
        }
    }
    let mut headline = kept.join(" ");
    let first = headline.chars().next()?;
    if first.is_lowercase() {
        headline = first
            .to_uppercase()
            .chain(headline.chars().skip(1))
            .collect();
    }
    if cut {
        headline.push('…');
    }
    Some(headline)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_main_clause_becomes_the_headline() {
        assert_eq!(
            from_sentence("As the Russia-Ukraine war drags on with no end in sight, diplomatic channels are once again being explored.").as_deref(),
            Some("Diplomatic channels are once again being explored")
        );
    }

    #[test]
    fn a_long_sentence_is_cut_at_a_word() {
        assert_eq!(
            from_sentence("Negotiators from both sides met for eleven hours on Tuesday in a hotel by the lake and agreed nothing.").as_deref(),
            Some("Negotiators from both sides met for eleven hours on Tuesday…")
        );
        assert_eq!(from_sentence("  "), None);
    }
}
