//! What the language button opens (the part `talen`): a button per language, named in
//! its own language and marked with its own `lang`, and the text size.

use leptos::prelude::*;
use samenwijzer_core::Lang;
use wasm_bindgen::JsCast;

use super::LanguageMenu;
use crate::components::text_size_switch::TextSizeSwitch;
use crate::i18n::language;
use crate::locale::use_locale;

#[component]
pub fn LanguagePanel() -> impl IntoView {
    let locale = use_locale();
    let menu = expect_context::<LanguageMenu>();
    // One handler for the list: the button's own `lang` is the language it names.
    let on_choose = move |ev: leptos::ev::MouseEvent| {
        let chosen = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("button[lang]").ok().flatten())
            .and_then(|button| button.get_attribute("lang"))
            .and_then(|code| Lang::from_code(&code));
        if let Some(lang) = chosen.filter(|_| locale.switching.get_untracked().is_none()) {
            menu.close();
            locale.choose(lang);
        }
    };
    // Drawn again when the language changes, to mark the one in use.
    let choices = move || {
        let now = locale.lang();
        Lang::ALL
            .iter()
            .map(|&lang| {
                let info = language(lang);
                view! {
                    <li>
                        <button
                            type="button"
                            class="lang-choice"
                            lang=info.code
                            dir=if info.rtl { "rtl" } else { "ltr" }
                            aria-current=(lang == now).then_some("true")
                        >
                            {info.name}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <ul class="lang-list" on:click=on_choose>{choices}</ul>
        <TextSizeSwitch/>
    }
}
