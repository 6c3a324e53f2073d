//! `d`: the cursor to the next topic with divergence, on a divergent cell,
//! and the matrix scrolled so that cell and as many of its row's other
//! divergent cells as fit show: the clash, not just the row.

use super::grid::Grid;
use crate::compare::{Comparison, Mark, Verdict, verdicts};
use crate::model::{Briefing, Party, Stance};
use crate::reader::model::compare::Compare;

/// The divergent cells of the rows and columns shown, as (row, shown
/// column, for) in screen order: in each topic with divergence, the shown
/// parties that count and are for or against, the stances that clash.
pub fn cells(
    c: &Compare,
    briefing: &Briefing,
    comparison: &Comparison,
) -> Vec<(usize, usize, bool)> {
    let verdicts = verdicts(briefing, comparison);
    let shown = c.shown(briefing);
    let mut out = Vec::new();
    for (row, &topic) in c.rows(briefing, comparison).iter().enumerate() {
        if verdicts.get(topic).map(|v| v.verdict) != Some(Verdict::Divergence) {
            continue;
        }
        for (column, &party) in shown.iter().enumerate() {
            if !briefing.parties.get(party).is_some_and(Party::counts) {
                continue;
            }
            match comparison.mark(briefing, topic, party) {
                Mark::Stance(Stance::For) => out.push((row, column, true)),
                Mark::Stance(Stance::Against) => out.push((row, column, false)),
                _ => {}
            }
        }
    }
    out
}

/// `d`: the cursor to the next topic with divergence (wrapping round), on
/// one of its divergent cells (the cursor's own column when it is one,
/// else the first), with the columns scrolled to show that cell and as
/// many of the row's others as fit, a "for" and an "against" first.
pub fn next(c: &mut Compare, briefing: &Briefing, comparison: &Comparison, grid: &Grid) {
    let cells = cells(c, briefing, comparison);
    let rows = c.rows(briefing, comparison);
    let shown = c.shown(briefing);
    let here = c.row(&rows);
    let row = cells
        .iter()
        .map(|&(r, _, _)| r)
        .find(|&r| r > here)
        .or(cells.first().map(|&(r, _, _)| r));
    let Some(row) = row else {
        c.message = Some(no_divergence(c, briefing, comparison));
        return;
    };
    let in_row: Vec<(usize, bool)> = cells
        .iter()
        .filter(|(r, _, _)| *r == row)
        .map(|&(_, col, side)| (col, side))
        .collect();
    let now = c.column(&shown);
    let column = if in_row.iter().any(|&(col, _)| col == now) {
        now
    } else {
        in_row.first().map_or(now, |&(col, _)| col)
    };
    let (Some(&topic), Some(&party)) = (rows.get(row), shown.get(column)) else {
        return;
    };
    c.topic = topic;
    c.party = party;
    c.column_offset = best_offset(grid, briefing, &shown, column, &in_row, c.column_offset);
    let (fors, againsts) = (
        in_row.iter().filter(|(_, side)| *side).count(),
        in_row.iter().filter(|(_, side)| !*side).count(),
    );
    let name = comparison.topics.get(topic).map_or("", String::as_str);
    c.message = Some(format!("{name}: {fors} for, {againsts} against"));
}

/// Why `d` found nothing: no divergence at all, or none in what shows.
fn no_divergence(c: &Compare, briefing: &Briefing, comparison: &Comparison) -> String {
    let any = verdicts(briefing, comparison)
        .iter()
        .any(|v| v.verdict == Verdict::Divergence);
    if !any {
        "no topic with divergence".to_owned()
    } else if c.hidden.is_empty() {
        "no topic with divergence among the rows shown".to_owned()
    } else {
        "no divergent cell in the rows and columns shown".to_owned()
    }
}

/// The column offset that shows column `cursor` and the most of `wanted`
/// (columns, and whether each is for), one of each side first; of equals,
/// the one nearest `now`.
pub fn best_offset(
    grid: &Grid,
    briefing: &Briefing,
    shown: &[usize],
    cursor: usize,
    wanted: &[(usize, bool)],
    now: usize,
) -> usize {
    let mut best: Option<((bool, usize), usize, usize)> = None;
    for offset in 0..=cursor {
        let fits = grid.parties_fitting(briefing, shown, offset);
        if cursor >= offset + fits {
            continue;
        }
        let seen: Vec<bool> = wanted
            .iter()
            .filter(|(w, _)| (offset..offset + fits).contains(w))
            .map(|&(_, side)| side)
            .collect();
        let score = (seen.contains(&true) && seen.contains(&false), seen.len());
        let distance = offset.abs_diff(now);
        let better = best.is_none_or(|(s, d, _)| score > s || (score == s && distance < d));
        if better {
            best = Some((score, distance, offset));
        }
    }
    best.map_or(now, |(_, _, offset)| offset)
}
