//! Header (name, main navigation, language switch) and footer around every page.

use leptos::prelude::*;
use samenwijzer_core::route::{Page, Route};
use wasm_bindgen::JsCast;

use crate::components::council::CouncilMark;
use crate::components::language_menu::LanguageSwitch;
use crate::focus::focus_first;
use crate::i18n::{fill, Key};
use crate::locale::{t, use_locale};
use crate::read_aloud::ReadAloudButton;
use crate::router::use_router;
use crate::shortlist::use_shortlist;

#[component]
fn NavLink(page: Page, label: Key, #[prop(optional)] class: &'static str) -> impl IntoView {
    let text = t(label);
    view! { <NavLinkText page class text=move || text().to_owned()/> }
}

#[component]
fn NavLinkText(
    page: Page,
    #[prop(optional)] class: &'static str,
    text: impl Fn() -> String + Send + Sync + 'static,
) -> impl IntoView {
    let router = use_router();
    view! {
        <a
            href=Route::to(page).href()
            class=class
            aria-current=move || (router.page() == page).then_some("page")
        >
            {text}
        </a>
    }
}

/// The header. On a phone one bar: the name, "Hulp nu" and a menu button that opens
/// the other links and the language switch (a disclosure, `aria-expanded`); on wider
/// screens the same links in one row, without the button (style/main.css).
#[component]
pub fn Header() -> impl IntoView {
    let locale = use_locale();
    let list = use_shortlist();
    let open = RwSignal::new(false);
    // Going anywhere closes the menu: a link in it (also to the page already open), or
    // a change of page by any other way (back, a link elsewhere). A handler, not an
    // effect on the route, which also changes on every keystroke of a search.
    let close = move || {
        if open.get_untracked() {
            open.set(false);
        }
    };
    let on_page = window_event_listener(leptos::ev::hashchange, move |_| close());
    on_cleanup(move || on_page.remove());
    let on_menu_click = move |ev: leptos::ev::MouseEvent| {
        let link = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("a, .read-aloud-button").ok().flatten());
        if link.is_some() {
            close();
        }
    };
    let toggle = move || open.update(|o| *o = !*o);
    let shortlist_text = move || match list.ids.with(Vec::len) {
        0 => locale.text(Key::NavShortlist).to_owned(),
        n => fill(
            locale.text(Key::NavShortlistCount),
            &[("n", &n.to_string())],
        ),
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" && open.get_untracked() {
            open.set(false);
            focus_first(&["#menu-knop"]);
        }
    };
    view! {
        <header class="site-header" on:keydown=on_keydown>
            <div class="site-header__inner">
                <a class="brand" href=Route::to(Page::Start).href()>{t(Key::AppName)}</a>
                <CouncilMark/>
                <nav class="site-nav" class:is-open=move || open.get() aria-label=t(Key::NavLabel)>
                    <NavLink page=Page::Help label=Key::NavHelp class="nav-help"/>
                    <button
                        type="button"
                        id="menu-knop"
                        class="menu-toggle"
                        aria-expanded=move || if open.get() { "true" } else { "false" }
                        aria-controls="menu"
                        on:click=move |_| toggle()
                    >
                        {t(Key::NavMenu)}
                    </button>
                    <div class="menu" id="menu" on:click=on_menu_click>
                        <ul class="nav-list">
                            <li><NavLink page=Page::Check label=Key::NavCheck/></li>
                            <li><NavLink page=Page::Directory label=Key::NavDirectory/></li>
                            <li><NavLinkText page=Page::Shortlist text=shortlist_text/></li>
                        </ul>
                        <ReadAloudButton/>
                        <LanguageSwitch/>
                    </div>
                </nav>
            </div>
        </header>
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
