//! `brief print --format csv`: the positions for a spreadsheet or pandas,
//! one row per topic and party with silence as a row of its own, or a
//! topic × party grid of stance words. RFC 4180 through the `csv` crate.

use crate::compare::{Comparison, Mark, Verdict, verdicts};
use crate::model::{Briefing, Citation};

/// The columns of the long form, in order.
pub const COLUMNS: [&str; 12] = [
    "topic", "party", "short", "role", "counted", "stance", "text", "quote", "source", "date",
    "url", "verdict",
];

/// Every topic and party as a row (see [`COLUMNS`]); with `matrix`, a row
/// per topic and a column per party holding the stance word.
pub fn csv(briefing: &Briefing, matrix: bool) -> Result<String, csv::Error> {
    let comparison = Comparison::of(briefing);
    let all = verdicts(briefing, &comparison);
    let mut out = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    if matrix {
        let head = std::iter::once("topic".to_owned())
            .chain(briefing.parties.iter().map(|p| p.name.clone()));
        write(&mut out, head)?;
        for (t, topic) in comparison.topics.iter().enumerate() {
            let stances = (0..briefing.parties.len())
                .map(|p| Mark::of(comparison.cell(briefing, t, p)).label().to_owned());
            write(&mut out, std::iter::once(topic.clone()).chain(stances))?;
        }
    } else {
        write(&mut out, COLUMNS.iter().map(|&c| c.to_owned()))?;
        for (t, topic) in comparison.topics.iter().enumerate() {
            let verdict = all.get(t).map_or(Verdict::Unaddressed, |v| v.verdict);
            for (p, party) in briefing.parties.iter().enumerate() {
                let position = comparison.cell(briefing, t, p);
                let citation = position.map(|pos| Citation::of(pos, briefing.cited(pos)));
                let text = |s: Option<&str>| s.map(one_line).unwrap_or_default();
                write(
                    &mut out,
                    [
                        topic.clone(),
                        party.name.clone(),
                        text(party.short.as_deref()),
                        text(party.role.as_deref()),
                        party.counts().to_string(),
                        Mark::of(position).label().to_owned(),
                        text(position.map(|p| p.text.as_str())),
                        text(position.and_then(|p| p.quote.as_deref())),
                        text(citation.and_then(|c| source(&c)).as_deref()),
                        text(citation.and_then(|c| c.date)),
                        text(citation.and_then(|c| c.url)),
                        verdict.label().to_owned(),
                    ],
                )?;
            }
        }
    }
    let bytes = out.into_inner().map_err(csv::IntoInnerError::into_error)?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// Who the position comes from, without its date (a column of its own).
fn source(citation: &Citation) -> Option<String> {
    Citation {
        date: None,
        ..*citation
    }
    .attribution()
}

fn write(
    out: &mut csv::Writer<Vec<u8>>,
    cells: impl IntoIterator<Item = String>,
) -> Result<(), csv::Error> {
    out.write_record(cells.into_iter().map(|c| guard(&c)))
}

/// A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, or a
/// tab or carriage return first) starts with an apostrophe instead, which
/// spreadsheets take as "this is text" (OWASP's advice on CSV injection).
pub(crate) fn guard(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

/// Text of several lines as one: a row per record reads best in a sheet.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_kept_as_text() {
        for cell in ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(guard(cell), format!("'{cell}"));
        }
        assert_eq!(guard("a=b"), "a=b");
        assert_eq!(guard(""), "");
    }
}
