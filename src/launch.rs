//! The settings this visit was opened with (`?gemeente=…&taal=…`, see
//! `samenwijzer_core::launch`), read once from `location.search`; `app::start` hands
//! them to the parts that need them.

use std::sync::Arc;

use leptos::prelude::*;
use samenwijzer_core::launch::Launch;

/// Reads the query once; reports what it had to ignore (a bad colour, an unknown
/// language) on the console for the council's web team.
pub fn read_launch() -> Arc<Launch> {
    let search = window().location().search().unwrap_or_default();
    let launch = Arc::new(Launch::parse(&search));
    for problem in &launch.ignored {
        leptos::logging::warn!("Samenwijzer ignored a setting in the URL: {problem}");
    }
    launch
}
