//! Cited positions: a position's `url` must be a link brief can safely
//! offer, and its `cite` must name a source's `id`, ids being unique.

use std::collections::HashMap;

use toml::de::DeValue;

use super::walker::{Here, Kind, Value, Walker, clean, suggest};
use crate::model::Source;
use crate::sanitize;

/// The schemes a link may have: what a browser or mail client opens
/// without running anything (`javascript:`, `file:` and the like never).
const SCHEMES: [&str; 3] = ["https://", "http://", "mailto:"];

/// How many ids a note lists when none is close to a mistaken `cite`.
const IDS_LISTED: usize = 8;

impl Walker<'_> {
    /// The `url` of `here`, when it is an http, https or mailto link with
    /// no spaces or control characters in it.
    pub(super) fn url(&mut self, here: &Here) -> Option<String> {
        let value = here.get("url")?;
        let path = here.key_path("url");
        let Some(raw) = value.get_ref().as_str() else {
            self.wrong_type(
                value,
                &path,
                "a string: a link starting https://, http:// or mailto:",
            );
            return None;
        };
        match url_problem(raw) {
            None => Some(clean(raw, Kind::Line)),
            Some(problem) => {
                let shown = sanitize::line(raw).into_owned();
                self.report(
                    Some(value.span()),
                    format!("`{path}` is \"{shown}\", which {problem}"),
                );
                self.add_note(
                    "write a whole link starting https://, http:// or mailto:, with spaces written %20",
                );
                None
            }
        }
    }

    /// Source ids used twice, and positions citing an id no source has.
    pub(super) fn citations(&mut self, top: &Here, sources: &[Source]) {
        let mut first: HashMap<&str, usize> = HashMap::new();
        for (i, here) in tables(top, "sources").iter().enumerate() {
            let (Some(id), Some(value)) =
                (sources.get(i).and_then(|s| s.id.as_deref()), here.get("id"))
            else {
                continue;
            };
            if let Some(&at) = first.get(id) {
                let line = self.line_of(at);
                self.report(
                    Some(value.span()),
                    format!("source id `{id}` is used twice"),
                );
                self.add_note(format!(
                    "the first is on line {line}; give each source its own id"
                ));
            } else {
                first.insert(id, value.span().start);
            }
        }
        let mut ids: Vec<&str> = first.keys().copied().collect();
        ids.sort_unstable();
        for party in tables(top, "parties") {
            for here in tables(&party, "positions") {
                let Some(value) = here.get("cite") else {
                    continue;
                };
                // Not a string: reported where the position is read.
                let Some(cite) = value.get_ref().as_str() else {
                    continue;
                };
                let cite = clean(cite, Kind::Line);
                if !first.contains_key(cite.as_str()) {
                    self.unknown_cite(&here, value, &cite, &ids);
                }
            }
        }
    }

    fn unknown_cite(&mut self, here: &Here, value: &Value, cite: &str, ids: &[&str]) {
        self.report(
            Some(value.span()),
            format!(
                "`{}` is \"{cite}\", but no source has that id",
                here.key_path("cite")
            ),
        );
        if ids.is_empty() {
            self.add_note(format!(
                "add id = \"{cite}\" to the [[sources]] entry it means"
            ));
        } else if let Some(close) = suggest(cite, ids) {
            self.add_note(format!("did you mean \"{close}\"?"));
        } else {
            let mut listed = ids[..ids.len().min(IDS_LISTED)].join(", ");
            if ids.len() > IDS_LISTED {
                listed.push_str(", …");
            }
            self.add_note(format!("the sources' ids are: {listed}"));
        }
    }
}

/// Why `url` is no link to offer a reader, or `None` when it is one.
pub fn url_problem(url: &str) -> Option<&'static str> {
    if url
        .chars()
        .any(|c| c.is_control() || sanitize::is_removed(c))
    {
        return Some("has control or invisible characters in it");
    }
    if url.chars().any(char::is_whitespace) {
        return Some("has spaces in it");
    }
    let lower = url.to_ascii_lowercase();
    match SCHEMES.iter().find(|s| lower.starts_with(*s)) {
        None => Some("is not an http, https or mailto link"),
        Some(scheme) if url.len() == scheme.len() => Some("has nothing after its scheme"),
        Some(_) => None,
    }
}

/// The tables of an array of tables at `key`, quietly empty when it is not
/// one: the schema walk has already reported that.
fn tables<'t, 'i>(here: &Here<'t, 'i>, key: &str) -> Vec<Here<'t, 'i>> {
    let Some(DeValue::Array(items)) = here
        .table
        .iter()
        .find(|(k, _)| k.get_ref().as_ref() == key)
        .map(|(_, v)| v.get_ref())
    else {
        return Vec::new();
    };
    items
        .iter()
        .enumerate()
        .filter_map(|(i, item)| {
            item.get_ref().as_table().map(|table| Here {
                table,
                span: item.span(),
                path: format!("{}[{}]", here.key_path(key), i + 1),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::url_problem;

    #[test]
    fn only_whole_web_and_mail_links_pass() {
        for good in [
            "https://www.un.org/press/en/2023/sc15210.doc.htm",
            "HTTP://example.org",
            "mailto:press@example.org",
        ] {
            assert_eq!(url_problem(good), None, "{good}");
        }
        for bad in [
            "javascript:alert(1)",
            "file:///etc/passwd",
            "www.example.org",
            "https://",
            "https://example.org/a b",
            "https://example.org/\u{1b}]8;;",
            "https://example.org/\u{202e}",
        ] {
            assert!(url_problem(bad).is_some(), "{bad}");
        }
    }
}
