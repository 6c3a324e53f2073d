//! `assets/briefing.schema.json` is kept in step with the loader: every
//! briefing brief loads is valid against it, and every bad fixture whose
//! mistake a JSON Schema can express is invalid. Checked offline with boon,
//! on the TOML turned into JSON as taplo does (a date becomes a string).

use std::path::{Path, PathBuf};

use boon::{Compiler, SchemaIndex, Schemas};

const SCHEMA: &str = include_str!("../assets/briefing.schema.json");

/// Bad fixtures a schema can see: unknown keys, wrong types, blanks,
/// missing keys, a stance outside the four, a newer format.
const EXPRESSIBLE: &[&str] = &[
    "bad-stance.toml",
    "bad-url.toml",
    "blank-fields.toml",
    "control-characters.toml",
    "many-problems.toml",
    "missing-headline.toml",
    "newer-format.toml",
    "no-sections.toml",
    "unknown-key.toml",
    "wrong-type.toml",
];

/// Bad fixtures a schema cannot see, and why.
const NOT_EXPRESSIBLE: &[(&str, &str)] = &[
    ("bad-numbers.toml", "not TOML: there is nothing to validate"),
    ("incomplete-number.toml", "not TOML"),
    ("invalid-utf8.toml", "not text"),
    ("second-bom.toml", "not TOML"),
    ("syntax.toml", "not TOML"),
    (
        "duplicate-party.toml",
        "names unique ignoring case: no keyword",
    ),
    (
        "duplicate-topic.toml",
        "topics unique per party ignoring case: no keyword",
    ),
    (
        "unknown-cite.toml",
        "a cite names another table's id: no keyword",
    ),
    (
        "duplicate-source-id.toml",
        "ids unique among the sources: no keyword",
    ),
    (
        "quoted-date.toml",
        "editors hand dates to the schema as strings, so a quoted date looks the same",
    ),
];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn compiled() -> (Schemas, SchemaIndex) {
    let json: serde_json::Value = serde_json::from_str(SCHEMA).expect("the schema is JSON");
    let mut schemas = Schemas::new();
    let mut compiler = Compiler::new();
    compiler.enable_format_assertions();
    let url = "file:///brief/briefing.schema.json";
    compiler.add_resource(url, json).expect("add the schema");
    let index = compiler
        .compile(url, &mut schemas)
        .unwrap_or_else(|e| panic!("the schema does not compile: {e:#}"));
    (schemas, index)
}

/// TOML as an editor's schema check sees it.
fn to_json(value: toml::Value) -> serde_json::Value {
    use serde_json::Value as J;
    match value {
        toml::Value::String(s) => J::String(s),
        toml::Value::Integer(i) => J::from(i),
        toml::Value::Float(f) => J::from(f),
        toml::Value::Boolean(b) => J::Bool(b),
        toml::Value::Datetime(d) => J::String(d.to_string()),
        toml::Value::Array(items) => J::Array(items.into_iter().map(to_json).collect()),
        toml::Value::Table(table) => {
            J::Object(table.into_iter().map(|(k, v)| (k, to_json(v))).collect())
        }
    }
}

fn instance(text: &str, name: &str) -> serde_json::Value {
    let table: toml::Table = text.parse().unwrap_or_else(|e| panic!("{name}: {e}"));
    to_json(toml::Value::Table(table))
}

fn tomls(dir: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join(dir))
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    files
}

#[test]
fn every_briefing_brief_loads_is_valid() {
    let (schemas, index) = compiled();
    let mut good: Vec<(String, String)> = [
        "briefings",
        "tests/fixtures/diff",
        "tests/fixtures/series",
        "tests/fixtures/verdicts",
        "tests/fixtures/warn",
    ]
    .iter()
    .flat_map(|dir| tomls(dir))
    .map(|p| {
        let text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{p:?}: {e}"));
        (p.display().to_string(), text)
    })
    .collect();
    good.push((
        "the template".to_owned(),
        brief::template::TEMPLATE.to_owned(),
    ));
    assert!(good.len() > 15, "found only {}", good.len());
    for (name, text) in good {
        brief::load::load_str(&name, &text).unwrap_or_else(|e| panic!("{e}"));
        let json = instance(&text, &name);
        if let Err(e) = schemas.validate(&json, index) {
            panic!("{name} loads, but the schema refuses it:\n{e:#}");
        }
    }
}

#[test]
fn every_bad_fixture_a_schema_can_express_is_invalid() {
    let (schemas, index) = compiled();
    for name in EXPRESSIBLE {
        let path = root().join("tests/fixtures/bad").join(name);
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(brief::load::load_str(name, &text).is_err(), "{name} loads");
        let json = instance(&text, name);
        assert!(
            schemas.validate(&json, index).is_err(),
            "the schema accepts {name}, which brief refuses"
        );
    }
}

#[test]
fn every_bad_fixture_is_sorted_into_one_of_the_two_lists() {
    for path in tomls("tests/fixtures/bad") {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let listed = usize::from(EXPRESSIBLE.contains(&name))
            + NOT_EXPRESSIBLE.iter().filter(|(n, _)| *n == name).count();
        assert_eq!(
            listed, 1,
            "list {name} once, in EXPRESSIBLE or NOT_EXPRESSIBLE (with why)"
        );
    }
}

/// Mistakes with no fixture of their own, one at a time on a good briefing.
#[test]
fn single_mistakes_are_caught_by_both() {
    let (schemas, index) = compiled();
    let good = include_str!("../briefings/istanbul-talks.toml");
    let mistakes = [
        ("format = 1", "format = 0"),
        ("round = 1", "round = 0"),
        ("round = 1", "round = \"1\""),
        ("round = 1", "round = 1.5"),
        ("process = \"istanbul-talks-2025\"", "process = \" \""),
        ("process = \"istanbul-talks-2025\"", "process = 2025"),
        ("date = 2025-05-15", "date = 2025-05-15T10:00:00Z"),
        ("stance = \"for\"", "stance = \"For\""),
        (
            "name = \"Ukraine\"",
            "name = \"Ukraine\"\ncounted = \"yes\"",
        ),
        ("name = \"Ukraine\"", "name = \"Ukraine\"\nshort = \" \""),
        (
            "stance = \"for\"",
            "stance = \"for\"\nurl = \"https://example.org/a b\"",
        ),
        (
            "stance = \"for\"",
            "stance = \"for\"\nurl = \"https://example.org/\\u001b]8;;\"",
        ),
        (
            "stance = \"for\"",
            "stance = \"for\"\nurl = \"file:///etc\"",
        ),
        (
            "stance = \"for\"",
            "stance = \"for\"\ndate = 2025-05-15T10:00:00Z",
        ),
    ];
    for (from, to) in mistakes {
        assert!(good.contains(from), "{from}");
        let bad = good.replacen(from, to, 1);
        assert!(brief::load::load_str("t", &bad).is_err(), "{to} loads");
        let json = instance(&bad, to);
        assert!(
            schemas.validate(&json, index).is_err(),
            "the schema accepts {to}"
        );
    }
}
