use leptos::prelude::*;

use crate::components::page_heading::PageHeading;
use crate::i18n::Key;
use crate::locale::t;
use crate::storage;

#[component]
pub fn PrivacyPage() -> impl IntoView {
    let status = RwSignal::new(None::<Key>);
    let delete_all = move |_| {
        status.set(Some(match storage::clear_all() {
            Ok(()) => Key::PrivacyDeleted,
            Err(_) => Key::PrivacyStorageBlocked,
        }));
    };
    view! {
        <PageHeading key=Key::PrivacyTitle/>
        <p class="lead">{t(Key::PrivacyIntro)}</p>
        <p>{t(Key::PrivacyNoServer)}</p>
        <p>{t(Key::PrivacyStorage)}</p>
        <p>{t(Key::PrivacyAsk)}</p>
        <p>{t(Key::PrivacyCourse)}</p>
        <p>{t(Key::PrivacyDelete)}</p>
        <button type="button" class="button" on:click=delete_all>{t(Key::PrivacyDeleteButton)}</button>
        <p role="status">{move || status.get().map(|key| t(key)())}</p>
    }
}
