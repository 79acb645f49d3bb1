use leptos::prelude::*;
use samenwijzer_core::directory::filter::Filters;
use samenwijzer_core::directory::order::{self, Listing};
use samenwijzer_core::geo::{Centroids, LatLon};
use samenwijzer_core::place::municipality_name;
use samenwijzer_core::route::{Page, Route};

use crate::components::directory_view::WithDirectory;
use crate::components::entry_card::{card, Card};
use crate::components::filter_panel::FilterPanel;
use crate::components::page_heading::PageHeading;
use crate::data::Loaded;
use crate::i18n::when::weekday_key;
use crate::i18n::{age_key, fill, moment_key, need_key, period_key, Key, DIRECTORY_LANG};
use crate::locale::{t, use_locale};
use crate::router::use_router;

/// How many entries are shown before "Toon meer".
const PAGE_SIZE: usize = 25;

/// A route's query parameters, in URL order.
type Query = Vec<(String, String)>;

/// The search text in the URL.
const SEARCH_PARAM: &str = "q";

#[component]
pub fn DirectoryPage() -> impl IntoView {
    view! {
        <PageHeading key=Key::DirectoryTitle/>
        <p class="lead">{t(Key::DirectoryIntro)}</p>
        <InDutch/>
        <WithDirectory let:directory>
            <Entries directory/>
        </WithDirectory>
    }
}

/// In another language than Dutch: the entries are in Dutch.
#[component]
fn InDutch() -> impl IntoView {
    let locale = use_locale();
    move || {
        (locale.lang().code() != DIRECTORY_LANG)
            .then(|| view! { <p class="meta">{t(Key::DirectoryInDutch)}</p> })
    }
}

#[component]
fn Entries(directory: std::sync::Arc<Loaded>) -> impl IntoView {
    let router = use_router();
    let filters = Memo::new(move |_| Filters::from_query(&router.route().query));
    let listing = Memo::new(move |_| Listing::from_query(&router.route().query));
    let centroids = std::sync::Arc::new(Centroids::bundled());
    // Where distances are measured from: the centre of the postcode the user gave.
    let origin = {
        let centroids = centroids.clone();
        Memo::new(move |_| listing.with(|l| l.near.as_deref().and_then(|pc| centroids.of(pc))))
    };
    let places: Vec<Option<LatLon>> = directory
        .entries
        .iter()
        .map(|e| order::place_of(e, &centroids))
        .collect();
    // Each entry's distance, computed once per postcode rather than in every sort
    // comparison and every card on every keystroke.
    let distances = Memo::new(move |_| {
        let origin = origin.get();
        places
            .iter()
            .map(|place| Some(origin?.km_to((*place)?)))
            .collect::<Vec<Option<f64>>>()
    });
    let today = crate::today::today();
    let query = Memo::new(move |_| {
        router
            .route()
            .param(SEARCH_PARAM)
            .unwrap_or_default()
            .to_owned()
    });
    let skipped = directory.skipped.len();
    // Loaded with the directory, or built once from it; a keystroke only searches.
    directory.index();
    let entries = directory.clone();
    let shown = Memo::new(move |_| {
        // Read the signals first, so the measured span is the search work alone.
        let (query, filters, sort) = (query.get(), filters.get(), listing.with(|l| l.sort));
        crate::timing::measure("samenwijzer:search", || {
            let order: Vec<usize> = match directory.index().search(&query) {
                Some(hits) => hits.into_iter().map(|h| h.entry).collect(),
                None => (0..directory.entries.len()).collect(),
            };
            let mut shown: Vec<usize> = order
                .into_iter()
                .filter(|&i| filters.admits(&directory.entries[i], today))
                .collect();
            distances.with(|d| order::sort(&mut shown, &directory.entries, sort, |i| d[i]));
            shown
        })
    });
    let locale = use_locale();
    let distance_text = move |i: usize| {
        Signal::derive(move || {
            let km = distances.with(|d| d[i])?;
            let near = listing.with(|l| l.near.clone()).unwrap_or_default();
            let separator = locale
                .text(Key::DecimalSeparator)
                .chars()
                .next()
                .unwrap_or(',');
            let km = samenwijzer_core::geo::fixed(km, 1, separator);
            Some(fill(
                locale.text(Key::EntryDistance),
                &[("km", &km), ("postcode", &near)],
            ))
        })
    };
    // Long lists are shown a page at a time, so a large directory stays fast. "Toon
    // meer" counts for one list: any change of search, filters or order (the route's
    // query) starts at the first page again. Derived from the route, not reset by an
    // effect, so a keystroke renders the list once.
    // Back from an activity (or any page left by a click): as many cards as then, the
    // same scroll position, focus on the activity's link (see `list_place`).
    let place = crate::list_place::kept(&router.route_untracked().href());
    let more: RwSignal<Option<(Query, usize)>> = RwSignal::new(
        place
            .as_ref()
            .filter(|p| p.shown > PAGE_SIZE)
            .map(|p| (router.route_untracked().query, p.shown - PAGE_SIZE)),
    );
    let limit = Memo::new(move |_| {
        let extra = more.with(|m| match m {
            Some((query, extra)) if router.route().query == *query => *extra,
            _ => 0,
        });
        PAGE_SIZE + extra
    });
    // One page more than now: the extra cards become everything shown so far.
    let show_more = move || more.set(Some((router.route().query, limit.get_untracked())));
    let total = Memo::new(move |_| shown.with(Vec::len));
    let slots = Memo::new(move |_| limit.get().min(total.get()));
    let summary = move || {
        view! {
            <ListSummary
                count=total.get()
                filters=filters.get()
                skipped
                query=query.get()
            />
        }
    };
    // Only whether there is more decides if the button exists, so it keeps focus.
    let has_more = Memo::new(move |_| limit.get() < total.get());
    let more_button = move || {
        has_more
            .get()
            .then(|| view! { <ShowMore limit total on_more=show_more/> })
    };
    if let Some(place) = place {
        request_animation_frame(move || crate::list_place::restore(&place));
    }
    // Every click here may leave the list: its place is written first.
    let stamp = window_event_listener(leptos::ev::click, move |ev| {
        crate::list_place::keep(&crate::list_place::Place {
            href: router.route_untracked().href(),
            shown: limit.get_untracked(),
            scroll_y: window().scroll_y().unwrap_or_default(),
            link: crate::list_place::clicked_link(&ev, ".entries"),
        });
    });
    on_cleanup(move || stamp.remove());
    let count = Signal::derive(move || count_words(locale, total.get()));
    view! {
        <SearchBox query/>
        <FilterPanel filters listing known=Signal::derive(move || origin.get().is_some()) count/>
        {summary}
        // Keyed by place in the list: a keystroke that brings other entries fills the
        // same cards with them (the words change, the elements stay), which is several
        // times less work for the browser than taking 25 cards out and putting 25 new
        // ones in. A place whose entry did not change is not touched.
        <ul class="entries entries--long">
            <For
                each=move || 0..slots.get()
                key=|slot| *slot
                children=move |slot| {
                    let at = Memo::new(move |_| shown.with(|s| s.get(slot).copied()));
                    let entries = entries.clone();
                    move || {
                        let lang = locale.lang();
                        at.get().map(|i| {
                            let entry = &entries.entries[i];
                            let card = card(entry, lang, Card {
                                distance: Some(distance_text(i)),
                                today: entry.occurs_on(today),
                                ..Card::default()
                            });
                            view! { <li>{card}</li> }
                        })
                    }
                }
            />
        </ul>
        {more_button}
    }
}

#[component]
fn ShowMore(
    limit: Memo<usize>,
    total: Memo<usize>,
    on_more: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let locale = use_locale();
    let showing = move || {
        let total = total.get();
        fill(
            locale.text(Key::DirectoryShowing),
            &[
                ("shown", &limit.get().min(total).to_string()),
                ("total", &total.to_string()),
            ],
        )
    };
    view! {
        <p class="show-more">
            <span>{showing}</span>" "
            <button type="button" class="button" on:click=move |_| on_more()>
                {t(Key::DirectoryShowMore)}
            </button>
        </p>
    }
}

/// The search field. Typing replaces the URL's `q` (no history entry per keystroke),
/// at most once per frame: keys typed faster than the screen redraws are searched
/// together.
#[component]
fn SearchBox(query: Memo<String>) -> impl IntoView {
    let router = use_router();
    let pending: StoredValue<Option<String>> = StoredValue::new(None);
    let apply = move || {
        let Some(text) = pending.try_update_value(Option::take).flatten() else {
            return;
        };
        // Where a keystroke's work starts, for the benchmark (scripts/bench-search.mjs).
        crate::timing::mark("samenwijzer:keystroke");
        let mut route = router.route();
        route.query.retain(|(k, _)| k != SEARCH_PARAM);
        if !text.trim().is_empty() {
            route.query.insert(0, (SEARCH_PARAM.to_owned(), text));
        }
        router.replace(route);
    };
    let on_input = move |ev| {
        let waiting = pending.with_value(Option::is_some);
        pending.set_value(Some(event_target_value(&ev)));
        if !waiting {
            request_animation_frame(apply);
        }
    };
    view! {
        <form role="search" class="search" on:submit=|ev| ev.prevent_default()>
            <label class="field" for="zoek">{t(Key::DirectorySearchLabel)}</label>
            <p class="meta" id="zoek-uitleg">{t(Key::DirectorySearchHint)}</p>
            <input
                id="zoek"
                type="search"
                autocomplete="off"
                aria-describedby="zoek-uitleg"
                prop:value=move || query.get()
                on:input=on_input
            />
        </form>
    }
}

/// "12 activiteiten en contacten".
fn count_words(locale: crate::locale::Locale, count: usize) -> String {
    match count {
        1 => locale.text(Key::DirectoryCountOne).to_owned(),
        n => fill(locale.text(Key::DirectoryCount), &[("n", &n.to_string())]),
    }
}

#[component]
fn ListSummary(count: usize, filters: Filters, skipped: usize, query: String) -> impl IntoView {
    let locale = use_locale();
    let nothing_found = (count == 0 && !query.trim().is_empty()).then(|| {
        view! {
            <p>{move || fill(locale.text(Key::DirectoryNoResults), &[("query", query.trim())])}</p>
        }
    });
    let count_text = move || count_words(locale, count);
    let skipped_text = move || match skipped {
        1 => locale.text(Key::DirectorySkippedOne).to_owned(),
        n => fill(locale.text(Key::DirectorySkipped), &[("n", &n.to_string())]),
    };
    let active = (!filters.is_empty()).then(|| {
        let text = move || {
            let mut labels: Vec<&str> = filters
                .needs
                .iter()
                .map(|n| locale.text(need_key(*n)))
                .collect();
            if let Some(m) = &filters.municipality {
                labels.push(municipality_name(m).unwrap_or(m));
            }
            labels.extend(filters.moments.iter().map(|m| locale.text(moment_key(*m))));
            if filters.free_only {
                labels.push(locale.text(Key::DirectoryFree));
            }
            if filters.wheelchair {
                labels.push(locale.text(Key::DirectoryWheelchair));
            }
            labels.extend(filters.days.iter().map(|d| locale.text(weekday_key(*d))));
            if let Some(period) = filters.period {
                labels.push(locale.text(period_key(Some(period))));
            }
            if let Some(age) = filters.age {
                labels.push(locale.text(age_key(age)));
            }
            fill(
                locale.text(Key::DirectoryFilteredBy),
                &[("filters", &labels.join(", "))],
            )
        };
        view! {
            <p class="filters">
                {text}" "
                <a href=Route::to(Page::Directory).href()>{t(Key::DirectoryShowAll)}</a>
            </p>
        }
    });
    view! {
        {active}
        <p role="status" class="result-count" tabindex="-1">{count_text}</p>
        {(skipped > 0).then(|| view! { <p class="notice">{skipped_text}</p> })}
        {nothing_found}
    }
}
