use leptos::prelude::*;
use samenwijzer_core::check::Step;

use crate::components::remember::RememberAnswers;
use crate::components::wording_choice::WordingChoice;
use crate::i18n::Key;
use crate::locale::{t, use_locale, WORDING_DIR};
use crate::self_check::use_self_check;

#[component]
pub fn Intro() -> impl IntoView {
    let check = use_self_check();
    let locale = use_locale();
    let started = move || check.answers.with(|a| a.answered() > 0);
    // Resume at the first open statement, or at the needs when all are answered.
    let resume_href = move || {
        let first_open = check.instrument.with(|instrument| {
            check
                .answers
                .with(|a| (0..instrument.items.len()).find(|&i| a.get(i).is_none()))
        });
        first_open
            .map(Step::Question)
            .unwrap_or(Step::Needs)
            .route()
            .href()
    };
    let instrument_name = move || {
        check
            .instrument
            .with(|i| i.name.get(locale.wording()).to_owned())
    };
    view! {
        <p class="lead">{t(Key::CheckIntro)}</p>
        <p>{t(Key::CheckDuration)}</p>
        <p>{t(Key::CheckNotDiagnosis)}</p>
        <p class="privacy-note">{t(Key::StartPrivacy)}</p>
        <WordingChoice/>
        <p class="meta" lang=move || locale.wording_lang() dir=WORDING_DIR>
            {instrument_name}
        </p>
        <RememberAnswers/>
        <div class="step-nav">
            <Show
                when=started
                fallback=|| view! {
                    <a class="button button--primary" href=Step::Question(0).route().href()>
                        {t(Key::CheckStart)}
                    </a>
                }
            >
                <a class="button button--primary" href=resume_href>{t(Key::CheckContinue)}</a>
                <button type="button" class="button" on:click=move |_| check.clear()>
                    {t(Key::CheckRestart)}
                </button>
            </Show>
        </div>
    }
}
