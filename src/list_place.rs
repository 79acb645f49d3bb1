//! Coming back to the directory's list where one left it: the same search and filters
//! (they are in the URL), as many cards and the same scroll position, with focus on
//! the activity one opened.
//!
//! The place is kept in the history entry of the list (`history.state`), written just
//! before a click leaves it, so it belongs to that entry alone: the back button (or
//! "Terug naar de activiteiten", which goes back) finds it, while a new visit to the
//! directory through a link starts at the top, as every other page does. The browser's
//! own scroll restoration is off, since it restores before the list is there.
//!
//! The cards are laid out only near the screen (`content-visibility: auto` in the
//! stylesheet, which keeps a keystroke cheap), so a card far up the list has an
//! estimated height until it is seen: the place is therefore where the followed link
//! was *on screen*, and the page is scrolled until it is there again. Without a link
//! the scroll position is used as it was.

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
    pub link: Option<Followed>,
}

/// A followed link: its address, and how far from the top of the screen it was.
#[derive(Clone)]
pub struct Followed {
    pub href: String,
    pub top: f64,
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
        place
            .link
            .as_ref()
            .map_or(JsValue::NULL, |l| l.href.as_str().into()),
    );
    set(
        "linkTop",
        place.link.as_ref().map_or(JsValue::NULL, |l| l.top.into()),
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
        link: text("link").map(|href| Followed {
            href,
            top: number("linkTop").unwrap_or_default(),
        }),
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

/// The link a click event hit, if it is inside `container`.
pub fn clicked_link(event: &web_sys::Event, container: &str) -> Option<Followed> {
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    let link = target.closest("a[href]").ok()??;
    link.closest(container).ok()??;
    Some(Followed {
        href: link.get_attribute("href")?,
        top: link.get_bounding_client_rect().top(),
    })
}

/// Scrolls to where the list was left and gives focus back to the link followed.
pub fn restore(place: &Place) {
    let Some(followed) = &place.link else {
        crate::focus::jump_to(place.scroll_y);
        return;
    };
    let href = followed.href.replace('\\', "\\\\").replace('"', "\\\"");
    let selector = format!(".entries a[href=\"{href}\"]");
    let link = leptos::prelude::document()
        .query_selector(&selector)
        .ok()
        .flatten();
    let Some(link) = link else {
        crate::focus::jump_to(place.scroll_y);
        return;
    };
    put_on_screen(&link, followed.top);
    crate::focus::focus_in_place(&selector);
    // The cards now on screen are laid out for the first time and may differ from
    // their estimated height: once more after that frame.
    let top = followed.top;
    leptos::prelude::request_animation_frame(move || put_on_screen(&link, top));
}

/// Scrolls so that `element` is `top` pixels from the top of the screen.
fn put_on_screen(element: &web_sys::Element, top: f64) {
    let off = element.get_bounding_client_rect().top() - top;
    if off.abs() >= 1.0 {
        crate::focus::jump_to(window().scroll_y().unwrap_or_default() + off);
    }
}
