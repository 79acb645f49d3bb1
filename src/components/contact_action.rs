//! A contact as a large, tappable action — "Bel 088 0767 000", "Mail naar …",
//! "Naar …" — for the helplines and the result page's contact. The link is a
//! `SafeLink`, so only `tel:`, `mailto:` and `https:` ever reach the page.

use leptos::prelude::*;
use samenwijzer_core::link::{LinkKind, SafeLink};

use crate::i18n::{fill, link_text, Key};
use crate::locale::use_locale;

/// One action, as an item of an `.actions` list.
pub fn contact_action(link: SafeLink) -> impl IntoView {
    let locale = use_locale();
    let label = link_text(&link);
    let (key, placeholder, class) = match link.kind() {
        LinkKind::Phone => (Key::HelpCall, "number", "button button--call"),
        LinkKind::Email => (Key::TalkMail, "address", "button"),
        LinkKind::Website => (Key::TalkSite, "site", "button"),
    };
    view! {
        <li>
            <a class=class href=link.href().to_owned()>
                {move || fill(locale.text(key), &[(placeholder, &label)])}
            </a>
        </li>
    }
}
