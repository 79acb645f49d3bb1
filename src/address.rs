//! This app's own address for another device or a calendar: the page's origin and
//! path, this visit's municipality and language, and a route (`core::route::share_url`;
//! filters only, never answers). The printed card's QR code and the calendar files
//! use it.

use leptos::prelude::*;
use samenwijzer_core::route::{share_url, Route};

use crate::data::{use_config, Config};
use crate::locale::use_locale;

pub fn app_address(route: &Route) -> String {
    let config = use_config();
    let locale = use_locale();
    let municipality = config.with(|c| {
        c.as_ref()
            .and_then(Config::municipality)
            .map(|m| m.id.clone())
    });
    let location = window().location();
    let base = format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    );
    share_url(&base, municipality.as_deref(), locale.lang().code(), route)
}
