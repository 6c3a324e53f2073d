//! Whatever an article holds, the skeleton loads: no quote, backslash,
//! control character or stray markup in the text can break the TOML.

use proptest::prelude::*;

use super::{Options, import};

/// Pieces articles are made of, hostile ones included.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Russia and Ukraine met in Geneva.".to_owned()),
        Just("A Short Subhead".to_owned()),
        Just("GENEVA, 3 March 2026 — Talks resumed.".to_owned()),
        Just("By Jane Doe".to_owned()),
        Just("# Heading".to_owned()),
        Just("- a list item".to_owned()),
        Just("> a quote".to_owned()),
        Just("<h2>Sub</h2><p>Para with NATO and the UN.</p>".to_owned()),
        Just("\"\"\" ''' \\ \\u0000 \"".to_owned()),
        Just("\u{1b}[31m\u{7}\u{202e}\u{0}".to_owned()),
        Just("\r\n".to_owned()),
        Just("Title\n\n*A standfirst\nover two lines.*\n\nBy Jane Doe\n\nText.".to_owned()),
        Just("\n\n".to_owned()),
        "[a-zA-Z ,.!?:;'\"\\\\#*_>-]{0,40}",
        any::<String>(),
    ]
}

fn article() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..12).prop_map(|p| p.join("\n"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_article_gives_a_skeleton_that_loads(
        text in article(),
        name in prop_oneof![Just(None), Just(Some("a.txt")), Just(Some("a.md")), Just(Some("a.html"))],
        party in any::<String>(),
    ) {
        let options = Options {
            name: name.map(str::to_owned),
            url: Some(party.clone()),
            parties: if party.trim().is_empty() { Vec::new() } else { vec![party] },
            mediators: Vec::new(),
        };
        // No text, or a page with no article, is a refusal, not a bad file.
        let Ok(skeleton) = import(&text, &options) else { return Ok(()) };
        prop_assert!(
            !skeleton.toml.chars().any(|c| c.is_control() && c != '\n'),
            "a control character reached the skeleton:\n{}", skeleton.toml
        );
        if let Err(err) = crate::check::load_str("skeleton.toml", &skeleton.toml) {
            prop_assert!(false, "{err}\n{}", skeleton.toml);
        }
    }
}
