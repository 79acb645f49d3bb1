//! The only module that talks to the network: it loads the text catalogue of the
//! language in use, the configuration (the general `data/config.json`, or the
//! municipality's `data/gemeenten/<id>.json` when the URL names one) and, when a page
//! first needs it, the directory file (relative URLs, so the app works from any
//! sub-path), and turns every failure into a `LoadError` or a `Council` state the pages
//! can explain. A municipality's directory scope is applied here, once.

use std::sync::Arc;

use futures::future::{FutureExt, LocalBoxFuture, Shared};
use leptos::prelude::*;
use samenwijzer_core::check::{builtin_ids, DEFAULT_INSTRUMENT};
use samenwijzer_core::directory::DirectoryError;
use samenwijzer_core::launch::{Launch, Municipality};
use samenwijzer_core::municipality::{config_url, parse_config, Contact, MunicipalityConfig};
use samenwijzer_core::Lang;
use serde::Deserialize;

mod directory;
mod fetch;

pub use directory::Loaded;

pub const DIRECTORY_URL: &str = "data/directory.json";
pub const CONFIG_URL: &str = "data/config.json";
/// Where the build puts the text catalogues (`scripts/build_wasm.py`).
const CATALOGUE_DIR: &str = "pkg/i18n/";

#[derive(Clone, Debug)]
pub enum LoadError {
    /// No answer at all (offline, blocked).
    Network(String),
    /// The server answered with an error status (e.g. 404: the file is missing).
    Status(u16),
    /// The file arrived but is not a usable directory.
    Invalid(DirectoryError),
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadError::Network(e) => write!(f, "{e}"),
            LoadError::Status(code) => write!(f, "HTTP {code}"),
            LoadError::Invalid(e) => write!(f, "{e}"),
        }
    }
}

pub type DirectoryResult = Result<Arc<Loaded>, LoadError>;

/// The directory is loaded the first time a page asks for it, then kept for the visit.
#[derive(Clone)]
struct DirectoryData {
    /// The app's root owner, so the loaded directory outlives the page that asked.
    owner: Owner,
    resource: Arc<std::sync::OnceLock<LocalResource<DirectoryResult>>>,
}

/// The municipality this visit is for.
#[derive(Clone, Debug)]
pub enum Council {
    /// None asked for: the general app with every municipality.
    General,
    Known(Arc<MunicipalityConfig>),
    /// Asked for, but there is no configuration for it.
    Unknown(String),
    /// Its configuration could not be loaded or is wrong (the detail is for staff).
    Broken {
        id: String,
        detail: String,
    },
}

/// The settings in effect.
#[derive(Clone, Debug)]
pub struct Config {
    /// The instrument the self-check uses: the URL's (widget), else the
    /// municipality's, else the general one.
    pub instrument: String,
    pub council: Council,
}

impl Config {
    pub fn municipality(&self) -> Option<&MunicipalityConfig> {
        match &self.council {
            Council::Known(c) => Some(c),
            _ => None,
        }
    }
}

/// The configuration in effect (`None` while it loads), and the same as a future for
/// code that must wait for it (the directory keeps the municipality's part).
#[derive(Clone)]
struct ConfigData {
    signal: RwSignal<Option<Config>>,
    loaded: send_wrapper::SendWrapper<Shared<LocalBoxFuture<'static, Config>>>,
}

/// The instrument `data/config.json` (the settings without a municipality) names. A
/// missing or broken file, or one that names none, degrades to the default instead of
/// stopping the app.
async fn load_general_instrument() -> String {
    let problem = match fetch::text(CONFIG_URL).await {
        Ok(text) => match crate::json::parse(&text) {
            Ok(json) => {
                let named = samenwijzer_core::stored::configured_instrument(&json);
                return named.unwrap_or(DEFAULT_INSTRUMENT).to_owned();
            }
            Err(error) => error,
        },
        Err(error) => error.to_string(),
    };
    leptos::logging::warn!("{CONFIG_URL} not usable, using defaults: {problem}");
    DEFAULT_INSTRUMENT.to_owned()
}

async fn load_council(id: &str) -> Council {
    let url = config_url(id);
    let broken = |detail: String| Council::Broken {
        id: id.to_owned(),
        detail: format!("{url}: {detail}"),
    };
    match fetch::text(&url).await {
        Ok(text) => match check_council(text, id.to_owned()).await {
            Ok(Ok(config)) => Council::Known(Arc::new(config)),
            Ok(Err(problem)) => broken(problem),
            Err(crate::lazy::PartFailed) => {
                broken("the part of the app that reads it could not be loaded".into())
            }
        },
        Err(LoadError::Status(404)) => Council::Unknown(id.to_owned()),
        Err(error) => broken(error.to_string()),
    }
}

async fn load_config(launch: Arc<Launch>) -> Config {
    let council = match &launch.municipality {
        None => Council::General,
        Some(Municipality::Invalid(raw)) => Council::Unknown(raw.clone()),
        Some(Municipality::Id(id)) => load_council(id).await,
    };
    if let Council::Broken { detail, .. } = &council {
        leptos::logging::warn!("Samenwijzer: {detail}");
    }
    let configured = match &council {
        Council::Known(c) => c.instrument.clone(),
        Council::General => Some(load_general_instrument().await),
        _ => None,
    };
    let from_url = launch
        .instrument
        .clone()
        .filter(|id| builtin_ids().any(|b| b == id));
    Config {
        instrument: from_url
            .or(configured)
            .unwrap_or_else(|| DEFAULT_INSTRUMENT.to_owned()),
        council,
    }
}

/// The configuration, once loaded (`None` while loading).
pub fn use_config() -> Signal<Option<Config>> {
    expect_context::<ConfigData>().signal.into()
}

/// The configuration, when it has loaded (at once when it has). Call it under the
/// app's owner; the future may be awaited anywhere.
pub fn config_loaded() -> impl std::future::Future<Output = Config> {
    (*expect_context::<ConfigData>().loaded).clone()
}

/// Starts loading the configuration, for every page; the directory is loaded when a
/// page first asks for it (`use_directory`).
pub fn provide_data(launch: Arc<Launch>) {
    let signal = RwSignal::new(None);
    let loaded = load_config(launch).boxed_local().shared();
    let set = loaded.clone();
    leptos::task::spawn_local(async move {
        let config = set.await;
        keep_offline(config.municipality().map(|c| &c.scope));
        signal.set(Some(config));
    });
    provide_context(ConfigData {
        signal,
        loaded: send_wrapper::SendWrapper::new(loaded),
    });
    provide_context(DirectoryData {
        owner: Owner::current().expect("provided under the app's owner"),
        resource: Arc::default(),
    });
}

/// Loads the directory once the configuration is known: the municipality's part of it
/// (see `directory`).
fn start_directory() -> LocalResource<DirectoryResult> {
    let config = expect_context::<ConfigData>().loaded;
    LocalResource::new(move || {
        let config = (*config).clone();
        async move {
            let scope = config.await.municipality().map(|c| c.scope.clone());
            directory::load(scope).await.map(Arc::new)
        }
    })
}

/// The municipalities the directory's filter offers: the municipality's scope, or all.
pub fn offered_municipalities() -> Vec<(&'static str, &'static str)> {
    let config = expect_context::<ConfigData>().signal.get_untracked();
    samenwijzer_core::place::municipalities()
        .filter(|(id, _)| {
            config
                .as_ref()
                .and_then(Config::municipality)
                .is_none_or(|c| c.scope.municipalities.iter().any(|m| m == id))
        })
        .collect()
}

/// The directory, loading it on first use.
pub fn use_directory() -> LocalResource<DirectoryResult> {
    let data = expect_context::<DirectoryData>();
    *data
        .resource
        .get_or_init(|| data.owner.with(start_directory))
}

/// Asks the service worker (through the boot script) to keep the directory files this
/// visit reads, so the directory works offline after a first visit that never opened it.
fn keep_offline(scope: Option<&samenwijzer_core::municipality::DirectoryScope>) {
    let paths = js_sys::Array::new();
    for path in directory::pack_paths(scope) {
        paths.push(&path.into());
    }
    let detail = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&detail, &"paths".into(), &paths);
    let _ = js_sys::Reflect::set(&detail, &"fallback".into(), &DIRECTORY_URL.into());
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&detail);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict("samenwijzer:warm", &init) {
        let _ = window().dispatch_event(&event);
    }
}

/// Reads and checks a municipality's configuration. Only visits with `?gemeente=` need
/// it, so it is a part of its own (`gemeente`, see `lazy.rs`).
#[leptos::wasm_split::wasm_split(gemeente, fallible, wasm_split_path = ::leptos::wasm_split)]
fn check_council(
    text: String,
    id: String,
) -> Result<Result<MunicipalityConfig, String>, crate::lazy::PartFailed> {
    let instruments: Vec<&str> = builtin_ids().collect();
    Ok(parse_config(&text, &id, &instruments))
}

/// Every municipality's configuration in one file, written by the build
/// (scripts/post_build.py): `{"gemeenten": {"velsen": {…}, …}}`.
const COUNCILS_URL: &str = "data/gemeenten/index.json";

/// The contact for residents of municipality `id` and its name, from the build's index of every
/// configuration: one file, the same for every resident, so the municipality someone
/// gave in the self-check is never asked of the server. `None` when it has none (or
/// the index or the part that reads it cannot be loaded: then the national lines).
pub async fn council_contact(id: String) -> Option<(String, Contact)> {
    let text = fetch::text(COUNCILS_URL).await.ok()?;
    let config = council_from_index(text, id).await.ok()??;
    Some((config.name, config.handover?))
}

/// Reads one municipality's configuration from the index, with the same checks as a
/// configuration of its own. A part of its own (`contacten`, see `lazy.rs`).
#[leptos::wasm_split::wasm_split(contacten, fallible, wasm_split_path = ::leptos::wasm_split)]
fn council_from_index(
    text: String,
    id: String,
) -> Result<Option<MunicipalityConfig>, crate::lazy::PartFailed> {
    #[derive(Deserialize)]
    struct Index {
        gemeenten: std::collections::BTreeMap<String, Box<serde_json::value::RawValue>>,
    }
    let Ok(index) = serde_json::from_str::<Index>(&text) else {
        return Ok(None);
    };
    let Some(entry) = index.gemeenten.get(&id) else {
        return Ok(None);
    };
    let instruments: Vec<&str> = builtin_ids().collect();
    Ok(parse_config(entry.get(), &id, &instruments).ok())
}

/// Installs `lang`'s texts that only the parts show, unless they are there already
/// (`lazy.rs` waits for them with a part's module; `locale.rs` before a switch).
pub async fn load_later_texts(lang: Lang) -> Result<(), LoadError> {
    if crate::i18n::later_installed(lang) {
        return Ok(());
    }
    let file = crate::i18n::later_file(lang).ok_or(LoadError::Status(404))?;
    let text = fetch::text(&format!("{CATALOGUE_DIR}{file}")).await?;
    let texts = crate::i18n::parse_later(text).map_err(|e| LoadError::Network(e.to_string()))?;
    crate::i18n::install_later(lang, texts);
    Ok(())
}

/// The texts of `lang`, from this build's catalogue file (see `i18n`).
pub async fn load_catalogue(lang: Lang) -> Result<&'static [&'static str], LoadError> {
    let file = crate::i18n::catalogue_file(lang).ok_or(LoadError::Status(404))?;
    let text = fetch::text(&format!("{CATALOGUE_DIR}{file}")).await?;
    crate::i18n::parse(text).map_err(|e| LoadError::Network(e.to_string()))
}
