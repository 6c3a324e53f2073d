//! The reader's place in a briefing: where it is, going back there, and
//! which sections have been read. What the remembered places store.

use super::history::Spot;
use super::state::State;
use crate::text::Target;

impl State {
    /// Where the reader is, to come back to later.
    pub fn spot(&self) -> Spot {
        let (section, offset) = match self.panes.reading.target_at(self.view.scroll) {
            Some((Target::Section(i), at)) => (i, self.view.scroll - at),
            Some((Target::Sources, _)) => {
                let last = self.doc.briefing.sections.len().saturating_sub(1);
                let at = self
                    .panes
                    .reading
                    .anchor(Target::Section(last))
                    .unwrap_or(0);
                (last, self.view.scroll.saturating_sub(at))
            }
            _ => (0, 0),
        };
        // Before the first section (the key points) counts as the start.
        let offset = if self.current_section().is_none() {
            0
        } else {
            offset
        };
        Spot {
            section,
            offset,
            read: self.view.read.iter().copied().collect(),
        }
    }

    /// Go to `spot`, clamped to what this version of the briefing has.
    pub fn go_to_spot(&mut self, spot: &Spot) {
        let sections = self.doc.briefing.sections.len();
        self.view.read = spot
            .read
            .iter()
            .copied()
            .filter(|&i| i < sections)
            .collect();
        if spot.section == 0 && spot.offset == 0 {
            self.view.scroll = 0;
            return;
        }
        let section = spot.section.min(sections.saturating_sub(1));
        let line = self
            .line_in(Target::Section(section), spot.offset)
            .unwrap_or(spot.offset);
        self.view.scroll = line.min(self.max_scroll());
    }

    /// Mark as read every section whose last line is on screen.
    pub fn mark_read(&mut self) {
        let bottom = self.view.scroll + self.page();
        let anchors = &self.panes.reading.anchors;
        // Only sections that end on screen can be marked, and they start
        // between the anchor above the top and the bottom: look only there,
        // so a keypress costs the same in a briefing of 100,000 sections.
        let from = anchors
            .partition_point(|&(_, at)| at <= self.view.scroll)
            .saturating_sub(1);
        let upto = anchors.partition_point(|&(_, at)| at < bottom);
        for k in from..upto {
            if let (Target::Section(i), _) = anchors[k] {
                // A section ends where the next anchor (section or sources) starts.
                let end = anchors
                    .get(k + 1)
                    .map_or(self.panes.reading.len(), |&(_, next)| next);
                if end <= bottom && end > self.view.scroll {
                    self.view.read.insert(i);
                }
            }
        }
    }
}
