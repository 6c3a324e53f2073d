//! The full-screen reader.

use crate::load::Origin;
use crate::model::Briefing;

/// Run the reader on `briefing` until the user quits. Returns the process exit code.
pub fn run(briefing: Briefing, origin: Origin) -> std::io::Result<i32> {
    let _ = origin;
    println!("{}", briefing.headline);
    Ok(0)
}
