//! Tekstgrootte: three steps in the menu as a native radio group (the browser keeps
//! which one is chosen), each label a little larger than the one before. One handler
//! for the group, and no reactive state: the choice is applied and stored at once.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::Key;
use crate::locale::t;
use crate::text_size::{choose, current, TextSize};

#[component]
pub fn TextSizeSwitch() -> impl IntoView {
    let now = current();
    let on_change = |ev: leptos::ev::Event| {
        let size = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .and_then(|input| TextSize::from_code(&input.value()));
        if let Some(size) = size {
            choose(size);
        }
    };
    let options = TextSize::ALL
        .into_iter()
        .map(|size| {
            let key = match size {
                TextSize::Normal => Key::TextSizeNormal,
                TextSize::Large => Key::TextSizeLarge,
                TextSize::Largest => Key::TextSizeLargest,
            };
            view! {
                <label class="text-size__choice">
                    <input type="radio" name="tekstgrootte" value=size.code() checked=size == now/>
                    <span>{t(key)}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="text-size" on:change=on_change>
            <legend class="text-size__label">{t(Key::TextSize)}</legend>
            {options}
        </fieldset>
    }
}
