//! Header (name, main navigation, language switch) and footer around every page.

use leptos::prelude::*;
use samenwijzer_core::route::{Page, Route};
use samenwijzer_core::Lang;

use crate::components::council::CouncilMark;
use crate::i18n::Key;
use crate::locale::{t, use_locale};
use crate::router::use_router;

#[component]
fn NavLink(page: Page, label: Key, #[prop(optional)] class: &'static str) -> impl IntoView {
    let router = use_router();
    view! {
        <a
            href=Route::to(page).href()
            class=class
            aria-current=move || (router.page() == page).then_some("page")
        >
            {t(label)}
        </a>
    }
}

#[component]
pub fn Header() -> impl IntoView {
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <a class="brand" href=Route::to(Page::Start).href()>{t(Key::AppName)}</a>
                <CouncilMark/>
                <nav aria-label=t(Key::NavLabel)>
                    <ul class="nav-list">
                        <li><NavLink page=Page::Check label=Key::NavCheck/></li>
                        <li><NavLink page=Page::Directory label=Key::NavDirectory/></li>
                        <li><NavLink page=Page::Shortlist label=Key::NavShortlist/></li>
                        <li><NavLink page=Page::Help label=Key::NavHelp class="nav-help"/></li>
                    </ul>
                </nav>
                <LanguageSwitch/>
            </div>
        </header>
    }
}

/// One button that switches to the other language, labelled in that language.
#[component]
fn LanguageSwitch() -> impl IntoView {
    let locale = use_locale();
    let other = move || match locale.lang() {
        Lang::Nl => Lang::En,
        Lang::En => Lang::Nl,
    };
    // While the other language's texts are fetched the button waits; if they cannot be
    // fetched, a note says so in the language on screen.
    view! {
        <button
            type="button"
            class="lang-switch"
            lang=move || other().code()
            aria-busy=move || locale.switching.get().is_some().then_some("true")
            disabled=move || locale.switching.get().is_some()
            on:click=move |_| locale.choose(other())
        >
            {move || other().endonym()}
        </button>
        <span class="lang-note" role="status">
            {move || locale.unavailable.get().then(|| t(Key::LanguageUnavailable)())}
        </span>
    }
}

/// The inside of `footer#bottom` in index.html.
#[component]
pub fn Footer() -> impl IntoView {
    view! {
            <nav aria-label=t(Key::FooterLabel)>
                <ul class="nav-list">
                    <li><NavLink page=Page::Privacy label=Key::NavPrivacy/></li>
                    <li><NavLink page=Page::About label=Key::NavAbout/></li>
                </ul>
            </nav>
            <p>{t(Key::FooterPrivacyNote)}</p>
    }
}
