//! Pieces used by more than one page.

pub mod ask_for_me;
pub mod calendar_link;
pub mod check_again;
pub mod contact_action;
pub mod council;
pub mod directory_view;
pub mod entry_card;
pub mod filter_panel;
pub mod frame;
pub mod helplines;
pub mod language_menu;
pub mod loading;
pub mod my_course;
pub mod page_heading;
pub mod radio_option;
pub mod remember;
pub mod shortlist_button;
pub mod small_step;
pub mod source_line;
pub mod suggestions;
pub mod summary;
pub mod talk;
pub mod text_size_switch;
pub mod update_banner;
pub mod wish_checkbox;
pub mod wording_choice;
