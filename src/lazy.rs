//! Parts of the app that load when they are needed, so that a visitor downloads only
//! what the page in front of them uses.
//!
//! A part is a function marked `#[wasm_split(<name>, fallible, …)]` (see `lazy_part!`):
//! the build (`scripts/build_wasm.py`) moves it, with everything only it uses, into a
//! module of its own, and calling it fetches that module first. A part returns the
//! function that renders it. `Lazy` shows the part's view at once when it has been
//! loaded before, and otherwise the one loading view until it arrives, or, when it
//! cannot be fetched (offline before the app was stored, a server that lost a file), a
//! message with a retry and the helplines — never a blank page.
//!
//! Split names are the pages' URL slugs (`activiteiten` for `#/activiteiten`), so the
//! boot script can fetch a part's modules together with the main module on a cold
//! load of that page.

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;
use samenwijzer_core::Lang;

use crate::components::loading::{LoadFailed, Loading};
use crate::i18n::Key;

/// A part's module could not be fetched or started.
#[derive(Clone, Copy, Debug)]
pub struct PartFailed;

impl From<leptos::wasm_split::SplitLoaderError> for PartFailed {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> PartFailed {
        PartFailed
    }
}

/// What renders a loaded part.
pub type Render = fn() -> AnyView;
pub type Load = fn() -> Pin<Box<dyn Future<Output = Result<Render, PartFailed>>>>;

/// Declares a part: `lazy_part!(name, split_name, || view! { … }.into_any())` makes
/// `name()`, which loads the module `split_name` (once) and returns its render function.
macro_rules! lazy_part {
    ($name:ident, $split:ident, $render:expr) => {
        fn $name() -> ::std::pin::Pin<
            Box<dyn ::std::future::Future<Output = Result<$crate::lazy::Render, $crate::lazy::PartFailed>>>,
        > {
            #[leptos::wasm_split::wasm_split($split, fallible, wasm_split_path = ::leptos::wasm_split)]
            fn part() -> Result<$crate::lazy::Render, $crate::lazy::PartFailed> {
                Ok($render)
            }
            Box::pin(part())
        }
    };
}
pub(crate) use lazy_part;

thread_local! {
    /// The parts loaded so far, by their load function.
    static LOADED: std::cell::RefCell<Vec<(usize, Render)>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn loaded(load: Load) -> Option<Render> {
    LOADED.with(|l| {
        l.borrow()
            .iter()
            .find(|(f, _)| *f == load as usize)
            .map(|(_, r)| *r)
    })
}

#[derive(Clone, Copy)]
enum State {
    Loading,
    Failed,
    Ready(Render),
}

/// A part's module and, beside it, the texts only the parts show (the later
/// catalogue file of the language in use): a part is shown only with both.
async fn load_with_texts(load: Load, lang: Lang) -> Result<Render, PartFailed> {
    let (render, texts) = futures::join!(load(), crate::data::load_later_texts(lang));
    texts.map_err(|_| PartFailed)?;
    render
}

/// Loads a part in the background, so that it shows at once when it is needed.
pub fn prefetch(load: Load) {
    if loaded(load).is_none() {
        let lang = crate::locale::use_locale().lang_untracked();
        leptos::task::spawn_local(async move {
            if let Ok(render) = load_with_texts(load, lang).await {
                remember(load, render);
            }
        });
    }
}

fn remember(load: Load, render: Render) {
    LOADED.with(|l| {
        let mut l = l.borrow_mut();
        if !l.iter().any(|(f, _)| *f == load as usize) {
            l.push((load as usize, render));
        }
    });
}

/// The part `load` returns. A whole page gives its `title`, the heading shown while it
/// loads or fails; a part within a page has none. A `quiet` part (a panel in the
/// header) that cannot load says so in one line with its retry, without the helplines.
#[component]
pub fn Lazy(
    load: Load,
    #[prop(optional)] title: Option<Key>,
    #[prop(optional)] quiet: bool,
) -> impl IntoView {
    if let Some(render) = loaded(load) {
        return render();
    }
    let state = RwSignal::new(State::Loading);
    let locale = crate::locale::use_locale();
    let fetch = move || {
        state.set(State::Loading);
        let loading = load_with_texts(load, locale.lang_untracked());
        leptos::task::spawn_local(async move {
            match loading.await {
                Ok(render) => {
                    remember(load, render);
                    // The heading shown while loading had focus after a navigation:
                    // give it to the part's own heading.
                    let focused = crate::focus::heading_has_focus();
                    state.set(State::Ready(render));
                    if focused {
                        crate::focus::focus_first(&["main h1"]);
                    }
                }
                Err(PartFailed) => state.set(State::Failed),
            }
        });
    };
    fetch();
    (move || match state.get() {
        State::Loading => view! { <Loading title/> }.into_any(),
        State::Failed => view! { <LoadFailed title retry=fetch quiet/> }.into_any(),
        State::Ready(render) => render(),
    })
    .into_any()
}
