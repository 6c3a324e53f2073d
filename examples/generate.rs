//! Write a generated briefing of about the size asked for, for measuring
//! brief on big files: `cargo run --release --example generate -- 10000000 big.toml`;
//! or a library of them: `... --example generate -- --library 10000 10000 DIR`
//! (COUNT briefings of about BYTES each).

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().is_some_and(|a| a == "--library") {
        return library(&args[1..]);
    }
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

/// `--library COUNT BYTES DIR [SEED]`.
fn library(args: &[String]) -> ExitCode {
    let number = |i: usize| args.get(i).and_then(|s| s.parse::<usize>().ok());
    let (Some(count), Some(bytes), Some(dir)) = (number(0), number(1), args.get(2)) else {
        eprintln!("usage: generate --library COUNT BYTES DIR [SEED]");
        return ExitCode::from(2);
    };
    let seed = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(7);
    match brief::generate::library_dir_sized(std::path::Path::new(dir), count, bytes, seed) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("generate: cannot write the library in {dir}: {e}");
            ExitCode::FAILURE
        }
    }
}
