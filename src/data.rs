//! The only module that talks to the network: it loads the bundled directory file
//! (a relative URL, so the app works from any sub-path) and turns every failure into
//! a `LoadError` the directory page can explain.

use std::sync::Arc;

use leptos::prelude::*;
use samenwijzer_core::directory::{parse_directory, Directory, DirectoryError};
use serde::Deserialize;

pub const DIRECTORY_URL: &str = "data/directory.json";
pub const CONFIG_URL: &str = "data/config.json";

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

pub type DirectoryResult = Result<Arc<Directory>, LoadError>;

#[derive(Clone, Copy)]
pub struct DirectoryData(pub LocalResource<DirectoryResult>);

/// The municipality's settings. Every field has a default, so a missing or broken
/// file degrades to the defaults instead of stopping the app.
#[derive(Clone, Debug, Deserialize)]
#[serde(default)]
pub struct Config {
    /// The instrument the self-check uses (`data/instruments/<id>.json`).
    pub instrument: String,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            instrument: crate::self_check::DEFAULT_INSTRUMENT.to_owned(),
        }
    }
}

#[derive(Clone, Copy)]
pub struct ConfigData(LocalResource<Config>);

async fn fetch_text(url: &str) -> Result<String, LoadError> {
    let response = gloo_net::http::Request::get(url)
        .send()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    if !response.ok() {
        return Err(LoadError::Status(response.status()));
    }
    response
        .text()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))
}

async fn load_config() -> Config {
    match fetch_text(CONFIG_URL)
        .await
        .map(|t| serde_json::from_str(&t))
    {
        Ok(Ok(config)) => config,
        problem => {
            leptos::logging::warn!("{CONFIG_URL} not usable, using defaults: {problem:?}");
            Config::default()
        }
    }
}

/// The configuration, once loaded (`None` while loading).
pub fn use_config() -> Signal<Option<Config>> {
    let resource = expect_context::<ConfigData>().0;
    Signal::derive(move || resource.get())
}

async fn load_directory() -> DirectoryResult {
    let text = fetch_text(DIRECTORY_URL).await?;
    crate::timing::measure("samenwijzer:parse", || parse_directory(&text))
        .map(Arc::new)
        .map_err(LoadError::Invalid)
}

/// Starts loading the configuration and the directory once, for every page.
pub fn provide_data() {
    provide_context(ConfigData(LocalResource::new(load_config)));
    provide_context(DirectoryData(LocalResource::new(load_directory)));
}

pub fn use_directory() -> LocalResource<DirectoryResult> {
    expect_context::<DirectoryData>().0
}
