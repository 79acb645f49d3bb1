//! The app inside the widget's iframe (`?embed=1&host=<origin>`, see static/widget.js).
//!
//! - `<html data-embed>` lets the stylesheet drop the full-window layout.
//! - The height of the content goes to the host page, which sizes the iframe so there is
//!   one scroll bar, the page's own. It is posted only to the origin the widget named,
//!   and only if that is really the parent (`location.ancestorOrigins`, where the
//!   browser has it): `postMessage` with a target origin delivers to no one else.
//! - Links to other sites open in a new tab: inside the frame they would replace the
//!   app, and many sites refuse to be framed.

use std::sync::Arc;

use leptos::prelude::*;
use samenwijzer_core::launch::Launch;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

pub const HEIGHT_MESSAGE: &str = "samenwijzer:height";

pub fn start(launch: &Arc<Launch>) {
    let Some(embed) = &launch.embed else {
        return;
    };
    let document = document();
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("data-embed", "");
    }
    open_other_sites_in_a_new_tab(&document);
    match embed.host_origin.as_deref() {
        Some(origin) if is_parent(origin) => report_height(origin.to_owned()),
        Some(origin) => {
            leptos::logging::warn!("Samenwijzer: the host {origin} is not this frame's parent")
        }
        None => {}
    }
}

/// True unless the browser knows the parent's origin and it is another one.
fn is_parent(origin: &str) -> bool {
    // `location.ancestorOrigins` (Chromium, Safari) is not in web-sys.
    let parent = js_sys::Reflect::get(&window().location(), &"ancestorOrigins".into())
        .ok()
        .and_then(|list| list.dyn_into::<web_sys::DomStringList>().ok())
        .and_then(|list| list.item(0));
    match parent {
        Some(parent) => parent.eq_ignore_ascii_case(origin),
        None => true,
    }
}

fn report_height(origin: String) {
    let window = window();
    let Some(parent) = window.parent().ok().flatten() else {
        return;
    };
    if js_sys::Object::is(&parent, &window) {
        return; // Not in a frame after all.
    }
    let Some(app) = document().get_element_by_id("app") else {
        return;
    };
    let measured = app.clone();
    let post = Closure::<dyn Fn()>::new(move || {
        let height = measured.get_bounding_client_rect().height().ceil();
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from_f64(height));
        let _ = parent.post_message(&message, &origin);
    });
    // The observer also fires once right away, with the first height.
    if let Ok(observer) = web_sys::ResizeObserver::new(post.as_ref().unchecked_ref()) {
        observer.observe(&app);
    }
    // The app lives as long as the page.
    post.forget();
}

fn open_other_sites_in_a_new_tab(document: &web_sys::Document) {
    let on_click = Closure::<dyn Fn(web_sys::Event)>::new(|event: web_sys::Event| {
        let anchor = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| {
                el.closest("a[href^='https:'], a[href^='http:']")
                    .ok()
                    .flatten()
            });
        if let Some(anchor) = anchor {
            let _ = anchor.set_attribute("target", "_blank");
            let _ = anchor.set_attribute("rel", "noopener noreferrer");
        }
    });
    let _ = document.add_event_listener_with_callback_and_bool(
        "click",
        on_click.as_ref().unchecked_ref(),
        true,
    );
    on_click.forget();
}
