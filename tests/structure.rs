//! The shape of `src/`: no two files import each other, directly or around
//! a loop, and the reader's model and terminal layer import nothing from
//! the rest of the reader. What counts as an import is described in `support/imports.rs`;
//! the tests at the bottom check the checker on small made-up crates.

#[path = "support/imports.rs"]
mod imports;

use std::path::Path;

use imports::Crate;

fn this_crate() -> Crate {
    Crate::read(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"))
}

#[test]
fn no_file_in_src_imports_itself_around_a_loop() {
    let cycles = this_crate().cycles();
    let listed: Vec<String> = cycles.iter().map(ToString::to_string).collect();
    assert!(
        cycles.is_empty(),
        "{} import cycle(s) in src/; each lists its files, then every import \
         between them with the names it takes. Break each loop by moving what \
         is shared into a file both can import:\n\n{}",
        cycles.len(),
        listed.join("\n")
    );
}

#[test]
fn the_reader_model_imports_nothing_from_the_rest_of_the_reader() {
    let outside = this_crate().reaching_out("src/reader/model", "src/reader");
    assert!(
        outside.is_empty(),
        "src/reader/model/ may use only itself, the rest of the crate outside \
         src/reader/, std and other crates; these reach into the reader:\n{}",
        outside.join("\n")
    );
}

#[test]
fn the_reader_terminal_layer_imports_nothing_from_the_rest_of_the_reader() {
    // The floor every other layer of the reader stands on: the session and
    // the workarounds for what ratatui leaves to the caller.
    let outside = this_crate().reaching_out("src/reader/term", "src/reader");
    assert!(
        outside.is_empty(),
        "src/reader/term/ may use only itself and what is outside \
         src/reader/; these reach into the reader:\n{}",
        outside.join("\n")
    );
}

#[test]
fn every_file_in_src_is_in_the_module_tree() {
    let unreached = this_crate().unreached;
    assert!(
        unreached.is_empty(),
        "no `mod` declaration reaches these, so the checks above cannot see them: {unreached:?}"
    );
}

// The checker itself, on small crates written to a temporary folder.

/// A crate with these files under `src/`, and the folder holding it.
fn made_up(files: &[(&str, &str)]) -> (tempfile::TempDir, Crate) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    for (name, text) in files {
        let path = dir.path().join("src").join(name);
        let folder = path
            .parent()
            .unwrap_or_else(|| panic!("{name} has no folder"));
        std::fs::create_dir_all(folder).unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(&path, text).unwrap_or_else(|e| panic!("{e}"));
    }
    let krate = Crate::read(&dir.path().join("src"));
    (dir, krate)
}

/// Each import as `from -> to: name`, sorted, without repeats.
fn imports_of(krate: &Crate) -> Vec<String> {
    let mut all: Vec<String> = krate
        .imports()
        .iter()
        .map(|i| format!("{} -> {}: {}", i.from, i.to, i.name))
        .collect();
    all.sort();
    all.dedup();
    all
}

#[test]
fn two_files_importing_each_other_are_a_cycle() {
    let (_dir, krate) = made_up(&[
        ("lib.rs", "mod a;\nmod b;\n"),
        ("a.rs", "use crate::b::X;\npub struct Y;\n"),
        ("b.rs", "use crate::a::Y;\npub struct X;\n"),
    ]);
    let cycles = krate.cycles();
    assert_eq!(cycles.len(), 1);
    assert_eq!(cycles[0].files, ["src/a.rs", "src/b.rs"]);
    let shown = cycles[0].to_string();
    assert!(shown.contains("src/a.rs -> src/b.rs: X\n"), "{shown}");
    assert!(shown.contains("src/b.rs -> src/a.rs: Y\n"), "{shown}");
}

#[test]
fn a_loop_through_paths_in_code_is_a_cycle_and_a_chain_is_not() {
    let files = [
        ("lib.rs", "mod a;\nmod b;\nmod c;\nmod d;\n"),
        ("a.rs", "fn f() { crate::b::run(); }\n"),
        ("b.rs", "fn run() { let s = super::c::State::new(1); }\n"),
        ("c.rs", "pub fn g() -> crate::a::Z { todo!() }\n"),
        ("d.rs", "use crate::a::Z;\n"),
    ];
    let (_dir, krate) = made_up(&files);
    let cycles = krate.cycles();
    assert_eq!(cycles.len(), 1);
    assert_eq!(cycles[0].files, ["src/a.rs", "src/b.rs", "src/c.rs"]);
    assert!(
        cycles[0]
            .to_string()
            .contains("src/b.rs -> src/c.rs: State\n")
    );

    let chain = [
        files[0],
        files[1],
        files[2],
        ("c.rs", "pub fn g() {}\n"),
        files[4],
    ];
    let (_dir, krate) = made_up(&chain);
    assert!(krate.cycles().is_empty());
    assert_eq!(imports_of(&krate).len(), 3, "{:?}", imports_of(&krate));
}

#[test]
fn super_and_self_count_from_the_files_own_module() {
    let (_dir, krate) = made_up(&[
        ("lib.rs", "mod x;\nmod p;\n"),
        ("x/mod.rs", "mod y;\nmod z;\n"),
        (
            "x/y.rs",
            "mod deep;\nuse super::z::Thing;\nuse self::deep::Inner;\n",
        ),
        ("x/y/deep.rs", "use super::super::z::Other;\n"),
        ("x/z.rs", "pub struct Thing;\n"),
        ("p.rs", "mod q;\npub struct Item;\n"),
        (
            "p/q.rs",
            "use super::Item;\nfn f() { super::super::x::run(); }\n",
        ),
    ]);
    assert_eq!(
        imports_of(&krate),
        [
            "src/p/q.rs -> src/p.rs: Item",
            "src/p/q.rs -> src/x/mod.rs: run",
            "src/x/y.rs -> src/x/y/deep.rs: Inner",
            "src/x/y.rs -> src/x/z.rs: Thing",
            "src/x/y/deep.rs -> src/x/z.rs: Other",
        ]
    );
}

#[test]
fn every_leaf_of_a_nested_use_group_counts() {
    let (_dir, krate) = made_up(&[
        ("lib.rs", "mod m;\n"),
        ("m/mod.rs", "mod a;\nmod b;\nmod f;\nmod user;\n"),
        ("m/a.rs", ""),
        ("m/b.rs", "mod c;\n"),
        ("m/b/c.rs", ""),
        ("m/f.rs", ""),
        (
            "m/user.rs",
            "pub(crate) use super::{a, b::{self, c::{C1, C2 as Two}, D}, f::*};\n",
        ),
    ]);
    assert_eq!(
        imports_of(&krate),
        [
            "src/m/user.rs -> src/m/a.rs: a",
            "src/m/user.rs -> src/m/b.rs: D",
            "src/m/user.rs -> src/m/b.rs: b",
            "src/m/user.rs -> src/m/b/c.rs: C1",
            "src/m/user.rs -> src/m/b/c.rs: C2",
            "src/m/user.rs -> src/m/f.rs: *",
        ]
    );
}

#[test]
fn paths_in_comments_and_strings_do_not_count() {
    let text = r##"
//! Uses crate::b::Doc in its documentation.
// use crate::b::Line;
/// See [`crate::b::Item`].
/* crate::b::Block /* nested */ crate::b::AfterNested */
fn f<'a>(x: &'a str) -> usize {
    let quote = '"';
    let tick = '\'';
    let s = "crate::b::Normal \" crate::b::Escaped";
    let r = r#"crate::b::Raw "quoted" crate::b::StillRaw"#;
    let bytes = b"crate::b::Bytes";
    s.len() + quote.len_utf8() + tick.len_utf8()
}
use crate::c::Seen;
"##;
    let (_dir, krate) = made_up(&[
        ("lib.rs", "mod a;\nmod b;\nmod c;\n"),
        ("a.rs", text),
        ("b.rs", ""),
        ("c.rs", ""),
    ]);
    assert_eq!(imports_of(&krate), ["src/a.rs -> src/c.rs: Seen"]);
}

#[test]
fn declaring_a_module_is_not_an_import_but_reexporting_from_it_is() {
    let declares = [
        ("lib.rs", "mod a;\n"),
        ("a.rs", "mod b;\npub struct X;\n"),
        ("a/b.rs", "use super::X;\n"),
    ];
    let (_dir, krate) = made_up(&declares);
    assert_eq!(imports_of(&krate), ["src/a/b.rs -> src/a.rs: X"]);
    assert!(krate.cycles().is_empty());

    let reexports = [
        declares[0],
        ("a.rs", "mod b;\npub struct X;\npub use b::Y;\n"),
        declares[2],
    ];
    let (_dir, krate) = made_up(&reexports);
    assert_eq!(
        imports_of(&krate),
        ["src/a.rs -> src/a/b.rs: Y", "src/a/b.rs -> src/a.rs: X"]
    );
    assert_eq!(krate.cycles().len(), 1);
}

#[test]
fn a_module_brought_in_by_use_leads_to_its_files() {
    let (_dir, krate) = made_up(&[
        ("lib.rs", "mod a;\nmod r;\n"),
        ("r/mod.rs", "pub mod model;\n"),
        ("r/model/mod.rs", "pub mod state;\n"),
        ("r/model/state.rs", "pub struct State;\n"),
        (
            "a.rs",
            "use crate::r::model;\nuse crate::r as reader;\nfn f() { model::state::State::new(); reader::Top::go(); }\n",
        ),
    ]);
    assert_eq!(
        imports_of(&krate),
        [
            "src/a.rs -> src/r/mod.rs: Top",
            "src/a.rs -> src/r/mod.rs: r",
            "src/a.rs -> src/r/model/mod.rs: model",
            "src/a.rs -> src/r/model/state.rs: State",
        ]
    );
}

#[test]
fn test_modules_are_not_structure_but_are_in_the_tree() {
    let (_dir, krate) = made_up(&[
        ("lib.rs", "mod a;\nmod b;\n"),
        (
            "a.rs",
            "pub struct A;\n#[cfg(test)]\n#[path = \"a_tests.rs\"]\nmod tests;\n",
        ),
        ("a_tests.rs", "use crate::b::B;\n"),
        (
            "b.rs",
            "use crate::a::A;\npub struct B;\n#[cfg(test)]\nmod tests {\n    use crate::a::A;\n    mod deeper { fn g() { crate::a::x(); } }\n}\nfn after() { crate::a::y(); }\n",
        ),
    ]);
    assert_eq!(
        imports_of(&krate),
        ["src/b.rs -> src/a.rs: A", "src/b.rs -> src/a.rs: y"]
    );
    assert!(krate.cycles().is_empty());
    assert!(krate.unreached.is_empty(), "{:?}", krate.unreached);
}

#[test]
fn a_file_no_module_declares_is_reported() {
    let (_dir, krate) = made_up(&[
        ("lib.rs", "mod a;\n"),
        ("a.rs", ""),
        ("stray.rs", "use crate::a::X;\n"),
    ]);
    assert_eq!(krate.unreached, ["src/stray.rs"]);
}

#[test]
fn the_model_may_not_reach_into_the_rest_of_the_reader() {
    let (_dir, krate) = made_up(&[
        ("lib.rs", "mod reader;\nmod text;\n"),
        ("text.rs", ""),
        (
            "reader/mod.rs",
            "mod look;\nmod model;\nmod view;\npub struct Top;\n",
        ),
        ("reader/look.rs", ""),
        ("reader/view.rs", "use crate::reader::model::State;\n"),
        (
            "reader/model/mod.rs",
            "mod state;\npub use state::State;\nuse crate::text::Line;\n",
        ),
        (
            "reader/model/state.rs",
            "use super::super::look::Colour;\nuse crate::reader::model::Other;\nfn f() { crate::reader::view::draw(); super::super::Top::new(); }\n",
        ),
    ]);
    assert_eq!(
        krate.reaching_out("src/reader/model", "src/reader"),
        [
            "src/reader/model/state.rs:1: super::super::look::Colour (src/reader/look.rs)",
            "src/reader/model/state.rs:3: crate::reader::view::draw (src/reader/view.rs)",
            "src/reader/model/state.rs:3: super::super::Top::new (src/reader/mod.rs)",
        ]
    );
}
