//! Carrying out what `update` asks for: the effects, each performed here
//! and answered with the action that says how it went.

use std::io;

use super::edit::edit;
use super::{Next, Reader, links, split};
use crate::load::Origin;
use crate::reader::action::{Action, Effect};
use crate::reader::services;
use crate::reader::term::Session;
use crate::reader::update;

impl Reader {
    pub(super) fn perform(&mut self, effect: Effect, session: &mut Session) -> io::Result<Next> {
        match effect {
            Effect::None => Ok(Next::Draw),
            Effect::Quit => Ok(Next::Exit(0)),
            Effect::Suspend => {
                // Not read while the shell has the terminal, nor while
                // stopped and continued in the background.
                let paused = self.keys.pause()?;
                session.suspend()?;
                drop(paused);
                self.expect_continue = true;
                Ok(Next::Draw)
            }
            Effect::Reload => {
                // Briefings are small and the load is fast, so it runs here
                // rather than on a thread.
                let (loaded, checked) = split(services::load_checked(&self.state.doc.origin));
                let good = loaded.is_ok();
                let effect = update::update(&mut self.state, Action::Loaded(Box::new(loaded)));
                if good {
                    update::update(&mut self.state, Action::Checked(checked));
                    // Its process or round may have changed.
                    self.find_rounds();
                }
                match effect {
                    // A reload asking for another reload would never end.
                    Effect::Reload => Ok(Next::Draw),
                    other => self.perform(other, session),
                }
            }
            Effect::Open(request) if is_dir(&request.origin) => {
                if let Origin::File(dir) = request.origin {
                    self.library_on(dir);
                }
                Ok(Next::Draw)
            }
            Effect::Open(request) => self.open(*request, session),
            Effect::Search(job) => match self.services.search(job) {
                Some(found) => {
                    let effect = update::update(&mut self.state, found);
                    self.perform(effect, session)
                }
                None => Ok(Next::Draw),
            },
            Effect::Hunt(job) => match self.services.hunt(job) {
                Some(action) => {
                    let effect = update::update(&mut self.state, action);
                    self.perform(effect, session)
                }
                None => Ok(Next::Draw),
            },
            Effect::Complete(input) => {
                let home = self.state.home.clone();
                let done = crate::complete::complete(&input, home.as_deref());
                let effect = update::update(&mut self.state, Action::Completed(done));
                self.perform(effect, session)
            }
            Effect::LoadAgainst(origin) => {
                let result = origin.load();
                let loaded = Action::AgainstLoaded(Box::new((*origin, result)));
                let effect = update::update(&mut self.state, loaded);
                self.perform(effect, session)
            }
            Effect::Browse(url) => {
                self.browsed = true;
                if let Some(notice) = links::browse(&url, &self.keys, session)? {
                    update::update(&mut self.state, Action::Notice(notice));
                }
                Ok(Next::Draw)
            }
            Effect::Copy(text) => {
                session.copy(&text)?;
                Ok(Next::Draw)
            }
            Effect::Edit => {
                // The editor gets every key typed: none is read meanwhile.
                let paused = self.keys.pause()?;
                let section = self.state.current_section();
                let (notice, ran) = edit(&self.state.doc.origin, section, session)?;
                drop(paused);
                if let Some(notice) = notice {
                    update::update(&mut self.state, Action::Notice(notice));
                }
                // The editor may have changed the file whatever its exit code.
                let effect = if ran { Effect::Reload } else { Effect::None };
                self.perform(effect, session)
            }
        }
    }
}

/// Whether a briefing asked for is a directory (`:` on one).
fn is_dir(origin: &Origin) -> bool {
    matches!(origin, Origin::File(path) if path.is_dir())
}
