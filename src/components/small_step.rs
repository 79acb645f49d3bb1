//! "Eén kleine stap" on the result page: the resident may choose one step — from the
//! short list for their result (`core::small_step::ideas`), one of the activities they
//! saved, or in their own words — and a day (and perhaps a time) for it. It goes into
//! their calendar as a file made here, and onto the printed card (`summary.rs` reads
//! `step`). Asked, never told: nothing is chosen until the resident chooses.

use leptos::prelude::*;
use samenwijzer_core::check::Profile;
use samenwijzer_core::route::{Page, Route};
use samenwijzer_core::schedule::{Date, Time};
use samenwijzer_core::small_step::{
    ideas, own_words, step_calendar, valid_day, ChosenStep, Idea, StepWhat,
};

use crate::address::app_address;
use crate::components::calendar_link::CalendarLink;
use crate::components::directory_view::directory_if_loaded;
use crate::components::radio_option::RadioOption;
use crate::i18n::when::date_words;
use crate::i18n::{fill, idea_key, Key};
use crate::locale::{t, use_locale};
use crate::shortlist::use_shortlist;
use crate::today::{now, today};

const OWN: &str = "eigen";
const ACTIVITY: &str = "lijstje:";

/// The step's words in the reader's language.
pub fn step_words(lang_text: impl Fn(Key) -> &'static str, what: &StepWhat) -> String {
    match what {
        StepWhat::Idea(idea) => lang_text(idea_key(*idea)).to_owned(),
        StepWhat::Activity(name) => fill(lang_text(Key::StepSaved), &[("name", name)]),
        StepWhat::Own(words) => words.clone(),
    }
}

#[component]
pub fn SmallStep(profile: Profile, step: RwSignal<Option<ChosenStep>>) -> impl IntoView {
    let locale = use_locale();
    let shortlist = use_shortlist();
    let directory = directory_if_loaded();
    let day_today = today();
    let choice = RwSignal::new(None::<String>);
    let words = RwSignal::new(String::new());
    let day = RwSignal::new(day_today.add_days(1).to_string());
    let time = RwSignal::new(String::new());

    // The saved activities, by id and name (only those the directory still has).
    let saved = Memo::new(move |_| {
        let ids = shortlist.ids.get();
        directory.with(|d| {
            d.as_ref()
                .map(|d| {
                    d.saved(&ids)
                        .map(|e| (e.id.clone(), e.name.clone()))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    // What is missing before the step can go into a calendar.
    let problem = Memo::new(move |_| {
        let c = choice.get()?;
        if c == OWN && own_words(&words.get()).is_none() {
            return Some(Key::StepNeedWords);
        }
        match Date::parse(&day.get()) {
            Some(d) if valid_day(d, day_today) => None,
            _ => Some(Key::StepDayInvalid),
        }
    });
    let refresh = move || {
        let chosen = (|| {
            let c = choice.get_untracked()?;
            let what = if c == OWN {
                StepWhat::Own(own_words(&words.get_untracked())?)
            } else if let Some(id) = c.strip_prefix(ACTIVITY) {
                let name = saved
                    .with_untracked(|s| s.iter().find(|(i, _)| i == id).map(|(_, n)| n.clone()))?;
                StepWhat::Activity(name)
            } else {
                StepWhat::Idea(Idea::from_slug(&c)?)
            };
            let d = Date::parse(&day.get_untracked()).filter(|d| valid_day(*d, day_today))?;
            Some(ChosenStep {
                what,
                day: d,
                at: Time::parse(&time.get_untracked()),
            })
        })();
        step.set(chosen);
    };

    let option = move |value: String, label: Box<dyn Fn() -> String + Send + Sync>| {
        let checked = value.clone();
        let picked = value.clone();
        view! {
            <RadioOption
                name="kleine-stap"
                value
                checked=move || choice.with(|c| c.as_deref() == Some(checked.as_str()))
                on_pick=move || {
                    choice.set(Some(picked.clone()));
                    refresh();
                }
                label
            />
        }
    };
    let idea_options = ideas(profile)
        .iter()
        .map(|idea| {
            let key = idea_key(*idea);
            option(
                idea.slug().to_owned(),
                Box::new(move || locale.text(key).to_owned()),
            )
        })
        .collect_view();
    let saved_options = move || {
        saved
            .get()
            .into_iter()
            .map(|(id, name)| {
                let label = move || fill(locale.text(Key::StepSaved), &[("name", &name)]);
                option(format!("{ACTIVITY}{id}"), Box::new(label))
            })
            .collect_view()
    };
    let own_option = option(
        OWN.to_owned(),
        Box::new(move || locale.text(Key::StepOwn).to_owned()),
    );
    let own_field = move || {
        (choice.get().as_deref() == Some(OWN)).then(|| {
            view! {
                <label class="field">
                    <span>{t(Key::StepOwnLabel)}</span>
                    <input
                        type="text"
                        maxlength="120"
                        autocomplete="off"
                        prop:value=move || words.get()
                        on:input=move |ev| {
                            words.set(event_target_value(&ev));
                            refresh();
                        }
                    />
                </label>
            }
        })
    };
    let calendar = move || {
        // Set only for a complete, valid step (`refresh`).
        let chosen = step.get()?;
        let text = step_words(|k| locale.text(k), &chosen.what);
        let note = locale.text(Key::StepCalendarNote);
        let url = app_address(&Route::to(Page::Start));
        let ics = step_calendar(&text, note, chosen.day, chosen.at, Some(&url), now());
        let summary = fill(
            locale.text(Key::StepChosen),
            &[
                ("step", &text),
                ("date", &date_words(locale.lang(), chosen.day)),
            ],
        );
        Some(view! {
            <p class="step__chosen">{summary}</p>
            <p class="calendar">
                <CalendarLink
                    ics=move || ics.clone()
                    file_name="kleine-stap.ics".to_owned()
                    label=Key::StepCalendar
                    hint_id="stap-uitleg"
                />
            </p>
            <p class="meta" id="stap-uitleg">{t(Key::StepHint)}</p>
        })
    };
    view! {
        <section class="card small-step no-print" aria-labelledby="stap-kop">
            <h2 id="stap-kop">{t(Key::StepHeading)}</h2>
            <p>{t(Key::StepIntro)}</p>
            <fieldset class="question">
                <legend>{t(Key::StepLegend)}</legend>
                <div class="options">
                    {idea_options}
                    {saved_options}
                    {own_option}
                </div>
            </fieldset>
            {own_field}
            <div class="step__when">
                <label class="field">
                    <span>{t(Key::StepDay)}</span>
                    <input
                        type="date"
                        min=day_today.to_string()
                        max=day_today.add_days(366).to_string()
                        prop:value=move || day.get()
                        on:input=move |ev| {
                            day.set(event_target_value(&ev));
                            refresh();
                        }
                    />
                </label>
                <label class="field">
                    <span>{t(Key::StepTime)}</span>
                    <input
                        type="time"
                        prop:value=move || time.get()
                        on:input=move |ev| {
                            time.set(event_target_value(&ev));
                            refresh();
                        }
                    />
                </label>
            </div>
            <p role="status">
                {move || problem.get().map(|key| view! { <span class="field-error">{t(key)}</span> })}
            </p>
            {calendar}
        </section>
    }
}
