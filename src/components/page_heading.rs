use leptos::prelude::*;

use crate::i18n::Key;
use crate::locale::t;

/// The page's one `h1`. Focusable from script (not by Tab) so navigation can move
/// focus here.
#[component]
pub fn PageHeading(key: Key) -> impl IntoView {
    view! { <h1 tabindex="-1">{t(key)}</h1> }
}
