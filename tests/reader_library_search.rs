//! The picker's search inside the briefings (a query starting with `/`)
//! and `:` on a directory, through `update` alone: the loop's thread is
//! played by hand, so what `update` does on each key is all there is.

use brief::bundled;
use brief::library::grep::{Needle, best};
use brief::library::hunt;
use brief::load::{Origin, load_str};
use brief::reader::testing::{
    Action, Effect, Hunt, Hunted, InsideRow, Opened, State, Via, draw, update,
};
use brief::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

#[path = "support/screen.rs"]
mod screen;

fn istanbul() -> State {
    istanbul_at(120, 40)
}

fn istanbul_at(width: u16, height: u16) -> State {
    let b = bundled::DEFAULT;
    let briefing = load_str(b.file, b.text).expect("bundled briefings load");
    let mut s = State::new(briefing, Origin::Bundled(b), width, height);
    let entries = bundled::ALL
        .iter()
        .map(|b| brief::library::Entry::read(Origin::Bundled(*b)))
        .collect();
    update(&mut s, Action::LibraryFound(entries, true));
    update(&mut s, Action::OpenPicker);
    s
}

/// Type `text` into the picker; the last search asked for, if any.
fn type_text(s: &mut State, text: &str) -> Option<Box<Hunt>> {
    let mut last = None;
    for c in text.chars() {
        match update(s, Action::Type(c)) {
            Effect::Hunt(job) => last = Some(job),
            Effect::None => {}
            other => panic!("typing asked for {other:?}"),
        }
    }
    last
}

/// What the loop's thread does with a hunt, all at once.
fn run(job: &Hunt) -> Hunted {
    let needle = Needle::new(&job.term).expect("a term");
    let mut rows = Vec::new();
    hunt(&job.origins, &needle, &|| false, &mut |found| {
        rows.push(InsideRow {
            entry: job.entries[found.index],
            best: best(&found.hits).expect("a hit").clone(),
            lines: found.hits.len(),
        });
    });
    Hunted {
        id: job.id,
        rows,
        done: true,
    }
}

fn rows(s: &State) -> Vec<String> {
    let picker = s.overlays.picker().expect("the picker is open");
    let inside = picker.inside.as_ref().expect("searching inside");
    inside
        .found
        .iter()
        .map(|r| s.library.entries[r.entry].file_name.clone())
        .collect()
}

#[test]
fn a_slash_searches_inside_every_briefing_off_the_ui_thread() {
    let mut s = istanbul();
    // A filter first, then `/`: the picker turns to searching inside.
    assert!(
        type_text(&mut s, "/").is_none(),
        "a blank term runs nothing"
    );
    let job = type_text(&mut s, "prisoner").expect("a search is asked for");
    // Every key asked the loop for a search and returned: none ran here.
    assert_eq!(job.term, "prisoner");
    assert_eq!(job.origins.len(), bundled::ALL.len());
    assert!(rows(&s).is_empty());
    let hunted = run(&job);
    // An older search's rows, arriving late, are dropped.
    let mut stale = hunted.clone();
    stale.id -= 1;
    update(&mut s, Action::Hunted(Box::new(stale)));
    assert!(rows(&s).is_empty());
    update(&mut s, Action::Hunted(Box::new(hunted)));
    let mut found = rows(&s);
    found.sort();
    assert_eq!(
        found,
        [
            "good-friday-agreement.toml",
            "istanbul-talks-2025-05-16.toml",
            "istanbul-talks-2025-06-02.toml",
            "istanbul-talks-2025-07-23.toml",
            "istanbul-talks.toml"
        ],
        "only the briefings that speak of prisoners"
    );
    // Back to filtering once the `/` is erased.
    for _ in 0.."/prisoner".len() {
        update(&mut s, Action::Erase);
    }
    let picker = s.overlays.picker().expect("open");
    assert!(picker.inside.is_none());
    assert_eq!(picker.matches.len(), bundled::ALL.len());
}

#[test]
fn enter_opens_the_briefing_at_the_section_with_the_term_searched() {
    let mut s = istanbul();
    let job = type_text(&mut s, "/decommissioning").expect("a search");
    update(&mut s, Action::Hunted(Box::new(run(&job))));
    assert_eq!(rows(&s), ["good-friday-agreement.toml"]);
    let Effect::Open(request) = update(&mut s, Action::Confirm) else {
        panic!("Enter opens the briefing");
    };
    let Via::Found { section, term } = &request.via else {
        panic!("opened from a search: {:?}", request.via);
    };
    assert_eq!(term, "decommissioning");
    assert!(section.is_none(), "its best line is in the summary");
    let result = request.origin.load();
    update(
        &mut s,
        Action::Opened(Box::new(Opened {
            request: *request,
            canonical: None,
            result,
            remembered: None,
        })),
    );
    assert!(s.doc.briefing.headline.contains("Good Friday"));
    assert!(s.overlays.picker().is_none());
    // The term is searched in the briefing, and the first hit chosen.
    assert_eq!(s.search.query, "decommissioning");
    assert!(s.search.current.is_some() && !s.search.hits.is_empty());
}

#[test]
fn a_directory_named_at_the_prompt_opens_the_library_on_it() {
    let mut s = istanbul();
    update(&mut s, Action::Close);
    update(&mut s, Action::OpenPrompt);
    let dir = std::env::temp_dir();
    update(&mut s, Action::LibraryOn(dir));
    assert!(s.overlays.prompt().is_none());
    let picker = s.overlays.picker().expect("the picker is open");
    assert!(picker.matches.is_empty());
    assert!(s.library.entries.is_empty() && s.library.scanning);
}

/// The picker searching inside the bundled briefings for "prisoner", as a
/// person sees it: each briefing with its best line as text, the term lit.
#[test]
fn the_search_inside_at_three_sizes() {
    for (width, height) in [(80, 24), (120, 40), (160, 50)] {
        let mut s = istanbul_at(width, height);
        let job = type_text(&mut s, "/prisoner").expect("a search is asked for");
        update(&mut s, Action::Hunted(Box::new(run(&job))));
        let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test backend");
        terminal
            .draw(|frame| draw(frame, &s, &Theme::default()))
            .expect("draw");
        let text = screen::text_of(terminal.backend().buffer());
        // The matching line as text, never as TOML.
        assert!(!text.contains("text = \""), "{text}");
        insta::assert_snapshot!(format!("search_inside_at_{width}x{height}"), text);
    }
}
