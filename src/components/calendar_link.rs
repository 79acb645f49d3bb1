//! A calendar file (`core::ics`) as a download link: the one way the app offers an
//! `.ics` (an activity's dates, the small step, the reminder). The file is a `data:`
//! URL made on the device; nothing is fetched or sent.

use leptos::prelude::*;

use crate::i18n::Key;
use crate::locale::t;

pub fn calendar_href(ics: &str) -> String {
    format!(
        "data:text/calendar;charset=utf-8,{}",
        String::from(js_sys::encode_uri_component(ics))
    )
}

/// The button that downloads `ics()` as `file_name`, described by the element `hint_id`.
#[component]
pub fn CalendarLink(
    ics: impl Fn() -> String + Send + Sync + 'static,
    file_name: String,
    label: Key,
    hint_id: &'static str,
) -> impl IntoView {
    view! {
        <a class="button" href=move || calendar_href(&ics()) download=file_name aria-describedby=hint_id>
            {t(label)}
        </a>
    }
}
