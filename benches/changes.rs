//! What finding a frame's changed cells costs: ratatui's `Buffer::diff`
//! against `changed_cells`, for the whole screen and for the pane that
//! changed, on a page of prose scrolled by one row in the left pane while
//! the right pane stays as it was.
//!
//! `cargo bench --bench changes -- --warm-up-time 1 --measurement-time 3`

use std::hint::black_box;

use brief::tui::changes::changed_cells;
use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};

const PROSE: &str = "The parties agree that the delivery schedule set out in the annex \
    binds both sides from the date of signature, and that any delay beyond thirty days \
    entitles the buyer to a reduction of the price by one percent a week, capped at ten \
    percent, unless the delay follows from a change the buyer asked for in writing.";

/// Lines of prose `width` wide, with a bold heading every twelfth line and
/// every seventh word in colour.
fn lines(width: usize, count: usize) -> Vec<Vec<(String, Style)>> {
    let words: Vec<&str> = PROSE.split(' ').collect();
    let mut out = Vec::new();
    let mut word = 0;
    while out.len() < count {
        if out.len() % 12 == 0 {
            let bold = Style::new().add_modifier(Modifier::BOLD);
            out.push(vec![(format!("Section {}", out.len() / 12 + 1), bold)]);
            continue;
        }
        let mut line: Vec<(String, Style)> = Vec::new();
        let mut used = 0;
        loop {
            let next = words[word % words.len()];
            if used + next.len() + 1 > width {
                break;
            }
            let style = if word % 7 == 0 {
                Style::new().fg(Color::Cyan)
            } else {
                Style::new()
            };
            line.push((format!("{next} "), style));
            used += next.len() + 1;
            word += 1;
        }
        out.push(line);
    }
    out
}

/// A screen with prose from `first` in the left pane, a rule, and other
/// prose in the right pane; returns it and the left pane.
fn page(width: u16, height: u16, first: usize) -> (Buffer, Rect) {
    let mut buf = Buffer::empty(Rect::new(0, 0, width, height));
    let left = Rect::new(0, 0, width * 5 / 8, height);
    let right_x = left.width + 1;
    let text = lines(usize::from(left.width), first + usize::from(height));
    let side = lines(usize::from(width - right_x), usize::from(height));
    for y in 0..height {
        let mut x = 0;
        for (word, style) in &text[first + usize::from(y)] {
            x = buf
                .set_stringn(x, y, word, usize::from(left.width - x), *style)
                .0;
        }
        buf.set_string(left.width, y, "│", Style::new().fg(Color::DarkGray));
        let mut x = right_x;
        for (word, style) in &side[usize::from(y)] {
            x = buf
                .set_stringn(x, y, word, usize::from(width - x), *style)
                .0;
        }
    }
    (buf, left)
}

fn changes(c: &mut Criterion) {
    let mut group = c.benchmark_group("changes");
    for (width, height) in [(80, 24), (160, 50)] {
        let (prev, left) = page(width, height, 0);
        let (next, _) = page(width, height, 1);
        let size = format!("{width}x{height}");
        let mut out = Vec::new();
        changed_cells(&prev, &next, next.area, &mut out);
        assert_eq!(out, prev.diff(&next), "the same cells as ratatui");
        println!(
            "{size}: {} of {} cells changed",
            out.len(),
            next.content.len()
        );
        group.bench_function(format!("{size}/ratatui diff"), |b| {
            b.iter(|| black_box(&prev).diff(black_box(&next)));
        });
        group.bench_function(format!("{size}/ratatui diff_iter, kept Vec"), |b| {
            let mut kept = Vec::new();
            b.iter(|| {
                kept.clear();
                kept.extend(black_box(&prev).diff_iter(black_box(&next)));
                kept.len()
            });
        });
        group.bench_function(format!("{size}/changed_cells screen"), |b| {
            b.iter(|| {
                changed_cells(black_box(&prev), black_box(&next), next.area, &mut out);
                out.len()
            });
        });
        group.bench_function(format!("{size}/changed_cells left pane"), |b| {
            b.iter(|| {
                changed_cells(black_box(&prev), black_box(&next), left, &mut out);
                out.len()
            });
        });
    }
    group.finish();
}

criterion_group!(benches, changes);
criterion_main!(benches);
