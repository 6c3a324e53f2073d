//! Drawing the reader from `&State`.

use ratatui::Frame;
use ratatui::widgets::Paragraph;

use super::state::State;

pub fn draw(frame: &mut Frame, state: &State) {
    frame.render_widget(Paragraph::new(state.briefing.headline.as_str()), frame.area());
}
