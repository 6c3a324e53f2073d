//! Where each section starts in a briefing's text, so an editor can be
//! opened at the section being read.

use toml::de::DeTable;

use super::error::LineIndex;

/// The line (1-based) of each `[[sections]]` entry, in file order; empty
/// when the text is not TOML. Spans count from after a byte-order mark.
pub fn section_lines(text: &str) -> Vec<usize> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let Ok(root) = DeTable::parse(text) else {
        return Vec::new();
    };
    let Some(sections) = root
        .get_ref()
        .iter()
        .find(|(k, _)| k.get_ref().as_ref() == "sections")
        .and_then(|(_, v)| v.get_ref().as_array())
    else {
        return Vec::new();
    };
    let lines = LineIndex::new(text);
    sections
        .iter()
        .map(|s| lines.line_of(s.span().start).0)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_section_is_found_at_its_header() {
        let text = "\u{FEFF}headline = \"h\"\n\n[[sections]]\ntitle = \"a\"\nbody = \"\"\"\n[[sections]] in a body\n\"\"\"\n\n# a comment\n[[sections]]\ntitle = \"b\"\n";
        assert_eq!(section_lines(text), [3, 10]);
        assert_eq!(
            section_lines("sections = [{ title = \"x\" }, { title = \"y\" }]"),
            [1, 1]
        );
        assert!(section_lines("not = [toml").is_empty());
    }
}
