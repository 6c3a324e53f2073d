//! The `mod` declarations and the paths written in one source file.
//!
//! Paths come from `use` items (every leaf of a nested group) and from code,
//! where a path is two or more names joined by `::` (`crate::a::f`,
//! `super::x::Y`, `geometry::panel_inner`); which of them lead into the
//! crate is for the caller to decide. The bodies of inline
//! `#[cfg(test)] mod … { … }` blocks are skipped.

#[path = "tokens.rs"]
mod tokens;

use tokens::{Kind, Token, tokenize};

/// What one file declares and writes.
#[derive(Default)]
pub struct Scan {
    pub mods: Vec<ModDecl>,
    pub paths: Vec<Written>,
}

/// `mod name;`, with the attributes that say where and when.
pub struct ModDecl {
    pub name: String,
    /// From `#[path = "…"]`.
    pub path: Option<String>,
    /// Under `#[cfg(test)]`.
    pub test: bool,
    /// The inline modules (`mod x { … }`) it is declared in.
    pub scope: Vec<String>,
}

/// A path as written in a file, outside comments and strings.
pub struct Written {
    pub line: usize,
    pub segments: Vec<String>,
    /// The inline modules (`mod x { … }`) it is written in.
    pub scope: Vec<String>,
    /// A `use …::*`.
    pub glob: bool,
    /// The name a `use` binds (`as` name, or the last segment); None in code.
    pub binds: Option<String>,
}

pub fn scan(text: &str) -> Scan {
    let tokens = tokenize(text);
    let mut scanner = Scanner {
        tokens: &tokens,
        at: 0,
        depth: 0,
        scope: Vec::new(),
        attrs: Vec::new(),
        found: Scan::default(),
    };
    scanner.run();
    scanner.found
}

struct Scanner<'t> {
    tokens: &'t [Token],
    at: usize,
    /// How many `{` are open.
    depth: usize,
    /// The inline modules open here, each with the depth inside its `{`.
    scope: Vec<(String, usize)>,
    /// The attributes (`#[…]`, contents only) since the last item ended.
    attrs: Vec<Vec<Kind>>,
    found: Scan,
}

impl Scanner<'_> {
    fn run(&mut self) {
        let tokens = self.tokens;
        while let Some(token) = tokens.get(self.at) {
            match &token.kind {
                Kind::Punct('#') => self.attribute(),
                Kind::Ident(word) if word == "mod" => self.module(),
                Kind::Ident(word) if word == "use" => self.use_item(),
                Kind::Ident(_) if self.path_starts_here() => self.code_path(),
                Kind::Punct('{') => {
                    self.depth += 1;
                    self.end_item();
                }
                Kind::Punct('}') => {
                    if self
                        .scope
                        .last()
                        .is_some_and(|(_, depth)| *depth == self.depth)
                    {
                        self.scope.pop();
                    }
                    self.depth = self.depth.saturating_sub(1);
                    self.end_item();
                }
                Kind::Punct(';') => self.end_item(),
                _ => self.at += 1,
            }
        }
    }

    fn peek(&self, ahead: usize) -> Option<&Token> {
        self.tokens.get(self.at + ahead)
    }

    fn ident(&self, ahead: usize) -> Option<&str> {
        match &self.peek(ahead)?.kind {
            Kind::Ident(name) => Some(name),
            _ => None,
        }
    }

    fn punct(&self, ahead: usize, c: char) -> bool {
        self.peek(ahead).is_some_and(|t| t.is_punct(c))
    }

    fn path_sep(&self, ahead: usize) -> bool {
        self.peek(ahead).is_some_and(|t| t.kind == Kind::PathSep)
    }

    fn scope(&self) -> Vec<String> {
        self.scope.iter().map(|(name, _)| name.clone()).collect()
    }

    /// Steps past the token that ends an item; attributes seen so far
    /// belonged to it.
    fn end_item(&mut self) {
        self.attrs.clear();
        self.at += 1;
    }

    /// Steps past the bracket at the cursor and everything up to its match.
    fn skip_balanced(&mut self, open: char, close: char) {
        let mut depth = 0_usize;
        while let Some(token) = self.tokens.get(self.at) {
            self.at += 1;
            if token.is_punct(open) {
                depth += 1;
            } else if token.is_punct(close) {
                depth -= 1;
                if depth == 0 {
                    return;
                }
            }
        }
    }

    /// `#[…]` is kept for the next `mod`; `#![…]` is passed over.
    fn attribute(&mut self) {
        if self.punct(1, '!') && self.punct(2, '[') {
            self.at += 2;
            self.skip_balanced('[', ']');
        } else if self.punct(1, '[') {
            let start = self.at + 2;
            self.at += 1;
            self.skip_balanced('[', ']');
            let inner = &self.tokens[start..(self.at - 1).max(start)];
            self.attrs
                .push(inner.iter().map(|t| t.kind.clone()).collect());
        } else {
            self.at += 1;
        }
    }

    fn is_test(&self) -> bool {
        let cfg_test = [
            Kind::Ident("cfg".into()),
            Kind::Punct('('),
            Kind::Ident("test".into()),
            Kind::Punct(')'),
        ];
        self.attrs.iter().any(|attr| attr[..] == cfg_test)
    }

    fn path_attr(&self) -> Option<String> {
        self.attrs.iter().find_map(|attr| match &attr[..] {
            [Kind::Ident(key), Kind::Punct('='), Kind::Str(path)] if key == "path" => {
                Some(path.clone())
            }
            _ => None,
        })
    }

    /// `mod name;` is recorded; `mod name { … }` opens a scope, or is
    /// skipped whole under `#[cfg(test)]`.
    fn module(&mut self) {
        let Some(name) = self.ident(1).map(str::to_string) else {
            self.at += 1;
            return;
        };
        self.at += 2;
        if self.punct(0, ';') {
            self.found.mods.push(ModDecl {
                name,
                path: self.path_attr(),
                test: self.is_test(),
                scope: self.scope(),
            });
            self.end_item();
        } else if self.punct(0, '{') && self.is_test() {
            self.skip_balanced('{', '}');
            self.attrs.clear();
        } else if self.punct(0, '{') {
            self.depth += 1;
            self.scope.push((name, self.depth));
            self.end_item();
        }
    }

    /// `use a::{b, c::{self, d as e}, f::*};` gives `a::b`, `a::c`,
    /// `a::c::d` (binding `e`) and `a::f::*`.
    fn use_item(&mut self) {
        self.at += 1;
        if self.punct(0, '<') {
            return; // `impl Trait + use<'a>` captures lifetimes; no import
        }
        if !self.path_sep(0) {
            self.use_tree(Vec::new()); // a leading `::` names another crate
        }
        while self.peek(0).is_some_and(|t| !t.is_punct(';')) {
            self.at += 1;
        }
        self.end_item();
    }

    fn use_tree(&mut self, prefix: Vec<String>) {
        let mut path = prefix;
        loop {
            if let Some(name) = self.ident(0) {
                path.push(name.to_string());
                self.at += 1;
                if !self.path_sep(0) {
                    break;
                }
                self.at += 1;
            } else if self.punct(0, '*') {
                self.at += 1;
                self.push(path, true, None);
                return;
            } else if self.punct(0, '{') {
                self.at += 1;
                self.use_group(&path);
                return;
            } else {
                return;
            }
        }
        if path.last().is_some_and(|last| last == "self") {
            path.pop(); // `a::{self}` is `a` itself
        }
        let binds = if self.ident(0) == Some("as") {
            let alias = self.ident(1).map(str::to_string);
            self.at += 2;
            alias
        } else {
            path.last().cloned()
        };
        self.push(path, false, binds);
    }

    /// The trees of `{ … }` after the cursor's `{`, up to its `}`.
    fn use_group(&mut self, prefix: &[String]) {
        while let Some(token) = self.peek(0) {
            if token.is_punct('}') {
                self.at += 1;
                return;
            }
            if token.is_punct(';') {
                return;
            }
            let before = self.at;
            self.use_tree(prefix.to_vec());
            if self.at == before {
                self.at += 1; // a `,` or something unexpected
            }
        }
    }

    fn push(&mut self, segments: Vec<String>, glob: bool, binds: Option<String>) {
        if segments.is_empty() {
            return;
        }
        let line = self.tokens[self.at.saturating_sub(1)].line;
        let scope = self.scope();
        self.found.paths.push(Written {
            line,
            segments,
            scope,
            glob,
            binds,
        });
    }

    /// A name followed by `::` and a name, that is not the middle of a
    /// longer path (`Vec::<u8>::new`), a method call (`.collect::<T>`) or
    /// a visibility (`pub(in crate::a)`).
    fn path_starts_here(&self) -> bool {
        let before = |back: usize| self.at.checked_sub(back).map(|i| &self.tokens[i]);
        let continues = before(1).is_some_and(|t| t.kind == Kind::PathSep || t.is_punct('.'));
        let visibility = before(1).is_some_and(|t| t.is_ident("in"))
            && before(2).is_some_and(|t| t.is_punct('('));
        self.path_sep(1) && self.ident(2).is_some() && !continues && !visibility
    }

    fn code_path(&mut self) {
        let mut segments = Vec::new();
        while let Some(name) = self.ident(0) {
            segments.push(name.to_string());
            self.at += 1;
            if !(self.path_sep(0) && self.ident(1).is_some()) {
                break;
            }
            self.at += 1;
        }
        self.push(segments, false, None);
    }
}
