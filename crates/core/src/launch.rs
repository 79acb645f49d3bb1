//! How the app was opened: the settings in the URL's query, before the fragment
//! (`…/samenwijzer/?gemeente=amstelveen&taal=en#/activiteiten`).
//!
//! Why the query and not the fragment: the fragment is the page and its filters, and it
//! changes on every navigation; these settings hold for the whole visit, and the query
//! survives every fragment change without the router knowing about it. The widget
//! (`static/widget.js`) writes the same parameters into its iframe's URL.

use crate::municipality::valid_id;
use crate::theme::Theme;
use crate::Lang;

/// The parameter names, shared with `static/widget.js`.
pub const MUNICIPALITY_PARAM: &str = "gemeente";
pub const LANG_PARAM: &str = "taal";
pub const INSTRUMENT_PARAM: &str = "instrument";
pub const EMBED_PARAM: &str = "embed";
pub const HOST_PARAM: &str = "host";

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Launch {
    pub municipality: Option<Municipality>,
    /// A language for this visit (it does not overrule a choice the user stored).
    pub lang: Option<Lang>,
    /// An instrument id; the app uses it only if it is a built-in one.
    pub instrument: Option<String>,
    /// Opened inside the widget's iframe.
    pub embed: Option<Embed>,
    /// The widget's theme values (checked).
    pub theme: Theme,
    /// What was ignored and why, for the console.
    pub ignored: Vec<String>,
}

/// The municipality asked for in the URL.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Municipality {
    /// A well-formed id; whether it exists is known once its file is fetched.
    Id(String),
    /// Not even a possible id (it is shown back as text, never fetched).
    Invalid(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Embed {
    /// The host page's origin, the only one the app tells its height to.
    pub host_origin: Option<String>,
}

impl Launch {
    /// Reads `location.search` (with or without the leading `?`).
    pub fn parse(search: &str) -> Launch {
        let search = search.strip_prefix('?').unwrap_or(search);
        let pairs: Vec<(String, String)> = form_urlencoded::parse(search.as_bytes())
            .into_owned()
            .collect();
        let get = |key: &str| {
            pairs
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.trim())
                .filter(|v| !v.is_empty())
        };
        let mut launch = Launch {
            municipality: get(MUNICIPALITY_PARAM).map(|raw| match valid_id(raw) {
                Some(id) => Municipality::Id(id.to_owned()),
                None => Municipality::Invalid(raw.chars().take(60).collect()),
            }),
            lang: get(LANG_PARAM).and_then(Lang::from_code),
            instrument: get(INSTRUMENT_PARAM)
                .filter(|id| {
                    id.len() <= 40 && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                })
                .map(str::to_owned),
            embed: get(EMBED_PARAM).filter(|v| *v == "1").map(|_| Embed {
                host_origin: get(HOST_PARAM).and_then(origin),
            }),
            ..Launch::default()
        };
        let (theme, ignored) = Theme::from_pairs(
            pairs
                .iter()
                .filter(|(k, _)| crate::theme::TOKENS.iter().any(|t| t.name == k))
                .map(|(k, v)| (k.as_str(), v.as_str())),
        );
        launch.theme = theme;
        launch.ignored = ignored;
        launch
    }
}

/// A web origin (`https://www.gemeente.nl`, `http://127.0.0.1:8091`), lowercased; no
/// path, credentials or other schemes.
pub fn origin(raw: &str) -> Option<String> {
    let raw = raw.trim().to_ascii_lowercase();
    let rest = raw
        .strip_prefix("https://")
        .or_else(|| raw.strip_prefix("http://"))?;
    let (host, port) = match rest.rsplit_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (rest, None),
    };
    let host_ok = !host.is_empty()
        && host.len() <= 253
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
        && !host.starts_with(['.', '-']);
    let port_ok = port.is_none_or(|p| !p.is_empty() && p.len() <= 5 && p.parse::<u16>().is_ok());
    (host_ok && port_ok).then_some(raw)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_query_is_the_plain_app() {
        assert_eq!(Launch::parse(""), Launch::default());
        assert_eq!(Launch::parse("?"), Launch::default());
    }

    #[test]
    fn the_widget_settings_are_read() {
        let launch = Launch::parse(
            "?gemeente=amstelveen&taal=en&instrument=djg6&embed=1\
             &host=https%3A%2F%2Fwww.Gemeente.nl&primary=%237a1f5c&radius=0",
        );
        assert_eq!(
            launch.municipality,
            Some(Municipality::Id("amstelveen".into()))
        );
        assert_eq!(launch.lang, Some(Lang::En));
        assert_eq!(launch.instrument.as_deref(), Some("djg6"));
        assert_eq!(
            launch.embed,
            Some(Embed {
                host_origin: Some("https://www.gemeente.nl".into())
            })
        );
        assert_eq!(launch.theme.get("primary"), Some("#7a1f5c"));
        assert_eq!(launch.theme.get("radius"), Some("0"));
        assert!(launch.ignored.is_empty());
    }

    #[test]
    fn bad_values_are_refused() {
        let launch =
            Launch::parse("gemeente=..%2Fconfig&taal=fr&instrument=%3Cx%3E&embed=yes&primary=red");
        assert_eq!(
            launch.municipality,
            Some(Municipality::Invalid("../config".into()))
        );
        assert_eq!(launch.lang, None);
        assert_eq!(launch.instrument, None);
        assert_eq!(launch.embed, None);
        assert!(launch.theme.is_empty());
        assert_eq!(launch.ignored, ["primary: not a valid value"]);
    }

    #[test]
    fn origins_are_strict() {
        assert_eq!(
            origin("http://127.0.0.1:8091").as_deref(),
            Some("http://127.0.0.1:8091")
        );
        assert_eq!(
            origin("HTTPS://Example.NL").as_deref(),
            Some("https://example.nl")
        );
        for bad in [
            "",
            "*",
            "null",
            "example.nl",
            "https://example.nl/",
            "https://example.nl/path",
            "https://user@example.nl",
            "javascript:alert(1)",
            "https://example.nl:99999",
            "https://",
        ] {
            assert_eq!(origin(bad), None, "{bad}");
        }
    }
}
