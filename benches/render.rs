//! What a keypress costs in the reader: drawing one frame at the top, the
//! middle and the end of briefings from a few kilobytes to 10 MB, the
//! scrolling updates themselves, and the layouts: the first screens
//! `State::new` lays out, and the whole text.
//!
//! Layout happens once per size, outside the timed loops: the reader lays a
//! briefing out when it opens or resizes, and every frame after that should
//! cost the same wherever the reader is, however long the briefing.
//!
//! `cargo bench --bench render -- --warm-up-time 1 --measurement-time 3`

use std::hint::black_box;

use brief::bundled;
use brief::generate::briefing_toml;
use brief::load::{Origin, load_str};
use brief::model::Briefing;
use brief::reader::testing::Action;
use brief::reader::testing::draw;
use brief::reader::testing::update;
use brief::reader::testing::{Overlay, Search, State};
use brief::text::document::reading;
use brief::theme::Theme;
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const WIDTH: u16 = 120;
const HEIGHT: u16 = 40;
/// Fixed, so every run measures the same text.
const SEED: u64 = 0x00B1_2E0F;

fn origin() -> Origin {
    Origin::Bundled(bundled::DEFAULT)
}

/// The briefings measured, by name: the bundled one and generated sizes.
fn briefings(sizes: &[(&'static str, usize)]) -> Vec<(&'static str, Briefing)> {
    let mut out = vec![(
        "istanbul",
        load_str("istanbul", bundled::DEFAULT.text).expect("the bundled briefing loads"),
    )];
    for &(name, bytes) in sizes {
        let text = briefing_toml(bytes, SEED);
        out.push((
            name,
            load_str(name, &text).expect("generated briefings load"),
        ));
    }
    out
}

fn frames(c: &mut Criterion) {
    let all = briefings(&[("10KB", 10_000), ("1MB", 1_000_000), ("10MB", 10_000_000)]);
    let mut group = c.benchmark_group("frame");
    for (name, briefing) in all {
        let mut state = State::new(briefing, origin(), WIDTH, HEIGHT);
        // A big briefing opens with its first screens laid out; the reader
        // lays out the rest between keystrokes.
        state.finish_layout();
        // One terminal for all iterations, as the reader keeps one.
        let mut terminal = Terminal::new(TestBackend::new(WIDTH, HEIGHT)).expect("a test terminal");
        let middle = i32::try_from(state.panes.reading.len() / 2).unwrap_or(i32::MAX);
        let places = [
            ("top", Action::Top),
            ("middle", Action::Scroll(middle)),
            ("end", Action::Bottom),
        ];
        for (place, action) in places {
            update(&mut state, Action::Top);
            update(&mut state, action);
            group.bench_function(format!("{name}/{place}"), |b| {
                b.iter(|| {
                    terminal
                        .draw(|f| draw(f, black_box(&state), &Theme::default()))
                        .expect("drawing to a test terminal");
                });
            });
        }
    }
    group.finish();
}

fn updates(c: &mut Criterion) {
    let text = briefing_toml(10_000_000, SEED);
    let briefing = load_str("10MB", &text).expect("generated briefings load");
    let mut state = State::new(briefing, origin(), WIDTH, HEIGHT);
    state.finish_layout();
    let middle = state.panes.reading.len() / 2;
    let mut group = c.benchmark_group("update-10MB");
    // Top and Bottom land in the same place every time, so they repeat as
    // they are; the relative moves start from the middle each iteration so
    // they never pin at the end (setting a field costs nothing measurable).
    group.bench_function("Bottom", |b| {
        b.iter(|| update(&mut state, black_box(Action::Bottom)));
    });
    group.bench_function("Top", |b| {
        b.iter(|| update(&mut state, black_box(Action::Top)));
    });
    group.bench_function("Scroll(1)", |b| {
        b.iter(|| {
            state.view.scroll = middle;
            update(&mut state, black_box(Action::Scroll(1)))
        });
    });
    group.bench_function("Page(1)", |b| {
        b.iter(|| {
            state.view.scroll = middle;
            update(&mut state, black_box(Action::Page(1)))
        });
    });
    group.finish();

    // Keys whose cost grows with the document, timed so it is known: `t`
    // changes the text width, so the text is laid out again through the
    // paragraph at the top (the middle here; the rest follows in steps);
    // a character typed into a search over this much text only hands the
    // search to another thread (`benches/search.rs` times the search).
    let mut group = c.benchmark_group("update-10MB-whole-document");
    group.sample_size(10);
    state.view.scroll = middle;
    group.bench_function("ToggleContents", |b| {
        b.iter(|| update(&mut state, black_box(Action::ToggleContents)));
    });
    group.bench_function("SearchInput", |b| {
        b.iter(|| {
            state.search = Search {
                query: "st".to_owned(),
                ..Search::default()
            };
            state.overlays.push(Overlay::Search);
            update(&mut state, black_box(Action::SearchInput('a')))
        });
    });
    group.finish();
}

fn layout(c: &mut Criterion) {
    let mut group = c.benchmark_group("layout");
    // A whole layout takes milliseconds; ten samples are plenty.
    group.sample_size(10);
    for (name, bytes) in [("1MB", 1_000_000), ("10MB", 10_000_000)] {
        let text = briefing_toml(bytes, SEED);
        let briefing = load_str(name, &text).expect("generated briefings load");
        // What the reader does before its first frame: the first screens.
        group.bench_function(format!("State::new/{name}"), |b| {
            b.iter_batched(
                || briefing.clone(),
                |briefing| State::new(briefing, origin(), WIDTH, HEIGHT),
                BatchSize::LargeInput,
            );
        });
        // The whole reading pane at the width of a 120-column screen.
        group.bench_function(format!("whole text/{name}"), |b| {
            b.iter(|| reading(black_box(&briefing), 56));
        });
    }
    group.finish();
}

criterion_group!(benches, frames, updates, layout);
criterion_main!(benches);
