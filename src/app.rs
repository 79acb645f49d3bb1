//! The app: shared state (language, route, directory), the page frame, and the page
//! switch. Pages live in `pages/`, one file each.

use leptos::prelude::*;
use samenwijzer_core::route::Page;

use crate::components::frame::{Footer, Header};
use crate::data::provide_data;
use crate::focus::focus_first;
use crate::i18n::Key;
use crate::locale::{provide_locale, t};
use crate::pages;
use crate::router::provide_router;
use crate::self_check::provide_self_check;

#[component]
pub fn App() -> impl IntoView {
    let locale = provide_locale();
    let router = provide_router();
    provide_data();
    provide_self_check();

    // Title follows page and language; focus moves to the new page's heading so that
    // screen-reader and keyboard users start at the top of what changed.
    Effect::new(move |previous: Option<Page>| {
        let page = router.page();
        let heading = locale.text(pages::title_key(page));
        document().set_title(&format!("{heading} – {}", locale.text(Key::TitleSuffix)));
        if previous.is_some_and(|p| p != page) {
            window().scroll_to_with_x_and_y(0.0, 0.0);
            focus_first(&["main h1"]);
        }
        page
    });

    view! {
        <a class="skip-link" href="#inhoud" on:click=|ev| {
            ev.prevent_default();
            focus_first(&["#inhoud"]);
        }>{t(Key::SkipToContent)}</a>
        <Header/>
        <main id="inhoud" tabindex="-1">
            {move || pages::view_for(router.page())}
        </main>
        <Footer/>
    }
}
