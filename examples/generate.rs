//! Write a generated briefing of about the size asked for, for measuring
//! brief on big files: `cargo run --release --example generate -- 10000000 big.toml`.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(size), Some(path)) = (args.first(), args.get(1)) else {
        eprintln!("usage: generate BYTES FILE [SEED]");
        return ExitCode::from(2);
    };
    let Ok(size) = size.parse::<usize>() else {
        eprintln!("generate: BYTES must be a whole number, not {size:?}");
        return ExitCode::from(2);
    };
    let seed = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(7);
    let text = brief::generate::briefing_toml(size, seed);
    if let Err(e) = std::fs::write(path, text) {
        eprintln!("generate: cannot write {path}: {e}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
