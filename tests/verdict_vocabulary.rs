//! One name per verdict: every view and format that shows a verdict is
//! rendered for a briefing with each of the six, against an earlier round
//! in which each was another; the name shown beside each topic is
//! collected, and the test fails when any verdict is shown under two names
//! (or under a name that is not its label). Summaries, messages and help
//! may use only the labels too.

use std::collections::{BTreeMap, BTreeSet};

use brief::compare::{Comparison, Verdict, verdicts};
use brief::diff::{changed_marks, diff, formats, render, topic_changes};
use brief::load::load_file;
use brief::model::Briefing;
use brief::print::{PrintOptions, render as print_text, to_text};
use brief::reader::testing::{
    Compare, CompareAction, compare_help, compare_hints, default_keys, draw_compare as draw,
    update_compare as update,
};
use brief::text::positions::against;
use brief::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;

const TOPICS: [&str; 6] = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot"];
/// Words once used for verdicts, or easily used for them, that are no
/// verdict's name.
const STRAY: [&str; 6] = [
    "divergent",
    "disagree",
    "consensus",
    "agreed on",
    "common\n",
    "none",
];

fn load(name: &str) -> Briefing {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/verdicts")
        .join(name);
    load_file(&path).unwrap_or_else(|e| panic!("{e}"))
}

/// Names seen per verdict, and where.
#[derive(Default)]
struct Seen(BTreeMap<String, BTreeSet<String>>, BTreeMap<String, usize>);

impl Seen {
    fn saw(&mut self, verdict: Verdict, name: &str, place: &str) {
        self.0
            .entry(verdict.label().to_owned())
            .or_default()
            .insert(format!("{name}\t{place}"));
        *self.1.entry(place.to_owned()).or_default() += 1;
    }

    fn check(&self) {
        // Every place showed every topic's verdict (diffs: old and new).
        for (place, n) in &self.1 {
            // The compare view says what a verdict was only where there is room.
            let once = ["print", "markdown", "json"].contains(&place.as_str())
                || place.starts_with("compare view");
            let want = if once { 6 } else { 12 };
            assert!(*n >= want, "{place}: only {n} verdicts found");
        }
        assert_eq!(self.1.len(), 9, "places: {:?}", self.1.keys());
        for verdict in Verdict::ALL {
            let names: BTreeSet<&str> = self
                .0
                .get(verdict.label())
                .unwrap_or_else(|| panic!("{verdict:?} never shown"))
                .iter()
                .filter_map(|s| s.split('\t').next())
                .collect();
            assert_eq!(
                names,
                BTreeSet::from([verdict.label()]),
                "{verdict:?} is shown under these names: {:#?}",
                self.0.get(verdict.label())
            );
        }
    }
}

/// Each verdict of `b` by topic name.
fn judged(b: &Briefing) -> Verdicts {
    let c = Comparison::of(b);
    c.topics
        .iter()
        .cloned()
        .zip(verdicts(b, &c).into_iter().map(|v| v.verdict))
        .collect()
}

/// The part of `rest` in square brackets, and what follows "(was ".
fn bracketed(rest: &str) -> Option<(String, Option<String>)> {
    let open = rest.find('[')?;
    let close = rest[open..].find(']')? + open;
    let was = rest[close..]
        .split_once("(was ")
        .and_then(|(_, w)| w.split_once(')'))
        .map(|(w, _)| w.to_owned());
    Some((rest[open + 1..close].to_owned(), was))
}

/// Every stretch of the screen split at runs of two spaces or a rule.
fn fields(line: &str) -> Vec<String> {
    line.split(['│', '▸'])
        .flat_map(|part| part.split("  "))
        .map(|f| f.trim().to_owned())
        .filter(|f| !f.is_empty())
        .collect()
}

/// Summaries read "name N · name N · Party silent on N"; every name a label.
fn check_summary(line: &str, place: &str) {
    let labels: Vec<&str> = Verdict::ALL.iter().map(|v| v.label()).collect();
    for part in line.split(" · ") {
        let part = part.trim().trim_start_matches("Compare").trim();
        if part.is_empty() || part.contains(" silent on ") || part.ends_with('…') {
            continue;
        }
        let name = part.rsplit_once(' ').map_or(part, |(n, _)| n);
        assert!(
            labels.contains(&name),
            "{place}: `{name}` in the summary `{line}`"
        );
    }
}

fn no_strays(text: &str, place: &str) {
    for stray in STRAY {
        assert!(!text.contains(stray), "{place} says {stray:?}:\n{text}");
    }
}

/// Each verdict by topic name.
type Verdicts = BTreeMap<String, Verdict>;

#[test]
fn every_view_and_format_gives_each_verdict_one_name() {
    let (old, new) = (load("before.toml"), load("now.toml"));
    let (was, now) = (judged(&old), judged(&new));
    assert_eq!(
        TOPICS.iter().map(|t| now[*t]).collect::<Vec<_>>(),
        Verdict::ALL,
        "the fixture has every verdict, one per topic"
    );
    let mut seen = Seen::default();

    printed(&mut seen, &old, &new, &was, &now);
    exported(&mut seen, &new, &now);
    diffs(&mut seen, &old, &new, &was, &now);
    compare_view(&mut seen, &old, &new, &was, &now);
    seen.check();
}

/// `brief print` and the reader's panel.
fn printed(seen: &mut Seen, old: &Briefing, new: &Briefing, was: &Verdicts, now: &Verdicts) {
    // `brief print`, and the reader's panel with changes marked: "Alpha  [divergence] (was …)".
    let printed = print_text(
        new,
        &PrintOptions {
            width: 100,
            color: false,
            theme: Theme::default(),
        },
    );
    let changes = topic_changes(old, new);
    let panel = to_text(
        &against(new, &Comparison::of(new), 100, Some(&changes)),
        None,
    );
    for (place, text) in [("print", &printed), ("panel", &panel)] {
        no_strays(text, place);
        for line in text.lines() {
            let line = line.trim_start_matches("Δ ");
            for topic in TOPICS {
                if let Some(rest) = line.strip_prefix(&format!("{topic}  ")) {
                    let (name, before) =
                        bracketed(rest).unwrap_or_else(|| panic!("{place}: {line}"));
                    seen.saw(now[topic], &name, place);
                    if let Some(before) = before {
                        seen.saw(was[topic], &before, place);
                    }
                }
            }
        }
        let summary = text.lines().find(|l| l.contains(" · ")).unwrap_or_default();
        check_summary(summary, place);
    }
}

/// `brief print --format markdown|json`.
fn exported(seen: &mut Seen, new: &Briefing, now: &Verdicts) {
    // Markdown: the table's last column; JSON: `verdict`, hyphenated.
    let markdown = brief::export::markdown(new, true);
    no_strays(&markdown, "markdown");
    for line in markdown.lines() {
        for topic in TOPICS {
            if line.starts_with(&format!("| {topic} |")) {
                let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
                seen.saw(
                    now[topic],
                    cells.last().copied().unwrap_or_default(),
                    "markdown",
                );
            }
        }
    }
    let json: serde_json::Value =
        serde_json::from_str(&brief::export::json(new, true).unwrap_or_default())
            .unwrap_or_default();
    for v in json["verdicts"].as_array().cloned().unwrap_or_default() {
        let topic = v["topic"].as_str().unwrap_or_default();
        seen.saw(
            now[topic],
            &v["verdict"].as_str().unwrap_or_default().replace('-', " "),
            "json",
        );
    }
    check_summary(json["summary"].as_str().unwrap_or_default(), "json summary");
}

/// `brief diff` in every format.
fn diffs(seen: &mut Seen, old: &Briefing, new: &Briefing, was: &Verdicts, now: &Verdicts) {
    // `brief diff` in each format: "Alpha: common ground → divergence".
    let d = diff(old, new);
    let diff_text = to_text(&render::lines(&d, "before", "now", 100), None);
    let diff_markdown = formats::markdown(&d, "before", "now");
    for (place, text) in [("diff", &diff_text), ("diff markdown", &diff_markdown)] {
        no_strays(text, place);
        for line in text.lines() {
            let line = line.trim().trim_start_matches("- ").replace("**", "");
            for topic in TOPICS {
                if let Some((a, b)) = line
                    .strip_prefix(&format!("{topic}: "))
                    .and_then(|r| r.split_once(" → "))
                {
                    seen.saw(was[topic], a, place);
                    seen.saw(now[topic], b, place);
                }
            }
        }
    }
    let diff_json: serde_json::Value =
        serde_json::from_str(&formats::json(&d, "before", "now").unwrap_or_default())
            .unwrap_or_default();
    for v in diff_json["verdicts"]
        .as_array()
        .cloned()
        .unwrap_or_default()
    {
        let topic = v["topic"].as_str().unwrap_or_default();
        seen.saw(
            was[topic],
            &v["was"].as_str().unwrap_or_default().replace('-', " "),
            "diff json",
        );
        seen.saw(
            now[topic],
            &v["now"].as_str().unwrap_or_default().replace('-', " "),
            "diff json",
        );
    }
}

/// The compare view at two sizes, with its messages and keys.
fn compare_view(seen: &mut Seen, old: &Briefing, new: &Briefing, was: &Verdicts, now: &Verdicts) {
    // The compare view, with the earlier round's changes marked, at two sizes.
    let comparison = Comparison::of(new);
    for (width, height) in [(160, 45), (100, 40)] {
        let area = Rect::new(0, 0, width, height);
        let mut c = Compare::new(new, &comparison);
        c.changed = changed_marks(&topic_changes(old, new));
        let screen = |c: &Compare| {
            let mut terminal =
                Terminal::new(TestBackend::new(width, height)).unwrap_or_else(|e| panic!("{e}"));
            terminal
                .draw(|f| {
                    draw(
                        f,
                        area,
                        c,
                        new,
                        &comparison,
                        &default_keys(),
                        &Theme::default(),
                    );
                })
                .unwrap_or_else(|e| panic!("{e}"));
            let buffer = terminal.backend().buffer().clone();
            (0..height)
                .map(|y| {
                    (0..width)
                        .map(|x| buffer[(x, y)].symbol().to_owned())
                        .collect::<String>()
                })
                .collect::<Vec<_>>()
                .join("\n")
        };
        let place = format!("compare view {width}x{height}");
        let shown = screen(&c);
        no_strays(&shown, &place);
        check_summary(shown.lines().next().unwrap_or_default(), &place);
        let lines: Vec<&str> = shown.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            let first = fields(line).into_iter().next().unwrap_or_default();
            let topic = first.trim_start_matches('Δ').trim();
            if !TOPICS.contains(&topic) {
                continue;
            }
            let tag = fields(lines.get(i + 1).copied().unwrap_or_default())
                .into_iter()
                .next()
                .unwrap_or_default();
            let tag = tag.trim_start_matches('Δ').trim();
            let (name, before) = match tag.split_once(" (was ") {
                Some((n, w)) => (n, Some(w.trim_end_matches(')'))),
                None => (tag, None),
            };
            seen.saw(now[topic], name, &place);
            if let Some(before) = before {
                seen.saw(was[topic], before, &place);
            }
        }
        // Sorting and `d` say what they do in the same words.
        update(&mut c, new, &comparison, CompareAction::SortByVerdict, area);
        let message = c.message.clone().unwrap_or_default();
        assert!(message.contains(Verdict::Divergence.label()), "{message}");
        no_strays(&format!("{message}\n{}", screen(&c)), &place);
    }
    let help: String = compare_help().fold(String::new(), |mut all, (k, h)| {
        all.push_str(&k);
        all.push(' ');
        all.push_str(h);
        all.push('\n');
        all
    });
    no_strays(&format!("{help}{}", compare_hints()), "compare keys");
    assert!(help.contains("divergence"), "{help}");
}
