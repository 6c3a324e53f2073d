//! A source's `url` that brief would not offer as a link. A position's is
//! refused on loading; a source's only warned about, since briefings
//! written before links were checked must keep loading.

use super::doc::Doc;
use super::found::Found;
use crate::load::url_problem;
use crate::sanitize;

pub(super) fn check(doc: &Doc, out: &mut Vec<Found>) {
    for (key, at) in &doc.strings {
        if key != "url" {
            continue;
        }
        let Some(problem) = url_problem(&at.text) else {
            continue;
        };
        let shown = crate::text::fit::truncate(&sanitize::line(&at.text), 60);
        out.push(Found::new(
            at.span.clone(),
            format!("`url` is \"{shown}\", which {problem}"),
            "readers cannot follow it: write a whole link starting https://, http:// or mailto:, with spaces written %20",
        ));
    }
}
