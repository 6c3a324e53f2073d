//! The keymap written back as TOML, commented, for `brief config print`.

use strum::{EnumMessage, VariantArray};

use super::keymap::Keymap;
use super::mode::Mode;

impl Keymap {
    /// Every mode and command with its keys (`[]` for none) and what it
    /// does as a comment; merging it over any keymap gives this one.
    pub fn describe(&self) -> String {
        let mut out = String::new();
        for &mode in Mode::VARIANTS {
            if !out.is_empty() {
                out.push('\n');
            }
            if let Some(doc) = mode.get_documentation() {
                out.push_str(&format!("# {doc}\n"));
            }
            out.push_str(&format!("[keys.{}]\n", mode.name()));
            for command in mode.commands() {
                let keys: Vec<String> = self
                    .keys(mode, command)
                    .iter()
                    .map(|k| toml::Value::String(k.to_string()).to_string())
                    .collect();
                out.push_str(&format!(
                    "{} = [{}]  # {}\n",
                    command.name(),
                    keys.join(", "),
                    command.doc()
                ));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_description_reads_back_as_the_same_keymap() {
        let mut odd = Keymap::defaults();
        let problems =
            odd.merge_document("[keys.reader]\nquit = [\"\\\"\", \"\\\\\", \"ü\"]\nreload = []\n");
        assert!(problems.is_empty(), "{problems:?}");
        for map in [Keymap::defaults(), odd] {
            let text = map.describe();
            let mut back = Keymap::empty();
            let problems = back.merge_document(&text);
            assert!(problems.is_empty(), "{problems:?}\n{text}");
            assert_eq!(back, map, "{text}");
        }
    }
}
