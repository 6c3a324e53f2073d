//! (being written)
use crate::load::Origin;
use crate::model::Briefing;

/// Run the reader until the user quits; returns the process exit code.
pub fn run(briefing: Briefing, origin: Origin) -> std::io::Result<i32> {
    let _ = origin;
    println!("{}", briefing.headline);
    Ok(0)
}
