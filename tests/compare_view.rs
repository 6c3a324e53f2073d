//! The compare view: its update rules, and its screens drawn into ratatui's
//! `TestBackend` and kept as insta snapshots. Read a changed snapshot
//! before accepting it.

use brief::bundled;
use brief::compare::{Comparison, Mark, Verdict, verdicts};
use brief::load::load_str;
use brief::model::{Briefing, Stance};
use brief::tui::compare::{Compare, CompareAction, Leave, draw, map_key, update};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;

struct View {
    briefing: Briefing,
    comparison: Comparison,
    c: Compare,
    area: Rect,
}

impl View {
    fn of(name: &str, width: u16, height: u16) -> View {
        let b = bundled::find(name).expect("a bundled briefing");
        let briefing = load_str(b.file, b.text).expect("bundled briefings load");
        let comparison = Comparison::of(&briefing);
        let c = Compare::new(&briefing, &comparison);
        View {
            briefing,
            comparison,
            c,
            area: Rect::new(0, 0, width, height),
        }
    }

    fn press(&mut self, action: CompareAction) -> Leave {
        update(
            &mut self.c,
            &self.briefing,
            &self.comparison,
            action,
            self.area,
        )
    }

    fn press_n(&mut self, action: CompareAction, n: usize) {
        for _ in 0..n {
            self.press(action);
        }
    }

    fn topic_name(&self) -> &str {
        &self.comparison.topics[self.c.topic]
    }

    fn draw(&self) -> Terminal<TestBackend> {
        let backend = TestBackend::new(self.area.width, self.area.height);
        let mut terminal = Terminal::new(backend).expect("test backend");
        terminal
            .draw(|f| draw(f, self.area, &self.c, &self.briefing, &self.comparison))
            .expect("draw");
        terminal
    }

    /// The screen as text, one row a line, trailing spaces trimmed.
    fn screen(&self) -> String {
        let terminal = self.draw();
        let buffer = terminal.backend().buffer();
        let mut out = String::new();
        for y in 0..buffer.area.height {
            let mut row = String::new();
            for x in 0..buffer.area.width {
                row.push_str(buffer[(x, y)].symbol());
            }
            out.push_str(row.trim_end());
            out.push('\n');
        }
        out
    }
}

fn party(view: &View, name: &str) -> usize {
    view.briefing
        .parties
        .iter()
        .position(|p| p.name == name)
        .expect("party in the briefing")
}

fn iran(width: u16, height: u16) -> View {
    View::of("iran-nuclear-jcpoa", width, height)
}

fn istanbul(width: u16, height: u16) -> View {
    View::of("istanbul-talks", width, height)
}

/// The screen row that shows `text`, if any.
fn row_of(screen: &str, text: &str) -> Option<usize> {
    screen.lines().position(|l| l.contains(text))
}

// ---- update ----

#[test]
fn movement_stops_at_the_edges() {
    let mut v = iran(160, 45);
    v.press(CompareAction::Up);
    v.press(CompareAction::Left);
    assert_eq!(
        (v.c.topic, v.c.party),
        (0, 0),
        "the cursor starts top left and stays"
    );
    v.press_n(CompareAction::Down, 50);
    v.press_n(CompareAction::Right, 50);
    assert_eq!(v.c.topic, v.comparison.topics.len() - 1);
    // The last column is the last neutral party: mediators come last.
    assert_eq!(v.c.party, party(&v, "IAEA"));
    v.press(CompareAction::PageUp);
    assert_eq!(
        v.c.topic, 0,
        "a page up from the bottom of 7 topics on 45 rows is the top"
    );
}

#[test]
fn page_moves_by_the_rows_on_screen() {
    // 10 topics on a short screen: 7 rows between the title, header and legend.
    let mut v = istanbul(90, 10);
    v.press(CompareAction::PageDown);
    assert_eq!(v.c.topic, 7);
    let shown = v.screen();
    let name = v.topic_name().to_owned();
    assert!(shown.contains(&format!("▸ {}", &name[..8])), "{shown}");
    assert!(shown.contains("topics 4–10 of 10"), "{shown}");
    v.press(CompareAction::PageUp);
    assert_eq!(v.c.topic, 0);
}

#[test]
fn hidden_columns_are_skipped_and_one_always_stays() {
    let mut v = istanbul(160, 45);
    let (ukraine, russia, turkiye) = (
        party(&v, "Ukraine"),
        party(&v, "Russia"),
        party(&v, "Türkiye"),
    );
    v.press(CompareAction::ToggleParty(2));
    assert!(v.c.hidden.contains(&russia));
    v.press(CompareAction::Right);
    assert_eq!(
        v.c.party, turkiye,
        "Right from Ukraine jumps the hidden Russia"
    );
    let shown = v.screen();
    let header = shown.lines().nth(1).unwrap_or_default();
    assert!(
        header.contains("1 Ukraine") && !header.contains("Russia"),
        "{shown}"
    );
    assert!(
        shown
            .lines()
            .next()
            .is_some_and(|l| l.contains("hidden: 2 Russia")),
        "{shown}"
    );
    // Hiding the cursor's column moves the cursor to a shown one.
    v.press(CompareAction::ToggleParty(3));
    assert_eq!(v.c.party, ukraine);
    v.press(CompareAction::ToggleParty(1));
    assert!(
        !v.c.hidden.contains(&ukraine),
        "the last shown column cannot be hidden"
    );
    assert!(
        v.c.message
            .as_deref()
            .is_some_and(|m| m.contains("only column"))
    );
    v.press(CompareAction::ToggleParty(2));
    assert!(
        !v.c.hidden.contains(&russia),
        "a second press shows it again"
    );
    v.press(CompareAction::ToggleParty(7));
    assert_eq!(
        v.c.message.as_deref(),
        Some("no column 7: this briefing has 3 parties")
    );
}

#[test]
fn d_goes_to_the_next_divergent_topic_and_wraps() {
    let mut v = View::of("good-friday-agreement", 160, 45);
    let divergent: Vec<usize> = verdicts(&v.briefing, &v.comparison)
        .iter()
        .enumerate()
        .filter(|(_, t)| t.verdict == Verdict::Divergence)
        .map(|(i, _)| i)
        .collect();
    assert_eq!(
        divergent.len(),
        2,
        "the Good Friday briefing has two divergent topics"
    );
    v.press(CompareAction::NextDivergent);
    assert_eq!(v.c.topic, divergent[0]);
    v.press(CompareAction::NextDivergent);
    assert_eq!(v.c.topic, divergent[1]);
    v.press(CompareAction::NextDivergent);
    assert_eq!(v.c.topic, divergent[0], "wraps to the first");
    assert_eq!(v.c.message, None);
}

#[test]
fn d_says_so_when_nothing_diverges() {
    let mut v = istanbul(90, 30);
    v.press(CompareAction::Down);
    v.press(CompareAction::NextDivergent);
    assert_eq!(v.c.topic, 1, "the cursor stays");
    assert_eq!(v.c.message.as_deref(), Some("no divergent topics"));
    assert!(v.screen().contains("no divergent topics"));
    v.press(CompareAction::Down);
    assert_eq!(v.c.message, None, "a message lasts one action");
}

#[test]
fn sorting_by_verdict_keeps_the_cursor_on_its_topic() {
    let mut v = iran(160, 45);
    v.press_n(CompareAction::Down, 2);
    assert_eq!(v.topic_name(), "Breakout time");
    let before = v.screen();
    v.press(CompareAction::SortByVerdict);
    assert_eq!(v.topic_name(), "Breakout time");
    let after = v.screen();
    // The one divergent topic now leads, and the cursor moved with its topic.
    let rows = |s: &str| {
        (
            row_of(s, "Lifting the arms"),
            row_of(s, "Enrichment limits"),
        )
    };
    let (divergent, first) = rows(&before);
    assert!(first < divergent, "{before}");
    let (divergent, first) = rows(&after);
    assert!(divergent < first, "{after}");
    assert!(after.contains("▸ Breakout time"), "{after}");
    assert!(after.contains("sorted by verdict"));
    v.press(CompareAction::Up);
    let order = verdicts(&v.briefing, &v.comparison);
    assert_eq!(
        order[v.c.topic].verdict,
        Verdict::Mixed,
        "above the one-voice rows sit the mixed ones"
    );
    v.press(CompareAction::SortByVerdict);
    assert!(!v.c.sorted);
}

#[test]
fn esc_closes_the_cell_first_then_leaves() {
    let mut v = istanbul(90, 30);
    assert_eq!(v.press(CompareAction::Open), Leave::Stay);
    assert!(v.c.open);
    assert_eq!(v.press(CompareAction::Close), Leave::Stay);
    assert!(!v.c.open);
    assert_eq!(v.press(CompareAction::Close), Leave::ToReader);
}

#[test]
fn keys_map_to_actions_and_ctrl_keys_are_left_alone() {
    let key = |code| KeyEvent::new(code, KeyModifiers::NONE);
    assert_eq!(map_key(key(KeyCode::Char('l'))), Some(CompareAction::Right));
    assert_eq!(map_key(key(KeyCode::Left)), Some(CompareAction::Left));
    assert_eq!(map_key(key(KeyCode::Char('j'))), Some(CompareAction::Down));
    assert_eq!(map_key(key(KeyCode::Enter)), Some(CompareAction::Open));
    assert_eq!(map_key(key(KeyCode::Esc)), Some(CompareAction::Close));
    assert_eq!(
        map_key(key(KeyCode::Char('d'))),
        Some(CompareAction::NextDivergent)
    );
    assert_eq!(
        map_key(key(KeyCode::Char('4'))),
        Some(CompareAction::ToggleParty(4))
    );
    assert_eq!(
        map_key(key(KeyCode::Char('s'))),
        Some(CompareAction::SortByVerdict)
    );
    assert_eq!(
        map_key(key(KeyCode::Char(' '))),
        Some(CompareAction::PageDown)
    );
    assert_eq!(map_key(key(KeyCode::PageUp)), Some(CompareAction::PageUp));
    assert_eq!(map_key(key(KeyCode::Char('0'))), None);
    assert_eq!(map_key(key(KeyCode::Char('q'))), None, "q is the reader's");
    let ctrl_d = KeyEvent::new(KeyCode::Char('d'), KeyModifiers::CONTROL);
    assert_eq!(map_key(ctrl_d), None);
    let help: Vec<_> = brief::tui::compare::keys::help().collect();
    assert!(
        help.iter()
            .any(|(keys, what)| *keys == "d" && what.contains("divergent"))
    );
}

// ---- the screen ----

#[test]
fn columns_scroll_sideways_and_the_topic_column_stays() {
    let mut v = iran(90, 30);
    let first = v.screen();
    assert!(
        first.contains("1 Iran") && first.contains("5 more ▶"),
        "{first}"
    );
    assert!(!first.contains("9 IAEA"));
    v.press_n(CompareAction::Right, 8);
    let last = v.screen();
    assert!(
        last.contains("9 IAEA") && last.contains("◀ 5 more"),
        "{last}"
    );
    assert!(!last.contains("1 Iran"));
    assert!(
        last.contains("Enrichment limits"),
        "the topics stay: {last}"
    );
    // Back to the left edge the view follows the cursor.
    v.press_n(CompareAction::Left, 8);
    assert!(v.screen().contains("1 Iran"));
}

#[test]
fn mediators_are_set_apart() {
    let v = istanbul(160, 45);
    let shown = v.screen();
    let header = shown.lines().nth(1).unwrap_or_default();
    let rule = header.find('│').expect("a rule before the mediator");
    assert!(
        header.find("2 Russia") < Some(rule) && header.find("3 Türkiye") > Some(rule),
        "{shown}"
    );
    assert!(shown.contains("(mediator)"));
}

#[test]
fn an_opened_cell_shows_the_whole_text_and_its_source() {
    let mut v = istanbul(90, 30);
    v.press(CompareAction::Right);
    v.press(CompareAction::Open);
    let shown = v.screen();
    let position = v
        .comparison
        .cell(&v.briefing, 0, 1)
        .expect("Russia on the Istanbul talks");
    // The whole text is in the box, not cut as in the matrix.
    let rows: Vec<Vec<char>> = shown.lines().map(|l| l.chars().collect()).collect();
    let top = rows.iter().position(|r| r.contains(&'┌')).expect("a box");
    let left = rows[top].iter().position(|&c| c == '┌').unwrap_or(0);
    let inside: Vec<String> = rows[top + 1..]
        .iter()
        .take_while(|r| !r.contains(&'└'))
        .map(|r| {
            r.iter()
                .skip(left + 1)
                .collect::<String>()
                .replace('│', " ")
        })
        .collect();
    let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        words(&inside.join(" ")).contains(&words(&position.text)),
        "{shown}"
    );
    assert!(shown.contains("Russia · Istanbul talks"), "{shown}");
    assert!(shown.contains("Source:"), "{shown}");
}

#[test]
fn changed_cells_show_the_old_mark_beside_the_new() {
    let mut v = istanbul(90, 30);
    let russia = party(&v, "Russia");
    let ceasefire = v.comparison.topic_index("Ceasefire").expect("topic");
    v.c.changed = vec![None; v.comparison.topics.len()];
    v.c.changed[ceasefire] = Some(vec![(russia, Mark::Stance(Stance::For))]);
    let shown = v.screen();
    assert!(shown.contains("Δ Ceasefire"), "{shown}");
    assert!(shown.contains("+→·"), "{shown}");
    assert!(shown.contains("changed"));
}

#[test]
fn every_size_draws_without_panicking() {
    for (i, b) in bundled::ALL.iter().enumerate() {
        let mut v = View::of(b.file, 60, 20);
        v.c.sorted = i % 2 == 0;
        v.c.party = v.briefing.parties.len() - 1;
        v.c.topic = v.comparison.topics.len() - 1;
        v.c.changed = vec![Some(vec![(0, Mark::Silent)]); v.comparison.topics.len()];
        for width in 1..=60 {
            for height in 1..=20 {
                v.area = Rect::new(0, 0, width, height);
                // Half the sizes with the cell open, moving every time.
                v.c.open = (width + height) % 2 == 0;
                v.press(CompareAction::Right);
                v.draw();
            }
        }
    }
}

#[test]
fn a_stale_cursor_after_a_reload_is_drawn_and_brought_back() {
    let mut v = iran(90, 30);
    v.c.topic = 99;
    v.c.party = 99;
    v.c.hidden.extend([0, 1, 2, 3, 4, 5, 6, 7, 8, 42]);
    v.screen();
    v.press(CompareAction::Down);
    assert!(v.c.topic < v.comparison.topics.len() && v.c.party < v.briefing.parties.len());
    assert!(
        v.c.hidden.is_empty(),
        "every column hidden shows them all again"
    );
}

#[test]
fn a_briefing_without_parties_says_so() {
    let text = "headline = \"Talks\"\n[[sections]]\ntitle = \"Background\"\nbody = \"Text.\"\n";
    let briefing = load_str("empty.toml", text).expect("a valid briefing");
    let comparison = Comparison::of(&briefing);
    let mut v = View {
        c: Compare::new(&briefing, &comparison),
        briefing,
        comparison,
        area: Rect::new(0, 0, 80, 20),
    };
    for action in [
        CompareAction::Down,
        CompareAction::Right,
        CompareAction::NextDivergent,
    ] {
        v.press(action);
    }
    assert_eq!(v.press(CompareAction::Open), Leave::Stay);
    assert!(!v.c.open, "there is no cell to open");
    assert!(v.screen().contains("this briefing lists no parties"));
    assert_eq!(v.press(CompareAction::Close), Leave::ToReader);
}

// ---- snapshots ----

#[test]
fn iran_at_160x45() {
    insta::assert_snapshot!(iran(160, 45).screen());
}

#[test]
fn iran_at_90x30() {
    insta::assert_snapshot!(iran(90, 30).screen());
}

#[test]
fn istanbul_at_160x45() {
    insta::assert_snapshot!(istanbul(160, 45).screen());
}

#[test]
fn istanbul_at_90x30() {
    insta::assert_snapshot!(istanbul(90, 30).screen());
}

#[test]
fn iran_at_90x30_scrolled_to_the_mediators_sorted() {
    let mut v = iran(90, 30);
    v.press(CompareAction::SortByVerdict);
    v.press_n(CompareAction::Right, 7);
    insta::assert_snapshot!(v.screen());
}

#[test]
fn iran_at_90x30_with_a_cell_opened() {
    let mut v = iran(90, 30);
    v.press(CompareAction::NextDivergent);
    v.press(CompareAction::Right);
    v.press(CompareAction::Open);
    insta::assert_snapshot!(v.screen());
}

#[test]
fn istanbul_at_160x45_with_a_cell_opened() {
    let mut v = istanbul(160, 45);
    v.press_n(CompareAction::Right, 2);
    v.press(CompareAction::Open);
    insta::assert_snapshot!(v.screen());
}
