//! What a one-line scroll costs through the screen writer (`tui::screen`):
//! the frame drawn, compared with what the terminal shows and encoded, with
//! the panes whose keys did not change kept, or with every pane drawn, and
//! through ratatui's own `Terminal::draw`, at 80x24 and 160x50 on the 10 MB
//! briefing. The bytes go to crossterm's own
//! backend over a sink, a little slower than the reader's.
//!
//! `cargo bench --bench screen -- --warm-up-time 1 --measurement-time 3`

use std::io;

use brief::bundled;
use brief::generate::briefing_toml;
use brief::load::{Origin, load_str};
use brief::tui::screen::Screen;
use brief::tui::state::State;
use brief::tui::view;
use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

/// Fixed, so every run measures the same text.
const SEED: u64 = 0x00B1_2E0F;

fn scrolls(c: &mut Criterion) {
    let text = briefing_toml(10_000_000, SEED);
    let briefing = load_str("10MB", &text).expect("generated briefings load");
    let mut group = c.benchmark_group("scroll-frame-10MB");
    for (width, height) in [(80u16, 24u16), (160, 50)] {
        let origin = Origin::Bundled(bundled::DEFAULT);
        let mut state = State::new(briefing.clone(), origin, width, height);
        state.finish_layout();
        let middle = state.reading.len() / 2;
        let area = Rect::new(0, 0, width, height);
        let options = TerminalOptions {
            viewport: Viewport::Fixed(area),
        };
        let mut terminal =
            Terminal::with_options(CrosstermBackend::new(io::sink()), options).expect("a terminal");
        // What the reader did before it had its own writer.
        let mut down = false;
        group.bench_function(format!("{width}x{height}/ratatui"), |b| {
            b.iter(|| {
                down = !down;
                state.scroll = middle + usize::from(down);
                terminal
                    .draw(|frame| view::draw(frame, &state))
                    .expect("drawing to a sink");
            });
        });
        for keep in [true, false] {
            let mut screen = Screen::new(area);
            let mut down = false;
            let name = if keep { "kept" } else { "whole" };
            group.bench_function(format!("{width}x{height}/{name}"), |b| {
                b.iter(|| {
                    // A line down, then back up: every frame differs.
                    down = !down;
                    state.scroll = middle + usize::from(down);
                    let layers = if keep {
                        view::layers(&state, area)
                    } else {
                        None
                    };
                    screen
                        .draw(&mut terminal, layers, |frame, kept| {
                            view::draw_except(frame, &state, kept);
                        })
                        .expect("drawing to a sink");
                });
            });
        }
    }
    group.finish();
}

criterion_group!(benches, scrolls);
criterion_main!(benches);
