//! Which file of a crate imports which, read from the source text alone.
//!
//! The module tree is found the way rustc finds it: from the crate roots
//! (`lib.rs`, `main.rs`, `bin/*.rs`) through every `mod name;`, to
//! `name.rs` or `name/mod.rs` beside a `mod.rs` or a root, inside `a/` for
//! a file `a.rs`, or wherever `#[path = "…"]` says.
//!
//! A file imports another when a path in it names something in the other:
//! in a `use` (groups, `as`, `*`, `pub use` alike) or in code
//! (`crate::a::f()`, `super::x::Y`, `self::c::Z`, and `child::W` or `m::V`
//! through the name of a child module or of a module brought in by `use`).
//! A path leads to the file of its longest prefix that is a module:
//! `crate::reader::model::State` to the file of `crate::reader::model`.
//! Declaring `mod child;` is not an import; a parent's `pub use child::X`
//! is. Paths to std and other crates are not followed. A module bound by a
//! `use` counts in the whole file, wherever the `use` is written.
//!
//! Test modules (`#[cfg(test)] mod …`, inline or in a file of their own) are
//! skipped: a test reaching into its parent with `use super::*` is not the
//! crate's structure.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

#[path = "scan.rs"]
mod scan;

use scan::{Written, scan};

/// The files of a crate and the paths written in them.
pub struct Crate {
    /// The `src` folder.
    src: PathBuf,
    files: Vec<File>,
    /// `.rs` files under `src/` that no crate root reaches through `mod`.
    pub unreached: Vec<String>,
}

struct File {
    path: PathBuf,
    /// As a person would write it: `src/reader/model/mod.rs`.
    name: String,
    /// Index of the crate root (`lib.rs`, `main.rs`) whose tree holds it.
    root: usize,
    /// Its module path from that root: `["reader", "model"]`.
    module: Vec<String>,
    /// Part of a `#[cfg(test)]` module.
    test: bool,
    /// The modules it declares with `mod name;`.
    children: Vec<String>,
    paths: Vec<Written>,
}

/// A path in one file that leads to another.
pub struct Import {
    pub from: String,
    pub to: String,
    pub line: usize,
    /// The path as written: `super::geometry::panel_inner`.
    pub written: String,
    /// What it takes: the item after the module, `*`, or the module's name.
    pub name: String,
}

/// Files that import each other, directly or around a loop.
pub struct Cycle {
    pub files: Vec<String>,
    /// Each import between two of them: from, to, and the names taken.
    pub edges: Vec<(String, String, BTreeSet<String>)>,
}

impl Crate {
    /// Reads the crate whose sources are in `src`.
    pub fn read(src: &Path) -> Crate {
        let mut krate = Crate {
            src: src.to_path_buf(),
            files: Vec::new(),
            unreached: Vec::new(),
        };
        let bins = fs::read_dir(src.join("bin"))
            .into_iter()
            .flatten()
            .flatten();
        let bins = bins.map(|entry| entry.path()).filter(|p| p.is_file());
        let roots = [src.join("lib.rs"), src.join("main.rs")]
            .into_iter()
            .chain(bins);
        for root in roots.filter(|p| p.is_file()) {
            krate.load(&root, None, &[], false, true);
        }
        for file in rust_files(src) {
            if !krate.files.iter().any(|f| f.path == file) {
                krate.unreached.push(shown(src, &file));
            }
        }
        krate
    }

    /// Reads the file at `path`, module `module` of the tree rooted at file
    /// `root` (None: this is a root), then the modules it declares. Those
    /// are looked for in the file's own folder when it `owns_dir` (a root, a
    /// `mod.rs` or a `#[path]` file), else in the folder named after it.
    fn load(
        &mut self,
        path: &Path,
        root: Option<usize>,
        module: &[String],
        test: bool,
        owns_dir: bool,
    ) {
        if self.files.iter().any(|f| f.path == path) {
            return; // already read; a second tree sharing a file is not modelled
        }
        let source = fs::read_to_string(path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let scan = scan(&source);
        let index = self.files.len();
        let root = root.unwrap_or(index);
        let top = scan.mods.iter().filter(|m| m.scope.is_empty());
        self.files.push(File {
            path: path.to_path_buf(),
            name: shown(&self.src, path),
            root,
            module: module.to_vec(),
            test,
            children: top.map(|m| m.name.clone()).collect(),
            paths: scan.paths,
        });
        let dir = path.parent().unwrap_or(&self.src).to_path_buf();
        let children_dir = match path.file_stem() {
            Some(stem) if !owns_dir => dir.join(stem),
            _ => dir.clone(),
        };
        for decl in scan.mods {
            let file = if let Some(attr) = &decl.path {
                Some(dir.join(attr)) // relative to the declaring file's folder
            } else {
                let under = decl
                    .scope
                    .iter()
                    .fold(children_dir.clone(), |d, s| d.join(s));
                let candidates = [
                    under.join(format!("{}.rs", decl.name)),
                    under.join(&decl.name).join("mod.rs"),
                ];
                candidates.into_iter().find(|f| f.is_file())
            };
            // A declared module without a file is the compiler's to report.
            let Some(file) = file.filter(|f| f.is_file()) else {
                continue;
            };
            let owns = decl.path.is_some() || file.file_name().is_some_and(|n| n == "mod.rs");
            let child = [module, &decl.scope, std::slice::from_ref(&decl.name)].concat();
            self.load(&file, Some(root), &child, test || decl.test, owns);
        }
    }

    /// Every path in a file outside test modules that leads to another file.
    pub fn imports(&self) -> Vec<Import> {
        let modules: HashMap<(usize, &[String]), usize> = self
            .files
            .iter()
            .enumerate()
            .map(|(i, f)| ((f.root, &f.module[..]), i))
            .collect();
        let no_aliases = HashMap::new();
        let mut imports = Vec::new();
        for (from, file) in self.files.iter().enumerate().filter(|(_, f)| !f.test) {
            // Modules bound by `use`, so that `m::X` leads where `m` does.
            let mut aliases = HashMap::new();
            for written in &file.paths {
                let full = file.absolute(written, &no_aliases);
                if let (Some(name), Some(full)) = (&written.binds, full)
                    && modules.contains_key(&(file.root, &full[..]))
                {
                    aliases.insert(name.clone(), full);
                }
            }
            for written in &file.paths {
                let Some(full) = file.absolute(written, &aliases) else {
                    continue;
                };
                let (known, to) = (0..=full.len())
                    .rev()
                    .find_map(|k| Some((k, *modules.get(&(file.root, &full[..k]))?)))
                    .expect("the crate root is a module");
                if to == from {
                    continue;
                }
                let name = match full.get(known) {
                    Some(item) => item.clone(),
                    None if written.glob => "*".to_string(),
                    None => full.last().map_or("crate", String::as_str).to_string(),
                };
                let glob = if written.glob { "::*" } else { "" };
                imports.push(Import {
                    from: file.name.clone(),
                    to: self.files[to].name.clone(),
                    line: written.line,
                    written: format!("{}{glob}", written.segments.join("::")),
                    name,
                });
            }
        }
        imports
    }

    /// Each set of two or more files that import each other, found as the
    /// strongly connected components of the import graph.
    pub fn cycles(&self) -> Vec<Cycle> {
        let index: HashMap<&str, usize> = self
            .files
            .iter()
            .enumerate()
            .map(|(i, f)| (f.name.as_str(), i))
            .collect();
        let mut edges: BTreeMap<(usize, usize), BTreeSet<String>> = BTreeMap::new();
        for import in self.imports() {
            let key = (index[import.from.as_str()], index[import.to.as_str()]);
            edges.entry(key).or_default().insert(import.name);
        }
        let mut next = vec![Vec::new(); self.files.len()];
        for &(from, to) in edges.keys() {
            next[from].push(to);
        }
        let mut cycles = Vec::new();
        for component in strongly_connected(&next)
            .into_iter()
            .filter(|c| c.len() > 1)
        {
            let inside = |i: &usize| component.contains(i);
            let mut files: Vec<String> = component
                .iter()
                .map(|&i| self.files[i].name.clone())
                .collect();
            files.sort();
            let between = edges.iter().filter(|((a, b), _)| inside(a) && inside(b));
            let edges = between.map(|(&(a, b), names)| {
                (
                    self.files[a].name.clone(),
                    self.files[b].name.clone(),
                    names.clone(),
                )
            });
            cycles.push(Cycle {
                files,
                edges: edges.collect(),
            });
        }
        cycles.sort_by(|a, b| a.files.cmp(&b.files));
        cycles
    }

    /// Imports written in files under the folder `inside` that lead to files
    /// under `outside` but not under `inside`, as `file:line: path (file)`.
    pub fn reaching_out(&self, inside: &str, outside: &str) -> Vec<String> {
        let under = |name: &str, dir: &str| Path::new(name).starts_with(dir);
        self.imports()
            .into_iter()
            .filter(|i| under(&i.from, inside) && under(&i.to, outside) && !under(&i.to, inside))
            .map(|i| format!("{}:{}: {} ({})", i.from, i.line, i.written, i.to))
            .collect()
    }
}

impl File {
    /// The module path `written` names, from the crate root, or None when
    /// it starts outside the crate (std, a dependency, a local name).
    fn absolute(
        &self,
        written: &Written,
        aliases: &HashMap<String, Vec<String>>,
    ) -> Option<Vec<String>> {
        let here = [&self.module[..], &written.scope[..]].concat();
        let (first, mut rest) = written.segments.split_first()?;
        let base = match first.as_str() {
            "crate" => Vec::new(),
            "self" => here,
            "super" => {
                let ups = 1 + rest.iter().take_while(|s| *s == "super").count();
                rest = &rest[ups - 1..];
                here[..here.len().checked_sub(ups)?].to_vec()
            }
            child if written.scope.is_empty() && self.children.iter().any(|c| c == child) => {
                return Some([&self.module[..], &written.segments[..]].concat());
            }
            name => aliases.get(name)?.clone(),
        };
        Some([&base[..], rest].concat())
    }
}

impl fmt::Display for Cycle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{}", self.files.join(", "))?;
        for (from, to, names) in &self.edges {
            let names: Vec<&str> = names.iter().map(String::as_str).collect();
            writeln!(f, "    {from} -> {to}: {}", names.join(", "))?;
        }
        Ok(())
    }
}

/// Tarjan's algorithm: the strongly connected components of a graph given
/// as each node's successors.
fn strongly_connected(next: &[Vec<usize>]) -> Vec<Vec<usize>> {
    struct Walk<'g> {
        next: &'g [Vec<usize>],
        order: Vec<Option<usize>>,
        low: Vec<usize>,
        stack: Vec<usize>,
        on_stack: Vec<bool>,
        /// How many nodes have been visited.
        visited: usize,
        components: Vec<Vec<usize>>,
    }
    impl Walk<'_> {
        fn visit(&mut self, v: usize) {
            self.order[v] = Some(self.visited);
            self.low[v] = self.visited;
            self.visited += 1;
            self.stack.push(v);
            self.on_stack[v] = true;
            let next = self.next;
            for &w in &next[v] {
                match self.order[w] {
                    None => {
                        self.visit(w);
                        self.low[v] = self.low[v].min(self.low[w]);
                    }
                    Some(order) if self.on_stack[w] => self.low[v] = self.low[v].min(order),
                    Some(_) => {}
                }
            }
            if Some(self.low[v]) == self.order[v] {
                let mut component = Vec::new();
                while let Some(w) = self.stack.pop() {
                    self.on_stack[w] = false;
                    component.push(w);
                    if w == v {
                        break;
                    }
                }
                self.components.push(component);
            }
        }
    }
    let n = next.len();
    let mut walk = Walk {
        next,
        order: vec![None; n],
        low: vec![0; n],
        stack: Vec::new(),
        on_stack: vec![false; n],
        visited: 0,
        components: Vec::new(),
    };
    for v in 0..n {
        if walk.order[v].is_none() {
            walk.visit(v);
        }
    }
    walk.components
}

/// `src/a/b.rs` for `<anything>/src/a/b.rs`.
fn shown(src: &Path, path: &Path) -> String {
    let inner = path.strip_prefix(src).unwrap_or(path);
    let parts: Vec<String> = inner
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    format!("src/{}", parts.join("/"))
}

/// Every `.rs` file under `dir`, at any depth.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files.sort();
    files
}
