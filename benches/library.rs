//! The library over 10,000 briefings: how soon the picker gets its first
//! rows, how long the whole scan takes, and what a keystroke's filter costs;
//! then a search inside 10,000 briefings of 10 KB (100 MB): how soon the
//! first match comes, and how long the whole search takes.
//!
//! `cargo bench --bench library -- --warm-up-time 1 --measurement-time 5`

use std::hint::black_box;
use std::time::Duration;

use brief::generate::{library_dir, library_dir_sized};
use brief::library::grep::Needle;
use brief::library::{Root, Scan, files, filter, hunt};
use criterion::{Criterion, criterion_group, criterion_main};

const FILES: usize = 10_000;
const SEED: u64 = 0x0111_B2A2;
/// A guard against a hang, not a measure: the scan takes well under a second.
const PATIENCE: Duration = Duration::from_secs(60);

fn library(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temporary directory");
    library_dir(dir.path(), FILES, SEED).expect("write the library");
    let roots = || vec![Root::Path(dir.path().to_path_buf())];
    let mut group = c.benchmark_group("library-10000");
    group.sample_size(10);
    group.bench_function("first rows", |b| {
        b.iter(|| {
            let mut scan = Scan::start(roots()).expect("scan starts");
            // The picker shows a screenful: time until twenty rows are in.
            let mut rows = 0;
            while rows < 20 {
                if scan.recv_timeout(PATIENCE).is_none() {
                    break;
                }
                rows += 1;
            }
            black_box(rows)
        });
    });
    group.bench_function("whole scan", |b| {
        b.iter(|| {
            let mut scan = Scan::start(roots()).expect("scan starts");
            let mut rows = 0;
            while scan.recv_timeout(PATIENCE).is_some() {
                rows += 1;
            }
            black_box(rows)
        });
    });
    let mut scan = Scan::start(roots()).expect("scan starts");
    let mut entries = Vec::new();
    while let Some(entry) = scan.recv_timeout(PATIENCE) {
        entries.push(entry);
    }
    for query in ["", "a", "tru", "no 9999"] {
        group.bench_function(format!("filter {query:?}"), |b| {
            b.iter(|| filter(black_box(&entries), query, &[]));
        });
    }
    group.finish();
}

/// The term, placed in three briefings: near the start, the middle, the end.
const TERM: &str = "zephyrine";

fn search_inside(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temporary directory");
    library_dir_sized(dir.path(), FILES, 10_000, SEED).expect("write the library");
    for n in [2, FILES / 2, FILES] {
        let path = dir.path().join(format!("briefing-{n:04}.toml"));
        let text = std::fs::read_to_string(&path).expect("read");
        std::fs::write(
            &path,
            text.replacen("headline = \"", "headline = \"Zephyrine ", 1),
        )
        .expect("write");
    }
    let origins = files(&[Root::Path(dir.path().to_path_buf())]);
    let needle = Needle::new(TERM).expect("a term");
    let mut group = c.benchmark_group("search-inside-10000");
    group.sample_size(10);
    group.bench_function("first match", |b| {
        b.iter(|| {
            // Stop as soon as the first briefing comes back.
            let found = std::sync::atomic::AtomicBool::new(false);
            let stop = || found.load(std::sync::atomic::Ordering::Relaxed);
            hunt(&origins, &needle, &stop, &mut |_| {
                found.store(true, std::sync::atomic::Ordering::Relaxed);
            });
            black_box(found)
        });
    });
    group.bench_function("whole search", |b| {
        b.iter(|| {
            let mut count = 0;
            hunt(&origins, &needle, &|| false, &mut |_| count += 1);
            assert_eq!(count, 3);
            black_box(count)
        });
    });
    group.finish();
}

criterion_group!(benches, library, search_inside);
criterion_main!(benches);
