use leptos::prelude::*;

use samenwijzer_core::tips::Source;

use crate::components::page_heading::PageHeading;
use crate::components::source_line::source_name;
use crate::i18n::{language, Key};
use crate::locale::{t, use_locale};

#[component]
pub fn AboutPage() -> impl IntoView {
    let locale = use_locale();
    // The statements' wording and a machine's translation, said where the sources are.
    let wording = move || {
        (!locale.has_own_wording()).then(|| view! { <p>{t(Key::StatementsNotTranslated)}</p> })
    };
    let translation = move || {
        (!language(locale.lang()).checked).then(|| {
            view! {
                <h2>{t(Key::AboutTranslationHeading)}</h2>
                <p>{t(Key::AboutTranslationUnchecked)}</p>
            }
        })
    };
    view! {
        <PageHeading key=Key::AboutTitle/>
        <p class="lead">{t(Key::AboutIntro)}</p>
        <h2>{t(Key::AboutSourcesHeading)}</h2>
        <p>{t(Key::AboutSourcesText)}</p>
        <ul class="sources">
            <li><span lang="en" dir="ltr">{t(Key::AboutDjg11)}</span></li>
            <li><span lang="en" dir="ltr">{t(Key::AboutDjg6)}</span></li>
            <li>{t(Key::AboutCutoffs)}</li>
        </ul>
        {wording}
        {translation}
        <h2>{t(Key::AboutTipsHeading)}</h2>
        <p>{t(Key::AboutTipsText)}</p>
        <ul class="sources">
            {Source::ALL.into_iter().map(|source| view! { <li>{source_name(source)}</li> }).collect_view()}
        </ul>
        <h2>{t(Key::AboutDataHeading)}</h2>
        <p>{t(Key::AboutDataText)}</p>
        <h2>{t(Key::AboutA11yHeading)}</h2>
        <p>{t(Key::AboutA11yText)}</p>
        <p>{t(Key::AboutA11yLimits)}</p>
        <h2>{t(Key::AboutLicenceHeading)}</h2>
        <p>{t(Key::AboutLicenceText)}</p>
    }
}
