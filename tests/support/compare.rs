//! The compare view under test: a bundled briefing, its comparison and the
//! view's state, updated with `CompareAction`s and drawn into ratatui's
//! `TestBackend`. Shared by the `compare_view_*` test files.

// Each test file uses its own share of these helpers.
#![allow(dead_code)]

use brief::bundled;
use brief::compare::Comparison;
use brief::load::load_str;
use brief::model::Briefing;
use brief::reader::testing::{
    Columns, ColumnsAction, Compare, CompareAction, Leave, compare_in_view, default_keys,
    draw_columns, draw_compare as draw, update_columns, update_compare as update,
};
use brief::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

#[path = "screen.rs"]
mod screen;

#[path = "generated.rs"]
pub mod generated;
use ratatui::layout::Rect;

pub struct View {
    pub briefing: Briefing,
    pub comparison: Comparison,
    pub c: Compare,
    pub area: Rect,
    /// The column chooser, when open over the view.
    pub chooser: Option<Columns>,
}

impl View {
    pub fn of(name: &str, width: u16, height: u16) -> View {
        let b = bundled::find(name).expect("a bundled briefing");
        View::from_text(b.file, b.text, width, height)
    }

    /// The view of a briefing written out as TOML.
    pub fn from_text(file: &str, text: &str, width: u16, height: u16) -> View {
        let briefing = load_str(file, text).expect("the briefing loads");
        let comparison = Comparison::of(&briefing);
        let c = Compare::new(&briefing, &comparison);
        View {
            briefing,
            comparison,
            c,
            area: Rect::new(0, 0, width, height),
            chooser: None,
        }
    }

    /// An action in the view; one that opens the chooser opens it here,
    /// as the reader puts it on its overlay stack.
    pub fn press(&mut self, action: CompareAction) -> Leave {
        let leave = update(
            &mut self.c,
            &self.briefing,
            &self.comparison,
            action,
            self.area,
        );
        if let Leave::ChooseColumns(selected) = leave {
            self.chooser = Some(Columns {
                selected,
                offset: 0,
            });
        }
        leave
    }

    /// A key in the open column chooser.
    pub fn choose(&mut self, action: ColumnsAction) {
        let chooser = self.chooser.as_mut().expect("the chooser is open");
        update_columns(
            chooser,
            &mut self.c,
            &self.briefing,
            &self.comparison,
            action,
            self.area,
        );
    }

    /// The topics and parties on screen, as the view draws them.
    pub fn in_view(&self) -> (Vec<usize>, Vec<usize>) {
        compare_in_view(&self.c, &self.briefing, &self.comparison, self.area)
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
                if let Some(chooser) = &self.chooser {
                    draw_columns(
                        f,
                        self.area,
                        chooser,
                        &self.c,
                        &self.briefing,
                        &default_keys(),
                        &Theme::default(),
                    );
                }
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

/// The generated 25-party, 60-topic briefing.
pub fn many(width: u16, height: u16) -> View {
    View::from_text("many.toml", &generated::toml(), width, height)
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
