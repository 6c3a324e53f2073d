//! A briefing made up in the test, as large as the compare view has to
//! handle: 25 parties (23 sides, then 2 mediators) by 60 topics, with every
//! verdict. Written out as TOML so it loads as a user's file does.

use std::fmt::Write;

pub const PARTIES: usize = 25;
pub const TOPICS: usize = 60;

/// The party at index `p` (0-based): every third has a long name, which
/// only its short name stands in for in a narrow column.
pub fn party_name(p: usize) -> String {
    if p.is_multiple_of(3) {
        format!("Federated Republic of Member State {:02}", p + 1)
    } else {
        format!("State {:02}", p + 1)
    }
}

pub fn topic_name(t: usize) -> String {
    format!(
        "Topic {:02} {}",
        t + 1,
        [
            "water", "borders", "trade", "refugees", "fishing", "airspace"
        ][t % 6]
    )
}

/// The stance party `p` takes on topic `t`, if any. By `t % 6`:
/// 0 divergence across the board, 1 common ground, 2 mixed, 3 one voice,
/// 4 only a mediator speaks, 5 divergence between parties 17 and 22 alone.
pub fn stance(t: usize, p: usize) -> Option<&'static str> {
    let side = p < 23;
    match t % 6 {
        0 if side => Some(if p.is_multiple_of(2) {
            "for"
        } else {
            "against"
        }),
        1 if side => Some("for"),
        2 if side => Some("conditional"),
        3 if p == t % 23 => Some("for"),
        4 if p >= 23 => Some("unclear"),
        5 if p == 16 => Some("for"),
        5 if p == 21 => Some("against"),
        _ => None,
    }
}

pub fn toml() -> String {
    let mut s = String::from("format = 1\nheadline = \"Twenty-five delegations, sixty topics\"\n");
    s.push_str("date = 2025-01-01\ntopics = [\n");
    for t in 0..TOPICS {
        let _ = writeln!(s, "  \"{}\",", topic_name(t));
    }
    s.push_str("]\n\n[[sections]]\ntitle = \"The round\"\nbody = \"Many delegations met.\"\n");
    for p in 0..PARTIES {
        let _ = write!(
            s,
            "\n[[parties]]\nname = \"{}\"\nshort = \"S{:02}\"\nrole = \"{}\"\n",
            party_name(p),
            p + 1,
            if p < 23 { "party" } else { "mediator" }
        );
        for t in 0..TOPICS {
            if let Some(stance) = stance(t, p) {
                let _ = write!(
                    s,
                    "\n  [[parties.positions]]\n  topic = \"{}\"\n  stance = \"{stance}\"\n  text = \"Party {} on topic {}: a position long enough to wrap in a narrow cell.\"\n",
                    topic_name(t),
                    p + 1,
                    t + 1
                );
            }
        }
    }
    s
}
