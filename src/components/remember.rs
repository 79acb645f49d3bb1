//! The opt-in to keep answers on this device, with its consequences said plainly, and
//! a message when the browser refuses to store.

use leptos::prelude::*;

use crate::i18n::Key;
use crate::locale::t;
use crate::self_check::use_self_check;

#[component]
pub fn RememberAnswers() -> impl IntoView {
    let check = use_self_check();
    view! {
        <div class="remember">
            <label class="option">
                <input
                    type="checkbox"
                    aria-describedby="bewaar-uitleg"
                    prop:checked=move || check.remember.get()
                    on:change=move |ev| check.set_remember(event_target_checked(&ev))
                />
                <span>{t(Key::RememberLabel)}</span>
            </label>
            <p class="meta" id="bewaar-uitleg">{t(Key::RememberHint)}</p>
            <p role="status">
                {move || check.storage_error.get().map(|_| view! {
                    <span class="field-error">{t(Key::StorageFailed)}</span>
                })}
            </p>
        </div>
    }
}
