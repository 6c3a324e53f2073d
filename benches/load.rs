//! What opening a briefing costs before layout: TOML parsing, the schema
//! walk and sanitising, for the bundled briefing and generated ones of
//! 10 KB, 1 MB and 10 MB (generated once, outside the timed loop).
//!
//! `cargo bench --bench load -- --warm-up-time 1 --measurement-time 3`

use std::hint::black_box;

use brief::bundled;
use brief::generate::briefing_toml;
use brief::load::load_str;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

/// Fixed, so every run measures the same text.
const SEED: u64 = 0x00B1_2E0F;

fn load(c: &mut Criterion) {
    let mut inputs = vec![("istanbul", bundled::DEFAULT.text.to_owned())];
    for (name, bytes) in [("10KB", 10_000), ("1MB", 1_000_000), ("10MB", 10_000_000)] {
        inputs.push((name, briefing_toml(bytes, SEED)));
    }
    let mut group = c.benchmark_group("load_str");
    for (name, text) in &inputs {
        // Big inputs take long enough per run that ten samples are plenty.
        group.sample_size(if text.len() > 500_000 { 10 } else { 100 });
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(*name, |b| {
            b.iter(|| load_str(name, black_box(text)).expect("benchmark briefings load"));
        });
    }
    group.finish();
}

criterion_group!(benches, load);
criterion_main!(benches);
