//! The skeleton as TOML: every string encoded by `toml_writer`, so quotes,
//! backslashes and odd characters in an article cannot break the file, and
//! comments saying what was guessed and what is left to do.

use std::fmt::{self, Write as _};

use toml_writer::{TomlStringBuilder, TomlWrite as _};

use super::article::Article;
use super::detect::Format;
use super::parties::{Parties, Party, Role};

/// Most states and bodies listed as named but not suggested.
const MAX_OTHERS: usize = 12;

/// Everything the skeleton is written from.
pub struct Draft<'a> {
    pub article: &'a Article,
    pub headline: &'a str,
    /// The headline was made from the first sentence, not taken from a title.
    pub headline_made: bool,
    pub source_name: &'a str,
    pub url: Option<&'a str>,
    pub format: Format,
    pub parties: &'a Parties,
}

pub fn toml(draft: &Draft<'_>) -> String {
    let mut out = String::new();
    // Writing to a String cannot fail.
    let _ = write(&mut out, draft);
    out
}

fn write(out: &mut String, d: &Draft<'_>) -> fmt::Result {
    let a = d.article;
    writeln!(
        out,
        "# A briefing skeleton made by `brief import` from {}.",
        article_kind(d.format)
    )?;
    writeln!(
        out,
        "# Check each field against the article, write the summary and the parties'"
    )?;
    writeln!(out, "# positions, then run `brief check` on this file.")?;
    out.newline()?;
    writeln!(out, "format = 1")?;
    out.newline()?;
    if d.headline_made {
        writeln!(
            out,
            "# The article has no title: this headline was made from its first sentence."
        )?;
        writeln!(out, "# Write a real one.")?;
    }
    key_value(out, "headline", d.headline)?;
    match &a.dek {
        Some(dek) => key_value(out, "dek", dek)?,
        None => writeln!(
            out,
            "# dek = \"One line under the headline: why this matters\""
        )?,
    }
    match a.date {
        Some(date) => writeln!(out, "date = {date}")?,
        None => writeln!(
            out,
            "# date = 2026-01-31     # no date found in the article"
        )?,
    }
    match &a.location {
        Some(location) => key_value(out, "location", location)?,
        None => writeln!(
            out,
            "# location = \"Where the talks take place\"     # no dateline found"
        )?,
    }
    writeln!(
        out,
        "# summary = [\"The first thing a reader should know.\", \"The second.\"]"
    )?;
    writeln!(
        out,
        "# topics = [\"Ceasefire\"]     # the order of rows when positions are compared"
    )?;
    out.newline()?;
    writeln!(out, "[[sources]]")?;
    key_value(out, "name", d.source_name)?;
    if let Some(url) = d.url {
        key_value(out, "url", url)?;
    }
    sections(out, d)?;
    parties(out, d.parties)
}

fn article_kind(format: Format) -> &'static str {
    match format {
        Format::Text => "a plain-text article",
        Format::Markdown => "a Markdown article",
        Format::Html => "a web page",
    }
}

fn sections(out: &mut String, d: &Draft<'_>) -> fmt::Result {
    let a = d.article;
    if a.sections.is_empty() {
        out.newline()?;
        writeln!(
            out,
            "# The article has no subheads, so all of it is in this one section: split it"
        )?;
        writeln!(
            out,
            "# where the subject changes, each [[sections]] with a title of its own."
        )?;
        return section(out, d.headline, a.lead.iter());
    }
    for (at, s) in a.sections.iter().enumerate() {
        out.newline()?;
        if at == 0 && !a.lead.is_empty() {
            writeln!(
                out,
                "# The article's opening, before its first subhead, starts this section."
            )?;
            section(out, &s.title, a.lead.iter().chain(&s.blocks))?;
        } else {
            section(out, &s.title, s.blocks.iter())?;
        }
    }
    Ok(())
}

fn section<'a>(
    out: &mut String,
    title: &str,
    blocks: impl Iterator<Item = &'a String>,
) -> fmt::Result {
    writeln!(out, "[[sections]]")?;
    key_value(out, "title", title)?;
    writeln!(out, "# topics = [\"Ceasefire\"]")?;
    let body: Vec<&str> = blocks.map(|b| b.trim()).filter(|b| !b.is_empty()).collect();
    if body.is_empty() {
        return Ok(());
    }
    // A final newline puts the closing quotes on a line of their own.
    key_value(out, "body", &format!("{}\n", body.join("\n\n")))
}

fn parties(out: &mut String, p: &Parties) -> fmt::Result {
    out.newline()?;
    if p.suggested {
        if p.list.is_empty() {
            writeln!(
                out,
                "# No state or body is named often enough to suggest it as a party. Add each"
            )?;
            writeln!(
                out,
                "# party as [[parties]] with a name, or import again with --party NAME."
            )?;
        } else {
            writeln!(
                out,
                "# Parties suggested from the text: the states and bodies it names most. Keep"
            )?;
            writeln!(
                out,
                "# those taking part, rename or add others (or import again with --party NAME)."
            )?;
        }
    }
    if !p.list.is_empty() {
        writeln!(
            out,
            "# Under each party are the sentences that name it. Turn those that state a"
        )?;
        writeln!(
            out,
            "# position into positions, each with a topic and a stance:"
        )?;
        writeln!(out, "#")?;
        writeln!(out, "#   [[parties.positions]]")?;
        writeln!(out, "#   topic = \"Ceasefire\"")?;
        writeln!(
            out,
            "#   stance = \"for\"        # for | against | conditional | unclear"
        )?;
        writeln!(out, "#   text = \"What it says, in a sentence.\"")?;
    }
    if !p.others.is_empty() {
        let mut named: Vec<String> = p
            .others
            .iter()
            .take(MAX_OTHERS)
            .map(|(n, c)| format!("{n} ({c})"))
            .collect();
        if p.others.len() > MAX_OTHERS {
            named.push(format!("and {} more", p.others.len() - MAX_OTHERS));
        }
        writeln!(out, "#")?;
        comment_wrapped(out, &format!("Also named: {}.", named.join(", ")))?;
    }
    for party in &p.list {
        out.newline()?;
        one_party(out, party)?;
    }
    Ok(())
}

fn one_party(out: &mut String, p: &Party) -> fmt::Result {
    writeln!(out, "[[parties]]")?;
    key_value(out, "name", &p.name)?;
    key_value(out, "role", p.role.as_str())?;
    if p.mentions > 0 {
        writeln!(out, "# named {} times in the article", p.mentions)?;
    }
    if let (Role::Mediator, Some(because)) = (p.role, &p.mediator_because) {
        writeln!(out, "# a mediator, going by: {}", quoted(because))?;
    }
    if p.candidates.is_empty() {
        writeln!(out, "# no sentence in the article names it")?;
        return Ok(());
    }
    out.newline()?;
    for sentence in &p.candidates {
        writeln!(out, "  # candidate: {}", quoted(sentence))?;
    }
    if p.sentences > p.candidates.len() {
        writeln!(
            out,
            "  # … and {} more sentences",
            p.sentences - p.candidates.len()
        )?;
    }
    Ok(())
}

/// `key = value`, the value encoded the way TOML reads it back.
fn key_value(out: &mut String, key: &str, value: &str) -> fmt::Result {
    out.key(key)?;
    out.space()?;
    out.keyval_sep()?;
    out.space()?;
    out.value(TomlStringBuilder::new(value).as_default())?;
    out.newline()
}

/// A string quoted and escaped as a TOML basic string, for a comment: no
/// newline or control character can end the comment early.
fn quoted(text: &str) -> String {
    let mut out = String::new();
    let _ = out.value(TomlStringBuilder::new(text).as_basic());
    out
}

/// A comment, wrapped at word boundaries to keep lines short.
fn comment_wrapped(out: &mut String, text: &str) -> fmt::Result {
    for line in textwrap::wrap(text, 76) {
        writeln!(out, "# {line}")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_text_is_encoded_not_pasted() {
        assert_eq!(quoted("He said \"no\"\n\\"), r#""He said \"no\"\n\\""#);
        let mut out = String::new();
        let _ = key_value(&mut out, "body", "a '''\"\"\" b\n");
        let parsed: toml::Table = toml::from_str(&out).unwrap_or_else(|e| panic!("{e}\n{out}"));
        assert_eq!(parsed["body"].as_str(), Some("a '''\"\"\" b\n"));
    }
}
