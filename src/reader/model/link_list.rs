//! The `L` overlay's data: the links it lists and the one chosen, and a
//! link's place on screen. Plain data: what fills it is in `links.rs`.

use ratatui::layout::Rect;

/// A link on screen: the cells its address covers, and where it goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OnScreen {
    pub x: u16,
    pub y: u16,
    pub width: u16,
    /// The address as shown there (maybe shortened).
    pub shown: String,
    pub url: String,
}

/// One row of the list: what it is, and where it goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub label: String,
    pub url: String,
}

/// The `L` overlay: the links it opened with, and the one chosen.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Links {
    pub items: Vec<Link>,
    pub selected: usize,
}

impl Links {
    /// Where the list goes on a screen of `width` x `height` (status bar
    /// included): centred, two rows a link, with a border.
    pub fn area(&self, width: u16, height: u16) -> Rect {
        let height = height.saturating_sub(1);
        let rows = u16::try_from(self.items.len() * 2).unwrap_or(u16::MAX);
        let h = rows.saturating_add(2).min(height.saturating_sub(2)).max(3);
        let w = width.saturating_sub(4).min(100);
        Rect::new((width - w) / 2, height.saturating_sub(h) / 2, w, h)
    }

    /// The links shown in a list of `shown` of them (the chosen one in
    /// view): the index of the first.
    pub fn first_shown(&self, shown: usize) -> usize {
        self.selected.saturating_sub(shown.max(1) - 1)
    }

    /// The link whose rows hold the screen row `y`, on a screen of `width`
    /// x `height`.
    pub fn at_row(&self, width: u16, height: u16, y: u16) -> Option<usize> {
        let inner = self
            .area(width, height)
            .inner(ratatui::layout::Margin::new(1, 1));
        if y < inner.y || y >= inner.bottom() {
            return None;
        }
        let shown = usize::from(inner.height / 2).max(1);
        let i = self.first_shown(shown) + usize::from(y - inner.y) / 2;
        (i < self.items.len() && i < self.first_shown(shown) + shown).then_some(i)
    }

    pub fn chosen(&self) -> Option<&Link> {
        self.items.get(self.selected)
    }

    /// Move the choice by `delta`, stopping at either end.
    pub fn choose(&mut self, delta: i32) {
        let last = self.items.len().saturating_sub(1);
        let to = i64::try_from(self.selected).unwrap_or(0) + i64::from(delta);
        self.selected = usize::try_from(to.max(0)).unwrap_or(0).min(last);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_choice_stops_at_either_end() {
        let link = Link {
            label: "a".into(),
            url: "https://a.org".into(),
        };
        let mut links = Links {
            items: vec![link.clone(), link],
            selected: 0,
        };
        links.choose(-1);
        assert_eq!(links.selected, 0);
        links.choose(5);
        assert_eq!(links.selected, 1);
    }
}
