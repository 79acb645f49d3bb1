//! One choice of a radio group as a large target (`.option`): the small step's
//! choices and the reminder's weeks. The check's statements have their own, for the
//! instrument's answer options.

use leptos::prelude::*;

#[component]
pub fn RadioOption(
    /// The group's name, the same for every choice of one question.
    name: &'static str,
    value: String,
    checked: impl Fn() -> bool + Send + Sync + 'static,
    on_pick: impl Fn() + 'static,
    label: impl Fn() -> String + Send + Sync + 'static,
    /// The label's language, when it differs from the page's ("English" on a Turkish
    /// page).
    #[prop(optional)]
    lang: Option<&'static str>,
) -> impl IntoView {
    view! {
        <label class="option" lang=lang>
            <input type="radio" name=name value=value prop:checked=checked on:change=move |_| on_pick()/>
            <span>{label}</span>
        </label>
    }
}
