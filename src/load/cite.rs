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
    use crate::load::{Diagnostic, load_str};

    const SOURCES: &str = "headline = \"h\"\n[[sections]]\ntitle = \"s\"\n\
        [[sources]]\nid = \"minutes-1\"\nname = \"Minutes\"\npublisher = \"The Commission\"\ndate = 2025-03-04\n\
        [[sources]]\nid = \"press-2\"\nname = \"Press release\"\n\
        [[parties]]\nname = \"A\"\n  [[parties.positions]]\n  topic = \"T\"\n  text = \"words\"\n";

    fn problems(extra: &str) -> Vec<Diagnostic> {
        match load_str("t.toml", &format!("{SOURCES}{extra}")) {
            Ok(_) => panic!("loaded with {extra}"),
            Err(err) => err.problems().to_vec(),
        }
    }

    #[test]
    fn a_cited_position_loads_with_its_source() {
        let text = format!(
            "{SOURCES}  quote = \"Our words.\"\n  date = 2025-03-05\n  url = \"https://example.org/a\"\n  cite = \"minutes-1\"\n"
        );
        let b = load_str("t.toml", &text).expect("loads");
        let p = &b.parties[0].positions[0];
        assert_eq!(p.quote.as_deref(), Some("Our words."));
        assert_eq!(p.date.as_deref(), Some("2025-03-05"));
        assert_eq!(p.url.as_deref(), Some("https://example.org/a"));
        let cited = b.cited(p).expect("cites a source");
        assert_eq!(cited.name, "Minutes");
        assert_eq!(cited.date.as_deref(), Some("2025-03-04"));
        assert_eq!(cited.publisher.as_deref(), Some("The Commission"));
    }

    #[test]
    fn a_bad_url_is_placed_and_explained() {
        let found = problems("  url = \"javascript:alert(1)\"\n");
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(
            found[0].message,
            "`parties[1].positions[1].url` is \"javascript:alert(1)\", which is not an http, https or mailto link"
        );
        assert_eq!((found[0].line, found[0].column), (Some(17), Some(9)));
        // An escape in the file is refused, and never shown raw.
        let found = problems("  url = \"https://example.org/\\u001b[2J\"\n");
        assert!(found[0].message.contains("control"), "{found:#?}");
        assert!(!found[0].message.contains('\u{1b}'));
    }

    #[test]
    fn an_unknown_cite_suggests_the_nearest_id_or_lists_them() {
        let found = problems("  cite = \"minutes-2\"\n");
        assert_eq!(
            found[0].message,
            "`parties[1].positions[1].cite` is \"minutes-2\", but no source has that id"
        );
        assert_eq!((found[0].line, found[0].column), (Some(17), Some(10)));
        assert_eq!(found[0].notes, ["did you mean \"minutes-1\"?"]);
        let found = problems("  cite = \"reuters\"\n");
        assert_eq!(found[0].notes, ["the sources' ids are: minutes-1, press-2"]);
    }

    #[test]
    fn a_source_id_used_twice_names_the_first() {
        let found = problems("[[sources]]\nid = \"press-2\"\nname = \"Again\"\n");
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].message, "source id `press-2` is used twice");
        assert_eq!(found[0].line, Some(18));
        assert!(found[0].notes[0].starts_with("the first is on line 10"));
    }

    #[test]
    fn wrong_types_are_reported_once_with_their_path() {
        let found = problems("  cite = 3\n  date = \"2025-03-05\"\n");
        assert_eq!(found.len(), 2, "{found:#?}");
        assert_eq!(
            found[0].message,
            "`parties[1].positions[1].cite` should be a string, not an integer"
        );
        assert!(
            found[1]
                .message
                .starts_with("`parties[1].positions[1].date` should be a TOML date"),
            "{found:#?}"
        );
    }

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
