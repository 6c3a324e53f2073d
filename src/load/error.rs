//! Load errors, written for the person who has to fix the file.

use std::fmt;
use std::ops::Range;

use unicode_width::UnicodeWidthStr;

use crate::sanitize;

/// How many problems one report lists before it says "and N more".
const MAX_LISTED: usize = 30;
/// The snippet under a message shows at most about this many columns.
const SNIPPET_WIDTH: usize = 120;

/// Why a briefing could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LoadError {
    /// The path could not be read as a file at all.
    #[error("{file}: {reason}\n  = {advice}")]
    Unreadable {
        file: String,
        reason: String,
        advice: String,
    },
    /// The file was read but is not a valid briefing.
    #[error("{}", render_invalid(.file, .problems))]
    Invalid {
        file: String,
        problems: Vec<Diagnostic>,
    },
}

impl LoadError {
    pub fn unreadable(file: &str, reason: impl Into<String>, advice: impl Into<String>) -> Self {
        LoadError::Unreadable {
            file: file.to_owned(),
            reason: reason.into(),
            advice: advice.into(),
        }
    }

    /// The file name as shown in messages.
    pub fn file(&self) -> &str {
        match self {
            LoadError::Unreadable { file, .. } | LoadError::Invalid { file, .. } => file,
        }
    }

    /// The problems found, in file order (empty for an unreadable file).
    pub fn problems(&self) -> &[Diagnostic] {
        match self {
            LoadError::Unreadable { .. } => &[],
            LoadError::Invalid { problems, .. } => problems,
        }
    }

    /// One line for a status bar or banner: `FILE:LINE:COL: message (+N more)`.
    pub fn summary(&self) -> String {
        match self {
            LoadError::Unreadable { file, reason, .. } => format!("{file}: {reason}"),
            LoadError::Invalid { file, problems } => {
                let Some(first) = problems.first() else {
                    return format!("{file}: not a valid briefing");
                };
                let mut line = format!("{}: {}", first.location(file), first.message);
                if let Some(cut) = line.find('\n') {
                    line.truncate(cut);
                }
                if problems.len() > 1 {
                    line.push_str(&format!(" (+{} more)", problems.len() - 1));
                }
                line
            }
        }
    }
}

/// How serious a [`Diagnostic`] is: an error stops the file loading; a
/// warning is a likely mistake in a file that loads (`brief check`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    #[default]
    Error,
    Warning,
}

/// One problem in a file, with where it is and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// 1-based line, when the problem has a place in the file.
    pub line: Option<usize>,
    /// 1-based column, counted in characters.
    pub column: Option<usize>,
    pub message: String,
    /// The offending line with a caret under the spot.
    pub snippet: Option<String>,
    /// Extra lines: the keys allowed, "did you mean", how to fix it.
    pub notes: Vec<String>,
}

impl Diagnostic {
    /// A problem at `span` (byte offsets into `source`), or with no place when `None`.
    pub fn new(source: &str, span: Option<Range<usize>>, message: impl Into<String>) -> Self {
        let message = sanitize::text(&message.into()).into_owned();
        let Some(span) = span else {
            return Diagnostic {
                severity: Severity::Error,
                line: None,
                column: None,
                message,
                snippet: None,
                notes: Vec::new(),
            };
        };
        let mut problem = Diagnostic::unplaced(message);
        problem.locate(source, &LineIndex::new(source), span);
        problem
    }

    /// A problem with no place (yet).
    pub fn unplaced(message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            line: None,
            column: None,
            message: sanitize::text(&message.into()).into_owned(),
            snippet: None,
            notes: Vec::new(),
        }
    }

    /// Give the problem its line, column and snippet.
    pub fn locate(&mut self, source: &str, lines: &LineIndex, span: Range<usize>) {
        let (line, column, snippet) = place(source, lines, span);
        self.line = Some(line);
        self.column = Some(column);
        self.snippet = Some(snippet);
    }

    /// Give the problem only its line: cheap, for problems past those listed.
    pub fn locate_line(&mut self, lines: &LineIndex, offset: usize) {
        self.line = Some(lines.line_of(offset).0);
    }

    pub fn push_note(&mut self, note: impl Into<String>) {
        self.notes.push(sanitize::line(&note.into()).into_owned());
    }

    /// The same problem as a warning.
    #[must_use]
    pub fn warning(mut self) -> Self {
        self.severity = Severity::Warning;
        self
    }

    /// The notes as one text, a line each: what to do.
    pub fn hint(&self) -> Option<String> {
        (!self.notes.is_empty()).then(|| self.notes.join("\n"))
    }

    /// The whole report of this problem: `FILE:LINE:COL: message` (with
    /// `warning: ` before the message for a warning), the line with a
    /// caret, and the notes.
    pub fn render(&self, file: &str) -> String {
        let mut out = format!("{}: ", self.location(file));
        if self.severity == Severity::Warning {
            out.push_str("warning: ");
        }
        out.push_str(&self.message);
        if let Some(snippet) = &self.snippet {
            out.push('\n');
            out.push_str(snippet);
        }
        for note in &self.notes {
            out.push_str("\n  = ");
            out.push_str(note);
        }
        out
    }

    /// `FILE:LINE:COL`, or just `FILE` for a problem with no place.
    pub fn location(&self, file: &str) -> String {
        match (self.line, self.column) {
            (Some(line), Some(column)) => format!("{file}:{line}:{column}"),
            (Some(line), None) => format!("{file}:{line}"),
            _ => file.to_owned(),
        }
    }
}

/// Where each line of a source starts, found once, so placing many problems
/// does not count lines from the top of the file for each one.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(source: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(
            source
                .bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i + 1),
        );
        LineIndex { starts }
    }

    /// The 1-based line holding byte `offset`, and where that line starts.
    pub fn line_of(&self, offset: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        (line, self.starts[line - 1])
    }
}

/// Line, column and a caret snippet for a byte span.
fn place(source: &str, lines: &LineIndex, span: Range<usize>) -> (usize, usize, String) {
    let start = floor_char_boundary(source, span.start.min(source.len()));
    let end = floor_char_boundary(source, span.end.clamp(start, source.len()));
    let (line_no, line_start) = lines.line_of(start);
    let line_end = source[start..]
        .find('\n')
        .map_or(source.len(), |i| start + i);
    let before = &source[line_start..start];
    let column = before.chars().count() + 1;
    // The marked stretch stays on the first line of the span.
    let marked = &source[start..end.min(line_end)];
    let text = &source[line_start..line_end];
    (line_no, column, snippet(text, before, marked, line_no))
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The source line, cut to about [`SNIPPET_WIDTH`] columns around the spot,
/// sanitised (file content is hostile), with carets under the marked stretch.
fn snippet(text: &str, before: &str, marked: &str, line_no: usize) -> String {
    let clean = |s: &str| sanitize::line(s).into_owned();
    let text = clean(text);
    let before = clean(before);
    let marked = clean(marked);
    let lead = before.width();
    // Start far enough left that the spot sits about a third of the way in.
    let skip = lead.saturating_sub(SNIPPET_WIDTH / 3);
    let (shown, skipped) = cut_columns(&text, skip, SNIPPET_WIDTH);
    let mut line = String::new();
    if skipped > 0 {
        line.push('…');
    }
    line.push_str(&shown);
    if text.width() > skipped + shown.width() {
        line.push('…');
    }
    let offset = lead - skipped + usize::from(skipped > 0);
    let carets = marked
        .width()
        .clamp(1, SNIPPET_WIDTH.saturating_sub(offset).max(1));
    let gutter = line_no.to_string();
    let pad = " ".repeat(gutter.len());
    format!(
        "{pad} |\n{gutter} | {line}\n{pad} | {}{}",
        " ".repeat(offset),
        "^".repeat(carets)
    )
}

/// Skip `skip` columns of `text`, then keep up to `width` columns.
/// Returns the kept text and how many columns were really skipped.
fn cut_columns(text: &str, skip: usize, width: usize) -> (String, usize) {
    let mut skipped = 0;
    let mut kept = String::new();
    let mut kept_width = 0;
    for c in text.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if skipped < skip {
            skipped += w;
            continue;
        }
        if kept_width + w > width {
            break;
        }
        kept.push(c);
        kept_width += w;
    }
    (kept, skipped)
}

fn render_invalid(file: &str, problems: &[Diagnostic]) -> String {
    let mut out = String::new();
    for (i, problem) in problems.iter().take(MAX_LISTED).enumerate() {
        if i > 0 {
            out.push_str("\n\n");
        }
        out.push_str(&problem.render(file));
    }
    if problems.len() > MAX_LISTED {
        out.push_str(&format!(
            "\n\n… and {} more problems",
            problems.len() - MAX_LISTED
        ));
    }
    out
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn place_counts_lines_and_characters() {
        let src = "a = 1\nhéadline = \"x\"\n";
        let at = src.rfind("= \"").unwrap_or(0);
        let d = Diagnostic::new(src, Some(at..at + 1), "boom");
        assert_eq!((d.line, d.column), (Some(2), Some(10)));
        let snippet = d.snippet.unwrap_or_default();
        assert!(snippet.contains("2 | héadline = \"x\""), "{snippet}");
        assert!(snippet.ends_with("|          ^"), "{snippet:?}");
    }

    #[test]
    fn long_lines_are_cut_around_the_spot() {
        let src = format!("x = \"{}\"", "a".repeat(1000) + "BAD" + &"b".repeat(1000));
        let at = src.find("BAD").unwrap_or(0);
        let d = Diagnostic::new(&src, Some(at..at + 3), "here");
        let snippet = d.snippet.unwrap_or_default();
        let lines: Vec<&str> = snippet.lines().collect();
        assert!(lines[1].contains("BAD"));
        assert!(lines[1].chars().count() < 140, "{}", lines[1]);
        // Columns, not bytes: the cut is marked with a three-byte `…`.
        let caret = lines[2].chars().position(|c| c == '^').unwrap_or(0);
        let above: String = lines[1].chars().skip(caret).take(3).collect();
        assert_eq!(above, "BAD");
    }

    #[test]
    fn snippets_never_echo_control_characters() {
        let src = "x = \"\u{1b}[2J\"";
        let d = Diagnostic::new(src, Some(4..5), "bad");
        assert!(!d.snippet.unwrap_or_default().contains('\u{1b}'));
    }
}
