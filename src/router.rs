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

    pub fn route_untracked(&self) -> Route {
        self.route.get_untracked()
    }

    pub fn page(&self) -> Page {
        self.page.get()
    }

    /// Applies `route` now and shows it in the address bar without a new history entry
    /// (while the user types a search). The address follows once typing pauses: every
    /// change of address costs the browser a same-document navigation (and Chromium
    /// fetches the page's icon again), which a keystroke should not pay. It is written
    /// at once before anything could read it: a click (on a link, say), a navigation,
    /// or the page being hidden.
    pub fn replace(&self, route: Route) {
        PENDING.with(|p| *p.borrow_mut() = Some(route.href()));
        let generation = GENERATION.with(|g| {
            g.set(g.get() + 1);
            g.get()
        });
        set_timeout(
            move || {
                if GENERATION.with(|g| g.get()) == generation {
                    write_pending();
                }
            },
            ADDRESS_DELAY,
        );
        self.route.set(route);
    }
}

/// How long typing pauses before the address bar follows the search.
const ADDRESS_DELAY: std::time::Duration = std::time::Duration::from_millis(400);

thread_local! {
    /// The address `replace` has not written yet.
    static PENDING: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
    /// Counts `replace` calls, so only the last one's timer writes.
    static GENERATION: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Writes the address `replace` is waiting to write, if any.
fn write_pending() {
    let Some(href) = PENDING.with(|p| p.borrow_mut().take()) else {
        return;
    };
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href));
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
        // The address changed (the back button, say): a search not yet written belongs
        // to the page left behind, not to this history entry.
        PENDING.with(|p| p.borrow_mut().take());
        // Fragments that are not routes (in-page anchors) leave the page as it is.
        if let Some(next) = route_from_location() {
            if route.with_untracked(|r| *r != next) {
                route.set(next);
            }
        }
    });
    // The address is written before a click can follow a link (listeners run before
    // the browser acts on a click) and before the page is hidden, so history and shared
    // links hold what is on screen.
    let _click = window_event_listener(leptos::ev::click, |_| write_pending());
    let _hidden = window_event_listener(leptos::ev::pagehide, |_| write_pending());
    let page = Memo::new(move |_| route.with(|r| r.page));
    let router = Router { route, page };
    provide_context(router);
    router
}

pub fn use_router() -> Router {
    expect_context::<Router>()
}

/// Puts `route` in the address bar in place of the current entry, now, without
/// applying it: for the moment before a reload (a search not yet written is dropped,
/// so it cannot take the place of `route` when the page is hidden).
pub fn replace_before_reload(route: &Route) {
    PENDING.with(|p| p.borrow_mut().take());
    if let Ok(history) = window().history() {
        let _ =
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&route.href()));
    }
}

/// Goes to `route` as a new history entry (the `hashchange` listener applies it).
pub fn navigate(route: &Route) {
    write_pending();
    let _ = window().location().set_hash(&route.href());
}
