//! The briefings shipped inside the binary, so `brief` with no argument opens
//! one wherever it was installed.

/// One briefing compiled into the binary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bundled {
    /// The file name it has in `briefings/`.
    pub file: &'static str,
    pub text: &'static str,
}

pub const ALL: &[Bundled] = &[
    Bundled {
        file: "istanbul-talks.toml",
        text: include_str!("../briefings/istanbul-talks.toml"),
    },
    // The rounds that followed the preview above: one series
    // (`process = "istanbul-talks-2025"`), for `brief timeline` and `brief diff FILE`.
    Bundled {
        file: "istanbul-talks-2025-05-16.toml",
        text: include_str!("../briefings/istanbul-talks-2025-05-16.toml"),
    },
    Bundled {
        file: "istanbul-talks-2025-06-02.toml",
        text: include_str!("../briefings/istanbul-talks-2025-06-02.toml"),
    },
    Bundled {
        file: "istanbul-talks-2025-07-23.toml",
        text: include_str!("../briefings/istanbul-talks-2025-07-23.toml"),
    },
    Bundled {
        file: "iran-nuclear-jcpoa.toml",
        text: include_str!("../briefings/iran-nuclear-jcpoa.toml"),
    },
    Bundled {
        file: "good-friday-agreement.toml",
        text: include_str!("../briefings/good-friday-agreement.toml"),
    },
    // A pair: two rounds of one negotiation (`process = "new-start"`), to show `brief diff`.
    Bundled {
        file: "new-start-2021-02.toml",
        text: include_str!("../briefings/new-start-2021-02.toml"),
    },
    Bundled {
        file: "new-start-2023-02.toml",
        text: include_str!("../briefings/new-start-2023-02.toml"),
    },
];

/// The briefing `brief` opens when given no file.
pub const DEFAULT: Bundled = ALL[0];

/// A bundled briefing by file name, with or without `.toml`.
pub fn find(name: &str) -> Option<Bundled> {
    ALL.iter()
        .copied()
        .find(|b| b.file == name || b.file.strip_suffix(".toml") == Some(name))
}
