//! Everything that can happen to the reader, as data.

use crate::load::{LoadError, Origin};
use crate::model::Briefing;
use crate::reader::compare::CompareAction;
use crate::reader::model::search::{Hits, Job};
use crate::reader::model::{Checked, Spot};

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Scroll the focused pane by lines (negative: up).
    Scroll(i32),
    /// Scroll by half a page (sign gives the direction).
    HalfPage(i32),
    /// Scroll by a page (sign gives the direction).
    Page(i32),
    Top,
    Bottom,
    /// Section N (1-based) to the top of the reading pane.
    GoToSection(usize),
    NextSection,
    PrevSection,
    ToggleContents,
    TogglePositions,
    /// The positions panel follows the section being read (or not).
    ToggleFollow,
    FocusNext,
    FocusPrev,
    /// Enter on the focused pane (jump to the selected contents entry).
    Activate,
    SearchStart,
    SearchInput(char),
    SearchBackspace,
    SearchConfirm,
    SearchCancel,
    SearchNext,
    SearchPrev,
    ToggleHelp,
    /// Esc: close whatever overlay is open.
    Close,
    Reload,
    /// A reload finished.
    Loaded(Box<Result<Briefing, LoadError>>),
    Resize(u16, u16),
    /// Mouse wheel at a screen cell: lines to scroll the pane under it.
    Wheel {
        column: u16,
        row: u16,
        lines: i32,
    },
    Click {
        column: u16,
        row: u16,
    },
    Suspend,
    Quit,
    /// `:`: the open-path prompt.
    OpenPrompt,
    /// `o`: the library picker.
    OpenPicker,
    /// A character typed into the prompt or the picker.
    Type(char),
    /// Backspace in the prompt or the picker.
    Erase,
    /// Tab in the prompt: complete the path.
    Complete,
    /// What the loop found to complete the prompt's path with.
    Completed(crate::complete::Completion),
    /// Move the picker's selection.
    Choose(i32),
    /// Enter in the prompt or the picker.
    Confirm,
    /// `{` (-1) and `}` (1): the round that many places away in the
    /// series, at the same section or topic.
    Round(isize),
    /// Back to the previous briefing, at the place it was left.
    Back,
    Forward,
    /// A briefing asked for with [`Effect::Open`] was read (or not).
    Opened(Box<Opened>),
    /// The open file changed on disk.
    FileChanged,
    /// The open file was deleted.
    FileRemoved,
    /// `e`: edit the file in `$VISUAL` or `$EDITOR`.
    Edit,
    /// A search run off the UI thread came back with its hits.
    Searched(Box<Job>, Hits),
    /// Lay out another step of a big briefing, between keystrokes.
    LayoutMore,
    /// `D`: pick a briefing to compare the open one against.
    PickAgainst,
    /// The briefing to compare against was read (or not).
    AgainstLoaded(Box<(Origin, Result<Briefing, LoadError>)>),
    /// `c`: the full-screen compare view.
    OpenCompare,
    /// A key in the compare view.
    Compare(CompareAction),
    /// Entries found by the library scan; `true` once it has finished.
    LibraryFound(Vec<crate::library::Entry>, bool),
    /// Briefings a search inside the library found (a picker query
    /// starting with `/`).
    Hunted(Box<crate::reader::model::picker::Hunted>),
    /// `:` named a directory: the library is scanned again with it first.
    LibraryOn(std::path::PathBuf),
    /// What `brief check` says of the briefing just shown (`None`: no
    /// warnings).
    Checked(Option<Checked>),
    /// Something the loop has to tell the reader (an editor that could not
    /// run, a place that could not be saved).
    Notice(String),
    /// `L`: the links and sources in view.
    OpenLinks,
    /// `y`: copy what is in focus.
    Copy,
    /// The series the briefing from this origin is a round of (`None`: it
    /// is in none), found beside it.
    RoundsFound(Box<(Origin, Option<crate::reader::model::rounds::Rounds>)>),
    /// `T`: the timeline of the series, over the reader.
    OpenTimeline,
    /// A key in the timeline.
    Timeline(TimelineAction),
}

/// Everything that can happen in the timeline (`T`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimelineAction {
    /// Move the selected cell by lines (down) and rounds (right); the
    /// mouse wheel moves it too.
    Move { lines: isize, rounds: isize },
    /// A page of lines (sign gives the direction).
    Page(isize),
    /// The first line.
    Top,
    /// The last line.
    Bottom,
    /// Enter: open the selected cell's round at its topic (and party).
    Open,
}

/// Why a briefing is being opened, which decides what history does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Via {
    /// From the prompt, the picker or the command line: a new step in history.
    New,
    /// Back or forward through history, returning to where it was left.
    Back(Spot),
    Forward(Spot),
    /// From a search inside the library: a new step in history, at the
    /// section the term was found in (if any), with the term searched for.
    Found {
        section: Option<usize>,
        term: String,
    },
    /// Another round of the series (`{`, `}`): a new step in history, at
    /// the place wanted.
    Round(Wanted),
    /// A cell of the timeline (`T`): a new step in history, the positions
    /// panel on the topic wanted (and the party, if one is).
    Cell(Wanted),
}

/// Where `{` or `}` puts the reader in the round it opens: the section of
/// the same title, else the same topic, else the top. Titles and topics,
/// not indexes: rounds number their sections differently.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Wanted {
    /// "round 4 of 4": which round this is, for the status bar.
    pub round: String,
    /// The title of the section being read.
    pub section: Option<String>,
    /// The topic selected in the positions panel.
    pub topic: Option<String>,
    /// The party whose position to select under the topic (the timeline's
    /// stance lines).
    pub party: Option<String>,
}

/// A request to open a briefing, carried by [`Effect::Open`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub origin: Origin,
    pub via: Via,
}

/// The outcome of an [`Effect::Open`]: the briefing or its error, and the
/// place remembered for it from an earlier session.
#[derive(Debug, Clone, PartialEq)]
pub struct Opened {
    pub request: Request,
    /// The file's canonical path, as the library's recent list keeps it.
    pub canonical: Option<std::path::PathBuf>,
    pub result: Result<Briefing, LoadError>,
    pub remembered: Option<Spot>,
}

/// What the event loop must do after an update: the side effects `update`
/// itself never performs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    None,
    Quit,
    Suspend,
    /// Read the briefing from disk again and send [`Action::Loaded`].
    Reload,
    /// Read another briefing and send [`Action::Opened`].
    Open(Box<Request>),
    /// Run the editor on the open file, then reload it.
    Edit,
    /// Run this search off the UI thread and send [`Action::Searched`].
    Search(Box<Job>),
    /// Look up completions for a typed path and send [`Action::Completed`].
    Complete(String),
    /// Read a briefing to compare against and send [`Action::AgainstLoaded`].
    LoadAgainst(Box<Origin>),
    /// Open this link (http, https or mailto; checked) in the browser.
    Browse(String),
    /// Put this text on the terminal's clipboard (OSC 52).
    Copy(String),
    /// Search inside the library's briefings off the UI thread and send
    /// [`Action::Hunted`] as results come.
    Hunt(Box<crate::reader::model::picker::Hunt>),
}
