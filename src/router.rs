//! A small router over `location.hash` (see `samenwijzer_core::route` for why the
//! fragment). The URL is the source of truth: components read the route from here and
//! change it only through `navigate`, so the back button and shared links just work.

use leptos::prelude::*;
use samenwijzer_core::route::{Page, Route};

#[derive(Clone, Copy)]
pub struct Router {
    route: RwSignal<Route>,
    /// The page alone, so that a change of filters or step does not rebuild the page.
    page: Memo<Page>,
}

impl Router {
    pub fn route(&self) -> Route {
        self.route.get()
    }

    pub fn page(&self) -> Page {
        self.page.get()
    }

    /// Shows `route` in the address bar without a new history entry (e.g. while the
    /// user types a search), and applies it.
    pub fn replace(&self, route: Route) {
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(
                &wasm_bindgen::JsValue::NULL,
                "",
                Some(&route.href()),
            );
        }
        self.route.set(route);
    }
}

fn route_from_location() -> Option<Route> {
    let hash = window().location().hash().ok()?;
    Route::parse(&hash)
}

pub fn provide_router() -> Router {
    let route = RwSignal::new(route_from_location().unwrap_or(Route::to(Page::Start)));
    // The app lives as long as the page, so the listener is never removed.
    let _listener = window_event_listener(leptos::ev::hashchange, move |_| {
        // Fragments that are not routes (in-page anchors) leave the page as it is.
        if let Some(next) = route_from_location() {
            if route.with_untracked(|r| *r != next) {
                route.set(next);
            }
        }
    });
    let page = Memo::new(move |_| route.with(|r| r.page));
    let router = Router { route, page };
    provide_context(router);
    router
}

pub fn use_router() -> Router {
    expect_context::<Router>()
}

/// Goes to `route` as a new history entry (the `hashchange` listener applies it).
pub fn navigate(route: &Route) {
    let _ = window().location().set_hash(&route.href());
}
