//! Messages for the mistakes people make most: a key set twice, a field
//! under a name brief does not use, the new `counted` and `short` keys.

use super::*;

/// The problems of a file that must not load.
fn problems(text: &str) -> Vec<Diagnostic> {
    match load_str("t.toml", text) {
        Ok(_) => panic!("loaded:\n{text}"),
        Err(err) => err.problems().to_vec(),
    }
}

/// A briefing whose one position has `extra` lines in it.
fn with_position(extra: &str) -> String {
    format!(
        "headline = \"h\"\n[[sections]]\ntitle = \"s\"\n[[parties]]\nname = \"A\"\n  [[parties.positions]]\n  topic = \"T\"\n{extra}"
    )
}

#[test]
fn a_key_set_twice_names_the_key_and_the_first_line() {
    let text = "headline = \"h\"\ndek = \"one\"\ndate = 2025-01-01\ndek = \"two\"\n[[sections]]\ntitle = \"s\"\n";
    let found = problems(text);
    assert_eq!(found.len(), 1, "{found:#?}");
    let d = &found[0];
    assert_eq!(
        d.message,
        "invalid TOML: `dek` is set twice: it was first set on line 2"
    );
    assert_eq!((d.line, d.column), (Some(4), Some(1)));
    assert!(
        !d.notes.iter().any(|n| n.contains("quotes")),
        "the hint about quotes has nothing to do with it: {:?}",
        d.notes
    );
    assert!(d.notes.iter().any(|n| n.contains("keep one of the two")));
}

#[test]
fn a_key_set_twice_in_a_party_points_within_that_party() {
    let text = "headline = \"h\"\n[[sections]]\ntitle = \"s\"\n[[parties]]\nname = \"A\"\n[[parties]]\nname = \"B\"\nrole = \"party\"\nname = \"C\"\n";
    let d = &problems(text)[0];
    assert_eq!(
        d.message,
        "invalid TOML: `name` is set twice: it was first set on line 7"
    );
}

#[test]
fn a_table_written_twice_names_the_first() {
    let text = "headline = \"h\"\n[x]\na = 1\n[x]\nb = 2\n";
    let d = &problems(text)[0];
    assert_eq!(
        d.message,
        "invalid TOML: `x` is set twice: it was first set on line 2"
    );
}

#[test]
fn wrong_field_names_get_the_right_one() {
    for (wrong, right) in [
        ("position", "text"),
        ("statement", "text"),
        ("says", "text"),
    ] {
        let found = problems(&with_position(&format!("  {wrong} = \"words\"\n")));
        let unknown = found
            .iter()
            .find(|d| d.message.starts_with(&format!("unknown key `{wrong}`")))
            .unwrap_or_else(|| panic!("{wrong}: {found:#?}"));
        assert!(
            unknown.notes.contains(&format!("did you mean `{right}`?")),
            "{wrong}: {:?}",
            unknown.notes
        );
    }
    let suggests = |text: &str, key: &str, right: &str| {
        let found = problems(text);
        let unknown = found
            .iter()
            .find(|d| d.message.starts_with(&format!("unknown key `{key}`")))
            .unwrap_or_else(|| panic!("{key}: {found:#?}"));
        assert!(
            unknown.notes.contains(&format!("did you mean `{right}`?")),
            "{key}: {:?}",
            unknown.notes
        );
    };
    suggests(
        "headline = \"h\"\n[[sections]]\ntitle = \"s\"\n[[parties]]\nparty = \"A\"\n",
        "party",
        "name",
    );
    suggests(
        "headline = \"h\"\n[[sections]]\nheading = \"s\"\n",
        "heading",
        "title",
    );
    suggests(
        "headline = \"h\"\n[[sections]]\ntitle = \"s\"\ntext = \"b\"\n",
        "text",
        "body",
    );
    suggests(
        "title = \"h\"\n[[sections]]\ntitle = \"s\"\n",
        "title",
        "headline",
    );
}

#[test]
fn a_capitalised_stance_keeps_its_hint() {
    let found = problems(&with_position("  stance = \"For\"\n  text = \"t\"\n"));
    assert_eq!(
        found[0].message,
        "`parties[1].positions[1].stance` is \"For\", which is not a stance"
    );
    assert!(
        found[0].notes.contains(&"did you mean \"for\"?".to_owned()),
        "{found:#?}"
    );
}

#[test]
fn counted_and_short_are_read_and_their_types_checked() {
    let base =
        "headline = \"h\"\n[[sections]]\ntitle = \"s\"\n[[parties]]\nname = \"United States\"\n";
    let b = load_str(
        "t.toml",
        &format!("{base}short = \"USA\"\ncounted = false\n"),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(b.parties[0].short.as_deref(), Some("USA"));
    assert_eq!(b.parties[0].counted, Some(false));
    let quoted = problems(&format!("{base}counted = \"false\"\n"));
    assert_eq!(
        quoted[0].message,
        "`parties[1].counted` should be true or false, not a string"
    );
    assert_eq!((quoted[0].line, quoted[0].column), (Some(6), Some(11)));
    assert!(
        quoted[0].notes.iter().any(|n| n.contains("without quotes")),
        "{quoted:#?}"
    );
    let number = problems(&format!("{base}short = 1\n"));
    assert_eq!(
        number[0].message,
        "`parties[1].short` should be a string, not an integer"
    );
    let blank = problems(&format!("{base}short = \" \"\n"));
    assert_eq!(blank[0].message, "`parties[1].short` is blank");
}
