//! A tip's source ("Bron: Movisie, …"), linked to where it can be read: on the tips
//! page under each tip, and on the About page.

use leptos::prelude::*;
use samenwijzer_core::tips::Source;

use crate::i18n::{fill, source_key, Key};
use crate::locale::use_locale;

/// "Bron: Movisie, …", linked to where the source can be read.
#[component]
pub fn SourceLine(source: Source) -> impl IntoView {
    let locale = use_locale();
    let name = move || locale.text(source_key(source));
    let label = move || fill(locale.text(Key::TipSource), &[("source", name())]);
    view! {
        <p class="meta source">
            {match source.link() {
                Some(link) => view! { <a href=link.href().to_owned()>{label}</a> }.into_any(),
                None => view! { <span>{label}</span> }.into_any(),
            }}
        </p>
    }
}

/// The source's name, linked where it can be read (the About page's list).
pub fn source_name(source: Source) -> impl IntoView {
    let locale = use_locale();
    let name = move || locale.text(source_key(source));
    match source.link() {
        Some(link) => view! { <a href=link.href().to_owned()>{name}</a> }.into_any(),
        None => view! { <span>{name}</span> }.into_any(),
    }
}
