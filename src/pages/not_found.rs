use leptos::prelude::*;
use samenwijzer_core::route::{Page, Route};

use crate::components::page_heading::PageHeading;
use crate::i18n::Key;
use crate::locale::t;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <PageHeading key=Key::NotFoundTitle/>
        <p>{t(Key::NotFoundText)}</p>
        <p><a class="button" href=Route::to(Page::Start).href()>{t(Key::NavStart)}</a></p>
    }
}
