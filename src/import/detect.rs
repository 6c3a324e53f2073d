//! Which kind of article a file holds: by its name's extension, then by
//! what it looks like.

/// The kinds of article `brief import` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
}

impl Format {
    /// By extension: `.txt`, `.md`, `.html` and their usual variants.
    pub fn from_name(name: &str) -> Option<Format> {
        let ext = name.rsplit_once('.')?.1.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "text" => Some(Format::Text),
            "md" | "markdown" | "mdown" | "mkd" | "mkdn" => Some(Format::Markdown),
            "html" | "htm" | "xhtml" | "shtml" => Some(Format::Html),
            _ => None,
        }
    }

    /// By content: a page starts with a doctype or an `<html>`, `<head>` or
    /// `<body>` tag; Markdown has headings (`# Title`, or a line underlined
    /// with `===` or `---`); anything else is plain text.
    pub fn sniff(text: &str) -> Format {
        let start: String = text
            .trim_start()
            .chars()
            .take(512)
            .collect::<String>()
            .to_lowercase();
        if [
            "<!doctype html",
            "<html",
            "<head",
            "<body",
            "<?xml",
            "<meta",
            "<article",
        ]
        .iter()
        .any(|t| start.starts_with(t))
            || start.contains("<html")
        {
            return Format::Html;
        }
        let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
        let atx = lines.iter().any(|l| {
            let hashes = l.len() - l.trim_start_matches('#').len();
            (1..=6).contains(&hashes) && l[hashes..].starts_with(' ')
        });
        let setext = lines.windows(2).any(|w| {
            !w[0].trim().is_empty()
                && w[1].len() >= 3
                && (w[1].chars().all(|c| c == '=') || w[1].chars().all(|c| c == '-'))
        });
        if atx || setext {
            Format::Markdown
        } else {
            Format::Text
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "plain text",
            Format::Markdown => "Markdown",
            Format::Html => "HTML",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extension_first() {
        assert_eq!(Format::from_name("a/b.MD"), Some(Format::Markdown));
        assert_eq!(Format::from_name("page.htm"), Some(Format::Html));
        assert_eq!(Format::from_name("seed.txt"), Some(Format::Text));
        assert_eq!(Format::from_name("article"), None);
    }

    #[test]
    fn then_content() {
        assert_eq!(Format::sniff("\n<!DOCTYPE html><html>"), Format::Html);
        assert_eq!(Format::sniff("# Title\n\nText."), Format::Markdown);
        assert_eq!(Format::sniff("Title\n=====\n\nText."), Format::Markdown);
        assert_eq!(
            Format::sniff("Lead.\nA Subhead\nText.\n#hashtag"),
            Format::Text
        );
    }
}
