//! Large, labelled checkboxes: `Toggle` for any yes/no, and `WishCheckbox` bound to one
//! yes/no part of what the person said helps.

use leptos::prelude::*;
use samenwijzer_core::what_helps::WhatHelps;

use crate::i18n::Key;
use crate::locale::t;
use crate::self_check::use_self_check;

#[component]
pub fn Toggle(
    label: Key,
    checked: impl Fn() -> bool + Send + Sync + 'static,
    on_toggle: impl Fn(bool) + 'static,
    #[prop(optional)] small: bool,
) -> impl IntoView {
    view! {
        <label class="option" class:option--small=small>
            <input
                type="checkbox"
                prop:checked=checked
                on:change=move |ev| on_toggle(event_target_checked(&ev))
            />
            <span>{t(label)}</span>
        </label>
    }
}

#[component]
pub fn WishCheckbox(
    label: Key,
    /// Whether the box is ticked, read from `WhatHelps`.
    read: impl Fn(&WhatHelps) -> bool + Copy + Send + Sync + 'static,
    /// Applies a tick or an untick to `WhatHelps`.
    write: impl Fn(&mut WhatHelps, bool) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let wish = use_self_check().what_helps;
    view! {
        <Toggle
            label
            checked=move || wish.with(read)
            on_toggle=move |on| wish.update(|w| write(w, on))
        />
    }
}
