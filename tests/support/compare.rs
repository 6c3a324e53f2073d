//! The compare view under test: a bundled briefing, its comparison and the
//! view's state, updated with `CompareAction`s and drawn into ratatui's
//! `TestBackend`. Shared by the `compare_view_*` test files.

// Each test file uses its own share of these helpers.
#![allow(dead_code)]

use brief::bundled;
use brief::compare::Comparison;
use brief::load::load_str;
use brief::model::Briefing;
use brief::reader::testing::Compare;
use brief::reader::testing::{
    CompareAction, Leave, default_keys, draw_compare as draw, update_compare as update,
};
use brief::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

#[path = "screen.rs"]
mod screen;
use ratatui::layout::Rect;

pub struct View {
    pub briefing: Briefing,
    pub comparison: Comparison,
    pub c: Compare,
    pub area: Rect,
}

impl View {
    pub fn of(name: &str, width: u16, height: u16) -> View {
        let b = bundled::find(name).expect("a bundled briefing");
        let briefing = load_str(b.file, b.text).expect("bundled briefings load");
        let comparison = Comparison::of(&briefing);
        let c = Compare::new(&briefing, &comparison);
        View {
            briefing,
            comparison,
            c,
            area: Rect::new(0, 0, width, height),
        }
    }

    pub fn press(&mut self, action: CompareAction) -> Leave {
        update(
            &mut self.c,
            &self.briefing,
            &self.comparison,
            action,
            self.area,
        )
    }

    pub fn press_n(&mut self, action: CompareAction, n: usize) {
        for _ in 0..n {
            self.press(action);
        }
    }

    pub fn topic_name(&self) -> &str {
        &self.comparison.topics[self.c.topic]
    }

    pub fn draw(&self) -> Terminal<TestBackend> {
        let backend = TestBackend::new(self.area.width, self.area.height);
        let mut terminal = Terminal::new(backend).expect("test backend");
        terminal
            .draw(|f| {
                draw(
                    f,
                    self.area,
                    &self.c,
                    &self.briefing,
                    &self.comparison,
                    &default_keys(),
                    &Theme::default(),
                );
            })
            .expect("draw");
        terminal
    }

    /// The screen as text, one row a line, trailing spaces trimmed.
    pub fn screen(&self) -> String {
        screen::text_of(self.draw().backend().buffer())
    }
}

pub fn party(view: &View, name: &str) -> usize {
    view.briefing
        .parties
        .iter()
        .position(|p| p.name == name)
        .expect("party in the briefing")
}

pub fn iran(width: u16, height: u16) -> View {
    View::of("iran-nuclear-jcpoa", width, height)
}

pub fn istanbul(width: u16, height: u16) -> View {
    View::of("istanbul-talks", width, height)
}

/// The screen row that shows `text`, if any.
pub fn row_of(screen: &str, text: &str) -> Option<usize> {
    screen.lines().position(|l| l.contains(text))
}
