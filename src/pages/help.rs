use leptos::prelude::*;

use crate::components::council::LocalContact;
use crate::components::helplines::Helplines;
use crate::components::page_heading::PageHeading;
use crate::i18n::Key;
use crate::locale::t;

/// Needs no data file: helplines are compiled in, so this page always works.
#[component]
pub fn HelpPage() -> impl IntoView {
    view! {
        <PageHeading key=Key::HelpTitle/>
        <p class="lead">{t(Key::HelpIntro)}</p>
        <p class="notice notice--urgent"><strong>{t(Key::HelpEmergency)}</strong></p>
        <Helplines/>
        <section class="card">
            <h2>{t(Key::HelpLocalHeading)}</h2>
            <p>{t(Key::HelpLocalText)}</p>
            <LocalContact/>
        </section>
    }
}
