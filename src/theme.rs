//! Applies the theme: the municipality's colours with the widget's values over them,
//! as NL Design System custom properties on `<html>` (style/main.css reads them, with
//! the app's own look as fallback). Every value was checked in
//! `samenwijzer_core::theme`; they are set through the CSSOM (`style.setProperty`),
//! which the strict Content-Security-Policy allows, never as markup.

use std::sync::Arc;

use leptos::prelude::*;
use samenwijzer_core::launch::Launch;
use samenwijzer_core::theme::{Theme, TOKENS};
use wasm_bindgen::JsCast;

use crate::data::{use_config, Config};

pub fn apply(launch: Arc<Launch>) {
    let config = use_config();
    Effect::new(move |applied: Option<bool>| {
        let council = config.with(|c| {
            c.as_ref()
                .and_then(Config::municipality)
                .map(|m| m.theme.clone())
                .unwrap_or_default()
        });
        let wanted = council != Theme::default() || launch.theme != Theme::default();
        // Most visits have no theme at all: then the part that applies one never loads.
        if wanted || applied == Some(true) {
            let launch = launch.clone();
            leptos::task::spawn_local(async move {
                if set_theme(council, launch).await.is_err() {
                    leptos::logging::warn!("Samenwijzer: the theme could not be applied");
                }
            });
        }
        wanted
    });
}

/// Sets the merged theme on `<html>`; a part of its own (`thema`, see `lazy.rs`).
#[leptos::wasm_split::wasm_split(thema, fallible, wasm_split_path = ::leptos::wasm_split)]
fn set_theme(council: Theme, launch: Arc<Launch>) -> Result<(), crate::lazy::PartFailed> {
    let (theme, ignored) = council.merged(&launch.theme);
    for problem in ignored {
        leptos::logging::warn!("Samenwijzer ignored a theme value: {problem}");
    }
    let Some(html) = document()
        .document_element()
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return Ok(());
    };
    let style = html.style();
    for token in TOKENS {
        let _ = style.remove_property(token.property);
    }
    for (property, value) in theme.properties() {
        let _ = style.set_property(property, value);
    }
    Ok(())
}
