//! Coming back to the directory's list where one left it: the same search and filters
//! (they are in the URL), as many cards and the same scroll position, with focus on
//! the activity one opened.
//!
//! The place is kept in the history entry of the list (`history.state`), written just
//! before a click leaves it, so it belongs to that entry alone: the back button (or
//! "Terug naar de activiteiten", which goes back) finds it, while a new visit to the
//! directory through a link starts at the top, as every other page does. The browser's
//! own scroll restoration is off, since it restores before the list is there.

use js_sys::{Object, Reflect};
use leptos::prelude::window;
use wasm_bindgen::{JsCast, JsValue};

/// Where a list was left.
#[derive(Clone)]
pub struct Place {
    /// The list's address, so a place is only used for the list it belongs to.
    pub href: String,
    /// How many cards were shown.
    pub shown: usize,
    pub scroll_y: f64,
    /// The link that was followed (an activity's), to give focus back to.
    pub link: Option<String>,
}

const KEY: &str = "samenwijzerList";

thread_local! {
    /// The list address the current page was opened from, by a click in the list.
    static OPENED_FROM: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Leaves restoring the scroll position to the app (called once at start).
pub fn take_over_scrolling() {
    if let Ok(history) = window().history() {
        let _ = history.set_scroll_restoration(web_sys::ScrollRestoration::Manual);
    }
}

/// Writes `place` into the current history entry (the list's). A click on a link
/// inside the list also remembers that the next page was opened from it.
pub fn keep(place: &Place) {
    let object = Object::new();
    let set = |key: &str, value: JsValue| {
        let _ = Reflect::set(&object, &key.into(), &value);
    };
    set("href", place.href.as_str().into());
    set("shown", (place.shown as f64).into());
    set("scrollY", place.scroll_y.into());
    set(
        "link",
        place.link.as_deref().map_or(JsValue::NULL, JsValue::from),
    );
    let state = Object::new();
    let _ = Reflect::set(&state, &KEY.into(), &object);
    if let Ok(history) = window().history() {
        let _ = history.replace_state(&state, "");
    }
    OPENED_FROM.with(|o| *o.borrow_mut() = place.link.as_ref().map(|_| place.href.clone()));
}

/// The place kept in the current history entry for the list at `href`, if any.
pub fn kept(href: &str) -> Option<Place> {
    let state = window().history().ok()?.state().ok()?;
    let object = Reflect::get(&state, &KEY.into()).ok()?;
    let text = |key: &str| Reflect::get(&object, &key.into()).ok()?.as_string();
    let number = |key: &str| Reflect::get(&object, &key.into()).ok()?.as_f64();
    let place = Place {
        href: text("href")?,
        shown: number("shown")? as usize,
        scroll_y: number("scrollY")?,
        link: text("link"),
    };
    (place.href == href).then_some(place)
}

/// True when the page now shown is a list that will restore its place (so the frame
/// does not jump to the top and focus the heading).
pub fn restoring(href: &str) -> bool {
    kept(href).is_some()
}

/// The list the current page was opened from, for its "back" link.
pub fn opened_from() -> Option<String> {
    OPENED_FROM.with(|o| o.borrow().clone())
}

/// Forgets where the current page was opened from (on any navigation that is not a
/// click in the list).
pub fn forget_opened_from() {
    OPENED_FROM.with(|o| o.borrow_mut().take());
}

/// The `href` of the link a click event hit, if it is inside `container`.
pub fn clicked_link(event: &web_sys::Event, container: &str) -> Option<String> {
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    let link = target.closest("a[href]").ok()??;
    link.closest(container).ok()??;
    link.get_attribute("href")
}

/// Scrolls to where the list was left and gives focus back to the link followed.
pub fn restore(place: &Place) {
    crate::focus::jump_to(place.scroll_y);
    if let Some(href) = &place.link {
        let href = href.replace('\\', "\\\\").replace('"', "\\\"");
        crate::focus::focus_in_place(&format!(".entries a[href=\"{href}\"]"));
    }
}
