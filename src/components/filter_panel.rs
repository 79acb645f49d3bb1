//! The directory's filters. Each change is a new URL (so the back button undoes it);
//! the search text is kept.

use leptos::prelude::*;
use samenwijzer_core::directory::filter::Filters;
use samenwijzer_core::route::{Page, Route};
use samenwijzer_core::what_helps::Moment;
use samenwijzer_core::Need;

use crate::components::wish_checkbox::Toggle;
use crate::i18n::{need_key, Key};
use crate::locale::t;
use crate::pages::check::moment_key;
use crate::router::{navigate, use_router};

#[component]
pub fn FilterPanel(filters: Memo<Filters>) -> impl IntoView {
    let router = use_router();
    let apply = move |change: &dyn Fn(&mut Filters)| {
        let mut next = filters.get_untracked();
        change(&mut next);
        let mut route = Route::to(Page::Directory);
        if let Some(q) = router.route().param("q") {
            route = route.with("q", q);
        }
        route.query.extend(next.to_query());
        navigate(&route);
    };

    let municipality_options = crate::data::offered_municipalities()
        .into_iter()
        .map(|(id, name)| {
            view! {
                <option value=id selected=move || filters.with(|f| f.municipality.as_deref() == Some(id))>
                    {name}
                </option>
            }
        })
        .collect_view();
    let need_options = Need::ALL
        .into_iter()
        .map(|need| {
            view! {
                <option value=need.slug() selected=move || filters.with(|f| f.needs.first() == Some(&need))>
                    {t(need_key(need))}
                </option>
            }
        })
        .collect_view();
    let moment_boxes = Moment::ALL
        .into_iter()
        .map(|moment| {
            view! {
                <Toggle
                    label=moment_key(moment)
                    small=true
                    checked=move || filters.with(|f| f.moments.contains(&moment))
                    on_toggle=move |on| apply(&|f| {
                        f.moments.retain(|m| *m != moment);
                        if on { f.moments.push(moment); }
                    })
                />
            }
        })
        .collect_view();

    view! {
        <details class="filter-panel" open=move || filters.with(|f| !f.is_empty())>
            <summary>{t(Key::FilterLegend)}</summary>
            <div class="filter-grid">
                <div>
                    <label class="field" for="filter-gemeente">{t(Key::MunicipalityLabel)}</label>
                    <select id="filter-gemeente" on:change=move |ev| {
                        let value = event_target_value(&ev);
                        apply(&|f| f.municipality = (!value.is_empty()).then(|| value.clone()));
                    }>
                        <option value="" selected=move || filters.with(|f| f.municipality.is_none())>
                            {t(Key::FilterAllMunicipalities)}
                        </option>
                        {municipality_options}
                    </select>
                </div>
                <div>
                    <label class="field" for="filter-onderwerp">{t(Key::FilterNeed)}</label>
                    <select id="filter-onderwerp" on:change=move |ev| {
                        let value = event_target_value(&ev);
                        apply(&|f| f.needs = Need::from_slug(&value).into_iter().collect());
                    }>
                        <option value="" selected=move || filters.with(|f| f.needs.is_empty())>
                            {t(Key::FilterAllNeeds)}
                        </option>
                        {need_options}
                    </select>
                </div>
            </div>
            <fieldset class="question">
                <legend>{t(Key::DirectoryWhen)}</legend>
                <div class="options options--row">{moment_boxes}</div>
            </fieldset>
            <div class="options options--row">
                <Toggle
                    label=Key::FreeOnlyLabel
                    small=true
                    checked=move || filters.with(|f| f.free_only)
                    on_toggle=move |on| apply(&|f| f.free_only = on)
                />
                <Toggle
                    label=Key::DirectoryWheelchair
                    small=true
                    checked=move || filters.with(|f| f.wheelchair)
                    on_toggle=move |on| apply(&|f| f.wheelchair = on)
                />
            </div>
        </details>
    }
}
