//! The result: score and band in plain words, what they commonly mean, suggestions
//! that fit what the person said, someone to talk to, and a summary to take along.
//! A form with open statements gets no score, only the way back to them.

use leptos::prelude::*;
use samenwijzer_core::check::{Incomplete, Level, Profile, Score, Step};
use samenwijzer_core::help::Helpline;
use samenwijzer_core::link::SafeLink;
use samenwijzer_core::route::{Page, Route};
use samenwijzer_core::small_step::ChosenStep;

use crate::components::check_again::CheckAgain;
use crate::components::contact_action::contact_action;
use crate::components::helplines::Helplines;
use crate::components::my_course::{self, MyCourse};
use crate::components::page_heading::PageHeading;
use crate::components::remember::RememberAnswers;
use crate::components::small_step::SmallStep;
use crate::components::suggestions::Suggestions;
use crate::components::summary::Summary;
use crate::components::talk::TalkContact;
use crate::focus::focus_first;
use crate::i18n::{fill, score_sentence, Key};
use crate::locale::{t, use_locale, WORDING_DIR};
use crate::self_check::use_self_check;

#[component]
pub fn ResultPage() -> impl IntoView {
    let check = use_self_check();
    let outcome = Memo::new(move |_| {
        check
            .instrument
            .with(|instrument| check.answers.with(|answers| instrument.score(answers)))
    });
    let nothing_answered = move || check.answers.with(|a| a.answered() == 0);
    // Set when the user deletes their answers here, to confirm it in words.
    let cleared = RwSignal::new(false);
    view! {
        <PageHeading key=Key::ResultTitle/>
        {crate::pages::together::helper_note()}
        {move || {
            if nothing_answered() {
                return view! { <NoResult cleared/> }.into_any();
            }
            match outcome.get() {
                Err(incomplete) => view! { <Unanswered incomplete/> }.into_any(),
                Ok(score) => view! { <ScoreView score cleared/> }.into_any(),
            }
        }}
    }
}

#[component]
fn NoResult(cleared: RwSignal<bool>) -> impl IntoView {
    view! {
        <p role="status">{move || cleared.get().then(|| t(Key::AnswersCleared)())}</p>
        <p>{t(Key::ResultNone)}</p>
        <p><a class="button button--primary" href=Route::to(Page::Check).href()>{t(Key::ResultStartCheck)}</a></p>
        <h2>{t(Key::HelpTitle)}</h2>
        <Helplines heading_level=3/>
    }
}

#[component]
fn Unanswered(incomplete: Incomplete) -> impl IntoView {
    let check = use_self_check();
    let locale = use_locale();
    let links = incomplete
        .missing
        .into_iter()
        .map(|index| {
            let label = move || {
                let text = check.instrument.with(|i| {
                    i.items
                        .get(index)
                        .map(|item| item.text.get(locale.wording()).to_owned())
                        .unwrap_or_default()
                });
                fill(
                    locale.text(Key::ResultMissingItem),
                    &[("n", &(index + 1).to_string()), ("text", &text)],
                )
            };
            view! { <li><a href=Step::Question(index).route().href()>{label}</a></li> }
        })
        .collect_view();
    view! {
        <div class="notice" role="alert">
            <p>{t(Key::ResultIncomplete)}</p>
            <ul class="missing">{links}</ul>
        </div>
    }
}

#[component]
fn ScoreView(score: Score, cleared: RwSignal<bool>) -> impl IntoView {
    let locale = use_locale();
    let check = use_self_check();
    let level = score.band.level;
    let profile = score.profile();
    let score_text = {
        let score = score.clone();
        move || score_sentence(locale.lang(), &score)
    };
    // The band's label is the instrument's words: in their own `lang`, so that on a
    // Turkish page a screen reader says "matig eenzaam" in Dutch.
    let band_text = {
        let band = score.band.clone();
        move || {
            let sentence = locale.text(Key::ResultBand);
            let (before, after) = sentence.split_once("{band}").unwrap_or((sentence, ""));
            let label = band.label.get(locale.wording()).to_owned();
            view! {
                {before}
                <span lang=locale.wording_lang() dir=WORDING_DIR>{label}</span>
                {after}
            }
        }
    };
    let level_key = match level {
        Level::NotLonely => Key::LevelNotLonely,
        Level::Moderate => Key::LevelModerate,
        Level::Severe => Key::LevelSevere,
    };
    let profile_key = match profile {
        Profile::Emotional => Some(Key::ProfileEmotional),
        Profile::Social => Some(Key::ProfileSocial),
        Profile::Both => Some(Key::ProfileBoth),
        Profile::Neither => None,
    };
    let step = RwSignal::new(None::<ChosenStep>);
    // Filled in together: the hand-over comes first (the contact is in the score's
    // section, the conversation card right after it), and what would be kept on the
    // device ("Mijn verloop", a reminder in the calendar) is not offered.
    let together = crate::together::use_together().on();
    let card = {
        let score = score.clone();
        move || view! { <Summary score=score.clone() step/> }
    };
    let card_first = together.then(card.clone());
    let card_last = (!together).then(card);
    // With the most severe band, the way to talk to someone comes first, gently.
    let care = (level == Level::Severe).then(|| {
        view! {
            <section class="notice notice--urgent care" aria-labelledby="zorg-kop">
                <h2 id="zorg-kop">{t(Key::ResultCareHeading)}</h2>
                <p>{t(Key::ResultCareText)}</p>
                <ul class="actions">
                    {Helpline::SuicidePrevention
                        .phones()
                        .iter()
                        .filter_map(|n| SafeLink::phone(n))
                        .map(contact_action)
                        .collect_view()}
                </ul>
            </section>
        }
    });
    view! {
        {care}
        <section class="score" aria-labelledby="score-kop">
            <h2 id="score-kop" class="score__text">{score_text}" "{band_text}</h2>
            <TalkContact score=score.clone()/>
            <p>{t(level_key)}</p>
            {profile_key.map(|key| view! { <p>{t(key)}</p> })}
            <p>{t(Key::ResultChanges)}</p>
            <p>{t(Key::ResultNotDiagnosis)}</p>
            <p class="no-print"><a href=Route::tips(false).href()>{t(Key::TipsLink)}</a></p>
        </section>
        {card_first}
        {(!together).then(|| view! { <MyCourse score=score.clone()/> })}
        <Suggestions/>
        <SmallStep profile step/>
        <section aria-labelledby="hulp-kop">
            <h2 id="hulp-kop">{t(Key::HelpTitle)}</h2>
            <Helplines heading_level=3/>
        </section>
        {card_last}
        {(!together).then(|| view! { <CheckAgain/> })}
        <section class="no-print">
            <RememberAnswers/>
            <p class="actions">
                <a class="button" href=Step::Question(0).route().href()>{t(Key::EditAnswers)}</a>
                <button type="button" class="button" on:click=move |_| {
                    check.clear();
                    if let Err(e) = my_course::forget() {
                        check.storage_error.set(Some(e));
                    }
                    cleared.set(true);
                    focus_first(&["main h1"]);
                }>
                    {t(Key::ClearAnswers)}
                </button>
            </p>
        </section>
    }
}
