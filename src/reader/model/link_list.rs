//! The `L` overlay's data: the links it lists and the one chosen, and a
//! link's place on screen. Plain data: what fills it is in `links.rs`.

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
