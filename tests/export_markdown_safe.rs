//! `brief print --format markdown` rendered the way a wiki or a chat client
//! would render it: text from the file must not decode into a control,
//! bidi or invisible character (character references such as `&#27;` are
//! decoded by every Markdown renderer), plain fields must not turn into
//! Markdown, and one section's body must not swallow the rest.

#[path = "fixtures/hostile/support.rs"]
mod support;

use brief::export::markdown;
use brief::load::load_str;
use brief::model::Briefing;
use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};
use support::{Written, briefing_with, first_hostile_char, payloads, zalgo};

/// A renderer with no extensions, and one with every extension.
fn renderers() -> [Options; 2] {
    [Options::empty(), Options::all()]
}

fn load(source: &str) -> Briefing {
    load_str("test.toml", source).unwrap_or_else(|e| panic!("{e}\n{source}"))
}

/// What a browser decodes from a character reference in raw HTML.
fn browser_decode(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let len = rest
            .find(';')
            .filter(|&end| {
                rest[1..end]
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'#')
            })
            .map_or(1, |end| end + 1);
        // Decoded as a Markdown renderer decodes it: the same entity table.
        out.extend(Parser::new(&rest[..len]).filter_map(|e| match e {
            Event::Text(text) => Some(text.into_string()),
            _ => None,
        }));
        rest = &rest[len..];
    }
    out.push_str(rest);
    out
}

/// Everything a renderer of `markdown` shows or puts in an attribute,
/// decoded: text and code run on within a block, and a block or an
/// attribute starts a new line.
fn rendered(markdown: &str, options: Options) -> String {
    let mut out = String::new();
    for event in Parser::new_ext(markdown, options) {
        match event {
            Event::Text(s) | Event::Code(s) | Event::InlineMath(s) | Event::DisplayMath(s) => {
                out.push_str(&s);
            }
            Event::Html(s) | Event::InlineHtml(s) => out.push_str(&browser_decode(&s)),
            Event::Start(
                Tag::Link {
                    dest_url, title, ..
                }
                | Tag::Image {
                    dest_url, title, ..
                },
            ) => out.push_str(&format!("\n{dest_url}\n{title}\n")),
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => {
                out.push_str(&format!("\n{info}\n"));
            }
            Event::Start(tag) if !is_inline(tag.to_end()) => out.push('\n'),
            Event::End(tag) if !is_inline(tag) => out.push('\n'),
            Event::SoftBreak | Event::HardBreak => out.push('\n'),
            _ => {}
        }
    }
    out
}

fn is_inline(tag: TagEnd) -> bool {
    matches!(
        tag,
        TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Superscript
            | TagEnd::Subscript
            | TagEnd::Link
            | TagEnd::Image
    )
}

/// Fail if `markdown`, rendered, shows anything hostile. Tabs are harmless
/// in rendered text; everything else `first_hostile_char` knows is not.
fn assert_renders_inert(what: &str, markdown: &str) {
    for options in renderers() {
        let text = rendered(markdown, options).replace('\t', " ");
        if let Some(found) = first_hostile_char(&text) {
            panic!("{what} (options {options:?}): {found}\nin:\n{markdown}");
        }
    }
}

/// `payload` with each character a renderer must never show written as a
/// character reference, in decimal or hex.
fn as_references(payload: &str, hex: bool) -> String {
    let mut out = String::new();
    for c in payload.chars() {
        if c.is_ascii_graphic() || c == ' ' {
            out.push(c);
        } else if hex {
            out.push_str(&format!("&#x{:X};", u32::from(c)));
        } else {
            out.push_str(&format!("&#{};", u32::from(c)));
        }
    }
    out
}

/// The hostile payloads, as references, plus named entities for invisible
/// characters and marks.
fn reference_payloads() -> Vec<(String, String)> {
    let mut all = Vec::new();
    for (name, payload) in payloads() {
        // The full 100,000 marks as references would make a 20 MB file.
        let payload = if name.starts_with("zalgo") {
            zalgo(40)
        } else {
            payload
        };
        all.push((format!("{name} (decimal)"), as_references(&payload, false)));
        all.push((format!("{name} (hex)"), as_references(&payload, true)));
    }
    all.push((
        "named invisibles".to_owned(),
        "&shy;&ZeroWidthSpace;&NegativeThinSpace;&lrm;&rlm;&NoBreak;&InvisibleTimes;&af;"
            .to_owned(),
    ));
    all.push((
        "named marks".to_owned(),
        format!("e{}", "&DownBreve;".repeat(12)),
    ));
    all.push(("marks across emphasis".to_owned(), {
        let four = "&#x301;".repeat(4);
        format!("e{four}*{four}*_{four}_**{four}**")
    }));
    all
}

#[test]
fn references_in_every_field_never_render_as_control_characters() {
    for (name, payload) in reference_payloads() {
        let source = briefing_with(&payload, Written::Escaped);
        let briefing = load(&source);
        for positions_only in [false, true] {
            let out = markdown(&briefing, positions_only);
            let what = format!("{name} (positions only: {positions_only})");
            support::assert_inert(&what, &out);
            assert_renders_inert(&what, &out);
            assert!(out.contains("Topic one"), "{what}: {out}");
        }
    }
}

/// The section body of `markdown` exported in a briefing of its own.
fn exported_body(body: &str) -> String {
    let source = format!(
        "headline = \"h\"\n[[sections]]\ntitle = \"First\"\nbody = '''\n{body}\n'''\n\
         [[sections]]\ntitle = \"Second\"\nbody = \"after\"\n\
         [[sources]]\nname = \"S\"\n\
         [[parties]]\nname = \"A\"\n  [[parties.positions]]\n  topic = \"T\"\n  stance = \"for\"\n  text = \"yes\"\n"
    );
    markdown(&load(&source), false)
}

#[test]
fn harmless_references_are_left_as_written() {
    let body = "caf&eacute; &amp; caf&#233; &mdash; &#x2014; tab&#9;here e&#x301;&#x301;\n\n\
                `&eacute;` in code\n\n```\n&#x2014;\n```";
    let out = exported_body(body);
    assert!(out.contains(body), "{out}");
    let text = rendered(&out, Options::empty());
    assert!(
        text.contains("café & café — — tab\there e\u{301}\u{301}"),
        "{text}"
    );
}

#[test]
fn hostile_references_show_as_typed_even_in_code() {
    // With `$math$` a renderer may end a code span at a `$` inside it and
    // decode the rest, so code gets no exception.
    let out = exported_body("a &#27;[2J b &#x9b;6n c &shy;d $x `&#27;` y$ `&#7;`");
    for options in renderers() {
        let text = rendered(&out, options);
        assert!(text.contains("a &#27;[2J b &#x9b;6n c &shy;d "), "{text}");
        assert!(text.contains("&amp;#7;"), "{text}");
    }
}

/// The headings of `markdown`, as rendered text.
fn headings(markdown: &str) -> Vec<String> {
    let mut all = Vec::new();
    let mut inside = false;
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::Heading { .. }) => {
                inside = true;
                all.push(String::new());
            }
            Event::End(TagEnd::Heading(_)) => inside = false,
            Event::Text(s) | Event::Code(s) if inside => {
                if let Some(last) = all.last_mut() {
                    last.push_str(&s);
                }
            }
            _ => {}
        }
    }
    all
}

#[test]
fn a_block_left_open_in_a_body_ends_with_the_body() {
    for (body, inside) in [
        ("```\nnever closed", "never closed"),
        ("~~~~ text\nnever closed\n~~~", "never closed\n~~~"),
        ("  ````\nindented fence", "indented fence"),
        ("<!-- a comment never closed", "<!-- a comment never closed"),
        ("<script>\nnever closed", "<script>\nnever closed"),
        ("<pre>\nnever closed", "<pre>\nnever closed"),
        ("<?php never closed", "<?php never closed"),
        ("<![CDATA[ never closed", "<![CDATA[ never closed"),
        ("<!DOCTYPE never closed", "<!DOCTYPE never closed"),
        ("> ```\n> quoted fence", "quoted fence"),
    ] {
        let out = exported_body(body);
        assert_eq!(
            headings(&out),
            ["h", "First", "Second", "Sources", "Positions", "T"],
            "{body:?}:\n{out}"
        );
        assert!(
            rendered(&out, Options::empty()).contains(inside),
            "{body:?}:\n{out}"
        );
    }
}

#[test]
fn plain_fields_render_as_written_not_as_markdown() {
    let tricky = r"*not em* _nor_ [no](link) <b>no html</b> `no code` ~~no strike~~ &amp; &#65; \ back snake_case #";
    let toml_text = tricky.replace('\\', "\\\\").replace('"', "\\\"");
    let source = format!(
        r##"headline = "{toml_text}"
dek = "{toml_text}"
location = "- {toml_text}"
summary = ["1. {toml_text}", "- {toml_text}", "> {toml_text}", "# {toml_text}", "+ x", "2) y", "---"]
[[sources]]
name = "{toml_text}"
url = "https://example.com/a b?<x>&#27;\\"
[[sections]]
title = "{toml_text}"
body = "Body *is* Markdown."
[[parties]]
name = "P {toml_text}"
  [[parties.positions]]
  topic = "T {toml_text}"
  stance = "conditional"
  text = "says {toml_text}"
  source = "src {toml_text}"
"##
    );
    let briefing = load(&source);
    let out = markdown(&briefing, false);
    let mut blocks: Vec<(String, usize)> = Vec::new();
    let (mut text, mut marks, mut urls, mut lists) = (String::new(), 0, Vec::new(), 0);
    // Smart punctuation would show `---` as a dash: a change of glyph, not of structure.
    let options = Options::all().difference(Options::ENABLE_SMART_PUNCTUATION);
    for event in Parser::new_ext(&out, options) {
        match event {
            Event::Text(s) => text.push_str(&s),
            Event::Start(Tag::Link { dest_url, .. }) => urls.push(dest_url.into_string()),
            Event::Start(tag) if is_inline(tag.to_end()) => marks += 1,
            Event::Code(_) | Event::Html(_) | Event::InlineHtml(_) | Event::Rule => {
                panic!("{event:?} in\n{out}")
            }
            Event::End(
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::TableCell | TagEnd::Item,
            ) => {
                if !text.is_empty() {
                    blocks.push((std::mem::take(&mut text), marks));
                }
                marks = 0;
            }
            // The key points and the positions are lists; nothing nests in them.
            Event::Start(Tag::List(_)) => {
                lists += 1;
                assert_eq!(lists, 1, "a list in a list:\n{out}");
            }
            Event::End(TagEnd::List(_)) => lists -= 1,
            _ => {}
        }
    }
    let has = |want: &str, emphasis: usize| {
        assert!(
            blocks.iter().any(|(b, m)| b == want && *m == emphasis),
            "no block {want:?} with {emphasis} emphasis in {blocks:#?}\n{out}"
        );
    };
    has(tricky, 0); // the headline
    has(tricky, 1); // the dek, in italics
    has(&format!("- {tricky}"), 0);
    for point in ["1. ", "- ", "> ", "# "] {
        has(&format!("{point}{tricky}"), 0);
    }
    for point in ["+ x", "2) y", "---"] {
        has(point, 0);
    }
    has(&format!("T {tricky}"), 0); // the topic's cell and heading
    has(&format!("P {tricky}"), 0); // the party's column
    has(
        &format!("P {tricky} (~ conditional): says {tricky} — src {tricky}"),
        2,
    );
    has(tricky, 1); // the source, a link
    assert!(
        urls.iter()
            .any(|u| u == "https://example.com/a b?<x>&#27;\\"),
        "{urls:?}"
    );
    has("Body is Markdown.", 1);
}

#[test]
fn print_writes_the_safe_markdown() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("refs.toml");
    std::fs::write(&path, briefing_with("&#x1b;]0;title&#7;", Written::Escaped)).expect("write");
    let out = support::brief(&[
        "print".as_ref(),
        "--format".as_ref(),
        "markdown".as_ref(),
        path.as_os_str(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", support::text(&out.stderr));
    let text = support::text(&out.stdout);
    assert_renders_inert("print --format markdown", &text);
    assert!(
        text.starts_with("# Headline &amp;#x1b;\\]0;title&amp;#7; end\n"),
        "{text}"
    );
}
