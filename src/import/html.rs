//! HTML: the article is pulled out of the page the way a browser's reader
//! view does it (`dom_smoothie`, after Mozilla's Readability), so menus,
//! adverts, scripts and footers stay behind; what is left is read as Markdown,
//! its `h2`/`h3` becoming subheads.

use dom_smoothie::{Config, Readability, ReadabilityError, TextMode};

use super::clean::squash;
use super::dateline;
use super::markdown;
use super::shape::{Found, Item};

/// Why a page gave no article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoArticle(pub String);

pub fn read(html: &str, url: Option<&str>) -> Result<Found, NoArticle> {
    let config = || Config {
        text_mode: TextMode::Markdown,
        ..Config::default()
    };
    // A URL lets relative links become absolute; one the parser refuses is
    // only a lost nicety, so try again without it.
    let mut page = Readability::new(html, url, Some(config()))
        .or_else(|_| Readability::new(html, None, Some(config())))
        .map_err(|e| NoArticle(e.to_string()))?;
    // Read before extraction, which falls back to the first paragraph for the
    // excerpt: that would repeat the story as its own standfirst.
    let meta = page.get_article_metadata(None);
    let article = page.parse().map_err(|e| match e {
        ReadabilityError::GrabFailed => NoArticle("no paragraphs of text".to_owned()),
        e => NoArticle(e.to_string()),
    })?;
    let mut found = markdown::read(&article.text_content);
    let title = squash(&article.title);
    if !title.is_empty() {
        found.title = Some(title);
    }
    // The page repeats its title as the first heading more often than not.
    let title = found.title.clone().unwrap_or_default().to_lowercase();
    found
        .items
        .retain(|i| !matches!(i, Item::Heading(h) if h.to_lowercase() == title));
    found.dek = meta
        .excerpt
        .map(|e| squash(&e))
        .filter(|e| !e.is_empty())
        .or(found.dek);
    found.url = article
        .url
        .filter(|u| u.starts_with("https://") || u.starts_with("http://"));
    found.date = article
        .published_time
        .as_deref()
        .and_then(dateline::date_line)
        .or(found.date);
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_article_is_kept_and_the_page_around_it_is_not() {
        let story = "<p>Negotiators from both delegations met again on Tuesday for a long session that \
            covered the ceasefire, the prisoner exchange and the humanitarian corridors they had \
            discussed in the previous round, without agreeing on any of them.</p>";
        let html = format!(
            "<html><head><title>Talks resume</title><meta name=description content='Both sides meet again.'>\
             <script>var ad = 1;</script></head><body><nav><a href=/>Home</a> <a href=/world>World</a></nav>\
             <article><h1>Talks resume</h1>{story}{story}<h2>What comes next</h2>{story}\
             <ul><li>a ceasefire</li><li>an exchange</li></ul></article>\
             <aside class=advert>Buy now</aside><footer>© 2026 Example News</footer></body></html>"
        );
        let found = read(&html, None).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(found.title.as_deref(), Some("Talks resume"));
        assert_eq!(found.dek.as_deref(), Some("Both sides meet again."));
        let all = format!("{:?}", found.items);
        assert!(all.contains("Heading(\"What comes next\")"), "{all}");
        assert!(all.contains("a ceasefire"), "{all}");
        for gone in ["Home", "var ad", "Buy now", "2026 Example"] {
            assert!(!all.contains(gone), "{gone} left in: {all}");
        }
    }
}
