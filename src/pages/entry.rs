//! One activity in full: what, when, where (with a map link), how to get there, cost,
//! accessibility, contact; "Zet in mijn agenda" (.ics) and "Bewaar in mijn lijstje".
//! `#/activiteit?id=…`

use leptos::prelude::*;
use samenwijzer_core::directory::{Entry, Location, Status};
use samenwijzer_core::route::{Page, Route};
use samenwijzer_core::{correction, ics};

use crate::components::calendar_link::CalendarLink;
use crate::components::directory_view::WithDirectory;
use crate::components::entry_card::{badges, need_labels, Badges};
use crate::components::page_heading::PageHeading;
use crate::components::shortlist_button::ShortlistButton;
use crate::data::{use_config, Config};
use crate::i18n::language::language_names;
use crate::i18n::when::{date_long, date_words, schedule_line};
use crate::i18n::{fill, link_text, Key};
use crate::locale::{t, use_locale};
use crate::router::use_router;
use crate::today::now;

#[component]
pub fn EntryPage() -> impl IntoView {
    let router = use_router();
    let id = Memo::new(move |_| router.route().entry_id().unwrap_or_default().to_owned());
    // Opened from the list: back to it, where it was left (see `list_place`); else to
    // the directory's start.
    let from = crate::list_place::opened_from();
    let href = from
        .clone()
        .unwrap_or_else(|| Route::to(Page::Directory).href());
    let go_back = move |ev: leptos::ev::MouseEvent| {
        let plain =
            ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key());
        if from.is_some() && plain {
            if let Ok(history) = window().history() {
                ev.prevent_default();
                let _ = history.back();
            }
        }
    };
    let back = view! {
        <p class="back"><a href=href on:click=go_back>{t(Key::EntryBack)}</a></p>
    };
    let body = view! {
        <WithDirectory title=Key::EntryTitle let:directory>
            {move || match directory.entry(&id.get()) {
                Some(entry) => view! { <EntryDetails entry=entry.clone()/> }.into_any(),
                None => view! {
                    <PageHeading key=Key::EntryTitle/>
                    <p class="notice">{t(Key::EntryNotFound)}</p>
                }
                .into_any(),
            }}
        </WithDirectory>
    };
    view! { {back} {body} }
}

#[component]
fn EntryDetails(entry: Entry) -> impl IntoView {
    let locale = use_locale();
    let now = now();
    let calendar = ics::calendar(&entry, now).map(|text| {
        view! {
            <p class="calendar">
                <CalendarLink
                    ics=move || text.clone()
                    file_name=ics::file_name(&entry)
                    label=Key::EntryAddToCalendar
                    hint_id="agenda-uitleg"
                />
            </p>
            <p class="meta" id="agenda-uitleg">{t(Key::EntryCalendarHint)}</p>
        }
    });
    let schedules = entry.schedules.clone();
    let when_lines = move || {
        schedules
            .iter()
            .map(|s| view! { <li>{schedule_line(locale.lang(), s)}</li> })
            .collect_view()
    };
    let has_when = !entry.schedules.is_empty() || entry.when.is_some();
    let next = entry.next_date(now);
    let when_text = entry.when.clone();
    let ages = entry.age_limits().map(|limits| {
        move || match limits {
            (Some(min), None) => fill(
                locale.text(Key::EntryAgesFrom),
                &[("min", &min.to_string())],
            ),
            (None, Some(max)) => fill(locale.text(Key::EntryAgesTo), &[("max", &max.to_string())]),
            (min, max) => fill(
                locale.text(Key::EntryAges),
                &[
                    ("min", &min.unwrap_or(0).to_string()),
                    ("max", &max.unwrap_or(u8::MAX).to_string()),
                ],
            ),
        }
    });
    let for_whom = (entry.audience.is_some() || ages.is_some()).then(|| {
        view! {
            <dt>{t(Key::EntryForWhom)}</dt>
            <dd>{entry.audience.clone()}" "{ages}</dd>
        }
    });
    let cost = (entry.free || entry.cost.is_some()).then(|| {
        let label = entry.cost.clone();
        let free = entry.free;
        view! {
            <dt>{t(Key::EntryCost)}</dt>
            <dd>{move || label.clone().unwrap_or_else(|| if free { locale.text(Key::DirectoryFree).to_owned() } else { String::new() })}</dd>
        }
    });
    let languages = (!entry.languages.is_empty()).then(|| {
        let codes = entry.languages.clone();
        view! {
            <dt>{t(Key::EntryLanguages)}</dt>
            <dd>{move || language_names(locale.lang(), &codes)}</dd>
        }
    });
    let links = entry
        .links
        .iter()
        .map(|link| view! { <li><a href=link.href().to_owned()>{link_text(link)}</a></li> })
        .collect_view();
    let person = entry.contact_person.clone().map(|name| {
        view! { <p>{move || fill(locale.text(Key::EntryContactPerson), &[("name", &name)])}</p> }
    });
    let checked = entry.last_checked.map(|date| {
        view! {
            <p class="meta">
                {move || fill(locale.text(Key::EntryLastChecked), &[("date", &date_words(locale.lang(), date))])}
            </p>
        }
    });
    let correction = correction_link(entry.clone());
    let needs = entry.needs.clone();
    // The entry's name is the page's title (the frame first sets the generic one).
    // Name and description in the reader's language where the entry has them, each
    // marked with the language it is in.
    let name = {
        let entry = entry.clone();
        move || {
            let (text, lang) = entry.name_in(locale.lang());
            (text.to_owned(), lang.code())
        }
    };
    let description = {
        let entry = entry.clone();
        move || {
            let (text, lang) = entry.description_in(locale.lang());
            (text.to_owned(), lang.code())
        }
    };
    let (title, name_lang, description_lang) = (name.clone(), name.clone(), description.clone());
    Effect::new(move |_| {
        let suffix = locale.text(Key::TitleSuffix);
        document().set_title(&format!("{} – {suffix}", title().0));
    });
    view! {
        <h1 tabindex="-1" lang=move || name_lang().1 dir="auto">{move || name().0}</h1>
        <Badges badges=badges(&entry, false)/>
        {(entry.status == Status::TemporarilyClosed).then(|| view! {
            <p class="notice">{t(Key::EntryTemporarilyClosed)}</p>
        })}
        <p class="lead" lang=move || description_lang().1 dir="auto">{move || description().0}</p>
        <p><ShortlistButton id=entry.id.clone() name=entry.name.clone()/></p>
        <dl class="facts facts--page">
            {has_when.then(|| view! {
                <dt>{t(Key::DirectoryWhen)}</dt>
                <dd>
                    <ul class="plain">{when_lines}</ul>
                    {when_text.map(|w| view! { <p>{w}</p> })}
                    {next.map(|date| view! {
                        <p>{move || fill(locale.text(Key::EntryNext), &[("date", &date_long(locale.lang(), date))])}</p>
                    })}
                </dd>
            })}
            {entry.location.clone().map(|l| view! { <Where location=l/> })}
            {(entry.companion || entry.transport).then(|| view! {
                <dt>{t(Key::EntryHelpGoing)}</dt>
                <dd>
                    {entry.companion.then(|| view! { <span>{t(Key::EntryCompanion)}" "</span> })}
                    {entry.transport.then(|| view! { <span>{t(Key::EntryTransport)}</span> })}
                </dd>
            })}
            {cost}
            {for_whom}
            {languages}
            {entry.how_to_join.clone().map(|h| view! { <dt>{t(Key::EntryHowToJoin)}</dt><dd>{h}</dd> })}
            {entry.organisation.clone().map(|o| view! { <dt>{t(Key::DirectoryOrganisation)}</dt><dd>{o}</dd> })}
            <dt>{t(Key::DirectoryNeeds)}</dt>
            <dd>{move || need_labels(locale, &needs)}</dd>
        </dl>
        {calendar}
        {(!entry.links.is_empty() || person.is_some()).then(|| view! {
            <h2>{t(Key::EntryContact)}</h2>
            {person}
            <ul class="links">{links}</ul>
        })}
        {checked}
        {correction}
    }
}

/// "Klopt er iets niet?": a mail to the municipality's data contact with this
/// activity's name and id (`core::correction`); nothing without a data contact.
fn correction_link(entry: Entry) -> impl IntoView {
    let locale = use_locale();
    let config = use_config();
    move || {
        let to = config.with(|c| {
            c.as_ref()
                .and_then(Config::municipality)
                .and_then(|m| m.data_contact.clone())
        })?;
        let link = correction::mailto(
            &to,
            &entry,
            locale.text(Key::EntryCorrectionSubject),
            locale.text(Key::EntryCorrectionBody),
        )?;
        Some(view! {
            <p class="meta"><a href=link.href>{t(Key::EntryCorrection)}</a></p>
        })
    }
}

/// Address, map link, route and access.
#[component]
fn Where(location: Location) -> impl IntoView {
    let address = location.address();
    let map = location.map_link().map(|link| {
        view! { <br/><a href=link.href().to_owned()>{t(Key::EntryMap)}</a> }
    });
    let floor = location.floor.map(|n| {
        let locale = use_locale();
        let key = match n {
            0 => Key::EntryGroundFloor,
            n if n < 0 => Key::EntryBasement,
            _ if location.lift => Key::EntryFloorLift,
            _ => Key::EntryFloorStairs,
        };
        view! { <span>{move || fill(locale.text(key), &[("n", &n.to_string())])}" "</span> }
    });
    let access =
        location.wheelchair_accessible || location.accessibility.is_some() || floor.is_some();
    view! {
        <dt>{t(Key::EntryWhere)}</dt>
        <dd>
            {location.name.map(|n| view! { <span class="place-name">{n}</span><br/> })}
            {address}
            {map}
        </dd>
        {location.getting_there.map(|g| view! { <dt>{t(Key::EntryGettingThere)}</dt><dd>{g}</dd> })}
        {access.then(|| view! {
            <dt>{t(Key::EntryAccessibility)}</dt>
            <dd>
                {location.wheelchair_accessible.then(|| view! { <span>{t(Key::DirectoryWheelchair)}". "</span> })}
                {floor}
                {location.accessibility}
            </dd>
        })}
    }
}
