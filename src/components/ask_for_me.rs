//! "Vraag het voor mij" under the result's contact: the resident ticks what to tell,
//! may say how to be reached, reads and edits the drafted message, and sends it
//! themselves — in their own mail program (`mailto:`), by phone with the message as a
//! crib sheet, or by copying it. Nothing leaves the device until they do. What the
//! message holds is `core::handover`'s; the words are the catalogue's.

use leptos::prelude::*;
use samenwijzer_core::check::Score;
use samenwijzer_core::handover::{self, Point, Share};
use samenwijzer_core::link::{LinkKind, SafeLink};
use samenwijzer_core::municipality::Contact;
use samenwijzer_core::Lang;

use crate::components::contact_action::contact_action;
use crate::components::directory_view::directory_if_loaded;
use crate::components::wish_checkbox::Toggle;
use crate::focus::focus_first;
use crate::i18n::{age_key, barrier_key, fill, lower_first, moment_key, need_key, text, Key};
use crate::locale::{t, use_locale};
use crate::self_check::use_self_check;
use crate::shortlist::use_shortlist;

/// The button that opens the form, and the form; nothing when the contact can be
/// neither mailed nor called.
#[component]
pub fn AskForMe(contact: Contact, score: Score) -> impl IntoView {
    let email = contact
        .links
        .iter()
        .find(|l| l.kind() == LinkKind::Email)
        .cloned();
    let phones: Vec<SafeLink> = contact
        .links
        .iter()
        .filter(|l| l.kind() == LinkKind::Phone)
        .cloned()
        .collect();
    if email.is_none() && phones.is_empty() {
        return None;
    }
    let open = RwSignal::new(false);
    let toggle = move |_| {
        open.update(|o| *o = !*o);
        if open.get_untracked() {
            focus_first(&["#vraag-kop"]);
        }
    };
    let name = contact.name.clone();
    let form = move || {
        open.get().then(|| {
            view! {
                <AskForm name=name.clone() email=email.clone() phones=phones.clone() score=score.clone()/>
            }
        })
    };
    Some(view! {
        <p class="no-print">
            <button
                type="button"
                class="button"
                aria-expanded=move || if open.get() { "true" } else { "false" }
                aria-controls="vraag"
                on:click=toggle
            >
                {t(Key::AskOpen)}
            </button>
        </p>
        <div id="vraag" class="ask no-print">{form}</div>
    })
}

/// One line of the message, in `lang`.
fn point_text(lang: Lang, point: &Point) -> String {
    let list = |labels: Vec<&str>| {
        labels
            .into_iter()
            .map(lower_first)
            .collect::<Vec<_>>()
            .join(", ")
    };
    match point {
        Point::Needs(needs) => fill(
            text(lang, Key::DraftNeeds),
            &[(
                "list",
                &list(needs.iter().map(|n| text(lang, need_key(*n))).collect()),
            )],
        ),
        Point::Age(age) => fill(
            text(lang, Key::DraftAge),
            &[("age", &lower_first(text(lang, age_key(*age))))],
        ),
        Point::Moments(moments) => fill(
            text(lang, Key::DraftMoments),
            &[(
                "list",
                &list(moments.iter().map(|m| text(lang, moment_key(*m))).collect()),
            )],
        ),
        Point::Barriers(barriers) => fill(
            text(lang, Key::DraftBarriers),
            &[(
                "list",
                &list(
                    barriers
                        .iter()
                        .map(|b| text(lang, barrier_key(*b)))
                        .collect(),
                ),
            )],
        ),
        Point::FreeOnly => text(lang, Key::DraftFree).to_owned(),
        Point::StepFree => text(lang, Key::DraftStepFree).to_owned(),
        Point::Shortlist(names) => fill(
            text(lang, Key::DraftShortlist),
            &[("list", &names.join(", "))],
        ),
        Point::Score { total, min, max } => fill(
            text(lang, Key::DraftScore),
            &[
                ("score", &total.to_string()),
                ("min", &min.to_string()),
                ("max", &max.to_string()),
            ],
        ),
    }
}

#[component]
fn AskForm(
    name: String,
    email: Option<SafeLink>,
    phones: Vec<SafeLink>,
    score: Score,
) -> impl IntoView {
    let locale = use_locale();
    let check = use_self_check();
    let list = use_shortlist();
    let directory = directory_if_loaded();
    let share = RwSignal::new(Share::default());
    let reach = RwSignal::new(String::new());
    // The resident's own text once they edit it; the draft follows the ticks until then.
    let edited: RwSignal<Option<String>> = RwSignal::new(None);
    let saved_names = Memo::new(move |_| {
        let ids = list.ids.get();
        directory.with(|d| {
            d.as_ref()
                .map(|d| d.saved(&ids).map(|e| e.name.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let greeting_name = name.clone();
    let draft = Memo::new(move |_| {
        let lang = locale.lang();
        let points = check.what_helps.with(|w| {
            saved_names.with(|names| handover::points(&share.get(), w, names, Some(&score)))
        });
        let lines: Vec<String> = points.iter().map(|p| point_text(lang, p)).collect();
        let reach_line = reach.with(|r| {
            let r = r.trim();
            (!r.is_empty()).then(|| fill(text(lang, Key::DraftReach), &[("reach", r)]))
        });
        handover::draft(
            &fill(text(lang, Key::DraftGreeting), &[("name", &greeting_name)]),
            text(lang, Key::DraftOpening),
            &lines,
            reach_line.as_deref(),
            text(lang, Key::DraftClosing),
        )
    });
    let message = Memo::new(move |_| edited.get().unwrap_or_else(|| draft.get()));

    // Only what there is to tell is offered (what a tick would add, as `points` says);
    // the score is off until ticked.
    let offers = |only: Share| {
        check
            .what_helps
            .with_untracked(|w| !handover::points(&only, w, &[], None).is_empty())
    };
    let has_needs = offers(Share {
        needs: true,
        ..Share::NONE
    });
    let has_situation = offers(Share {
        situation: true,
        ..Share::NONE
    });
    let tick = move |label: Key, get: fn(&Share) -> bool, set: fn(&mut Share, bool)| {
        view! {
            <Toggle
                label
                checked=move || share.with(get)
                on_toggle=move |on| share.update(|s| set(s, on))
            />
        }
    };
    let ticks = view! {
        {has_needs.then(|| tick(Key::AskShareNeeds, |s| s.needs, |s, on| s.needs = on))}
        {has_situation.then(|| tick(Key::AskShareSituation, |s| s.situation, |s, on| s.situation = on))}
        {move || (!saved_names.with(Vec::is_empty)).then(|| tick(Key::AskShareShortlist, |s| s.shortlist, |s, on| s.shortlist = on))}
        {tick(Key::AskShareScore, |s| s.score, |s, on| s.score = on)}
    };

    let mail = email.map(|to| {
        let link = Memo::new(move |_| {
            let subject = locale.text(Key::DraftSubject);
            message.with(|m| handover::mailto(&to, subject, m))
        });
        let href = move || link.with(|l| l.as_ref().map(|l| l.href.clone()));
        let too_long = move || {
            link.with(|l| l.as_ref().is_some_and(|l| !l.whole))
                .then(|| view! { <p class="notice">{t(Key::AskMailTooLong)}</p> })
        };
        view! {
            {too_long}
            <p><a class="button button--primary" href=href>{t(Key::AskMail)}</a></p>
        }
    });
    let calls = (!phones.is_empty()).then(|| {
        view! {
            <p>{t(Key::AskCallHint)}</p>
            <ul class="actions">{phones.into_iter().map(contact_action).collect_view()}</ul>
        }
    });
    let copied: RwSignal<Option<bool>> = RwSignal::new(None);
    let copy = move |_| {
        let text = message.get_untracked();
        leptos::task::spawn_local(async move {
            let promise = window().navigator().clipboard().write_text(&text);
            let done = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
            copied.set(Some(done));
        });
    };
    let copy_status = move || {
        copied.get().map(|done| {
            t(if done {
                Key::AskCopied
            } else {
                Key::AskCopyFailed
            })
        })
    };

    view! {
        <section class="card ask__form" aria-labelledby="vraag-kop">
            <h3 id="vraag-kop" tabindex="-1">{t(Key::AskOpen)}</h3>
            <p>{move || fill(locale.text(Key::AskIntro), &[("name", &name)])}</p>
            <fieldset>
                <legend>{t(Key::AskShareLegend)}</legend>
                {ticks}
            </fieldset>
            <label class="field" for="vraag-bereik">{t(Key::AskReachLabel)}</label>
            <p class="meta" id="vraag-bereik-uitleg">{t(Key::AskReachHint)}</p>
            <p>
                <input
                    type="text"
                    id="vraag-bereik"
                    autocomplete="off"
                    aria-describedby="vraag-bereik-uitleg"
                    prop:value=move || reach.get()
                    on:input=move |ev| reach.set(event_target_value(&ev))
                />
            </p>
            <label class="field" for="vraag-bericht">{t(Key::AskMessageLabel)}</label>
            <p>
                <textarea
                    id="vraag-bericht"
                    rows="12"
                    prop:value=move || message.get()
                    on:input=move |ev| edited.set(Some(event_target_value(&ev)))
                ></textarea>
            </p>
            {move || edited.with(Option::is_some).then(|| view! {
                <p>
                    <button type="button" class="button button--small" on:click=move |_| edited.set(None)>
                        {t(Key::AskRedraft)}
                    </button>
                </p>
            })}
            {mail}
            <p>
                <button type="button" class="button" on:click=copy>{t(Key::AskCopy)}</button>
                " "<span role="status">{copy_status}</span>
            </p>
            {calls}
        </section>
    }
}
