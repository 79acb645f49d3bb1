//! "Liever eerst met iemand praten?" on the result page: the municipality's own contact
//! (name; a tappable phone number, e-mail address or website), found from the visit's
//! municipality (`?gemeente=`) or else the one the resident chose or whose postcode
//! they typed; without one, De Luisterlijn. With a local contact, "Vraag het voor mij"
//! (`ask_for_me.rs`).

use leptos::prelude::*;
use samenwijzer_core::check::Score;
use samenwijzer_core::help::Helpline;
use samenwijzer_core::link::SafeLink;
use samenwijzer_core::municipality::Contact;

use crate::components::ask_for_me::AskForMe;
use crate::components::contact_action::contact_action;
use crate::components::council::contact_about;
use crate::data::{council_contact, use_config, Config};
use crate::i18n::{fill, Key};
use crate::locale::{t, use_locale};
use crate::self_check::use_self_check;

#[component]
pub fn TalkContact(score: Score) -> impl IntoView {
    let config = use_config();
    let check = use_self_check();
    let contact = LocalResource::new(move || {
        let council = config.with(|c| c.as_ref().and_then(Config::municipality).cloned());
        let chosen = check.what_helps.with(|w| w.municipality.clone());
        async move {
            match council {
                Some(c) => c.handover.clone().map(|k| (c.name.clone(), k)),
                None => council_contact(chosen?).await,
            }
        }
    });
    move || {
        // Nothing while it is looked up (a moment), so the text does not change under
        // the reader.
        let found = contact.get()?;
        Some(match found {
            Some((_, contact)) => view! { <Local contact score=score.clone()/> }.into_any(),
            None => view! { <National/> }.into_any(),
        })
    }
}

#[component]
fn Local(contact: Contact, score: Score) -> impl IntoView {
    let locale = use_locale();
    let name = contact.name.clone();
    let badge = contact
        .example
        .then(|| view! { <span class="badge badge--example">{t(Key::DirectoryExample)}</span> });
    view! {
        <div class="card talk" role="group" aria-labelledby="praten-kop">
            <p>
                <strong id="praten-kop">{t(Key::TalkHeading)}</strong>" "
                {move || fill(locale.text(Key::TalkLocal), &[("name", &name)])}" "
                {badge}
            </p>
            {contact_about(&contact)}
            <ul class="actions">{contact.links.clone().into_iter().map(contact_action).collect_view()}</ul>
            <AskForMe contact score/>
        </div>
    }
}

#[component]
fn National() -> impl IntoView {
    let calls = Helpline::Luisterlijn
        .phones()
        .iter()
        .filter_map(|n| SafeLink::phone(n))
        .map(contact_action)
        .collect_view();
    view! {
        <div class="card talk" role="group" aria-labelledby="praten-kop">
            <p><strong id="praten-kop">{t(Key::TalkHeading)}</strong>" "{t(Key::TalkNational)}</p>
            <ul class="actions">{calls}</ul>
        </div>
    }
}
