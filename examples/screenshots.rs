//! Rewrites the README's pictures in `assets/screenshots/` from the drawing
//! code: `cargo run --example screenshots`. `tests/screenshots.rs` fails
//! when a committed picture no longer matches what the code draws.

use std::path::Path;

use brief::screenshot::{scenes, svg};

fn main() -> std::io::Result<()> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/screenshots");
    std::fs::create_dir_all(&dir)?;
    for scene in scenes::all() {
        let path = dir.join(format!("{}.svg", scene.name));
        let picture = svg(&scene.buffer, &scene.palette);
        let same = std::fs::read_to_string(&path).is_ok_and(|old| old == picture);
        if !same {
            std::fs::write(&path, picture)?;
            println!("wrote {}", path.display());
        }
    }
    Ok(())
}
