use super::*;
use crate::load::load_str;

fn member(name: &str, process: Option<&str>, round: Option<u32>, date: Option<&str>) -> Member {
    let mut text = String::from("headline = \"h\"\n");
    if let Some(p) = process {
        text.push_str(&format!("process = \"{p}\"\n"));
    }
    if let Some(r) = round {
        text.push_str(&format!("round = {r}\n"));
    }
    if let Some(d) = date {
        text.push_str(&format!("date = {d}\n"));
    }
    text.push_str("[[sections]]\ntitle = \"s\"\n");
    Member {
        name: name.to_owned(),
        briefing: load_str(name, &text).unwrap_or_else(|e| panic!("{e}")),
    }
}

fn names(series: &Series) -> Vec<&str> {
    series.members.iter().map(|m| m.name.as_str()).collect()
}

#[test]
fn rounds_order_by_their_number_whatever_their_dates() {
    let all = group(vec![
        member("c", Some("p"), Some(3), Some("2025-01-01")),
        member("a", Some("p"), Some(1), Some("2025-03-01")),
        member("b", Some("p"), Some(2), None),
    ]);
    assert_eq!(all.len(), 1);
    assert_eq!(names(&all[0]), ["a", "b", "c"]);
    assert_eq!(all[0].number(2), 3);
}

#[test]
fn without_rounds_the_date_orders_and_the_undated_come_last() {
    let all = group(vec![
        member("undated", Some("p"), None, None),
        member("july", Some("p"), None, Some("2025-07-23")),
        member("may", Some("p"), None, Some("2025-05-16")),
        member("june", Some("p"), None, Some("2025-06-02")),
    ]);
    assert_eq!(names(&all[0]), ["may", "june", "july", "undated"]);
    // Numbered by place when no round is given.
    assert_eq!(all[0].number(0), 1);
    assert_eq!(all[0].number(3), 4);
}

#[test]
fn a_briefing_without_a_round_goes_by_date_among_numbered_ones() {
    let items = vec![
        member("r1", Some("p"), Some(1), Some("2025-05-01")),
        member("r2", Some("p"), Some(2), Some("2025-06-01")),
        member("mid", Some("p"), None, Some("2025-05-15")),
        member("early", Some("p"), None, Some("2025-01-01")),
        member("late", Some("p"), None, Some("2025-12-01")),
    ];
    let all = group(items.clone());
    assert_eq!(names(&all[0]), ["early", "r1", "mid", "r2", "late"]);
    // Any order of the same briefings gives the same series.
    let mut reversed = items;
    reversed.reverse();
    assert_eq!(names(&group(reversed)[0]), names(&all[0]));
}

#[test]
fn processes_form_their_own_series_and_those_without_one_come_last() {
    let all = group(vec![
        member("loose", None, None, None),
        member("s2", Some("start"), Some(2), None),
        member("i1", Some("istanbul"), Some(1), None),
        member("s1", Some("start"), Some(1), None),
    ]);
    let processes: Vec<Option<&str>> = all.iter().map(|s| s.process.as_deref()).collect();
    assert_eq!(processes, [Some("istanbul"), Some("start"), None]);
    assert_eq!(names(&all[1]), ["s1", "s2"]);
    assert_eq!(all[2].title(), "(no process)");
}

#[test]
fn two_briefings_claiming_one_round_are_found() {
    let all = group(vec![
        member("a", Some("p"), Some(1), None),
        member("b", Some("p"), Some(2), Some("2025-01-01")),
        member("c", Some("p"), Some(2), Some("2025-02-01")),
        member("d", Some("p"), None, None),
    ]);
    assert_eq!(all[0].duplicate_rounds(), [(2, vec![1, 2])]);
    let fine = group(vec![
        member("a", Some("p"), Some(1), None),
        member("b", Some("p"), None, None),
        member("c", Some("p"), None, None),
    ]);
    assert!(fine[0].duplicate_rounds().is_empty());
}

#[test]
fn the_loader_reads_process_and_round_and_places_their_mistakes() {
    let ok = member("x", Some("istanbul-talks-2025"), Some(4), None).briefing;
    assert_eq!(ok.process.as_deref(), Some("istanbul-talks-2025"));
    assert_eq!(ok.round, Some(4));
    // Only the top level's keys count: a `round = 9` inside a multi-line
    // dek is text, and a briefing without the keys has neither.
    let text = "headline = \"h\"\nprocess = \"istanbul-2025\"\nround = 3\ndek = \"\"\"\nround = 9\n\"\"\"\n[[sections]]\ntitle = \"s\"\n";
    let read = load_str("t.toml", text).expect("loads");
    assert_eq!(
        (read.process.as_deref(), read.round),
        (Some("istanbul-2025"), Some(3))
    );
    let none =
        load_str("t.toml", "headline = \"h\"\n[[sections]]\ntitle = \"s\"\n").expect("loads");
    assert_eq!((none.process, none.round), (None, None));
    let problems = |extra: &str| {
        let text = format!("headline = \"h\"\n{extra}\n[[sections]]\ntitle = \"s\"\n");
        match load_str("t.toml", &text) {
            Ok(_) => panic!("loaded: {extra}"),
            Err(e) => e.problems().to_vec(),
        }
    };
    let zero = problems("round = 0");
    assert_eq!(
        zero[0].message,
        "`round` is 0, but rounds count from 1 to 100000"
    );
    assert_eq!((zero[0].line, zero[0].column), (Some(2), Some(9)));
    let quoted = problems("round = \"2\"");
    assert_eq!(
        quoted[0].message,
        "`round` should be a whole number (1, 2, 3...), not a string"
    );
    assert!(quoted[0].notes.iter().any(|n| n.contains("round = 2")));
    assert_eq!(
        problems("round = -3")[0].message,
        "`round` is -3, but rounds count from 1 to 100000"
    );
    let blank = problems("process = \"  \"");
    assert_eq!(blank[0].message, "`process` is blank");
    assert_eq!((blank[0].line, blank[0].column), (Some(2), Some(11)));
    let typo = problems("proces = \"p\"");
    assert!(
        typo[0]
            .notes
            .contains(&"did you mean `process`?".to_owned()),
        "{typo:#?}"
    );
}
