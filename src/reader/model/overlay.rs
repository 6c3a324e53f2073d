//! What is drawn over the reader, as one stack: the top layer gets the
//! keys, Esc and `q` close it, and the view draws the layers bottom to top.

use super::compare::{Columns, Compare};
use super::link_list::Links;
use super::picker::Picker;
use super::timeline::TimelineView;

/// The `:` prompt: a path being typed, and what went wrong with the last one.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Prompt {
    pub input: String,
    pub error: Option<String>,
    /// Completions offered by the last Tab.
    pub candidates: Vec<String>,
}

/// The help screen, for the keys of the layer it was opened over.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Help {
    /// Rows scrolled past.
    pub offset: usize,
}

/// One layer over the reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    /// The full-screen compare view (`c`).
    Compare(Compare),
    /// The compare view's column chooser, over it.
    Columns(Columns),
    /// The library picker (`o`, and `D`).
    Picker(Picker),
    /// The `:` prompt.
    Prompt(Prompt),
    /// The search query being typed (`/`); the search itself is
    /// [`super::search::Search`], which outlives the prompt.
    Search,
    Help(Help),
    /// The links and sources in view (`L`).
    Links(Links),
    /// The full-screen timeline of the series (`T`).
    Timeline(TimelineView),
}

/// Which kind of layer an [`Overlay`] is, to close one by its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layer {
    Compare,
    Columns,
    Picker,
    Prompt,
    Search,
    Help,
    Links,
    Timeline,
}

impl Overlay {
    pub fn layer(&self) -> Layer {
        match self {
            Overlay::Compare(_) => Layer::Compare,
            Overlay::Columns(_) => Layer::Columns,
            Overlay::Picker(_) => Layer::Picker,
            Overlay::Prompt(_) => Layer::Prompt,
            Overlay::Search => Layer::Search,
            Overlay::Help(_) => Layer::Help,
            Overlay::Links(_) => Layer::Links,
            Overlay::Timeline(_) => Layer::Timeline,
        }
    }
}

/// The layers over the reader, bottom first.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Overlays {
    layers: Vec<Overlay>,
}

/// Finds the one layer of a kind, mutably and not.
macro_rules! layer {
    ($name:ident, $name_mut:ident, $variant:ident, $ty:ty) => {
        pub fn $name(&self) -> Option<&$ty> {
            self.layers.iter().find_map(|l| match l {
                Overlay::$variant(x) => Some(x),
                _ => None,
            })
        }

        pub fn $name_mut(&mut self) -> Option<&mut $ty> {
            self.layers.iter_mut().find_map(|l| match l {
                Overlay::$variant(x) => Some(x),
                _ => None,
            })
        }
    };
}

impl Overlays {
    layer!(compare, compare_mut, Compare, Compare);
    layer!(columns, columns_mut, Columns, Columns);
    layer!(picker, picker_mut, Picker, Picker);
    layer!(prompt, prompt_mut, Prompt, Prompt);
    layer!(help, help_mut, Help, Help);
    layer!(links, links_mut, Links, Links);
    layer!(timeline, timeline_mut, Timeline, TimelineView);

    /// The layer that gets the keys.
    pub fn top(&self) -> Option<&Overlay> {
        self.layers.last()
    }

    /// The layer under the top one, for help: it shows that layer's keys.
    pub fn under_top(&self) -> Option<&Overlay> {
        self.layers.iter().rev().nth(1)
    }

    /// Bottom first.
    pub fn iter(&self) -> impl Iterator<Item = &Overlay> {
        self.layers.iter()
    }

    pub fn is_empty(&self) -> bool {
        self.layers.is_empty()
    }

    /// Open `layer` on top; a layer of the same kind already open goes.
    pub fn push(&mut self, layer: Overlay) {
        self.remove(layer.layer());
        self.layers.push(layer);
    }

    /// Close the top layer.
    pub fn pop(&mut self) -> Option<Overlay> {
        self.layers.pop()
    }

    /// Close the layer of kind `layer`, if open.
    pub fn remove(&mut self, layer: Layer) {
        self.layers.retain(|l| l.layer() != layer);
    }

    pub fn searching(&self) -> bool {
        matches!(self.top(), Some(Overlay::Search))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_layer_opened_is_on_top_and_closes_first() {
        let mut o = Overlays::default();
        o.push(Overlay::Compare(Compare::default()));
        o.push(Overlay::Help(Help::default()));
        assert!(matches!(o.top(), Some(Overlay::Help(_))));
        assert!(matches!(o.under_top(), Some(Overlay::Compare(_))));
        o.pop();
        assert!(matches!(o.top(), Some(Overlay::Compare(_))));
        o.pop();
        assert!(o.is_empty());
    }

    #[test]
    fn opening_a_layer_again_moves_it_to_the_top_once() {
        let mut o = Overlays::default();
        o.push(Overlay::Help(Help::default()));
        o.push(Overlay::Search);
        o.push(Overlay::Help(Help { offset: 3 }));
        assert_eq!(o.iter().count(), 2);
        assert_eq!(o.help().map(|h| h.offset), Some(3));
    }
}
