//! The timeline of a long negotiation: 100 rounds × 60 topics × 25
//! parties (generated once, outside the timed loop). What opening it costs
//! once the rounds are loaded: the timeline itself, then its text at 160
//! columns and its JSON; and loading the 100 rounds.
//!
//! `cargo bench --bench timeline -- --warm-up-time 1 --measurement-time 5`

use std::hint::black_box;

use brief::generate::round_toml;
use brief::load::load_str;
use brief::series::{Member, group};
use brief::timeline::{Timeline, formats, render};
use criterion::{Criterion, criterion_group, criterion_main};

const ROUNDS: usize = 100;
const TOPICS: usize = 60;
const PARTIES: usize = 25;
const SEED: u64 = 0x7111_E11E;

fn timeline(c: &mut Criterion) {
    let texts: Vec<String> = (1..=ROUNDS)
        .map(|r| round_toml(r, TOPICS, PARTIES, SEED))
        .collect();
    let load = || -> Vec<Member> {
        texts
            .iter()
            .enumerate()
            .map(|(i, text)| Member {
                name: format!("round-{:04}.toml", i + 1),
                briefing: load_str("round", text).expect("generated rounds load"),
            })
            .collect()
    };
    let series = group(load()).remove(0);
    let built = Timeline::of(&series);
    let mut g = c.benchmark_group("timeline-100x60x25");
    g.sample_size(10);
    g.bench_function("load 100 rounds", |b| b.iter(|| black_box(load())));
    g.bench_function("group and order", |b| {
        b.iter_batched(
            load,
            |members| black_box(group(members)),
            criterion::BatchSize::LargeInput,
        );
    });
    g.bench_function("timeline", |b| b.iter(|| black_box(Timeline::of(&series))));
    g.bench_function("text at 160 columns", |b| {
        b.iter(|| black_box(render::lines(&built, 160)));
    });
    g.bench_function("json", |b| b.iter(|| black_box(formats::json(&built))));
    g.finish();
}

criterion_group!(benches, timeline);
criterion_main!(benches);
