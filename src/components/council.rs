//! The municipality this visit is for (`?gemeente=…`): its mark in the header and its
//! contacts on the help page. Both show nothing for the general app.

use leptos::prelude::*;
use samenwijzer_core::link::SafeLink;
use samenwijzer_core::municipality::Contact;

use crate::data::{use_config, Config};
use crate::i18n::{fill, Key};
use crate::locale::{t, use_locale};

/// Logo and name, next to the app's name in the header.
#[component]
pub fn CouncilMark() -> impl IntoView {
    let config = use_config();
    move || {
        config.with(|c| {
            c.as_ref().and_then(Config::municipality).map(|council| {
                let logo = council.logo.clone().map(|src| {
                    // The name is written next to it, so the logo itself is decoration.
                    view! { <img src=src alt="" width="32" height="32"/> }
                });
                view! { <span class="council">{logo}<span>{council.name.clone()}</span></span> }
            })
        })
    }
}

fn link_view(link: SafeLink) -> impl IntoView {
    view! { <li><a href=link.href().to_owned()>{link.label().to_owned()}</a></li> }
}

/// What a contact does and when it can be reached, as the municipality wrote it.
pub fn contact_about(contact: &Contact) -> impl IntoView {
    let locale = use_locale();
    let hours = contact.hours.clone().map(|hours| {
        view! { <p>{move || fill(locale.text(Key::ContactHours), &[("hours", &hours)])}</p> }
    });
    view! {
        {contact.does.clone().map(|does| view! { <p>{does}</p> })}
        {hours}
    }
}

/// One contact under its heading: name (and "Voorbeeld"), what it does, its hours,
/// its links.
pub fn contact_block(heading: String, contact: Contact) -> AnyView {
    let badge = contact
        .example
        .then(|| view! { <span class="badge badge--example">{t(Key::DirectoryExample)}</span> });
    view! {
        <h3>{heading}</h3>
        <p>{contact.name.clone()}" "{badge}</p>
        {contact_about(&contact)}
        <ul class="links">{contact.links.into_iter().map(link_view).collect_view()}</ul>
    }
    .into_any()
}

/// The municipality's contact for residents and, apart from it, where organisations
/// and volunteers can offer to contribute; nothing for the general app.
#[component]
pub fn LocalContact() -> impl IntoView {
    let config = use_config();
    let locale = use_locale();
    move || {
        let council = config.with(|c| c.as_ref().and_then(|c| c.municipality().cloned()))?;
        let handover = council.handover.clone().map(|contact| {
            let heading = fill(
                locale.text(Key::HelpLocalContact),
                &[("name", &council.name)],
            );
            contact_block(heading, contact)
        });
        let contribute = council
            .contribute
            .clone()
            .map(|contact| contact_block(locale.text(Key::ContributeHeading).to_owned(), contact));
        Some(view! { {handover} {contribute} })
    }
}
