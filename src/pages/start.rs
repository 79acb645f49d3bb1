use leptos::prelude::*;
use samenwijzer_core::route::{Page, Route};

use crate::components::page_heading::PageHeading;
use crate::i18n::Key;
use crate::locale::t;

/// Mirrors the static shell in index.html, which paints before the wasm loads.
#[component]
pub fn StartPage() -> impl IntoView {
    view! {
        <PageHeading key=Key::StartTitle/>
        <p class="lead">{t(Key::StartIntro)}</p>
        <p>{t(Key::StartWhy)}</p>
        <div class="choices">
            <div class="choice">
                <a class="button button--primary" href=Route::to(Page::Check).href()>
                    {t(Key::StartCheckButton)}
                </a>
                <p>{t(Key::StartCheckHint)}</p>
            </div>
            <div class="choice">
                <a class="button" href=Route::to(Page::Directory).href()>
                    {t(Key::StartDirectoryButton)}
                </a>
                <p>{t(Key::StartDirectoryHint)}</p>
            </div>
        </div>
        <p class="privacy-note">{t(Key::StartPrivacy)}</p>
    }
}
