//! The directory's filters. Each change is a new URL (so the back button undoes it);
//! the search text is kept.

use leptos::prelude::*;
use samenwijzer_core::directory::filter::{Filters, Period};
use samenwijzer_core::directory::order::{Listing, SortOrder};
use samenwijzer_core::route::{Page, Route};
use samenwijzer_core::schedule::Weekday;
use samenwijzer_core::what_helps::AgeGroup;
use samenwijzer_core::what_helps::Moment;
use samenwijzer_core::Need;

use crate::components::wish_checkbox::Toggle;
use crate::i18n::when::weekday_key;
use crate::i18n::{age_key, fill, moment_key, need_key, period_key, sort_key, Key};
use crate::locale::{t, use_locale};
use crate::router::{navigate, use_router};

/// Navigates to the directory with new filters and listing, keeping the search text.
fn go(filters: &Filters, listing: &Listing) {
    let router = use_router();
    let mut route = Route::to(Page::Directory);
    if let Some(q) = router.route().param("q") {
        route = route.with("q", q);
    }
    route.query.extend(filters.to_query());
    route.query.extend(listing.to_query());
    navigate(&route);
}

/// Filters, order and "near me" in one panel that opens on demand, so that on a phone
/// the count and the first result are on the first screen. While it is open, its last
/// line shows the live count and closes it, taking focus to the list's count.
#[component]
pub fn FilterPanel(
    filters: Memo<Filters>,
    listing: Memo<Listing>,
    known: Signal<bool>,
    count: Signal<String>,
) -> impl IntoView {
    let router = use_router();
    let locale = use_locale();
    let panel = NodeRef::<leptos::html::Details>::new();
    let close = move |_| {
        if let Some(details) = panel.get_untracked() {
            let _ = details.remove_attribute("open");
        }
        crate::focus::focus_first(&[".result-count"]);
    };
    let summary = move || {
        let chosen = filters.with(Filters::chosen);
        match chosen {
            0 => locale.text(Key::FilterLegend).to_owned(),
            n => fill(
                locale.text(Key::FilterLegendChosen),
                &[("n", &n.to_string())],
            ),
        }
    };
    let apply = move |change: &dyn Fn(&mut Filters)| {
        let mut next = filters.get_untracked();
        change(&mut next);
        let listing = Listing::from_query(&router.route().query);
        go(&next, &listing);
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

    let day_boxes = Weekday::ALL
        .into_iter()
        .map(|day| {
            view! {
                <Toggle
                    label=weekday_key(day)
                    small=true
                    checked=move || filters.with(|f| f.days.contains(&day))
                    on_toggle=move |on| apply(&|f| {
                        f.days.retain(|d| *d != day);
                        if on { f.days.push(day); f.days.sort(); }
                    })
                />
            }
        })
        .collect_view();
    let period_radios = [None, Some(Period::Today), Some(Period::ThisWeek)]
        .into_iter()
        .map(|period| {
            view! {
                <label class="option option--small">
                    <input
                        type="radio"
                        name="filter-wanneer"
                        prop:checked=move || filters.with(|f| f.period == period)
                        on:change=move |_| apply(&|f| f.period = period)
                    />
                    <span>{t(period_key(period))}</span>
                </label>
            }
        })
        .collect_view();
    let age_options = AgeGroup::ALL
        .into_iter()
        .map(|age| {
            view! {
                <option value=age.slug() selected=move || filters.with(|f| f.age == Some(age))>
                    {t(age_key(age))}
                </option>
            }
        })
        .collect_view();

    view! {
        // Closed at first, also when a link brings filters along (the list says which
        // filters are on); after that only the user opens or closes it.
        <details class="filter-panel" node_ref=panel>
            <summary>{summary}</summary>
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
                <div>
                    <label class="field" for="filter-leeftijd">{t(Key::FilterAge)}</label>
                    <select id="filter-leeftijd" on:change=move |ev| {
                        let value = event_target_value(&ev);
                        apply(&|f| f.age = AgeGroup::from_slug(&value));
                    }>
                        <option value="" selected=move || filters.with(|f| f.age.is_none())>
                            {t(Key::FilterAllAges)}
                        </option>
                        {age_options}
                    </select>
                </div>
            </div>
            <fieldset class="question">
                <legend>{t(Key::FilterPeriod)}</legend>
                <div class="options options--row">{period_radios}</div>
            </fieldset>
            <fieldset class="question">
                <legend>{t(Key::DirectoryWhen)}</legend>
                <div class="options options--row">{moment_boxes}</div>
            </fieldset>
            <fieldset class="question">
                <legend>{t(Key::FilterDays)}</legend>
                <div class="options options--row">{day_boxes}</div>
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
            <ListTools listing known/>
            <p class="filter-panel__done">
                <button type="button" class="button button--primary" on:click=close>
                    {move || fill(locale.text(Key::FilterShowList), &[("count", &count.get())])}
                </button>
            </p>
        </details>
    }
}

/// Order of the list, and the postcode distances are measured from.
#[component]
fn ListTools(listing: Memo<Listing>, known: Signal<bool>) -> impl IntoView {
    let router = use_router();
    let locale = use_locale();
    let apply = move |change: &dyn Fn(&mut Listing)| {
        let mut next = listing.get_untracked();
        change(&mut next);
        go(&Filters::from_query(&router.route().query), &next);
    };
    let postcode = RwSignal::new(listing.get_untracked().near.unwrap_or_default());
    let sort_options = SortOrder::ALL
        .into_iter()
        .map(|sort| {
            view! {
                <option value=sort.slug() selected=move || listing.with(|l| l.sort == sort)>
                    {t(sort_key(sort))}
                </option>
            }
        })
        .collect_view();
    let unknown = move || {
        let (near, sort) = listing.with(|l| (l.near.clone(), l.sort));
        match near {
            Some(pc) if !known.get() => Some(view! {
                <p class="field-error">{fill(locale.text(Key::NearUnknown), &[("postcode", &pc)])}</p>
            }.into_any()),
            None if sort == SortOrder::Distance => Some(view! {
                <p class="field-error">{t(Key::NearNeeded)}</p>
            }.into_any()),
            _ => None,
        }
    };
    view! {
        <div class="list-tools">
            <div>
                <label class="field" for="sorteer">{t(Key::SortLabel)}</label>
                <select id="sorteer" on:change=move |ev| {
                    let value = event_target_value(&ev);
                    let sort = SortOrder::ALL.into_iter().find(|s| s.slug() == value).unwrap_or_default();
                    apply(&|l| l.sort = sort);
                }>
                    {sort_options}
                </select>
            </div>
            <form class="near" on:submit=move |ev| {
                ev.prevent_default();
                let typed = postcode.get_untracked().trim().to_owned();
                apply(&|l| {
                    l.near = (!typed.is_empty()).then(|| typed.clone());
                    if l.near.is_some() { l.sort = SortOrder::Distance; }
                });
            }>
                <label class="field" for="bij">{t(Key::NearLabel)}</label>
                <p class="meta" id="bij-uitleg">{t(Key::NearHint)}</p>
                <div class="inline-field">
                    <input
                        id="bij"
                        type="text"
                        inputmode="text"
                        autocomplete="postal-code"
                        size="8"
                        aria-describedby="bij-uitleg"
                        prop:value=move || postcode.get()
                        on:input=move |ev| postcode.set(event_target_value(&ev))
                    />
                    <button type="submit" class="button">{t(Key::NearApply)}</button>
                </div>
                {unknown}
            </form>
            <p class="meta">{t(Key::NearSource)}</p>
        </div>
    }
}
