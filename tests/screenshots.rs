//! The README's pictures cannot drift from the code: each committed SVG in
//! `assets/screenshots/` must be what the drawing code draws today.

use std::path::Path;

use brief::screenshot::{scenes, svg};

#[test]
fn every_committed_screenshot_matches_what_the_code_draws() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/screenshots");
    let mut stale = Vec::new();
    for scene in scenes::all() {
        let path = dir.join(format!("{}.svg", scene.name));
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        if committed != svg(&scene.buffer, &scene.palette) {
            stale.push(path.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "these screenshots no longer match the screens; run `cargo run --example screenshots` \
         and commit the result:\n{}",
        stale.join("\n")
    );
}

#[test]
fn the_readme_shows_every_screenshot() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README.md");
    for scene in scenes::all() {
        let link = format!("assets/screenshots/{}.svg", scene.name);
        assert!(readme.contains(&link), "the README does not show {link}");
    }
}
