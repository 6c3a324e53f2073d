//! `brief completions SHELL` and `brief man`: shell completions and a man
//! page, generated from the same argument definitions as `--help`.

use clap_complete::Shell;

use super::exit::{EXIT_FAILURE, EXIT_OK};
use super::output::{self, Delivery};

/// The completion script for `shell`, on stdout.
pub fn completions(shell: Shell, mut command: clap::Command) -> i32 {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "brief", &mut script);
    write(&String::from_utf8_lossy(&script), "completions")
}

/// The man page, in roff, on stdout.
pub fn man(command: clap::Command) -> i32 {
    let mut page = Vec::new();
    if let Err(err) = clap_mangen::Man::new(command).render(&mut page) {
        eprintln!("brief: could not make the man page: {err}");
        return EXIT_FAILURE;
    }
    write(&title_first(&String::from_utf8_lossy(&page)), "man page")
}

/// The page with its `.TH` line first, where `man`, `file` and linters look
/// for it: the generator puts the definition of the apostrophe string
/// (`.ie`/`.el ... Aq`) above it, and it works as well just below.
fn title_first(page: &str) -> String {
    let mut lines: Vec<&str> = page.lines().collect();
    if let Some(at) = lines.iter().position(|l| l.starts_with(".TH ")) {
        let title = lines.remove(at);
        lines.insert(0, title);
    }
    let mut out = lines.join("\n");
    out.push('\n');
    out
}

fn write(text: &str, what: &str) -> i32 {
    match output::write_stdout(text) {
        Ok(Delivery::Written | Delivery::Closed) => EXIT_OK,
        Err(err) => {
            eprintln!("brief: could not write the {what}: {err}");
            EXIT_FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_title_moves_to_the_top_and_nothing_is_lost() {
        let page = ".ie \\n(.g .ds Aq \\(aq\n.el .ds Aq '\n.TH brief 1\n.SH NAME\n";
        assert_eq!(
            title_first(page),
            ".TH brief 1\n.ie \\n(.g .ds Aq \\(aq\n.el .ds Aq '\n.SH NAME\n"
        );
    }
}
