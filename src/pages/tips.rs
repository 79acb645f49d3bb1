//! "Handvatten": tips for making and keeping contact, for the result's kind of
//! loneliness and the barriers the resident named (`core::tips::select`), each with
//! its source; every tip with `?alle=1` or before a check. Suggestions, never orders.

use leptos::prelude::*;
use samenwijzer_core::route::{Page, Route};
use samenwijzer_core::tips::{self, Source, Tip};

use crate::components::page_heading::PageHeading;
use crate::components::source_line::SourceLine;
use crate::i18n::{tip_group_key, tip_keys, Key};
use crate::locale::t;
use crate::router::use_router;
use crate::self_check::use_self_check;

#[component]
pub fn TipsPage() -> impl IntoView {
    let check = use_self_check();
    let router = use_router();
    // The result's profile, when the form is complete; `None` before a check.
    let profile = Memo::new(move |_| {
        check
            .instrument
            .with(|i| check.answers.with(|a| i.score(a).ok()))
            .map(|score| score.profile())
    });
    let all = move || router.route().all_tips();
    let groups = move || {
        if all() {
            tips::select(None, &[])
        } else {
            check.what_helps.with(|w| {
                let barriers: Vec<_> = w.barriers.iter().copied().collect();
                tips::select(profile.get(), &barriers)
            })
        }
    };
    let tailored = move || !all() && profile.get().is_some();
    view! {
        <PageHeading key=Key::TipsTitle/>
        <p class="lead">{t(Key::TipsIntro)}</p>
        <section class="card" aria-labelledby="alleen-kop">
            <h2 id="alleen-kop">{t(Key::TipsAloneHeading)}</h2>
            <p>{t(Key::TipsAloneText)}</p>
            <SourceLine source=Source::DeJongGierveld/>
        </section>
        {move || {
            if tailored() {
                view! {
                    <p>
                        {t(Key::TipsForYou)}" "
                        <a href=Route::tips(true).href()>{t(Key::TipsShowAll)}</a>
                    </p>
                }
                .into_any()
            } else if profile.get().is_none() {
                view! {
                    <p>
                        <a href=Route::to(Page::Check).href()>{t(Key::TipsDoCheck)}</a>
                    </p>
                }
                .into_any()
            } else {
                ().into_any()
            }
        }}
        {move || {
            groups()
                .into_iter()
                .map(|(group, tips)| {
                    view! {
                        <h2>{t(tip_group_key(group))}</h2>
                        <ul class="tips">{tips.into_iter().map(|tip| view! { <TipItem tip/> }).collect_view()}</ul>
                    }
                })
                .collect_view()
        }}
        <p class="actions">
            <a class="button" href=Route::to(Page::Directory).href()>{t(Key::StartDirectoryButton)}</a>
        </p>
    }
}

#[component]
fn TipItem(tip: Tip) -> impl IntoView {
    let (title, text) = tip_keys(tip);
    let id = format!("tip-{}", tip.slug());
    view! {
        <li class="tip">
            <h3 id=id>{t(title)}</h3>
            <p>{t(text)}</p>
            <SourceLine source=tip.source()/>
        </li>
    }
}
