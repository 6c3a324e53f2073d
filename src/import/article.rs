//! What an article is made of once its format is read away: the shape every
//! reader (plain text, Markdown, HTML) produces and the writer consumes.

use std::fmt;

/// An article, reduced to what a briefing can use.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Article {
    /// The article's own title, when it has one.
    pub title: Option<String>,
    /// The standfirst: a line under the title saying what the article is about.
    pub dek: Option<String>,
    /// From the dateline, or the page's metadata.
    pub date: Option<Date>,
    /// From the dateline.
    pub location: Option<String>,
    /// The page's own address, when it gives one.
    pub url: Option<String>,
    /// Markdown blocks before the first subhead.
    pub lead: Vec<String>,
    /// One per subhead, in order.
    pub sections: Vec<Section>,
}

/// A subhead and the Markdown blocks under it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Section {
    pub title: String,
    pub blocks: Vec<String>,
}

/// A calendar date, checked to exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

impl Date {
    /// The date, or `None` when there is no such day (31 April, 29 February 2025).
    pub fn new(year: u32, month: u32, day: u32) -> Option<Date> {
        let leap =
            year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        // Years outside this range are a misread number, not an article's date.
        if !(1000..=9999).contains(&year) || day == 0 || day > days {
            return None;
        }
        Some(Date {
            year: u16::try_from(year).ok()?,
            month: u8::try_from(month).ok()?,
            day: u8::try_from(day).ok()?,
        })
    }
}

/// As TOML writes a local date: `2026-03-03`.
impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Article {
    /// Every Markdown block in reading order, lead first.
    pub fn blocks(&self) -> impl Iterator<Item = &str> {
        self.lead
            .iter()
            .chain(self.sections.iter().flat_map(|s| s.blocks.iter()))
            .map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_real_days_are_dates() {
        assert_eq!(
            Date::new(2026, 3, 3).map(|d| d.to_string()),
            Some("2026-03-03".to_owned())
        );
        assert!(Date::new(2024, 2, 29).is_some());
        assert!(Date::new(2025, 2, 29).is_none());
        assert!(Date::new(1900, 2, 29).is_none());
        assert!(Date::new(2026, 4, 31).is_none());
        assert!(Date::new(2026, 13, 1).is_none());
        assert!(Date::new(2026, 1, 0).is_none());
        assert!(Date::new(99, 1, 1).is_none());
    }
}
