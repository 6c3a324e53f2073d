//! Laying the reading text out on two threads at once, for a width change
//! deep into a big briefing: the reader keeps its place by laying out
//! everything before it, which on one core takes longer than a frame may.
//!
//! Paragraph numbers do not depend on the width, so the numbers each
//! section starts at can be read off the layout at the old width; with
//! them, a later stretch of sections is laid out apart on another thread
//! while this one lays out the stretch before it, and the two are joined.
//! The result equals the layout built in one go (see the tests).

use std::thread;

use super::document::{Progress, reading_part, reading_until};
use super::layout::{Layout, Target};
use crate::model::Briefing;

/// Rounds of two stretches each: more rounds keep the stretch held apart
/// (the peak memory above the layout itself) smaller, at the cost of a
/// thread started each round.
const ROUNDS: usize = 4;

/// The paragraph number of each section's heading, from section 0 on for
/// as long as `layout` (of the same briefing at any width) has them.
pub fn section_blocks(layout: &Layout) -> Vec<u32> {
    let mut blocks = Vec::new();
    for &(target, line) in &layout.anchors {
        if let Target::Section(index) = target {
            match layout.line(line) {
                Some(line) if index == blocks.len() => blocks.push(line.block()),
                _ => break,
            }
        }
    }
    blocks
}

/// An empty layout for the reading text from section `from` on, to be
/// joined after the text before it, and the progress to lay it out with
/// (`reading_more`); `block` is the paragraph number given before `from`.
pub fn reading_from(width: usize, from: usize, block: u32) -> (Layout, Progress) {
    (Layout::continuing(width), Progress::at(from, block))
}

/// Lay out [`super::document::reading`] into `layout` up to section
/// `stop`, as [`super::document::reading_more`] would, on two threads
/// where `blocks` (from [`section_blocks`]) says where sections start.
pub fn reading_split(
    briefing: &Briefing,
    layout: &mut Layout,
    progress: &mut Progress,
    stop: usize,
    blocks: &[u32],
) {
    let stop = stop.min(blocks.len()).min(briefing.sections.len());
    // A part joins onto text before it: the key points and section 0 at least.
    reading_until(briefing, layout, progress, progress.section().max(1));
    let two = thread::available_parallelism().is_ok_and(|n| n.get() >= 2);
    let from = progress.section();
    if !two || from >= stop {
        reading_until(briefing, layout, progress, stop);
        return;
    }
    let cuts = cuts(briefing, from, stop, ROUNDS * 2);
    for pair in cuts.windows(3).step_by(2) {
        let &[_, middle, end] = pair else { continue };
        let Some(before) = blocks.get(middle).map(|b| b.saturating_sub(1)) else {
            break;
        };
        let width = layout.width;
        let part = thread::scope(|scope| {
            let worker = scope.spawn(move || reading_part(briefing, width, middle, end, before));
            reading_until(briefing, layout, progress, middle);
            worker.join()
        });
        let (part, last) = match part {
            Ok(part) => part,
            Err(panic) => std::panic::resume_unwind(panic),
        };
        // The numbers came from another layout; should they not meet, the
        // stretch is laid out again here rather than joined wrong.
        if progress.section() == middle && progress.block_given() == before {
            layout.join(&part);
            progress.skip(end, last);
        }
    }
    reading_until(briefing, layout, progress, stop);
}

/// Section indexes cutting `from..stop` into `n` stretches of about the
/// same amount of text: `from`, the cuts, `stop`.
fn cuts(briefing: &Briefing, from: usize, stop: usize, n: usize) -> Vec<usize> {
    let size = |i: usize| briefing.sections.get(i).map_or(0, |s| s.body.len() + 1);
    let total: usize = (from..stop).map(size).sum();
    let mut out = vec![from];
    let mut sum = 0;
    for i in from..stop {
        sum += size(i);
        if out.len() < n && sum * n >= total * out.len() && i + 1 < stop {
            out.push(i + 1);
        }
    }
    out.push(stop);
    // An odd count leaves a last stretch with no partner: give it an empty one.
    if out.len() % 2 == 0 {
        out.push(stop);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::briefing_toml;
    use crate::load::load_str;
    use crate::text::document::{reading, reading_more, reserve};

    /// `reading` at `width` built the split way, sections before `stop` on
    /// two threads with section numbers read off `numbers`, then the rest.
    fn split(briefing: &Briefing, width: usize, stop: usize, numbers: &Layout) -> Layout {
        let mut layout = Layout::new(width);
        reserve(briefing, &mut layout);
        let mut progress = Progress::default();
        reading_split(
            briefing,
            &mut layout,
            &mut progress,
            stop,
            &section_blocks(numbers),
        );
        assert!(reading_more(
            briefing,
            &mut layout,
            &mut progress,
            usize::MAX
        ));
        layout
    }

    #[test]
    fn a_layout_built_on_two_threads_is_the_layout_built_at_once() {
        for (size, seed) in [(80_000, 1), (150_000, 2), (400_000, 3)] {
            let b =
                load_str("g.toml", &briefing_toml(size, seed)).expect("generated briefings load");
            let n = b.sections.len();
            assert!(n > 8, "only {n} sections");
            let numbers = reading(&b, 61);
            for width in [1, 7, 20, 33, 80, 157] {
                let whole = reading(&b, width);
                for stop in [0, 1, 2, n / 3, n / 2, n - 1, n, n + 5] {
                    assert_eq!(
                        split(&b, width, stop, &numbers),
                        whole,
                        "{size} at {width}, {stop}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_bundled_briefing_and_a_briefing_without_key_points_split_alike() {
        let bundled =
            load_str("b.toml", crate::bundled::DEFAULT.text).expect("the bundled briefing loads");
        let mut bare =
            load_str("g.toml", &briefing_toml(60_000, 9)).expect("generated briefings load");
        bare.summary.clear();
        bare.sources.clear();
        for b in [bundled, bare] {
            let n = b.sections.len();
            let numbers = reading(&b, 40);
            for width in [12, 64] {
                for stop in [0, 1, n / 2, n] {
                    assert_eq!(split(&b, width, stop, &numbers), reading(&b, width));
                }
            }
        }
    }

    #[test]
    fn numbers_from_another_briefing_still_give_the_right_layout() {
        let b = load_str("g.toml", &briefing_toml(200_000, 4)).expect("generated briefings load");
        let other =
            load_str("o.toml", &briefing_toml(200_000, 5)).expect("generated briefings load");
        let n = b.sections.len();
        assert_eq!(split(&b, 50, n, &reading(&other, 50)), reading(&b, 50));
        // A layout only partly built has the numbers of the sections it has.
        let mut part = Layout::new(50);
        reading_more(&b, &mut part, &mut Progress::default(), 100);
        let known = section_blocks(&part);
        assert!(!known.is_empty() && known.len() < n);
        assert_eq!(split(&b, 30, n, &part), reading(&b, 30));
    }
}
