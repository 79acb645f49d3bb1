//! The app: shared state (language, route, data, self-check) and the three regions of
//! the page frame in index.html that Leptos renders into. Pages live in `pages/`.
//!
//! index.html *is* the frame: `#top` (skip link and header), `main#inhoud` and
//! `footer#bottom`. The regions are separate mounts under one reactive owner, so they
//! share the state; `main` keeps the static start page until the app needs the space
//! (see `static_shell`).

use leptos::mount::mount_to;
use leptos::prelude::*;
use samenwijzer_core::route::Page;
use samenwijzer_core::Lang;
use wasm_bindgen::JsCast;

use crate::components::frame::{Footer, Header};
use crate::components::update_banner::UpdateBanner;
use crate::data::{load_catalogue, provide_data, use_config, Council};
use crate::focus::focus_first;
use crate::i18n::Key;
use crate::launch::read_launch;
use crate::locale::{provide_locale, t};
use crate::pages;
use crate::pages::unknown_council::UnknownCouncilPage;
use crate::router::provide_router;
use crate::self_check::provide_self_check;
use crate::shortlist::provide_shortlist;
use crate::static_shell;

/// Loads the texts of the language in use, then provides the shared state and mounts
/// the regions, and marks `<html data-app="ready">`. When the frame in index.html is
/// missing, nothing is mounted; when no catalogue can be loaded, the static page stays
/// and the boot script says that the app cannot start (`samenwijzer:failed`).
pub fn start(document: web_sys::Document) {
    let region = |id: &str| {
        document
            .get_element_by_id(id)
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    };
    let (Some(top), Some(main), Some(bottom)) = (region("top"), region("inhoud"), region("bottom"))
    else {
        return;
    };
    // Data loading starts before the first mount, which would otherwise be what starts
    // the executor.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let launch = read_launch();
    let wanted = crate::locale::initial(launch.lang);
    leptos::task::spawn_local(async move {
        let texts = load_texts(wanted).await;
        crate::timing::mark("samenwijzer:texts");
        let Some(lang) = texts else {
            crate::crash::cannot_start();
            return;
        };
        let owner = Owner::new();
        owner.with(|| {
            provide_locale(lang);
            crate::text_size::apply(crate::text_size::current());
            crate::read_aloud::provide_read_aloud();
            provide_router();
            crate::list_place::take_over_scrolling();
            provide_data(launch.clone());
            crate::together::provide_together();
            provide_self_check();
            provide_shortlist();
            crate::theme::apply(launch.clone());
            crate::embed::start(&launch);
            static_shell::adopt(&main);
            top.set_inner_html("");
            bottom.set_inner_html("");
            mount_to(top, Top).forget();
            mount_to(main, Pages).forget();
            mount_to(bottom, Footer).forget();
        });
        // The app lives as long as the page.
        std::mem::forget(owner);
        if let Some(html) = document.document_element() {
            let _ = html.set_attribute("data-app", "ready");
        }
        crate::timing::mark("samenwijzer:ready");
    });
}

/// Installs the texts of `wanted`, or of Dutch when those cannot be loaded; the
/// language that is now in use.
async fn load_texts(wanted: Lang) -> Option<Lang> {
    let mut tried = vec![wanted];
    if wanted != Lang::Nl {
        tried.push(Lang::Nl);
    }
    for lang in tried {
        match load_catalogue(lang).await {
            Ok(texts) => {
                crate::i18n::install(lang, texts);
                return Some(lang);
            }
            Err(error) => {
                leptos::logging::warn!("Samenwijzer: texts for {} not loaded: {error}", lang.code())
            }
        }
    }
    None
}

#[component]
fn Top() -> impl IntoView {
    view! {
        <a class="skip-link" href="#inhoud" on:click=|ev| {
            ev.prevent_default();
            focus_first(&["#inhoud"]);
        }>{t(Key::SkipToContent)}</a>
        <UpdateBanner/>
        <Header/>
        {crate::read_aloud::player()}
        {pages::together::bar()}
    }
}

/// The current page, the document title, and focus on navigation.
#[component]
fn Pages() -> impl IntoView {
    let locale = crate::locale::use_locale();
    let router = crate::router::use_router();
    let config = use_config();
    // A municipality in the URL without a (working) configuration: its name, and the
    // detail for staff when the file exists but is wrong.
    let unknown = Memo::new(move |_| {
        config.with(|c| match c.as_ref().map(|c| &c.council) {
            Some(Council::Unknown(name)) => Some((name.clone(), None)),
            Some(Council::Broken { id, detail }) => Some((id.clone(), Some(detail.clone()))),
            _ => None,
        })
    });
    let blocked = move |page: Page| pages::needs_council(page).then(|| unknown.get()).flatten();
    // Title follows page and language; focus moves to the new page's heading so that
    // screen-reader and keyboard users start at the top of what changed.
    Effect::new(move |previous: Option<Page>| {
        let page = router.page();
        let key = match blocked(page) {
            Some((_, detail)) => pages::unknown_council::title_key(detail.is_none()),
            None => pages::title_key(page),
        };
        let heading = locale.text(key);
        document().set_title(&format!("{heading} – {}", locale.text(Key::TitleSuffix)));
        if page != Page::Entry {
            crate::list_place::forget_opened_from();
        }
        // Back at a list that was left by a click, the list restores its place.
        let restoring = page == Page::Directory
            && crate::list_place::restoring(&router.route_untracked().href());
        if previous.is_some_and(|p| p != page) && !restoring {
            crate::focus::jump_to_top();
            focus_first(&["main h1"]);
        }
        page
    });
    move || {
        let page = router.page();
        if let Some((name, detail)) = blocked(page) {
            static_shell::remove();
            return view! { <UnknownCouncilPage name detail/> }.into_any();
        }
        if page != Page::Start {
            static_shell::remove();
        }
        pages::view_for(page)
    }
}
