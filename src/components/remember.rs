//! The opt-in to keep something on this device (the self-check's answers, the
//! shortlist), with its consequences said plainly, and a message when the browser
//! refuses to store.

use leptos::prelude::*;

use crate::i18n::Key;
use crate::locale::t;
use crate::self_check::use_self_check;
use crate::storage::StorageError;

#[component]
pub fn RememberChoice(
    label: Key,
    hint: Key,
    /// Id of the hint, unique on the page.
    hint_id: &'static str,
    remember: RwSignal<bool>,
    storage_error: RwSignal<Option<StorageError>>,
    on_change: impl Fn(bool) + 'static,
) -> impl IntoView {
    // Filled in together, nothing is kept, so keeping is not offered.
    if crate::together::use_together().on() {
        return ().into_any();
    }
    view! {
        <div class="remember no-print">
            <label class="option">
                <input
                    type="checkbox"
                    aria-describedby=hint_id
                    prop:checked=move || remember.get()
                    on:change=move |ev| on_change(event_target_checked(&ev))
                />
                <span>{t(label)}</span>
            </label>
            <p class="meta" id=hint_id>{t(hint)}</p>
            <p role="status">
                {move || storage_error.get().map(|_| view! {
                    <span class="field-error">{t(Key::StorageFailed)}</span>
                })}
            </p>
        </div>
    }
    .into_any()
}

#[component]
pub fn RememberAnswers() -> impl IntoView {
    let check = use_self_check();
    view! {
        <RememberChoice
            label=Key::RememberLabel
            hint=Key::RememberHint
            hint_id="bewaar-uitleg"
            remember=check.remember
            storage_error=check.storage_error
            on_change=move |on| check.set_remember(on)
        />
    }
}
