//! Shown instead of the start page, self-check and directory when the URL names a
//! municipality that has no (working) configuration: a clear message and the parts
//! that still work, never an empty or half-configured app.

use leptos::prelude::*;
use samenwijzer_core::route::{Page, Route};

use crate::components::page_heading::PageHeading;
use crate::i18n::{fill, Key};
use crate::locale::{t, use_locale};

/// The heading (and document title): a municipality without settings (`unknown`), or
/// one whose settings are broken.
pub fn title_key(unknown: bool) -> Key {
    if unknown {
        Key::CouncilUnknownTitle
    } else {
        Key::CouncilBrokenTitle
    }
}

#[component]
pub fn UnknownCouncilPage(name: String, detail: Option<String>) -> impl IntoView {
    let locale = use_locale();
    // No detail: there are no settings at all; with one, they could not be read.
    let unknown = detail.is_none();
    let text = move || {
        let key = if unknown {
            Key::CouncilUnknownText
        } else {
            Key::CouncilBrokenText
        };
        fill(locale.text(key), &[("name", &name)])
    };
    let detail = detail.map(|detail| {
        view! {
            <p class="meta">{move || fill(locale.text(Key::CouncilBrokenDetail), &[("detail", &detail)])}</p>
        }
    });
    view! {
        <PageHeading key=title_key(unknown)/>
        <div class="notice notice--error">
            <p><strong>{text}</strong></p>
            {detail}
        </div>
        <p>{t(Key::CouncilStillWorks)}</p>
        <ul class="links links--stacked">
            <li><a href=Route::to(Page::Help).href()>{t(Key::NavHelp)}</a></li>
            // The same folder without the query: the app for every municipality.
            <li><a href="./">{t(Key::CouncilGeneral)}</a></li>
            <li><a href=Route::to(Page::Privacy).href()>{t(Key::NavPrivacy)}</a></li>
        </ul>
    }
}
