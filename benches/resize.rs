//! A width change on the 10 MB briefing: the text is laid out again from
//! the start through the paragraph at the top of the screen, so the cost
//! grows with how far in the reader is. Times `update` with a new width at
//! the top, the middle and the end, at 80 and 100 columns in turn (a new
//! width each time, as a real resize); drawing the frame after is
//! `benches/render.rs`'s.
//!
//! `cargo bench --bench resize -- --warm-up-time 1 --measurement-time 5`

use std::hint::black_box;

use brief::bundled;
use brief::generate::briefing_toml;
use brief::load::{Origin, load_str};
use brief::reader::testing::{Action, State, update};
use criterion::{Criterion, criterion_group, criterion_main};

/// Fixed, so every run measures the same text (the seed `render` uses).
const SEED: u64 = 0x00B1_2E0F;

fn width_change(c: &mut Criterion) {
    let text = briefing_toml(10_000_000, SEED);
    let briefing = load_str("10MB", &text).expect("generated briefings load");
    let mut group = c.benchmark_group("resize-10MB");
    // Each change lays out up to megabytes: ten samples are plenty.
    group.sample_size(10);
    for place in ["top", "middle", "end"] {
        let mut state = State::new(briefing.clone(), Origin::Bundled(bundled::DEFAULT), 80, 24);
        state.finish_layout();
        let half = i32::try_from(state.panes.reading.len() / 2).unwrap_or(i32::MAX);
        match place {
            "middle" => update(&mut state, Action::Scroll(half)),
            "end" => update(&mut state, Action::Bottom),
            _ => update(&mut state, Action::Top),
        };
        let mut wide = false;
        group.bench_function(place, |b| {
            b.iter(|| {
                wide = !wide;
                let width = if wide { 100 } else { 80 };
                update(&mut state, black_box(Action::Resize(width, 24)))
            });
        });
    }
    group.finish();
}

criterion_group!(benches, width_change);
criterion_main!(benches);
