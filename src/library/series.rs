//! Which negotiation a briefing belongs to, for grouping the library by
//! series.

/// The top-level `process = "..."` and `round = N` of a briefing's text.
/// Only the lines before the first table header are looked at, each parsed
/// on its own, so a file that does not parse as a whole still says nothing
/// wrong, and a `round` inside a section body is never taken for one.
pub fn series_of(text: &[u8]) -> (Option<String>, Option<u32>) {
    let text = String::from_utf8_lossy(text);
    let mut process = None;
    let mut round = None;
    let mut multiline: Option<&str> = None;
    for line in text.lines() {
        let trimmed = line.trim();
        if let Some(close) = multiline {
            if trimmed.contains(close) {
                multiline = None;
            }
            continue;
        }
        if trimmed.starts_with('[') {
            break;
        }
        for delimiter in ["\"\"\"", "'''"] {
            if trimmed.matches(delimiter).count() == 1 {
                multiline = Some(delimiter);
            }
        }
        let Some((key, _)) = trimmed.split_once('=') else {
            continue;
        };
        let key = key.trim();
        if key != "process" && key != "round" {
            continue;
        }
        let Ok(table) = toml::from_str::<toml::Table>(trimmed) else {
            continue;
        };
        match table.get(key) {
            Some(toml::Value::String(name)) if key == "process" && !name.trim().is_empty() => {
                process = Some(crate::sanitize::line(name.trim()).into_owned());
            }
            Some(toml::Value::Integer(n)) if key == "round" => round = u32::try_from(*n).ok(),
            _ => {}
        }
    }
    (process, round)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn process_and_round_are_read_from_the_top_level_only() {
        let text = "headline = \"h\"\nprocess = \"istanbul-2025\"\nround = 3\ndek = \"\"\"\nround = 9\n\"\"\"\n[[sections]]\nround = 7\n";
        assert_eq!(
            series_of(text.as_bytes()),
            (Some("istanbul-2025".into()), Some(3))
        );
        assert_eq!(series_of(b"headline = \"h\"\n"), (None, None));
        // A round in a section is not the briefing's.
        assert_eq!(
            series_of(b"process = \"p\"\n[[sections]]\nround = 2\n"),
            (Some("p".into()), None)
        );
        assert_eq!(series_of(b"round = -1\nprocess = 4\n"), (None, None));
    }
}
