//! What a search costs over the generated 10 MB briefing laid out as the
//! reader shows it at 120x40: the whole reading pane searched for one
//! letter (the worst case: hundreds of thousands of hits), a word ignoring
//! case, a word matching case, and a word with a letter outside ASCII.
//!
//! Issue 6's goal is under 20 ms for a search over 10 MB.
//!
//! `cargo bench --bench search -- --warm-up-time 1 --measurement-time 3`

use std::hint::black_box;

use brief::bundled;
use brief::generate::briefing_toml;
use brief::load::{Origin, load_str};
use brief::reader::testing::State;
use brief::search::find;
use criterion::{Criterion, criterion_group, criterion_main};

/// Fixed, so every run measures the same text (the seed of `benches/render.rs`).
const SEED: u64 = 0x00B1_2E0F;

fn search(c: &mut Criterion) {
    let text = briefing_toml(10_000_000, SEED);
    let briefing = load_str("10MB", &text).expect("generated briefings load");
    let mut state = State::new(briefing, Origin::Bundled(bundled::DEFAULT), 120, 40);
    state.finish_layout();
    let reading = std::sync::Arc::clone(&state.panes.reading);
    let mut group = c.benchmark_group("search-10MB");
    group.sample_size(20);
    for query in ["e", "zenan", "Zenan", "zenan tru", "ü"] {
        group.bench_function(format!("\"{query}\""), |b| {
            b.iter(|| find(black_box(&reading), black_box(query)));
        });
    }
    group.finish();
}

criterion_group!(benches, search);
criterion_main!(benches);
