//! Moving keyboard and screen-reader focus after something changed on the page.

use leptos::prelude::document;
use wasm_bindgen::JsCast;

/// Focuses, once the DOM has been updated, the first element that matches one of
/// `selectors`, in order.
pub fn focus_first(selectors: &'static [&'static str]) {
    leptos::prelude::request_animation_frame(move || focus_now(selectors));
}

fn focus_now(selectors: &[&str]) {
    let element = selectors.iter().find_map(|selector| {
        document()
            .query_selector(selector)
            .ok()
            .flatten()
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    });
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// True when the page's heading has focus (as it does right after a navigation).
pub fn heading_has_focus() -> bool {
    let active = document().active_element();
    let heading = document().query_selector("main h1").ok().flatten();
    active.is_some() && active == heading
}

/// Jumps to the top of the page at once. A new page starts at its top; the smooth
/// scrolling in the stylesheet is for moving within a page, not between pages.
pub fn jump_to_top() {
    jump_to(0.0);
}

/// Jumps to `y` at once (no smooth scrolling), at the left edge.
pub fn jump_to(y: f64) {
    let options = web_sys::ScrollToOptions::new();
    options.set_top(y);
    options.set_left(0.0);
    options.set_behavior(web_sys::ScrollBehavior::Instant);
    leptos::prelude::window().scroll_to_with_scroll_to_options(&options);
}

/// Focuses the first element that matches `selector` without scrolling to it (the
/// caller has put the page where it should be).
pub fn focus_in_place(selector: &str) {
    let element = document()
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = element.focus_with_options(&options);
    }
}
