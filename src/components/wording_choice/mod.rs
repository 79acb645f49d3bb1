//! In a language the instruments have no validated wording in (`Wording`): why the
//! statements are in Dutch or English, and the reader's choice between the two. The
//! choice is a part of its own, so Dutch and English readers never download it.

use leptos::prelude::*;

use crate::lazy::{lazy_part, Lazy};
use crate::locale::use_locale;

mod choice;

lazy_part!(choice_part, uitspraken, || view! { <choice::Choice/> }
    .into_any());

#[component]
pub fn WordingChoice() -> impl IntoView {
    let locale = use_locale();
    move || (!locale.has_own_wording()).then(|| view! { <Lazy load=choice_part/> })
}
