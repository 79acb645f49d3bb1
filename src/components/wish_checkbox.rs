//! A large, labelled checkbox bound to one yes/no part of what the person said helps.

use leptos::prelude::*;
use samenwijzer_core::what_helps::WhatHelps;

use crate::i18n::Key;
use crate::locale::t;
use crate::self_check::use_self_check;

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
        <label class="option">
            <input
                type="checkbox"
                prop:checked=move || wish.with(read)
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    wish.update(|w| write(w, on));
                }
            />
            <span>{t(label)}</span>
        </label>
    }
}
