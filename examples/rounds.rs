//! Write generated rounds of one negotiation into a directory, for timing
//! `brief timeline`: `cargo run --release --example rounds -- DIR 1000 [TOPICS PARTIES]`.

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(dir), Some(rounds)) = (args.first(), args.get(1)) else {
        eprintln!("usage: rounds DIR ROUNDS [TOPICS PARTIES]");
        return ExitCode::from(2);
    };
    let number = |i: usize, default: usize| args.get(i).map_or(Ok(default), |s| s.parse::<usize>());
    let (Ok(rounds), Ok(topics), Ok(parties)) = (rounds.parse(), number(2, 20), number(3, 6))
    else {
        eprintln!("rounds: ROUNDS, TOPICS and PARTIES are whole numbers");
        return ExitCode::from(2);
    };
    if let Err(e) = brief::generate::rounds_dir(Path::new(dir), rounds, topics, parties, 7) {
        eprintln!("rounds: cannot write into {dir}: {e}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
