//! Everything the reader shows, in one value.

use crate::load::Origin;
use crate::model::Briefing;

#[derive(Debug)]
pub struct State {
    pub briefing: Briefing,
    pub origin: Origin,
    pub width: u16,
    pub height: u16,
}

impl State {
    pub fn new(briefing: Briefing, origin: Origin, width: u16, height: u16) -> State {
        State { briefing, origin, width, height }
    }
}
