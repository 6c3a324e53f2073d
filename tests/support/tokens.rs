//! Just enough of a Rust lexer to find `mod` items and paths in source text.
//!
//! Comments (line, doc and nested block comments) vanish; string literals
//! (normal, byte, C and raw) become one `Str` token and characters, numbers
//! and lifetimes one `Other` token. So `crate::x` written in documentation or
//! in a message is never taken for a path.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// A name or keyword (`crate`, `mod`, `State`); a raw name loses its `r#`.
    Ident(String),
    /// `::`
    PathSep,
    /// Any other punctuation, one character at a time.
    Punct(char),
    /// The contents of a string literal, escapes left as written.
    Str(String),
    /// A character, byte, number or lifetime: never part of a path.
    Other,
}

#[derive(Debug, Clone)]
pub struct Token {
    pub kind: Kind,
    pub line: usize,
}

impl Token {
    pub fn is_ident(&self, name: &str) -> bool {
        matches!(&self.kind, Kind::Ident(s) if s == name)
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }
}

/// The tokens of `text`, each with the line (from 1) it starts on.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut lexer = Lexer {
        chars: text.chars().collect(),
        at: 0,
        line: 1,
    };
    let mut tokens = Vec::new();
    while let Some(c) = lexer.peek(0) {
        let line = lexer.line;
        let kind = match c {
            c if c.is_whitespace() => {
                lexer.bump();
                continue;
            }
            '/' if lexer.peek(1) == Some('/') => {
                lexer.skip_line();
                continue;
            }
            '/' if lexer.peek(1) == Some('*') => {
                lexer.skip_block_comment();
                continue;
            }
            '"' => Kind::Str(lexer.quoted()),
            '\'' => lexer.char_or_lifetime(),
            ':' if lexer.peek(1) == Some(':') => {
                lexer.bump();
                lexer.bump();
                Kind::PathSep
            }
            c if c.is_ascii_digit() => {
                lexer.word();
                Kind::Other
            }
            c if c == '_' || c.is_alphabetic() => lexer.word_or_literal(),
            c => {
                lexer.bump();
                Kind::Punct(c)
            }
        };
        tokens.push(Token { kind, line });
    }
    tokens
}

struct Lexer {
    chars: Vec<char>,
    at: usize,
    line: usize,
}

impl Lexer {
    fn peek(&self, ahead: usize) -> Option<char> {
        self.chars.get(self.at + ahead).copied()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek(0)?;
        self.at += 1;
        if c == '\n' {
            self.line += 1;
        }
        Some(c)
    }

    fn skip_line(&mut self) {
        while self.peek(0).is_some_and(|c| c != '\n') {
            self.bump();
        }
    }

    /// Block comments nest in Rust: `/* a /* b */ still a comment */`.
    fn skip_block_comment(&mut self) {
        let mut depth = 0_usize;
        while let Some(c) = self.bump() {
            match (c, self.peek(0)) {
                ('/', Some('*')) => {
                    self.bump();
                    depth += 1;
                }
                ('*', Some('/')) => {
                    self.bump();
                    depth -= 1;
                    if depth == 0 {
                        return;
                    }
                }
                _ => {}
            }
        }
    }

    /// A name or a number: letters, digits and underscores.
    fn word(&mut self) -> String {
        let mut word = String::new();
        while let Some(c) = self.peek(0).filter(|&c| c == '_' || c.is_alphanumeric()) {
            word.push(c);
            self.bump();
        }
        word
    }

    /// A `"…"` literal, the cursor on its opening quote.
    fn quoted(&mut self) -> String {
        let mut text = String::new();
        self.bump();
        while let Some(c) = self.bump() {
            match c {
                '"' => break,
                '\\' => {
                    text.push(c);
                    text.extend(self.bump());
                }
                c => text.push(c),
            }
        }
        text
    }

    /// `r#"…"#` after its `r`: as many `#` close it as opened it.
    fn raw_quoted(&mut self) -> String {
        let mut hashes = 0;
        while self.peek(0) == Some('#') {
            self.bump();
            hashes += 1;
        }
        self.bump();
        let mut text = String::new();
        while let Some(c) = self.bump() {
            if c == '"' && (0..hashes).all(|i| self.peek(i) == Some('#')) {
                for _ in 0..hashes {
                    self.bump();
                }
                break;
            }
            text.push(c);
        }
        text
    }

    /// `'x'`, `'\n'` and `'\u{1F600}'` are characters; `'a` and `'static`
    /// are lifetimes or labels.
    fn char_or_lifetime(&mut self) -> Kind {
        self.bump();
        if self.peek(0) == Some('\\') {
            self.bump();
            self.bump();
            while self.bump().is_some_and(|c| c != '\'') {}
        } else if self.peek(1) == Some('\'') {
            self.bump();
            self.bump();
        } else {
            self.word();
        }
        Kind::Other
    }

    /// Whether `#…#"` or `"` comes next.
    fn raw_string_follows(&self) -> bool {
        let mut hashes = 0;
        while self.peek(hashes) == Some('#') {
            hashes += 1;
        }
        self.peek(hashes) == Some('"')
    }

    /// A name, or a literal that starts with letters: `b"…"`, `c"…"`,
    /// `b'x'`, `r"…"`, `br#"…"#`, or a raw name `r#type`.
    fn word_or_literal(&mut self) -> Kind {
        let word = self.word();
        let next = self.peek(0);
        match word.as_str() {
            "b" | "c" if next == Some('"') => Kind::Str(self.quoted()),
            "b" if next == Some('\'') => self.char_or_lifetime(),
            "r" | "br" | "cr" if self.raw_string_follows() => Kind::Str(self.raw_quoted()),
            "r" if next == Some('#') => {
                self.bump();
                Kind::Ident(self.word())
            }
            _ => Kind::Ident(word),
        }
    }
}
