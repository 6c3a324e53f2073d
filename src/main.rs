fn main() {
    let path = std::env::args_os().nth(1).unwrap_or_default();
    match brief::load::load_file(std::path::Path::new(&path)) {
        Ok(b) => println!("ok: {}", b.headline),
        Err(e) => eprintln!("{e}"),
    }
}
