//! `brief import`: an article (plain text, Markdown or HTML) turned into a
//! briefing skeleton that passes `brief check`, for a person to finish.
//!
//! Pure: text in, TOML out. Reading files and standard input is the
//! command's job (`src/cli/import.rs`).

mod article;
mod boiler;
mod clean;
mod dateline;
mod detect;
mod headline;
mod html;
mod markdown;
mod names;
mod parties;
mod plain;
mod recurring;
mod sentences;
mod shape;
mod write;

#[cfg(test)]
mod tests;

pub use article::{Article, Date, Section};
pub use detect::Format;
pub use parties::{Parties, Party, Role};

/// What to import and how.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The article's file name, recorded as its source; `None` for standard input.
    pub name: Option<String>,
    /// Where the article was published, recorded as its source's `url`.
    pub url: Option<String>,
    /// The parties and mediators to list; when both are empty, parties are suggested.
    pub parties: Vec<String>,
    pub mediators: Vec<String>,
}

/// The skeleton and what went into it.
#[derive(Debug, Clone)]
pub struct Skeleton {
    pub toml: String,
    pub format: Format,
    pub article: Article,
    pub headline: String,
    pub parties: Parties,
}

/// Why there is nothing to import.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    #[error("there is no text in it")]
    Empty,
    #[error("found no article in this page: {0}")]
    NoArticle(String),
}

/// Read `input` as an article (its format from `options.name`'s extension,
/// else from its content) and write the briefing skeleton.
pub fn import(input: &str, options: &Options) -> Result<Skeleton, ImportError> {
    let text = clean::text(input);
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let format = options
        .name
        .as_deref()
        .and_then(Format::from_name)
        .unwrap_or_else(|| Format::sniff(&text));
    let found = match format {
        Format::Text => plain::read(&text),
        Format::Markdown => markdown::read(&text),
        Format::Html => {
            html::read(&text, options.url.as_deref()).map_err(|e| ImportError::NoArticle(e.0))?
        }
    };
    let article = shape::article(found);
    let made = match &article.title {
        Some(title) if !title.trim().is_empty() => None,
        _ => Some(
            article
                .blocks()
                .flat_map(sentences::of_markdown)
                .find_map(|s| headline::from_sentence(&s))
                .ok_or(ImportError::Empty)?,
        ),
    };
    let headline = made
        .clone()
        .or_else(|| article.title.clone())
        .unwrap_or_default();
    let parties = parties::find(&article, &options.parties, &options.mediators);
    // The address given wins over the one the page claims.
    let url = options
        .url
        .as_deref()
        .or(article.url.as_deref())
        .map(clean::line)
        .filter(|u| !u.is_empty());
    let source_name = match (options.name.as_deref().map(clean::line), &url) {
        (Some(name), _) if !name.is_empty() => name,
        (_, Some(url)) => url.clone(),
        (_, None) => article
            .title
            .clone()
            .unwrap_or_else(|| "An article read from standard input".to_owned()),
    };
    let toml = write::toml(&write::Draft {
        article: &article,
        headline: &headline,
        headline_made: made.is_some(),
        source_name: &source_name,
        url: url.as_deref(),
        format,
        parties: &parties,
    });
    Ok(Skeleton {
        toml,
        format,
        article,
        headline,
        parties,
    })
}
