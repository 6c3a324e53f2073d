//! `brief schema`: the briefing format as a JSON Schema (draft-07), for
//! editors that check TOML as it is typed (taplo, tombi).

use super::exit::{EXIT_FAILURE, EXIT_OK};
use super::output::{self, Delivery};

/// `assets/briefing.schema.json`, kept in step with the loader by tests/schema.rs.
pub const SCHEMA: &str = include_str!("../../assets/briefing.schema.json");

pub fn run() -> i32 {
    match output::write_stdout(SCHEMA) {
        Ok(Delivery::Written | Delivery::Closed) => EXIT_OK,
        Err(err) => {
            eprintln!("brief: could not write the schema: {err}");
            EXIT_FAILURE
        }
    }
}
