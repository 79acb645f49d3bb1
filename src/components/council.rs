//! The municipality this visit is for (`?gemeente=…`): its mark in the header and its
//! local contact on the help page. Both show nothing for the general app.

use leptos::prelude::*;
use samenwijzer_core::link::SafeLink;

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

/// The municipality's own contact, if its configuration has one.
#[component]
pub fn LocalContact() -> impl IntoView {
    let config = use_config();
    let locale = use_locale();
    move || {
        let council = config.with(|c| c.as_ref().and_then(|c| c.municipality().cloned()))?;
        let contact = council.contact.clone()?;
        let heading = move || {
            fill(
                locale.text(Key::HelpLocalContact),
                &[("name", &council.name)],
            )
        };
        let badge = contact.example.then(
            || view! { <span class="badge badge--example">{t(Key::DirectoryExample)}</span> },
        );
        Some(view! {
            <h3>{heading}</h3>
            <p>{contact.name.clone()}" "{badge}</p>
            <ul class="links">{contact.links.into_iter().map(link_view).collect_view()}</ul>
        })
    }
}
