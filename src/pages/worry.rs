//! "Zorgen om iemand?": for relatives, neighbours, volunteers and professionals who
//! think someone may be lonely: signs (never proof), how to start the conversation
//! (ask, don't tell), what not to do, and where a worry may go in this municipality
//! (`signals` in its configuration) and who is in its network (`partners`), with the
//! sources. The widget opens it with `data-start="zorgen"`.

use leptos::prelude::*;
use samenwijzer_core::municipality::Contact;
use samenwijzer_core::route::{Page, Route};
use samenwijzer_core::tips::Source;

use crate::components::council::contact_block;
use crate::components::helplines::Helplines;
use crate::components::page_heading::PageHeading;
use crate::components::source_line::SourceLine;
use crate::data::{use_config, Config};
use crate::i18n::{fill, Key};
use crate::locale::{t, use_locale};

/// Each contact under its own name.
fn contacts(list: Vec<Contact>) -> impl IntoView {
    list.into_iter()
        .map(|contact| contact_block(contact.name.clone(), contact))
        .collect_view()
}

fn points(keys: &[Key]) -> impl IntoView {
    view! { <ul class="points">{keys.iter().map(|k| view! { <li>{t(*k)}</li> }).collect_view()}</ul> }
}

#[component]
pub fn WorryPage() -> impl IntoView {
    let config = use_config();
    let locale = use_locale();
    let council = move || config.with(|c| c.as_ref().and_then(Config::municipality).cloned());
    let where_to = move || match council().filter(|c| !c.signals.is_empty()) {
        Some(c) => {
            let intro = fill(locale.text(Key::WorryWhereLocal), &[("name", &c.name)]);
            view! { <p>{intro}</p> {contacts(c.signals)} }.into_any()
        }
        None => view! { <p>{t(Key::WorryWhereNone)}</p> }.into_any(),
    };
    let partners = move || {
        let c = council().filter(|c| !c.partners.is_empty())?;
        let heading = fill(locale.text(Key::WorryPartnersHeading), &[("name", &c.name)]);
        let contribute = c
            .contribute
            .map(|contact| contact_block(locale.text(Key::ContributeHeading).to_owned(), contact));
        Some(view! {
            <section class="card" aria-labelledby="partners-kop">
                <h2 id="partners-kop">{heading}</h2>
                <p>{t(Key::WorryPartnersText)}</p>
                {contacts(c.partners)}
                {contribute}
            </section>
        })
    };
    view! {
        <PageHeading key=Key::WorryTitle/>
        <p class="lead">{t(Key::WorryIntro)}</p>
        <h2>{t(Key::WorrySignsHeading)}</h2>
        {points(&[Key::WorrySignOut, Key::WorrySignVisits, Key::WorrySignLoss, Key::WorrySignCare, Key::WorrySignTalk])}
        <p>{t(Key::WorrySignsNote)}</p>
        <h2>{t(Key::WorryStartHeading)}</h2>
        {points(&[Key::WorryStartChat, Key::WorryStartAsk, Key::WorryStartSee])}
        <p><a href=Route::to(Page::Check).href()>{t(Key::WorryStartCheck)}</a></p>
        <h2>{t(Key::WorryDontHeading)}</h2>
        {points(&[Key::WorryDontLabel, Key::WorryDontTakeOver, Key::WorryDontGiveUp])}
        <SourceLine source=Source::Movisie/>
        <SourceLine source=Source::EenTegenEenzaamheid/>
        <section class="card" aria-labelledby="zorg-waar-kop">
            <h2 id="zorg-waar-kop">{t(Key::WorryWhereHeading)}</h2>
            {where_to}
        </section>
        {partners}
        <section aria-labelledby="zelf-praten-kop">
            <h2 id="zelf-praten-kop">{t(Key::WorryTalkHeading)}</h2>
            <Helplines heading_level=3/>
        </section>
    }
}
