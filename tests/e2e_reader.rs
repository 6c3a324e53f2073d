//! The reader as a person uses it: the real binary in a pseudo-terminal,
//! keys typed, the screen read back with vt100.

mod common;

use std::time::Duration;

use common::{Exit, Key, Pty, TIMEOUT};

const BRIEFING: &str = "briefings/istanbul-talks.toml";

/// The reading pane's title row at 100 columns: the row under the header's rule.
fn reading_title_row(screen: &vt100::Screen) -> Option<String> {
    let rows: Vec<String> = screen.rows(0, screen.size().1.get()).collect();
    let rule = rows.iter().position(|r| r.starts_with("────"))?;
    rows.get(rule + 1).cloned()
}

/// Every cell of the screen with its row and column.
fn cells(screen: &vt100::Screen) -> impl Iterator<Item = (u16, u16, &vt100::Cell)> {
    let (rows, cols) = (screen.size().0.get(), screen.size().1.get());
    (0..rows).flat_map(move |r| (0..cols).filter_map(move |c| Some((r, c, screen.cell(r, c)?))))
}

fn first_text_row(screen: &vt100::Screen) -> Option<String> {
    let rows: Vec<String> = screen.rows(0, screen.size().1.get()).collect();
    let rule = rows.iter().position(|r| r.starts_with("────"))?;
    rows.get(rule + 2).cloned()
}

#[test]
fn shows_the_headline_and_the_parties() {
    let mut pty = Pty::spawn_sized(&[BRIEFING], 30, 100);
    pty.wait_for("Istanbul to host");
    pty.wait_for("Positions");
    for party in ["Ukraine", "Russia", "Türkiye (mediator)"] {
        pty.wait_for(party);
    }
    pty.send_key(Key::Char('q'));
    assert_eq!(pty.wait_exit(TIMEOUT), Exit::Code(0));
    pty.assert_terminal_restored();
}

#[test]
fn three_brings_the_third_section_to_the_top() {
    let mut pty = Pty::spawn_sized(&[BRIEFING], 30, 100);
    pty.wait_for("Istanbul to host");
    pty.send_key(Key::Char('3'));
    pty.wait_until("section 3 at the top", TIMEOUT, |screen| {
        first_text_row(screen)
            .is_some_and(|row| row.trim_start().starts_with("3. A narrow opening"))
    });
    // A frame may arrive in pieces; wait for the status bar too.
    pty.wait_for("section 3/3");
    // The section's heading is the first line of text: the pane's title
    // does not say it again above it.
    pty.with_screen(|screen| {
        let title = reading_title_row(screen).unwrap_or_default();
        assert!(!title.contains("3. A narrow opening"), "{title}");
        assert!(title.contains("Briefing"), "{title}");
    });
    pty.send_key(Key::Char('q'));
    assert_eq!(pty.wait_exit(TIMEOUT), Exit::Code(0));
}

#[test]
fn a_search_lights_a_match_and_n_moves_on() {
    let mut pty = Pty::spawn_sized(&[BRIEFING], 30, 100);
    pty.wait_for("Istanbul to host");
    pty.send_key(Key::Char('/'));
    pty.type_text("grain");
    pty.wait_for("/grain");
    pty.wait_for("match 1/");
    // The current match is drawn on a yellow background.
    pty.wait_until("a lit match", TIMEOUT, |screen| {
        cells(screen)
            .any(|(_, _, cell)| cell.bgcolor() == vt100::Color::Idx(3) && cell.contents() == "g")
    });
    pty.send_key(Key::Enter);
    pty.send_key(Key::Char('n'));
    pty.wait_for("match 2/");
    pty.send_key(Key::Char('N'));
    pty.wait_for("match 1/");
    pty.send_key(Key::Char('q'));
    assert_eq!(pty.wait_exit(TIMEOUT), Exit::Code(0));
}

#[test]
fn with_no_color_the_current_match_stays_bold_and_nothing_is_coloured() {
    // crossterm writes a colour change under NO_COLOR as a bare SGR, a
    // reset that dropped the match's bold: the current match was plain.
    let mut pty = Pty::builder(&[BRIEFING])
        .size(30, 100)
        .env("NO_COLOR", "1")
        .spawn();
    pty.wait_for("Istanbul to host");
    pty.send_key(Key::Char('/'));
    pty.type_text("grain");
    pty.wait_for("match 1/");
    pty.wait_until("a bold match", TIMEOUT, |screen| {
        cells(screen).any(|(r, c, cell)| {
            cell.bold() && cell.contents() == "g" && {
                let next = |k| screen.cell(r, c + k).map(|n| (n.bold(), n.contents()));
                next(1) == Some((true, "r")) && next(4) == Some((true, "n"))
            }
        })
    });
    pty.with_screen(|screen| {
        for (r, c, cell) in cells(screen) {
            assert_eq!(cell.fgcolor(), vt100::Color::Default, "coloured at {r},{c}");
            assert_eq!(cell.bgcolor(), vt100::Color::Default, "coloured at {r},{c}");
        }
    });
    pty.send_key(Key::Enter);
    pty.send_key(Key::Char('q'));
    assert_eq!(pty.wait_exit(TIMEOUT), Exit::Code(0));
}

#[test]
fn help_opens_with_question_mark_and_closes_with_esc() {
    let mut pty = Pty::spawn_sized(&[BRIEFING], 40, 100);
    pty.wait_for("Istanbul to host");
    pty.send_key(Key::Char('?'));
    pty.wait_for("section N to the top");
    pty.send_key(Key::Esc);
    pty.wait_for_gone("section N to the top");
    pty.send_key(Key::Char('q'));
    assert_eq!(pty.wait_exit(Duration::from_secs(10)), Exit::Code(0));
}

#[test]
fn a_broken_reload_keeps_the_text_and_says_where() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("talks.toml");
    std::fs::copy(BRIEFING, &path).expect("copy briefing");
    let shown = path.to_string_lossy().into_owned();
    let mut pty = Pty::spawn_sized(&[&shown], 30, 100);
    pty.wait_for("Istanbul to host");
    std::fs::write(&path, "headline = \"Broken\n").expect("write broken file");
    pty.send_key(Key::Char('r'));
    pty.wait_for("talks.toml:1:");
    assert!(pty.screen_text().contains("Istanbul to host"));
    std::fs::copy(BRIEFING, &path).expect("restore briefing");
    pty.send_key(Key::Char('r'));
    pty.wait_for("reloaded");
    pty.send_key(Key::Char('q'));
    assert_eq!(pty.wait_exit(TIMEOUT), Exit::Code(0));
}

#[test]
fn colon_opens_a_path_and_backspace_returns_to_the_same_section() {
    let mut pty = Pty::spawn_sized(&[BRIEFING], 30, 100);
    pty.wait_for("Istanbul to host");
    pty.send_key(Key::Char('2'));
    pty.wait_for("section 2/3");
    pty.send_key(Key::Char(':'));
    pty.wait_for("open:");
    pty.type_text("briefings/iran-nuclear-jcpoa.toml");
    pty.send_key(Key::Enter);
    pty.wait_for("Iran and world powers");
    pty.send_key(Key::Backspace);
    pty.wait_for("Istanbul to host");
    pty.wait_for("section 2/3");
    pty.send_key(Key::Char('q'));
    assert_eq!(pty.wait_exit(TIMEOUT), Exit::Code(0));
}

#[test]
fn a_bad_path_gets_its_error_in_the_prompt() {
    let mut pty = Pty::spawn_sized(&[BRIEFING], 30, 100);
    pty.wait_for("Istanbul to host");
    pty.send_key(Key::Char(':'));
    pty.type_text("nowhere.toml");
    pty.send_key(Key::Enter);
    pty.wait_for("nowhere.toml: no such file");
    assert!(pty.screen_text().contains("Istanbul to host"));
    pty.send_key(Key::Esc);
    pty.wait_for_gone("no such file");
    pty.send_key(Key::Char('q'));
    assert_eq!(pty.wait_exit(TIMEOUT), Exit::Code(0));
}

/// A copy of the briefing in a temporary directory, and brief reading it
/// with `script` as the editor (`$VISUAL`); the directory lives as long as
/// the returned value.
fn with_editor(script: &str) -> (tempfile::TempDir, Pty) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("talks.toml");
    std::fs::copy(BRIEFING, &path).expect("copy briefing");
    let editor = dir.path().join("editor.sh");
    std::fs::write(&editor, script).expect("write editor");
    std::fs::set_permissions(&editor, std::os::unix::fs::PermissionsExt::from_mode(0o755))
        .expect("chmod editor");
    let shown = path.to_string_lossy().into_owned();
    let pty = Pty::builder(&[&shown])
        .size(30, 100)
        .env("VISUAL", &editor.to_string_lossy())
        .spawn();
    (dir, pty)
}

#[test]
fn e_edits_the_file_in_the_editor_and_reloads_it() {
    // An "editor" that rewrites the headline, as a person would.
    let (_dir, mut pty) =
        with_editor("#!/bin/sh\nsed -i 's/^headline = .*/headline = \"Edited by hand\"/' \"$1\"\n");
    pty.wait_for("Istanbul to host");
    pty.send_key(Key::Char('e'));
    pty.wait_for("Edited by hand");
    pty.send_key(Key::Char('q'));
    assert_eq!(pty.wait_exit(TIMEOUT), Exit::Code(0));
    pty.assert_terminal_restored();
}

/// The editor gets every key typed into it: brief reads none while it runs.
#[test]
fn keys_typed_into_the_editor_reach_the_editor() {
    // An "editor" that asks for the new headline on the terminal, and is
    // slow to read it: keys typed meanwhile wait for it in the terminal,
    // where anyone else reading would take them.
    let (_dir, mut pty) = with_editor(
        "#!/bin/sh\nprintf 'new headline? '\nsleep 0.5\nIFS= read -r line\n\
         sed -i \"s/^headline = .*/headline = \\\"Edited: $line\\\"/\" \"$1\"\n",
    );
    pty.wait_for("Istanbul to host");
    pty.send_key(Key::Char('e'));
    pty.wait_for("new headline?");
    pty.type_text("typed by hand");
    pty.send_key(Key::Enter);
    pty.wait_for("Edited: typed by hand");
    pty.send_key(Key::Char('q'));
    assert_eq!(pty.wait_exit(TIMEOUT), Exit::Code(0));
    pty.assert_terminal_restored();
}

#[test]
fn the_picker_opens_another_briefing_and_backspace_comes_back() {
    let mut pty = Pty::spawn_sized(&[BRIEFING], 30, 100);
    pty.wait_for("Istanbul to host");
    pty.send_key(Key::Char('3'));
    pty.wait_for("section 3/3");
    pty.send_key(Key::Char('o'));
    pty.wait_for("Library");
    pty.type_text("good friday");
    pty.wait_for("good-friday-agreement.toml");
    pty.send_key(Key::Enter);
    pty.wait_for("Northern Ireland parties");
    pty.send_key(Key::Backspace);
    pty.wait_for("Istanbul to host");
    pty.wait_for("section 3/3");
    pty.send_key(Key::Char('q'));
    assert_eq!(pty.wait_exit(TIMEOUT), Exit::Code(0));
}

#[test]
fn a_change_on_disk_shows_live_and_a_broken_one_keeps_the_text_under_a_banner() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("live.toml");
    let original = std::fs::read_to_string(BRIEFING).expect("read briefing");
    std::fs::write(&path, &original).expect("write briefing");
    let shown = path.to_string_lossy().into_owned();
    let mut pty = Pty::spawn_sized(&[&shown], 30, 100);
    pty.wait_for("Istanbul to host");
    let changed = original.replace(
        "Istanbul to host new round",
        "Istanbul hosts a changed round",
    );
    std::fs::write(&path, &changed).expect("change briefing");
    pty.wait_for("Istanbul hosts a changed round");
    std::fs::write(&path, "headline = \"broken\n").expect("break briefing");
    pty.wait_for("live.toml:1:");
    assert!(pty.screen_text().contains("Istanbul hosts a changed round"));
    std::fs::remove_file(&path).expect("delete briefing");
    pty.wait_for("was deleted");
    assert!(pty.screen_text().contains("Istanbul hosts a changed round"));
    pty.send_key(Key::Char('q'));
    assert_eq!(pty.wait_exit(TIMEOUT), Exit::Code(0));
}

#[test]
fn the_place_is_remembered_across_runs() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("kept.toml");
    std::fs::copy(BRIEFING, &path).expect("copy briefing");
    let state = dir.path().join("state");
    let shown = path.to_string_lossy().into_owned();
    let state_dir = state.to_string_lossy().into_owned();
    let mut first = Pty::builder(&[&shown])
        .size(30, 100)
        .env("XDG_STATE_HOME", &state_dir)
        .spawn();
    first.wait_for("Istanbul to host");
    first.send_key(Key::Char('2'));
    first.wait_for("section 2/3");
    first.send_key(Key::Char('q'));
    assert_eq!(first.wait_exit(TIMEOUT), Exit::Code(0));
    let mut second = Pty::builder(&[&shown])
        .size(30, 100)
        .env("XDG_STATE_HOME", &state_dir)
        .spawn();
    second.wait_for("section 2/3");
    second.send_key(Key::Char('q'));
    assert_eq!(second.wait_exit(TIMEOUT), Exit::Code(0));
    // --no-state starts at the top and leaves nothing behind.
    let saved = std::fs::read(state.join("brief/places.toml")).expect("places saved");
    let mut third = Pty::builder(&[&shown, "--no-state"])
        .size(30, 100)
        .env("XDG_STATE_HOME", &state_dir)
        .spawn();
    third.wait_for("3 sections");
    third.send_key(Key::Char('3'));
    third.wait_for("section 3/3");
    third.send_key(Key::Char('q'));
    assert_eq!(third.wait_exit(TIMEOUT), Exit::Code(0));
    let after = std::fs::read(state.join("brief/places.toml")).expect("places kept");
    assert_eq!(saved, after, "--no-state wrote the state file");
}

#[test]
fn the_bundled_briefing_remembers_its_place_too() {
    let dir = tempfile::tempdir().expect("temp dir");
    let state_dir = dir.path().to_string_lossy().into_owned();
    let mut first = Pty::builder(&[])
        .size(30, 100)
        .env("XDG_STATE_HOME", &state_dir)
        .spawn();
    first.wait_for("Istanbul to host");
    first.send_key(Key::Char('3'));
    first.wait_for("section 3/3");
    first.send_key(Key::Char('q'));
    assert_eq!(first.wait_exit(TIMEOUT), Exit::Code(0));
    let saved = std::fs::read_to_string(dir.path().join("brief/places.toml")).expect("saved");
    assert!(saved.contains("bundled:istanbul-talks.toml"), "{saved}");
    let mut second = Pty::builder(&[])
        .size(30, 100)
        .env("XDG_STATE_HOME", &state_dir)
        .spawn();
    second.wait_for("section 3/3");
    second.send_key(Key::Char('q'));
    assert_eq!(second.wait_exit(TIMEOUT), Exit::Code(0));
}

#[test]
fn the_compare_view_opens_a_cell_and_esc_returns_to_the_same_section() {
    let mut pty = Pty::spawn_sized(&[BRIEFING], 40, 140);
    pty.wait_for("Istanbul to host");
    pty.send_key(Key::Char('2'));
    pty.wait_for("section 2/3");
    pty.send_key(Key::Char('c'));
    pty.wait_for("Topic");
    pty.wait_for("d divergence · v filter");
    // Down to "Ceasefire" (third topic), on Ukraine's column, and open it.
    pty.send_keys(&[Key::Char('j'), Key::Char('j'), Key::Enter]);
    pty.wait_for("Ukraine · Ceasefire");
    pty.wait_for("Ukrainian officials, per the news article");
    pty.send_key(Key::Esc);
    pty.wait_for_gone("Ukraine · Ceasefire");
    pty.send_key(Key::Esc);
    pty.wait_for("Istanbul to host");
    pty.wait_for("section 2/3");
    pty.send_key(Key::Char('q'));
    assert_eq!(pty.wait_exit(TIMEOUT), Exit::Code(0));
}

#[test]
fn a_directory_opens_the_library_on_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::copy(BRIEFING, dir.path().join("one.toml")).expect("copy");
    std::fs::write(
        dir.path().join("broken.toml"),
        "headline = \"x\"\n[[sections]]\ntitle = 3\n",
    )
    .expect("write broken");
    let shown = dir.path().to_string_lossy().into_owned();
    let mut pty = Pty::spawn_sized(&[&shown], 30, 100);
    pty.wait_for("Library");
    pty.wait_for("one.toml");
    // A file that fails to load stays in the list, with its error.
    pty.wait_for("broken.toml");
    pty.wait_for("should be a string");
    pty.send_key(Key::Esc);
    pty.wait_for_gone("Library");
    pty.send_key(Key::Char('q'));
    assert_eq!(pty.wait_exit(TIMEOUT), Exit::Code(0));
}

#[test]
fn capital_d_marks_the_changes_since_an_earlier_round() {
    let mut pty = Pty::spawn_sized(&["briefings/new-start-2023-02.toml"], 45, 160);
    pty.wait_for("New START");
    pty.send_key(Key::Char('D'));
    pty.wait_for("Compare against");
    pty.type_text("2021");
    // The file is listed before the filter is typed; Enter must wait for
    // the filter to have been applied, or it picks the first row unfiltered.
    pty.wait_for("> 2021▏");
    pty.wait_for("new-start-2021-02.toml");
    pty.send_key(Key::Enter);
    pty.wait_for("topics changed since new-start-2021-02.toml");
    pty.wait_for("(was + for)");
    pty.send_key(Key::Char('q'));
    assert_eq!(pty.wait_exit(TIMEOUT), Exit::Code(0));
}

/// A briefing too big to lay out before the first frame: keys pressed
/// while the rest is laid out act, and `G` reaches the real end.
#[test]
fn keys_act_while_a_big_briefing_is_laid_out() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let path = dir.path().join("big.toml");
    std::fs::write(&path, brief::generate::briefing_toml(2_500_000, 5)).expect("write");
    let briefing = brief::load::load_file(&path).expect("generated briefings load");
    let sections = briefing.sections.len();
    let path = path.to_string_lossy().into_owned();
    let mut pty = Pty::spawn(&["--no-state", &path]);
    let start: String = briefing.headline.chars().take(12).collect();
    pty.wait_for(&start);
    pty.send_key(Key::PageDown);
    pty.send_key(Key::Char('G'));
    pty.wait_for(&format!("section {sections}/{sections} · 100%"));
    pty.resize(30, 100);
    pty.wait_for(&format!("section {sections}/{sections}"));
    pty.send_key(Key::Char('q'));
    assert_eq!(pty.wait_exit(TIMEOUT), Exit::Code(0));
}

#[test]
fn the_status_bar_says_when_the_briefing_has_warnings() {
    let mut pty = Pty::spawn_sized(&["tests/fixtures/warn/near-miss-topic.toml"], 30, 120);
    pty.wait_for("⚠ 1 warning");
    // The first warning itself is said once, with where to see them all.
    pty.wait_for("is close to `Differentiation`");
    pty.send_key(Key::Char('q'));
    assert_eq!(pty.wait_exit(TIMEOUT), Exit::Code(0));
    // A briefing without warnings says nothing of them.
    let mut clean = Pty::spawn_sized(&[BRIEFING], 30, 120);
    clean.wait_for("Istanbul to host");
    assert!(!clean.screen_text().contains("warning"));
    clean.send_key(Key::Char('q'));
    assert_eq!(clean.wait_exit(TIMEOUT), Exit::Code(0));
}

#[test]
fn q_closes_help_and_the_compare_view_before_it_quits() {
    let mut pty = Pty::spawn_sized(&[BRIEFING], 24, 80);
    pty.wait_for("Istanbul to host");
    pty.send_key(Key::Char('c'));
    pty.wait_for("d divergence · v filter");
    pty.send_key(Key::Char('?'));
    pty.wait_for("Compare view");
    pty.send_key(Key::Char('q'));
    pty.wait_for_gone("closes help");
    pty.wait_for("d divergence · v filter");
    pty.send_key(Key::Char('q'));
    pty.wait_for_gone("d divergence · v filter");
    pty.wait_for("Key points");
    assert_eq!(pty.try_exit(), None, "q in the compare view quit brief");
    pty.send_key(Key::Char('q'));
    assert_eq!(pty.wait_exit(TIMEOUT), Exit::Code(0));
}
