//! `brief import`: articles in each format become skeletons that pass
//! `brief check`, with each field where it belongs.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use brief::model::Briefing;

fn brief(args: &[&str], dir: &Path) -> Output {
    brief_with_stdin(args, dir, None)
}

fn brief_with_stdin(args: &[&str], dir: &Path, stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_brief"))
        .args(args)
        .current_dir(dir)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("could not run brief: {e}"));
    if let (Some(bytes), Some(mut pipe)) = (stdin, child.stdin.take()) {
        pipe.write_all(bytes).unwrap_or_else(|e| panic!("{e}"));
    }
    child
        .wait_with_output()
        .unwrap_or_else(|e| panic!("brief did not finish: {e}"))
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn fixture(name: &str) -> String {
    root()
        .join("tests/fixtures/import")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

/// The seed article lives beside the repository, in `../shared/seeds/`.
fn seed() -> PathBuf {
    let path = root().join("../shared/seeds/istanbul-talks-article.txt");
    assert!(
        path.is_file(),
        "the seed article is missing: expected {} (the shared/ folder beside the repository)",
        path.display()
    );
    path
}

/// Import `args`, check the skeleton passes `brief check` (warnings allowed:
/// the parties have no positions yet), and load it.
fn imported(args: &[&str]) -> (String, Briefing) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut all = vec!["import"];
    all.extend_from_slice(args);
    let out = brief(&all, dir.path());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let toml = text(&out.stdout);
    std::fs::write(dir.path().join("skeleton.toml"), &toml).unwrap_or_else(|e| panic!("{e}"));
    let check = brief(&["check", "skeleton.toml"], dir.path());
    assert_eq!(
        check.status.code(),
        Some(0),
        "the skeleton does not pass check:\n{}\n{toml}",
        text(&check.stderr)
    );
    let briefing = brief::load::load_str("skeleton.toml", &toml).unwrap_or_else(|e| panic!("{e}"));
    (toml, briefing)
}

fn titles(b: &Briefing) -> Vec<&str> {
    b.sections.iter().map(|s| s.title.as_str()).collect()
}

fn parties(b: &Briefing) -> Vec<(&str, &str)> {
    b.parties
        .iter()
        .map(|p| (p.name.as_str(), p.role.as_deref().unwrap_or("")))
        .collect()
}

#[test]
fn the_seed_article_gives_its_subheads_as_sections_and_its_states_as_parties() {
    let seed = seed();
    let (toml, b) = imported(&[&seed.to_string_lossy()]);
    insta::assert_snapshot!("seed_article", toml);
    assert_eq!(
        titles(&b),
        [
            "Turkey Steps In as Neutral Host",
            "What to Expect From This Round",
            "A Fragile Window for Diplomacy"
        ]
    );
    let names: Vec<&str> = b.parties.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Russia", "Ukraine", "Turkey"]);
    assert!(
        toml.contains(
            "# The article has no title: this headline was made from its first sentence."
        )
    );
    assert!(toml.contains("  # candidate: \"Moscow responded positively, and Ukraine also agreed to attend the meeting.\""));
    assert_eq!(b.sources[0].name, "istanbul-talks-article.txt");
    // The opening paragraph, before the first subhead, is kept.
    assert!(
        b.sections[0]
            .body
            .starts_with("As the Russia-Ukraine war drags on")
    );
}

#[test]
fn markdown_keeps_lists_and_quotes_and_reads_the_front_matter() {
    let (toml, b) = imported(&[&fixture("article.md")]);
    assert_eq!(
        b.headline,
        "Nuclear talks resume in Vienna as Iran weighs a new offer"
    );
    assert_eq!(
        b.dek.as_deref(),
        Some(
            "Negotiators return to the table after a three-month pause, with sanctions relief and inspections still unresolved."
        )
    );
    assert_eq!(b.date.as_deref(), Some("2026-03-03"));
    assert_eq!(b.location.as_deref(), Some("Vienna"));
    assert_eq!(
        titles(&b),
        ["What is on the table", "Sticking points", "Inspections"]
    );
    let first = &b.sections[0].body;
    assert!(
        first.starts_with("Iranian and American negotiators met again"),
        "the dateline stays: {first}"
    );
    assert!(first.contains("\n- Iran would cap enrichment"), "{first}");
    assert!(first.contains("\n> \"We are not here"), "{first}");
    for gone in ["By Jane Doe", "Subscribe"] {
        assert!(!toml.contains(gone), "{gone} should be dropped:\n{toml}");
    }
    let names: Vec<&str> = b.parties.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Iran", "United States", "IAEA"]);
    assert!(
        !toml.contains("headline was made"),
        "the title is used as it is"
    );
}

#[test]
fn html_keeps_the_article_and_leaves_menus_adverts_scripts_and_footers() {
    let (toml, b) = imported(&[
        &fixture("page.html"),
        "--url",
        "https://example.org/news/addis-talks",
    ]);
    assert_eq!(b.headline, "Ceasefire talks open in Addis Ababa");
    assert_eq!(
        b.dek.as_deref(),
        Some("Sudan's army and the Rapid Support Forces send delegations to African Union talks.")
    );
    assert_eq!(b.date.as_deref(), Some("2026-04-14"));
    assert_eq!(b.location.as_deref(), Some("Addis Ababa"));
    assert_eq!(
        titles(&b),
        [
            "What the army wants",
            "What the paramilitaries want",
            "The mediators"
        ]
    );
    assert!(
        b.sections[0]
            .body
            .starts_with("Delegations from Sudan's army")
    );
    assert!(
        b.sections[0].body.contains("- withdrawal from Khartoum"),
        "{}",
        b.sections[0].body
    );
    assert!(
        b.sections[1].body.contains("> We came to stop the war"),
        "{}",
        b.sections[1].body
    );
    for marker in [
        "marker",
        "Home",
        "dataLayer",
        "By Amina Hassan",
        "All rights reserved",
        "Sponsored",
    ] {
        assert!(
            !toml.contains(marker),
            "{marker} should be left out:\n{toml}"
        );
    }
    assert_eq!(b.sources[0].name, "page.html");
    assert_eq!(
        b.sources[0].url.as_deref(),
        Some("https://example.org/news/addis-talks")
    );
    // Without --url, the page's own address is recorded.
    let (_, b) = imported(&[&fixture("page.html")]);
    assert_eq!(
        b.sources[0].url.as_deref(),
        Some("https://news.example.org/world/addis-ababa-talks")
    );
    let names: Vec<&str> = b.parties.iter().map(|p| p.name.as_str()).collect();
    assert!(
        names.contains(&"Rapid Support Forces") && names.contains(&"Sudan"),
        "{names:?}"
    );
}

#[test]
fn crlf_text_with_a_byline_and_an_iso_dateline() {
    let bytes = std::fs::read(fixture("crlf.txt")).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        bytes.windows(2).any(|w| w == b"\r\n"),
        "the fixture lost its CRLF line ends (see tests/fixtures/import/.gitattributes)"
    );
    let (toml, b) = imported(&[&fixture("crlf.txt")]);
    assert!(
        !toml.contains('\r'),
        "a carriage return reached the skeleton"
    );
    assert_eq!(
        b.headline,
        "Colombia and rebels agree to resume talks in Havana"
    );
    assert_eq!(
        b.dek, None,
        "no standfirst: the paragraph after the byline is the story"
    );
    assert_eq!(b.date.as_deref(), Some("2026-02-10"));
    assert_eq!(b.location.as_deref(), Some("Bogota"));
    assert_eq!(
        titles(&b),
        ["What each side wants", "The Role of the Guarantors"]
    );
    assert!(
        b.sections[0]
            .body
            .starts_with("The Colombian government and the ELN")
    );
    assert!(
        b.sections[0]
            .body
            .contains("\n- the release of hostages;\n- safe passage")
    );
    for gone in ["By Carlos Mendez", "Share this article"] {
        assert!(!toml.contains(gone), "{gone} should be dropped:\n{toml}");
    }
    let names: Vec<&str> = b.parties.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(
        names[0], "ELN",
        "an acronym that recurs is suggested: {names:?}"
    );
}

#[test]
fn a_labelled_date_line_an_agency_dateline_and_credit_lines() {
    let (toml, b) = imported(&[&fixture("dateline-variants.txt")]);
    assert_eq!(b.headline, "Border deal signed after decade of talks");
    assert_eq!(b.date.as_deref(), Some("2026-01-21"));
    assert_eq!(b.location.as_deref(), Some("New Delhi"));
    // A short paragraph between the title and the date and bylines.
    assert_eq!(
        b.dek.as_deref(),
        Some("India and Bangladesh settle the last disputed stretches of their border")
    );
    // No subheads: one section, titled by the headline, with a comment saying so.
    assert_eq!(titles(&b), ["Border deal signed after decade of talks"]);
    assert!(toml.contains("# The article has no subheads"));
    assert!(
        b.sections[0]
            .body
            .starts_with("India and Bangladesh signed")
    );
    for gone in ["Published", "Priya Raman", "Reporting by"] {
        assert!(!toml.contains(gone), "{gone} should be dropped:\n{toml}");
    }
}

#[test]
fn parties_and_mediators_given_are_listed_with_their_sentences() {
    let seed = seed();
    let (toml, b) = imported(&[
        &seed.to_string_lossy(),
        "--party",
        "Ukraine",
        "--party",
        "Russia",
        "--mediator",
        "Türkiye",
    ]);
    assert_eq!(
        parties(&b),
        [
            ("Ukraine", "party"),
            ("Russia", "party"),
            ("Türkiye", "mediator")
        ]
    );
    assert!(
        !toml.contains("suggested"),
        "nothing is suggested when parties are given"
    );
    // "Türkiye" is found under the name the article uses, "Turkey".
    let turkiye = toml.split("name = \"Türkiye\"").nth(1).unwrap_or_default();
    assert!(
        turkiye.contains("# candidate: \"Ankara now hopes"),
        "{turkiye}"
    );
}

#[test]
fn standard_input_is_read_and_sniffed() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let article = std::fs::read(fixture("article.md")).unwrap_or_else(|e| panic!("{e}"));
    let out = brief_with_stdin(
        &["import", "-", "--url", "https://example.org/vienna"],
        dir.path(),
        Some(&article),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let toml = text(&out.stdout);
    let b = brief::load::load_str("stdin", &toml).unwrap_or_else(|e| panic!("{e}"));
    assert!(toml.contains("from a Markdown article"), "{toml}");
    assert_eq!(
        titles(&b),
        ["What is on the table", "Sticking points", "Inspections"]
    );
    assert_eq!(b.sources[0].name, "https://example.org/vienna");
    assert_eq!(
        b.sources[0].url.as_deref(),
        Some("https://example.org/vienna")
    );
}

/// A pipe named on the command line, as `brief import <(curl …)` gives one.
#[cfg(unix)]
#[test]
fn a_named_pipe_is_read_as_it_comes() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let fifo = dir.path().join("article.fifo");
    let made = Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap_or_else(|e| panic!("mkfifo: {e}"));
    assert!(made.success());
    let article = std::fs::read(seed()).unwrap_or_else(|e| panic!("{e}"));
    let writer = {
        let fifo = fifo.clone();
        // Opening a pipe for writing waits for its reader: brief, below.
        std::thread::spawn(move || std::fs::write(fifo, article))
    };
    let out = brief(&["import", "article.fifo"], dir.path());
    if !writer.is_finished() {
        // brief never opened the pipe: open it here so the writer is not stuck.
        let _ = std::fs::read(&fifo);
    }
    writer
        .join()
        .unwrap_or_else(|_| panic!("the writer panicked"))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let b = brief::load::load_str("fifo", &text(&out.stdout)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(b.sections.len(), 3);
    assert_eq!(b.sources[0].name, "article.fifo");
}

#[test]
fn output_goes_to_a_new_file_and_never_over_an_old_one() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let seed = seed();
    let seed = seed.to_string_lossy();
    let out = brief(&["import", &seed, "-o", "talks.toml"], dir.path());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).starts_with(
        "wrote talks.toml: a briefing skeleton from plain text with 3 sections, 3 parties (suggested)\n\
         next: edit it, then `brief check talks.toml`"
    ), "{}", text(&out.stdout));
    let check = brief(&["check", "talks.toml"], dir.path());
    assert_eq!(check.status.code(), Some(0), "{}", text(&check.stderr));

    std::fs::write(dir.path().join("mine.toml"), "my own work\n").unwrap_or_else(|e| panic!("{e}"));
    let again = brief(&["import", &seed, "-o", "mine.toml"], dir.path());
    assert_eq!(again.status.code(), Some(1));
    assert_eq!(
        text(&again.stderr),
        "mine.toml: already exists\n  = brief import never overwrites a file; pick another name, or move the old file away first\n"
    );
    let kept =
        std::fs::read_to_string(dir.path().join("mine.toml")).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(kept, "my own work\n");
}

#[test]
fn bad_input_is_refused_with_where_and_what_to_do() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(dir.path().join("latin1.txt"), b"Talks\nin Z\xfcrich\n")
        .unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(dir.path().join("empty.txt"), " \n\n").unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(dir.path().join("bare.html"), "<html><body></body></html>")
        .unwrap_or_else(|e| panic!("{e}"));
    for (args, said) in [
        (
            vec!["import", "latin1.txt"],
            "latin1.txt:2:5: not UTF-8 text\n  = save the article as UTF-8",
        ),
        (
            vec!["import", "empty.txt"],
            "empty.txt: there is no text in it\n",
        ),
        (
            vec!["import", "bare.html"],
            "bare.html: found no article in this page: no paragraphs of text\n",
        ),
        (vec!["import", "gone.txt"], "gone.txt: no such file\n"),
        (vec!["import", "."], ".: is a directory\n"),
    ] {
        let out = brief(&args, dir.path());
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(
            text(&out.stderr).starts_with(said),
            "{args:?}: {}",
            text(&out.stderr)
        );
        assert!(out.stdout.is_empty());
    }
}
