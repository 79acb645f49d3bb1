//! One directory entry as a card. Every field is untrusted text: it is rendered as
//! text nodes (Leptos escapes them), and only `SafeLink`s become links.

use leptos::prelude::*;
use samenwijzer_core::directory::Entry;

use crate::i18n::{need_key, Key};
use crate::locale::{t, use_locale};

#[component]
pub fn EntryCard(
    entry: Entry,
    /// The heading level of the entry's name (2 on the directory page, 3 in a section).
    #[prop(default = 2)]
    level: u8,
    /// Why this entry is shown ("Omdat u aangaf: …"), for suggestions.
    #[prop(optional)]
    note: Option<String>,
) -> impl IntoView {
    let locale = use_locale();
    let Entry {
        name,
        description,
        organisation,
        municipality,
        needs,
        example,
        free,
        when,
        location,
        links,
        ..
    } = entry;
    let wheelchair = location.as_ref().is_some_and(|l| l.wheelchair_accessible);
    let badges = move || {
        let mut badges = Vec::new();
        if example {
            badges.push(("badge badge--example", locale.text(Key::DirectoryExample)));
        }
        if municipality.is_none() {
            badges.push(("badge", locale.text(Key::DirectoryNational)));
        }
        if free {
            badges.push(("badge", locale.text(Key::DirectoryFree)));
        }
        if wheelchair {
            badges.push(("badge", locale.text(Key::DirectoryWheelchair)));
        }
        badges
            .into_iter()
            .map(|(class, label)| view! { <li class=class>{label}</li> })
            .collect_view()
    };
    let need_labels = move || {
        needs
            .iter()
            .map(|n| locale.text(need_key(*n)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let links = links
        .into_iter()
        .map(|link| {
            view! { <li><a href=link.href().to_owned()>{link.label().to_owned()}</a></li> }
        })
        .collect_view();
    let heading = match level {
        3 => view! { <h3>{name}</h3> }.into_any(),
        _ => view! { <h2>{name}</h2> }.into_any(),
    };
    view! {
        <article class="card entry">
            {heading}
            {note.map(|note| view! { <p class="reason">{note}</p> })}
            <ul class="badges">{badges}</ul>
            <p>{description}</p>
            <dl class="facts">
                {organisation.map(|o| view! { <dt>{t(Key::DirectoryOrganisation)}</dt><dd>{o}</dd> })}
                {when.map(|w| view! { <dt>{t(Key::DirectoryWhen)}</dt><dd>{w}</dd> })}
                {location.map(|a| view! {
                    <dt>{t(Key::DirectoryAddress)}</dt>
                    <dd>{format!("{}, {} {}", a.street, a.postcode, a.city)}</dd>
                })}
                <dt>{t(Key::DirectoryNeeds)}</dt><dd>{need_labels}</dd>
            </dl>
            <ul class="links">{links}</ul>
        </article>
    }
}
