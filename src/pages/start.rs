use leptos::prelude::*;
use samenwijzer_core::route::{Page, Route};
use samenwijzer_core::Lang;

use crate::components::page_heading::PageHeading;
use crate::i18n::Key;
use crate::locale::{t, use_locale};
use crate::static_shell;

/// Mirrors the static start page in index.html. While that is still on screen (first
/// visit, Dutch), this renders nothing next to it; see `static_shell`.
#[component]
pub fn StartPage() -> impl IntoView {
    let locale = use_locale();
    move || {
        if locale.lang() == Lang::Nl && static_shell::showing() {
            ().into_any()
        } else {
            static_shell::remove();
            live_view().into_any()
        }
    }
}

fn live_view() -> impl IntoView {
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
        <p><a href=Route::to(Page::Together).href()>{t(Key::StartTogetherLink)}</a></p>
        <p><a href=Route::tips(false).href()>{t(Key::TipsLink)}</a></p>
        <p><a href=Route::to(Page::Worry).href()>{t(Key::WorryLink)}</a></p>
        <p class="privacy-note">{t(Key::StartPrivacy)}</p>
    }
}
