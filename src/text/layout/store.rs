//! The store of a laid-out pane: lines at one width, with anchors to jump to.
//!
//! A big briefing lays out into hundreds of thousands of lines, so they live
//! in one compact store rather than as a string per styled run: the text of
//! every line in one buffer, style runs over that buffer (a paragraph in one
//! style is one run, however many lines it takes), and each line's
//! furniture (bullet, quote bar, indent) kept once and shared. Lines of one
//! paragraph are joined in the buffer by the spaces their wrap took out, and
//! paragraphs by a newline, so the buffer reads as the paragraphs themselves:
//! a search finds a phrase that a wrap broke in two.

use crate::text::style::{Span, Style};

/// What an anchor points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Target {
    KeyPoints,
    /// A section, by index into `briefing.sections`.
    Section(usize),
    Sources,
    /// A topic row, by index into the comparison's topics.
    Topic(usize),
    /// A party's row under a topic: the topic's index, then the party's
    /// index into `briefing.parties`.
    Position(usize, usize),
}

/// One line: its shown text is `text[start..end]`, after its prefix.
/// Offsets are `u32` to halve the store; the loader refuses files over
/// 16 MiB, and laying out never makes text more than a few times longer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Row {
    pub(super) start: u32,
    pub(super) end: u32,
    /// The paragraph the line came from, so a resize finds it again.
    pub(super) block: u32,
    /// Index into `prefixes`.
    pub(super) prefix: u32,
}

/// A stretch of the buffer in one style, from the previous run's end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Run {
    pub(super) end: u32,
    pub(super) style: Style,
}

/// Lines laid out for one width. Built once per width and kept, so drawing a
/// frame only reads the visible rows.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Layout {
    pub width: usize,
    pub(super) text: String,
    pub(super) rows: Vec<Row>,
    pub(super) runs: Vec<Run>,
    /// Line furniture; entry 0 is the empty prefix.
    pub(super) prefixes: Vec<Vec<Span>>,
    /// Anchors in line order.
    pub anchors: Vec<(Target, usize)>,
    /// The next line starts a new paragraph.
    paragraph: bool,
    /// A part of a longer layout, laid out apart (see [`Layout::continuing`]):
    /// text comes before it, so paragraph breaks are kept from its start.
    continued: bool,
}

/// Past this many prefixes the search for an equal one stops; a repeat
/// then only costs a little memory.
const PREFIX_LOOKBACK: usize = 16;

/// A byte offset into a layout's buffer, as the layout and its search
/// hits keep it.
pub(crate) fn offset(n: usize) -> u32 {
    // Unreachable for loaded briefings (see `Row`); saturating keeps a
    // pathological caller from wrapping around to the buffer's start.
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl Layout {
    pub fn new(width: usize) -> Layout {
        Layout {
            width,
            prefixes: vec![Vec::new()],
            ..Layout::default()
        }
    }

    /// A layout to be appended to another with [`Layout::join`]: the same
    /// lines, text and runs as if laid out straight after that one's, so
    /// parts of a big layout can be laid out at once on several threads.
    pub fn continuing(width: usize) -> Layout {
        Layout {
            continued: true,
            ..Layout::new(width)
        }
    }

    /// Laid out apart, to be joined after another (see [`Layout::continuing`]).
    pub fn is_continuing(&self) -> bool {
        self.continued
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The text buffer the lines are cut from; what a search reads.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The line that holds byte `at` of the buffer, or the first line after
    /// it when `at` falls between lines.
    pub fn line_at(&self, at: usize) -> usize {
        let at = offset(at);
        self.rows
            .partition_point(|r| r.end <= at)
            .min(self.rows.len().saturating_sub(1))
    }

    /// The first line of `target`.
    pub fn anchor(&self, target: Target) -> Option<usize> {
        self.anchors
            .iter()
            .find(|(t, _)| *t == target)
            .map(|&(_, line)| line)
    }

    /// The anchor whose stretch holds `line`: the last one at or before it.
    pub fn target_at(&self, line: usize) -> Option<(Target, usize)> {
        let after = self.anchors.partition_point(|&(_, at)| at <= line);
        after.checked_sub(1).map(|i| self.anchors[i])
    }

    /// The first line of paragraph `block`, or of the nearest one after it.
    pub fn line_of_block(&self, block: u32) -> usize {
        self.rows
            .partition_point(|r| r.block < block)
            .min(self.rows.len().saturating_sub(1))
    }

    // Building.

    /// The next line starts a new paragraph: no search runs across the break.
    pub fn paragraph(&mut self) {
        self.paragraph = true;
    }

    /// Start a line of paragraph `block`, with `prefix` before its text.
    pub fn start_line(&mut self, block: u32, prefix: &[Span]) {
        if std::mem::take(&mut self.paragraph) && (self.continued || !self.text.is_empty()) {
            self.push_hidden("\n");
        }
        let prefix = self.intern(prefix);
        let at = offset(self.text.len());
        self.rows.push(Row {
            start: at,
            end: at,
            block,
            prefix,
        });
    }

    /// An empty line in paragraph `block`, between paragraphs.
    pub fn blank(&mut self, block: u32) {
        self.paragraph();
        self.start_line(block, &[]);
        self.paragraph();
    }

    /// Append shown text to the last line.
    pub fn push(&mut self, text: &str, style: Style) {
        if text.is_empty() {
            return;
        }
        if self.rows.is_empty() {
            self.start_line(0, &[]);
        }
        self.append(text, style);
        if let Some(row) = self.rows.last_mut() {
            row.end = offset(self.text.len());
        }
    }

    /// Append text that joins the last line to the next without being shown:
    /// the spaces a wrap took out.
    pub fn push_hidden(&mut self, text: &str) {
        let style = self.runs.last().map_or_else(Style::default, |r| r.style);
        self.append(text, style);
    }

    /// Mark the next line as the first of `target`.
    pub fn anchor_here(&mut self, target: Target) {
        self.anchors.push((target, self.rows.len()));
    }

    /// Append every line of `other`, anchors and all, after these.
    pub fn extend(&mut self, other: &Layout) {
        let line_base = self.rows.len();
        for line in other.lines() {
            if line.row.start == line.row.end && line.prefix().is_empty() {
                self.blank(line.block());
                continue;
            }
            self.paragraph();
            self.start_line(line.block(), line.prefix());
            for (text, style) in line.runs() {
                self.push(text, style);
            }
        }
        self.anchors.extend(
            other
                .anchors
                .iter()
                .map(|&(target, line)| (target, line + line_base)),
        );
    }

    /// Append `part`, a [`Layout::continuing`] laid out from where this one
    /// ends, so the result equals the layout built in one go: text and rows
    /// shifted, runs merged where the styles meet, prefixes interned again
    /// line by line (the order [`Layout::start_line`] saw them in decides
    /// what is shared), anchors shifted.
    pub fn join(&mut self, part: &Layout) {
        let base = offset(self.text.len());
        let line_base = self.rows.len();
        self.text.push_str(&part.text);
        // The hidden breaks before the part's first shown text would have
        // taken the style of this layout's last run (see `push_hidden`).
        let lead = part
            .rows
            .iter()
            .find(|r| r.end > r.start)
            .map_or_else(|| offset(part.text.len()), |r| r.start);
        if lead > 0 {
            let carried = self.runs.last().map_or_else(Style::default, |r| r.style);
            self.push_run(base.saturating_add(lead), carried);
        }
        for run in part.runs.iter().filter(|r| r.end > lead) {
            self.push_run(base.saturating_add(run.end), run.style);
        }
        self.rows.reserve(part.rows.len());
        for row in &part.rows {
            let prefix = part
                .prefixes
                .get(row.prefix as usize)
                .map_or(&[][..], Vec::as_slice);
            let prefix = self.intern(prefix);
            self.rows.push(Row {
                start: base.saturating_add(row.start),
                end: base.saturating_add(row.end),
                block: row.block,
                prefix,
            });
        }
        self.anchors.extend(
            part.anchors
                .iter()
                .map(|&(target, line)| (target, line + line_base)),
        );
        self.paragraph = part.paragraph;
    }

    /// Make room for about `text` bytes in `lines` lines, so a big layout
    /// is not copied again and again as it grows.
    pub fn reserve(&mut self, text: usize, lines: usize) {
        self.text.reserve(text);
        self.rows.reserve(lines);
    }

    /// Give back the room kept for growth: a layout is built once and kept.
    pub fn finish(&mut self) {
        self.text.shrink_to_fit();
        self.rows.shrink_to_fit();
        self.runs.shrink_to_fit();
        self.prefixes.shrink_to_fit();
        self.anchors.shrink_to_fit();
    }

    fn append(&mut self, text: &str, style: Style) {
        self.text.push_str(text);
        self.push_run(offset(self.text.len()), style);
    }

    /// The buffer up to `end` is in `style`: the last run grows, or a new one starts.
    fn push_run(&mut self, end: u32, style: Style) {
        match self.runs.last_mut() {
            Some(last) if last.style == style => last.end = end,
            _ => self.runs.push(Run { end, style }),
        }
    }

    fn intern(&mut self, prefix: &[Span]) -> u32 {
        if self.prefixes.is_empty() {
            self.prefixes.push(Vec::new());
        }
        if prefix.iter().all(|s| s.text.is_empty()) {
            return 0;
        }
        let known = self.prefixes.len();
        let found = (known.saturating_sub(PREFIX_LOOKBACK)..known)
            .rev()
            .find(|&i| self.prefixes[i] == prefix);
        let index = found.unwrap_or_else(|| {
            self.prefixes.push(prefix.to_vec());
            known
        });
        offset(index)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Role;
    use crate::text::layout::LineRef;

    fn bullet() -> Vec<Span> {
        vec![Span::new("• ", Style::role(Role::Marker))]
    }

    #[test]
    fn lines_keep_prefix_text_and_styles() {
        let strong = Style {
            strong: true,
            ..Style::default()
        };
        let mut l = Layout::new(20);
        l.paragraph();
        l.start_line(1, &bullet());
        l.push("plain ", Style::default());
        l.push("bold", strong);
        l.push_hidden(" ");
        l.start_line(1, &[Span::new("  ", Style::default())]);
        l.push("more", strong);
        l.blank(1);
        l.paragraph();
        l.start_line(2, &bullet());
        l.push("next", Style::default());
        let texts: Vec<String> = l.lines().map(LineRef::text).collect();
        assert_eq!(texts, ["• plain bold", "  more", "", "• next"]);
        let runs: Vec<(&str, Style)> = l.line(0).expect("line").runs().collect();
        assert_eq!(runs, [("plain ", Style::default()), ("bold", strong)]);
        assert_eq!(
            l.line(1).expect("line").runs().collect::<Vec<_>>(),
            [("more", strong)]
        );
        assert!(l.line(2).expect("line").is_blank());
        // The buffer reads as the paragraphs: wrapped lines joined, paragraphs apart.
        assert_eq!(l.text(), "plain bold more\n\nnext");
        assert_eq!(l.line_of_block(2), 3);
    }

    #[test]
    fn line_at_finds_the_line_holding_a_byte() {
        let mut l = Layout::new(20);
        l.start_line(0, &[]);
        l.push("one", Style::default());
        l.push_hidden(" ");
        l.start_line(0, &[]);
        l.push("two", Style::default());
        l.blank(0);
        l.paragraph();
        l.start_line(1, &[]);
        l.push("three", Style::default());
        assert_eq!(l.line_at(0), 0);
        assert_eq!(l.line_at(2), 0);
        // The hidden space between "one" and "two" belongs to the next line.
        assert_eq!(l.line_at(3), 1);
        assert_eq!(l.line_at(4), 1);
        let three = l.text().find("three").expect("three");
        assert_eq!(l.line_at(three), 3);
        assert_eq!(l.line_at(usize::MAX), 3);
    }

    #[test]
    fn extend_appends_lines_and_shifts_anchors() {
        let mut a = Layout::new(10);
        a.start_line(0, &[]);
        a.push("head", Style::default());
        let mut b = Layout::new(10);
        b.anchor_here(Target::Sources);
        b.paragraph();
        b.start_line(3, &bullet());
        b.push("x", Style::default());
        a.blank(0);
        a.extend(&b);
        let texts: Vec<String> = a.lines().map(LineRef::text).collect();
        assert_eq!(texts, ["head", "", "• x"]);
        assert_eq!(a.anchor(Target::Sources), Some(2));
    }

    #[test]
    fn repeated_prefixes_are_kept_once() {
        let mut l = Layout::new(10);
        for i in 0..100 {
            l.paragraph();
            l.start_line(i, &bullet());
            l.push("x", Style::default());
        }
        assert_eq!(l.prefixes.len(), 2);
    }
}
