//! Why the statements are in Dutch or English, and the reader's choice between the two
//! (`Wording`): a part, which only readers of such a language download.

use leptos::prelude::*;
use samenwijzer_core::check::Wording;

use crate::components::radio_option::RadioOption;
use crate::i18n::{language, Key};
use crate::locale::{t, use_locale};

#[component]
pub fn Choice() -> impl IntoView {
    let locale = use_locale();
    let choices = Wording::ALL
        .iter()
        .map(|&wording| {
            let code = wording.lang().code();
            view! {
                <RadioOption
                    name="uitspraken-taal"
                    value=code.to_owned()
                    checked=move || locale.wording() == wording
                    on_pick=move || locale.choose_wording(wording)
                    label=move || language(wording.lang()).name.to_owned()
                    lang=code
                />
            }
        })
        .collect_view();
    view! {
        <div class="notice wording-choice">
            <p>{t(Key::StatementsNotTranslated)}</p>
            <fieldset>
                <legend>{t(Key::StatementsLanguage)}</legend>
                <div class="options">{choices}</div>
            </fieldset>
        </div>
    }
}
