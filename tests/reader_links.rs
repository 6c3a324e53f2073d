//! Links in the reader without a terminal: the `L` list of what is in
//! view, drawn at several sizes; what Enter, `y` and a click on a link ask
//! the loop to do.

use brief::load::{Origin, load_file};
use brief::reader::testing::{Action, Effect, Overlay, State, draw, hyperlinks, map_key, update};
use brief::theme::Theme;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

#[path = "support/screen.rs"]
mod screen;

const AGREEMENT: &str = "https://www.gov.uk/government/publications/the-belfast-agreement";

fn good_friday(width: u16, height: u16) -> State {
    open("briefings/good-friday-agreement.toml", width, height)
}

fn open(file: &str, width: u16, height: u16) -> State {
    let path = std::path::PathBuf::from(file);
    let briefing = load_file(&path).expect("the bundled briefing");
    State::new(briefing, Origin::File(path), width, height)
}

fn press(state: &mut State, c: char) -> Effect {
    let event = KeyEvent::new(
        match c {
            '\n' => KeyCode::Enter,
            '\t' => KeyCode::Tab,
            c => KeyCode::Char(c),
        },
        KeyModifiers::NONE,
    );
    let action = map_key(state, event).expect("a bound key");
    update(state, action)
}

fn rows(state: &State) -> Vec<String> {
    let mut terminal =
        Terminal::new(TestBackend::new(state.view.width, state.view.height)).expect("test backend");
    terminal
        .draw(|frame| draw(frame, state, &Theme::default()))
        .expect("draw");
    let buffer = terminal.backend().buffer();
    (0..buffer.area.height)
        .map(|y| {
            (0..buffer.area.width)
                .map(|x| buffer[(x, y)].symbol().to_owned())
                .collect()
        })
        .collect()
}

/// Section 3, scrolled until its link is on screen.
fn at_the_link(width: u16, height: u16) -> State {
    let mut state = good_friday(width, height);
    press(&mut state, '3');
    for _ in 0..4 {
        press(&mut state, 'j');
    }
    state
}

#[test]
fn l_lists_the_sections_links_and_enter_opens_one_and_closes_the_list() {
    let mut state = at_the_link(100, 30);
    press(&mut state, 'L');
    let Some(Overlay::Links(list)) = state.overlays.top() else {
        panic!("no links list");
    };
    assert_eq!(list.items[0].label, "Belfast Agreement");
    assert_eq!(list.items[0].url, AGREEMENT);
    let screen = rows(&state).join("\n");
    assert!(screen.contains(" 1. Belfast Agreement"), "{screen}");
    assert!(screen.contains("Enter opens · y copies"), "{screen}");
    assert_eq!(
        press(&mut state, '\n'),
        Effect::Browse(AGREEMENT.to_owned())
    );
    assert!(state.overlays.is_empty());
    assert_eq!(state.message_text(), Some("opening https://www.gov.uk"));
}

#[test]
fn y_copies_the_link_chosen_the_section_or_a_citation() {
    let mut state = at_the_link(100, 30);
    press(&mut state, 'L');
    assert_eq!(press(&mut state, 'y'), Effect::Copy(AGREEMENT.to_owned()));
    assert_eq!(state.message_text(), Some("copied link 1"));
    update(&mut state, Action::Close);
    let Effect::Copy(section) = press(&mut state, 'y') else {
        panic!("nothing copied");
    };
    assert!(
        section.starts_with("## Consent and the constitution\n\n"),
        "{section}"
    );
    assert!(section.contains(&format!("[Belfast Agreement]({AGREEMENT})")));
    assert_eq!(state.message_text(), Some("copied section 3 as Markdown"));
    press(&mut state, '\t');
    let Effect::Copy(citation) = press(&mut state, 'y') else {
        panic!("nothing copied");
    };
    assert!(
        citation.starts_with("UK government, on Consent principle, for: “"),
        "{citation}"
    );
}

#[test]
fn a_click_on_a_link_opens_it_and_a_click_beside_it_does_not() {
    for (width, height) in [(100, 30), (80, 24), (60, 30), (160, 50)] {
        let mut state = at_the_link(width, height);
        let screen = rows(&state);
        let (y, x) = screen
            .iter()
            .enumerate()
            .find_map(|(y, row)| {
                let at = row.find("https://www.gov.uk/")?;
                Some((y, row[..at].chars().count()))
            })
            .unwrap_or_else(|| {
                panic!(
                    "no link on screen at {width}x{height}:\n{}",
                    screen.join("\n")
                )
            });
        let click = |column: usize| Action::Click {
            column: u16::try_from(column).expect("a column"),
            row: u16::try_from(y).expect("a row"),
        };
        assert_eq!(
            update(&mut state, click(x + 3)),
            Effect::Browse(AGREEMENT.to_owned()),
            "at {width}x{height}"
        );
        assert_ne!(
            update(&mut state, click(x.saturating_sub(3))),
            Effect::Browse(AGREEMENT.to_owned())
        );
    }
}

#[test]
fn the_links_list_at_several_sizes() {
    for (width, height) in [(80, 24), (160, 50), (40, 10)] {
        let mut state = at_the_link(width, height);
        press(&mut state, 'L');
        let screen = rows(&state);
        assert!(
            screen.iter().any(|r| r.contains(" 1. "))
                && screen.iter().any(|r| r.contains("    https://www.gov.uk/")),
            "{width}x{height}:\n{}",
            screen.join("\n")
        );
        assert!(
            screen
                .iter()
                .all(|r| r.chars().count() == usize::from(width))
        );
    }
}

fn snapshot(state: &State) -> String {
    let mut terminal =
        Terminal::new(TestBackend::new(state.view.width, state.view.height)).expect("test backend");
    terminal
        .draw(|frame| draw(frame, state, &Theme::default()))
        .expect("draw");
    screen::text_of(terminal.backend().buffer())
}

/// The Good Friday briefing at its list of sources, with `L` pressed:
/// every source with a link.
fn sources_list(width: u16, height: u16) -> State {
    let mut state = good_friday(width, height);
    update(&mut state, Action::Bottom);
    press(&mut state, 'L');
    let Some(Overlay::Links(list)) = state.overlays.top() else {
        panic!("no links list");
    };
    assert_eq!(list.items.len(), 2);
    state
}

#[test]
fn links_list_at_80x24() {
    insta::assert_snapshot!(snapshot(&sources_list(80, 24)));
}

#[test]
fn links_list_at_160x50() {
    insta::assert_snapshot!(snapshot(&sources_list(160, 50)));
}

#[test]
fn help_over_the_links_list_shows_its_keys() {
    let mut state = sources_list(100, 30);
    press(&mut state, '?');
    let shown = snapshot(&state);
    assert!(shown.contains("Links and sources"), "{shown}");
    assert!(shown.contains("copy: section, citation or link"), "{shown}");
    assert!(!shown.contains("section N to the top"), "{shown}");
}

#[test]
fn a_click_on_a_link_in_the_list_opens_it() {
    let mut state = sources_list(100, 30);
    let screen = rows(&state);
    let y = screen
        .iter()
        .position(|r| r.contains(" 2. "))
        .expect("the second link");
    let x = screen[y]
        .find(" 2. ")
        .map(|at| screen[y][..at].chars().count())
        .expect("x");
    let click = Action::Click {
        column: u16::try_from(x + 6).expect("a column"),
        row: u16::try_from(y + 1).expect("a row"),
    };
    assert_eq!(
        update(&mut state, click),
        Effect::Browse("https://en.wikipedia.org/wiki/Good_Friday_Agreement".to_owned())
    );
    assert!(state.overlays.is_empty());
}

/// The compare view, with the first cell that cites an address opened.
fn compare_cell_with_a_link(width: u16, height: u16) -> State {
    let mut state = good_friday(width, height);
    press(&mut state, 'c');
    press(&mut state, '\n');
    // Walk the cells, row by row, until one shows an address.
    for _ in 0..40 {
        if !hyperlinks(&state).is_empty() {
            return state;
        }
        let before = state.overlays.compare().map(|c| (c.topic, c.party));
        press(&mut state, 'l');
        if state.overlays.compare().map(|c| (c.topic, c.party)) == before {
            for _ in 0..10 {
                press(&mut state, 'h');
            }
            press(&mut state, 'j');
        }
    }
    panic!(
        "no cell of the Good Friday briefing cites an address:\n{}",
        rows(&state).join("\n")
    );
}

#[test]
fn the_open_compare_cell_makes_a_hyperlink_of_its_address_shortened_or_not() {
    for (width, height) in [(160, 50), (80, 24), (44, 40)] {
        let state = compare_cell_with_a_link(width, height);
        let links = hyperlinks(&state);
        let url = &links[0].url;
        assert!(url.starts_with("https://"), "{url}");
        assert_eq!(links.len(), 1);
        let shown = &links[0].shown;
        // Whole where it fits, else its start and an ellipsis.
        match shown.strip_suffix('…') {
            Some(start) => assert!(url.starts_with(start) && width == 44, "{shown}"),
            None => assert_eq!(shown, url, "at {width}x{height}"),
        }
        assert_eq!(width == 44, shown.ends_with('…'), "{shown} at {width}");
        let screen = rows(&state);
        for link in &links {
            let row: String = screen[usize::from(link.y)].clone();
            let from: String = row.chars().skip(usize::from(link.x)).collect();
            assert!(
                from.starts_with(&link.shown),
                "at {width}x{height}, {:?} is not at column {} of {row:?}",
                link.shown,
                link.x
            );
        }
    }
}

#[test]
fn an_address_cut_off_by_a_short_box_is_no_hyperlink() {
    // UK government on the consent principle: its words, quote, source and
    // address need more rows than the box has at 40x20.
    let mut state = good_friday(40, 20);
    press(&mut state, 'c');
    press(&mut state, '\n');
    let screen = rows(&state).join("\n");
    assert!(screen.contains('…'), "the box is cut:\n{screen}");
    assert!(!screen.contains("https"), "{screen}");
    assert!(hyperlinks(&state).is_empty());
}

#[test]
fn a_closed_compare_cell_and_the_matrix_make_no_hyperlinks() {
    let mut state = good_friday(120, 40);
    press(&mut state, 'c');
    assert!(hyperlinks(&state).is_empty());
}
