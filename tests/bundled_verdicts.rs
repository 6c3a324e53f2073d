//! Every bundled briefing's verdicts, as `brief print --format json` gives
//! them, pinned: a change to who counts toward a verdict must not move any
//! of them. The snapshot was taken before the neutral-role rule changed.

#[path = "support/isolated.rs"]
mod isolated;

use std::process::Stdio;

use serde_json::Value;

const BUNDLED: [&str; 8] = [
    "briefings/istanbul-talks.toml",
    "briefings/istanbul-talks-2025-05-16.toml",
    "briefings/istanbul-talks-2025-06-02.toml",
    "briefings/istanbul-talks-2025-07-23.toml",
    "briefings/iran-nuclear-jcpoa.toml",
    "briefings/good-friday-agreement.toml",
    "briefings/new-start-2021-02.toml",
    "briefings/new-start-2023-02.toml",
];

fn verdicts(path: &str) -> Value {
    let out = isolated::brief()
        .args(["print", "--format", "json", "--positions", path])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("could not run brief: {e}"));
    assert_eq!(out.status.code(), Some(0), "{path}");
    let value: Value =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{path}: not JSON: {e}"));
    value["verdicts"].clone()
}

#[test]
fn every_bundled_briefing_keeps_its_verdicts() {
    let mut all = serde_json::Map::new();
    for path in BUNDLED {
        all.insert(path.to_owned(), verdicts(path));
    }
    let text = serde_json::to_string_pretty(&Value::Object(all)).unwrap_or_default();
    insta::assert_snapshot!("bundled_verdicts", text);
}
