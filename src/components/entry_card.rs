//! One directory entry as a card, linking to its own page. Every field is untrusted
//! text: it is rendered as text nodes (Leptos escapes them), and only `SafeLink`s
//! become links.

use leptos::prelude::*;
use samenwijzer_core::directory::Entry;
use samenwijzer_core::route::Route;
use samenwijzer_core::{Lang, Need};

use crate::components::shortlist_button::ShortlistButton;
use crate::i18n::when::schedule_text;
use crate::i18n::{link_text, need_key, text, Key};
use crate::locale::{t, use_locale, Locale};

/// The needs an entry fits, in words.
pub fn need_labels(locale: Locale, needs: &[Need]) -> String {
    needs
        .iter()
        .map(|n| locale.text(need_key(*n)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Example, today, national, free, wheelchair: the labels a resident scans for, as
/// (CSS class, text) pairs.
pub fn badges(entry: &Entry, today: bool) -> Vec<(&'static str, Key)> {
    [
        (entry.example, "badge badge--example", Key::DirectoryExample),
        (today, "badge badge--today", Key::EntryToday),
        (
            entry.municipality.is_none(),
            "badge",
            Key::DirectoryNational,
        ),
        (entry.free, "badge", Key::DirectoryFree),
        (
            entry.venue_wheelchair_accessible(),
            "badge",
            Key::DirectoryWheelchair,
        ),
    ]
    .into_iter()
    .filter(|(shown, _, _)| *shown)
    .map(|(_, class, key)| (class, key))
    .collect()
}

#[component]
pub fn Badges(badges: Vec<(&'static str, Key)>) -> impl IntoView {
    let items = badges
        .into_iter()
        .map(|(class, key)| view! { <li class=class>{t(key)}</li> })
        .collect_view();
    view! { <ul class="badges">{items}</ul> }
}

/// A card. Its words are written once for the language in use and the whole card is
/// drawn again when the language changes: one reactive closure per card instead of one
/// per label, which keeps a keystroke in a long list cheap.
#[component]
pub fn EntryCard(
    entry: Entry,
    /// The heading level of the entry's name (2 on the directory page, 3 in a section).
    #[prop(default = 2)]
    level: u8,
    /// Why this entry is shown ("Omdat u aangaf: …"), for suggestions.
    #[prop(optional)]
    note: Option<String>,
    /// How far away it is, in words, when the user gave a postcode.
    #[prop(optional, into)]
    distance: Option<Signal<Option<String>>>,
    /// It takes place today.
    #[prop(optional)]
    today: bool,
) -> impl IntoView {
    let locale = use_locale();
    move || {
        let how = Card {
            level,
            note: note.clone(),
            distance,
            today,
        };
        card(&entry, locale.lang(), how)
    }
}

/// How a card is drawn (the props of `EntryCard`).
pub struct Card {
    pub level: u8,
    pub note: Option<String>,
    pub distance: Option<Signal<Option<String>>>,
    pub today: bool,
}

impl Default for Card {
    fn default() -> Self {
        Card {
            level: 2,
            note: None,
            distance: None,
            today: false,
        }
    }
}

/// The card's elements, for a list that keeps its cards and fills them with other
/// entries (the directory's): drawn again for another entry, the same elements are
/// kept and only what differs is changed.
pub fn card(entry: &Entry, lang: Lang, how: Card) -> impl IntoView {
    let Card {
        level,
        note,
        distance,
        today,
    } = how;
    let say = |key| text(lang, key);
    let href = Route::entry(&entry.id).href();
    // Name and description in the reader's language where the entry has them, each
    // marked with the language it is in.
    let (name, name_lang) = entry.name_in(lang);
    let (description, description_lang) = entry.description_in(lang);
    let link = view! { <a href=href lang=name_lang.code() dir="auto">{name.to_owned()}</a> };
    let heading = match level {
        3 => view! { <h3>{link}</h3> }.into_any(),
        _ => view! { <h2>{link}</h2> }.into_any(),
    };
    let when = (!entry.schedules.is_empty() || entry.when.is_some()).then(|| {
        let mut lines: Vec<String> = entry
            .schedules
            .iter()
            .map(|s| schedule_text(lang, s))
            .collect();
        lines.extend(entry.when.clone());
        view! { <dt>{say(Key::DirectoryWhen)}</dt><dd>{lines.join(". ")}</dd> }
    });
    let place = entry.location.as_ref().map(|l| {
        let place = match &l.name {
            Some(name) => format!("{name}, {}", l.city),
            None => format!("{}, {}", l.street, l.city),
        };
        view! { <dt>{say(Key::EntryWhere)}</dt><dd>{place}</dd> }
    });
    let needs = entry
        .needs
        .iter()
        .map(|n| say(need_key(*n)))
        .collect::<Vec<_>>()
        .join(", ");
    let links = entry
        .links
        .iter()
        .map(|link| view! { <li><a href=link.href().to_owned()>{link_text(link)}</a></li> })
        .collect_view();
    let badges = badges(entry, today)
        .into_iter()
        .map(|(class, key)| view! { <li class=class>{say(key)}</li> })
        .collect_view();
    let distance = distance.map(|d| {
        let label = say(Key::SortDistance);
        move || {
            d.get().map(
                |d| view! { <dt class="visually-hidden">{label}</dt><dd class="distance">{d}</dd> },
            )
        }
    });
    view! {
        <article class="card entry">
            {heading}
            {note.map(|note| view! { <p class="reason">{note}</p> })}
            <ul class="badges">{badges}</ul>
            <p lang=description_lang.code() dir="auto">{description.to_owned()}</p>
            <dl class="facts">
                {entry.organisation.clone().map(|o| view! { <dt>{say(Key::DirectoryOrganisation)}</dt><dd>{o}</dd> })}
                {when}
                {place}
                {distance}
                <dt>{say(Key::DirectoryNeeds)}</dt><dd>{needs}</dd>
            </dl>
            <ul class="links">{links}</ul>
            <ShortlistButton id=entry.id.clone() name=entry.name.clone()/>
        </article>
    }
}
