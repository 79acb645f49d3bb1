//! One file per page, named after its `Page` in `samenwijzer_core::route`.
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
mod tips;
pub mod together;
pub mod unknown_council;
mod worry;

use leptos::prelude::*;
use samenwijzer_core::route::Page;

use crate::i18n::Key;
use crate::lazy::{lazy_part, Lazy, Load};

// The pages a resident may never open load when they are opened: a part each, named
// after the page's URL slug (see `lazy.rs`). The start page, the self-check's
// statements and "Hulp nu" (which must work even when a part cannot be fetched) are
// in the main module.
lazy_part!(result_part, uitslag, || view! { <result::ResultPage/> }
    .into_any());
lazy_part!(directory_part, activiteiten, || {
    view! { <directory::DirectoryPage/> }.into_any()
});
lazy_part!(entry_part, activiteit, || view! { <entry::EntryPage/> }
    .into_any());
lazy_part!(shortlist_part, lijstje, || {
    view! { <shortlist::ShortlistPage/> }.into_any()
});
lazy_part!(tips_part, handvatten, || view! { <tips::TipsPage/> }
    .into_any());
lazy_part!(worry_part, zorgen, || view! { <worry::WorryPage/> }
    .into_any());
lazy_part!(together_part, samen, || {
    view! { <together::TogetherPage/> }.into_any()
});
lazy_part!(privacy_part, privacy, || view! { <privacy::PrivacyPage/> }
    .into_any());
lazy_part!(about_part, over, || view! { <about::AboutPage/> }
    .into_any());

pub fn view_for(page: Page) -> AnyView {
    let lazy = |load: Load| view! { <Lazy load title=title_key(page)/> }.into_any();
    match page {
        Page::Start => view! { <start::StartPage/> }.into_any(),
        Page::Check => view! { <check::CheckPage/> }.into_any(),
        Page::Result => lazy(result_part),
        Page::Directory => lazy(directory_part),
        Page::Entry => lazy(entry_part),
        Page::Shortlist => lazy(shortlist_part),
        Page::Tips => lazy(tips_part),
        Page::Worry => lazy(worry_part),
        Page::Together => lazy(together_part),
        Page::Help => view! { <help::HelpPage/> }.into_any(),
        Page::Privacy => lazy(privacy_part),
        Page::About => lazy(about_part),
        Page::NotFound => view! { <not_found::NotFoundPage/> }.into_any(),
    }
}

/// Pages that need the municipality's configuration; when it is unknown they make way
/// for `unknown_council`. The help, privacy and about pages always work.
pub fn needs_council(page: Page) -> bool {
    matches!(
        page,
        Page::Start | Page::Check | Page::Result | Page::Directory | Page::Entry | Page::Shortlist
    )
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
        Page::Tips => Key::TipsTitle,
        Page::Worry => Key::WorryTitle,
        Page::Together => Key::TogetherTitle,
        Page::Help => Key::HelpTitle,
        Page::Privacy => Key::PrivacyTitle,
        Page::About => Key::AboutTitle,
        Page::NotFound => Key::NotFoundTitle,
    }
}
