//! One file per page, named after its URL slug in `samenwijzer_core::route`.
//! To add a page: a `Page` variant and slug in core, a file here, a line in each of
//! the two functions below, and its texts in the catalogues.

mod about;
pub mod check;
mod directory;
mod entry;
mod help;
mod not_found;
mod privacy;
mod result;
mod shortlist;
mod start;

use leptos::prelude::*;
use samenwijzer_core::route::Page;

use crate::i18n::Key;

pub use entry::entry_route;

pub fn view_for(page: Page) -> AnyView {
    match page {
        Page::Start => view! { <start::StartPage/> }.into_any(),
        Page::Check => view! { <check::CheckPage/> }.into_any(),
        Page::Result => view! { <result::ResultPage/> }.into_any(),
        Page::Directory => view! { <directory::DirectoryPage/> }.into_any(),
        Page::Entry => view! { <entry::EntryPage/> }.into_any(),
        Page::Shortlist => view! { <shortlist::ShortlistPage/> }.into_any(),
        Page::Help => view! { <help::HelpPage/> }.into_any(),
        Page::Privacy => view! { <privacy::PrivacyPage/> }.into_any(),
        Page::About => view! { <about::AboutPage/> }.into_any(),
        Page::NotFound => view! { <not_found::NotFoundPage/> }.into_any(),
    }
}

/// The page's `h1`, also used for the document title.
pub fn title_key(page: Page) -> Key {
    match page {
        Page::Start => Key::StartTitle,
        Page::Check => Key::CheckTitle,
        Page::Result => Key::ResultTitle,
        Page::Directory => Key::DirectoryTitle,
        Page::Entry => Key::EntryTitle,
        Page::Shortlist => Key::ShortlistTitle,
        Page::Help => Key::HelpTitle,
        Page::Privacy => Key::PrivacyTitle,
        Page::About => Key::AboutTitle,
        Page::NotFound => Key::NotFoundTitle,
    }
}
