use leptos::prelude::*;
use samenwijzer_core::check::Step;
use samenwijzer_core::place::{municipalities, municipality_for_postcode, municipality_name, pc4};
use samenwijzer_core::what_helps::{AgeGroup, Moment};

use crate::components::remember::RememberAnswers;
use crate::components::wish_checkbox::WishCheckbox;
use crate::i18n::{age_key, fill, moment_key, Key};
use crate::locale::{t, use_locale};
use crate::self_check::use_self_check;

use super::{result_route, StepNav};

#[component]
pub fn SituationStep() -> impl IntoView {
    let check = use_self_check();
    let wh = check.what_helps;

    let ages = AgeGroup::ALL
        .into_iter()
        .map(Some)
        .chain([None])
        .map(|group| {
            view! {
                <label class="option">
                    <input
                        type="radio"
                        name="leeftijd"
                        prop:checked=move || wh.with(|w| w.age_group == group)
                        on:change=move |_| wh.update(|w| w.age_group = group)
                    />
                    <span>{t(group.map_or(Key::AgeNoAnswer, age_key))}</span>
                </label>
            }
        })
        .collect_view();

    let moments = Moment::ALL
        .into_iter()
        .map(|moment| {
            view! {
                <WishCheckbox
                    label=moment_key(moment)
                    read=move |w| w.moments.contains(&moment)
                    write=move |w, on| {
                        if on { w.moments.insert(moment); } else { w.moments.remove(&moment); }
                    }
                />
            }
        })
        .collect_view();

    view! {
        <h2 tabindex="-1" id="stap-kop">{t(Key::SituationTitle)}</h2>
        <p>{t(Key::SituationIntro)}</p>
        <fieldset class="question">
            <legend>{t(Key::AgeLegend)}</legend>
            <div class="options">{ages}</div>
        </fieldset>
        <Place/>
        <fieldset class="question">
            <legend>{t(Key::MustLegend)}</legend>
            <div class="options">
                <WishCheckbox
                    label=Key::WheelchairLabel
                    read=|w| w.wheelchair_accessible
                    write=|w, on| w.wheelchair_accessible = on
                />
                <WishCheckbox label=Key::FreeOnlyLabel read=|w| w.free_only write=|w, on| w.free_only = on/>
            </div>
        </fieldset>
        <fieldset class="question">
            <legend>{t(Key::MomentsLegend)}</legend>
            <div class="options">{moments}</div>
        </fieldset>
        <RememberAnswers/>
        <StepNav step=Step::Situation last=(Key::CheckShowResult, result_route())/>
    }
}

/// Municipality by name, or found from a postcode; the postcode wins when it is known.
#[component]
fn Place() -> impl IntoView {
    let check = use_self_check();
    let locale = use_locale();
    let wh = check.what_helps;
    let options = municipalities()
        .map(|(id, name)| {
            view! {
                <option value=id selected=move || wh.with(|w| w.municipality.as_deref() == Some(id))>
                    {name}
                </option>
            }
        })
        .collect_view();
    let postcode_message = move || {
        let postcode = wh.with(|w| w.postcode.trim().to_owned());
        if postcode.is_empty() {
            return None;
        }
        Some(
            match (pc4(&postcode), municipality_for_postcode(&postcode)) {
                (None, _) => (true, locale.text(Key::PostcodeInvalid).to_owned()),
                (Some(_), None) => (false, locale.text(Key::PostcodeOutside).to_owned()),
                (Some(_), Some(id)) => (
                    false,
                    fill(
                        locale.text(Key::PostcodeFound),
                        &[("name", municipality_name(id).unwrap_or(id))],
                    ),
                ),
            },
        )
    };
    let invalid = move || postcode_message().is_some_and(|(error, _)| error);
    view! {
        <fieldset class="question">
            <legend>{t(Key::PlaceLegend)}</legend>
            <label class="field" for="gemeente">{t(Key::MunicipalityLabel)}</label>
            <select
                id="gemeente"
                on:change=move |ev| {
                    let value = event_target_value(&ev);
                    wh.update(|w| w.municipality = (!value.is_empty()).then_some(value));
                }
            >
                <option value="" selected=move || wh.with(|w| w.municipality.is_none())>
                    {t(Key::MunicipalityAny)}
                </option>
                {options}
            </select>
            <label class="field" for="postcode">{t(Key::PostcodeLabel)}</label>
            <p class="meta" id="postcode-hint">{t(Key::PostcodeHint)}</p>
            <input
                id="postcode"
                type="text"
                inputmode="text"
                autocomplete="postal-code"
                size="8"
                aria-describedby="postcode-hint postcode-status"
                aria-invalid=move || invalid().then_some("true")
                prop:value=move || wh.with(|w| w.postcode.clone())
                on:change=move |ev| {
                    let value = event_target_value(&ev);
                    wh.update(|w| {
                        if let Some(id) = municipality_for_postcode(&value) {
                            w.municipality = Some(id.to_owned());
                        }
                        w.postcode = value;
                    });
                }
            />
            <p id="postcode-status" role="status" class=move || if invalid() { "field-error" } else { "meta" }>
                {move || postcode_message().map(|(_, text)| text)}
            </p>
        </fieldset>
    }
}
