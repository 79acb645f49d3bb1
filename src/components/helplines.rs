//! The national helplines, with call links and the date each was checked.

use leptos::prelude::*;
use samenwijzer_core::help::Helpline;
use samenwijzer_core::link::SafeLink;

use crate::components::contact_action::contact_action;
use crate::i18n::when::date_words;
use crate::i18n::{fill, helpline_keys, Key};
use crate::locale::{t, use_locale};

#[component]
pub fn Helplines(#[prop(default = 2)] heading_level: u8) -> impl IntoView {
    let locale = use_locale();
    Helpline::ALL
        .into_iter()
        .map(|line| {
            let (heading, body) = helpline_keys(line);
            let calls = line
                .phones()
                .iter()
                .filter_map(|n| SafeLink::phone(n))
                .map(contact_action)
                .collect_view();
            let chat = line
                .chat_link()
                .map(|link| {
                    let site = link.label().to_owned();
                    view! {
                        <li>
                            <a class="button" href=link.href().to_owned()>
                                {move || fill(locale.text(Key::HelpChat), &[("site", &site)])}
                            </a>
                        </li>
                    }
                });
            let heading_view = match heading_level {
                3 => view! { <h3>{t(heading)}</h3> }.into_any(),
                _ => view! { <h2>{t(heading)}</h2> }.into_any(),
            };
            view! {
                <section class="helpline card">
                    {heading_view}
                    <p>{t(body)}</p>
                    <ul class="actions">{calls}{chat}</ul>
                    <p class="meta">
                        {move || fill(locale.text(Key::HelpChecked), &[("date", &date_words(locale.lang(), line.checked()))])}
                    </p>
                </section>
            }
        })
        .collect_view()
}
