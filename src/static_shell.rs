//! The static start page in index.html paints before the wasm has loaded. On a first
//! visit to the start page in Dutch, the app leaves those very nodes where they are
//! instead of drawing new, identical ones: the largest text on screen is then the one
//! that painted first, so Largest Contentful Paint does not wait for the wasm. The
//! nodes go as soon as another page or language needs `main`.

use std::cell::RefCell;

use samenwijzer_core::route::{Page, Route};
use samenwijzer_core::Lang;
use web_sys::{HtmlElement, Node};

thread_local! {
    static STATIC_NODES: RefCell<Vec<Node>> = const { RefCell::new(Vec::new()) };
}

/// Called once before mounting into `main`: keeps its static children when the app
/// will show the start page in Dutch, and removes them otherwise.
pub fn adopt(main: &HtmlElement) {
    let on_start = leptos::prelude::window()
        .location()
        .hash()
        .ok()
        .and_then(|hash| Route::parse(&hash))
        .is_none_or(|route| route.page == Page::Start);
    let dutch = crate::locale::use_locale().lang_untracked() == Lang::Nl;
    let children = main.child_nodes();
    let nodes: Vec<Node> = (0..children.length())
        .filter_map(|i| children.item(i))
        .collect();
    STATIC_NODES.with(|kept| *kept.borrow_mut() = nodes);
    if !(on_start && dutch) {
        remove();
    }
}

/// True while the static start content is on screen.
pub fn showing() -> bool {
    STATIC_NODES.with(|kept| !kept.borrow().is_empty())
}

/// Removes the static start content, if it is still there.
pub fn remove() {
    let nodes = STATIC_NODES.with(|kept| std::mem::take(&mut *kept.borrow_mut()));
    for node in nodes {
        if let Some(parent) = node.parent_node() {
            let _ = parent.remove_child(&node);
        }
    }
}
