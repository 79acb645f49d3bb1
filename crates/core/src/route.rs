//! Routes live in the URL's fragment (`#/activiteiten?behoefte=talk`).
//!
//! Why the fragment and not the path: Samenwijzer is uploaded as a static folder to
//! whatever web server a council has, often under a sub-path, and is embedded in an
//! iframe. Fragment routes need no server rewrite rule, work from any sub-path with one
//! build, and survive a reload or a shared link. (leptos_router routes on the path only.)

/// A page of the app. The slug is Dutch in every language, so links stay stable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Page {
    Start,
    Check,
    Result,
    Directory,
    /// One directory entry: `#/activiteit?id=…`.
    Entry,
    /// The entries the user saved ("mijn lijstje").
    Shortlist,
    /// "Handvatten": tips for making and keeping contact.
    Tips,
    /// "Zorgen om iemand?": for those who worry about someone else.
    Worry,
    /// "Samen invullen": the self-check filled in with a helper, nothing stored.
    Together,
    Help,
    Privacy,
    About,
    NotFound,
}

impl Page {
    /// Every page that has a URL of its own (all but `NotFound`).
    pub const LINKED: [Page; 12] = [
        Page::Start,
        Page::Check,
        Page::Result,
        Page::Directory,
        Page::Entry,
        Page::Shortlist,
        Page::Tips,
        Page::Worry,
        Page::Together,
        Page::Help,
        Page::Privacy,
        Page::About,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Page::Start => "",
            Page::Check => "zelftest",
            Page::Result => "uitslag",
            Page::Directory => "activiteiten",
            Page::Entry => "activiteit",
            Page::Shortlist => "lijstje",
            Page::Tips => "handvatten",
            Page::Worry => "zorgen",
            Page::Together => "samen",
            Page::Help => "hulp",
            Page::Privacy => "privacy",
            Page::About => "over",
            Page::NotFound => "niet-gevonden",
        }
    }

    fn from_slug(slug: &str) -> Page {
        Page::LINKED
            .into_iter()
            .find(|p| p.slug() == slug)
            .unwrap_or(Page::NotFound)
    }
}

/// The query parameter that names the entry on its page.
const ENTRY_ID: &str = "id";
/// On the tips page: every tip, not only those for this result.
const ALL_TIPS: &str = "alle";

/// A page plus its query parameters (filters, search text), in URL order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Route {
    pub page: Page,
    pub query: Vec<(String, String)>,
}

impl Route {
    pub fn to(page: Page) -> Route {
        Route {
            page,
            query: Vec::new(),
        }
    }

    pub fn with(mut self, key: &str, value: &str) -> Route {
        self.query.push((key.to_owned(), value.to_owned()));
        self
    }

    /// Parses `location.hash`. Returns `None` for fragments that are not routes, such as
    /// `#inhoud` (an in-page anchor), so the caller can keep the current page.
    pub fn parse(hash: &str) -> Option<Route> {
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        if hash.is_empty() {
            return Some(Route::to(Page::Start));
        }
        let rest = hash.strip_prefix('/')?;
        let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
        let page = Page::from_slug(path.trim_end_matches('/'));
        let query = form_urlencoded::parse(query.as_bytes())
            .into_owned()
            .filter(|(k, _)| !k.is_empty())
            .collect();
        Some(Route { page, query })
    }

    /// The fragment for an `href`, e.g. `#/activiteiten?q=koffie`.
    pub fn href(&self) -> String {
        let mut href = format!("#/{}", self.page.slug());
        if !self.query.is_empty() {
            let query = form_urlencoded::Serializer::new(String::new())
                .extend_pairs(&self.query)
                .finish();
            href.push('?');
            href.push_str(&query);
        }
        href
    }

    /// The page of one directory entry: `#/activiteit?id=…`.
    pub fn entry(id: &str) -> Route {
        Route::to(Page::Entry).with(ENTRY_ID, id)
    }

    /// The entry an entry page is about.
    pub fn entry_id(&self) -> Option<&str> {
        (self.page == Page::Entry)
            .then(|| self.param(ENTRY_ID))
            .flatten()
    }

    /// The tips page; `all`: every tip rather than those that fit the result.
    pub fn tips(all: bool) -> Route {
        let route = Route::to(Page::Tips);
        if all {
            route.with(ALL_TIPS, "1")
        } else {
            route
        }
    }

    /// Whether a tips page shows every tip.
    pub fn all_tips(&self) -> bool {
        self.page == Page::Tips && self.param(ALL_TIPS) == Some("1")
    }

    /// The first value of a query parameter.
    pub fn param(&self, key: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

/// The address of `route` on another device (the printed card's QR code): the app's
/// own address `base` (without query or fragment), this visit's municipality and
/// language, and the route. A route holds filters only, never answers.
pub fn share_url(base: &str, municipality: Option<&str>, lang: &str, route: &Route) -> String {
    let mut query = form_urlencoded::Serializer::new(String::new());
    if let Some(id) = municipality {
        query.append_pair("gemeente", id);
    }
    query.append_pair("taal", lang);
    format!("{base}?{}{}", query.finish(), route.href())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_hash_is_the_start_page() {
        assert_eq!(Route::parse(""), Some(Route::to(Page::Start)));
        assert_eq!(Route::parse("#"), Some(Route::to(Page::Start)));
        assert_eq!(Route::parse("#/"), Some(Route::to(Page::Start)));
    }

    #[test]
    fn every_page_round_trips() {
        for page in Page::LINKED {
            let route = Route::to(page);
            assert_eq!(Route::parse(&route.href()), Some(route));
        }
    }

    #[test]
    fn an_entry_route_names_its_entry() {
        let route = Route::entry("koffie & co");
        assert_eq!(route.href(), "#/activiteit?id=koffie+%26+co");
        let parsed = Route::parse(&route.href()).unwrap();
        assert_eq!(parsed.entry_id(), Some("koffie & co"));
        assert_eq!(Route::to(Page::Directory).with("id", "x").entry_id(), None);
    }

    #[test]
    fn a_shared_address_keeps_municipality_language_and_filters() {
        let route = Route::to(Page::Directory)
            .with("behoefte", "talk")
            .with("bij", "1971");
        assert_eq!(
            share_url("https://www.velsen.nl/samenwijzer/", Some("velsen"), "nl", &route),
            "https://www.velsen.nl/samenwijzer/?gemeente=velsen&taal=nl#/activiteiten?behoefte=talk&bij=1971"
        );
        assert_eq!(
            share_url(
                "http://localhost:8080/",
                None,
                "en",
                &Route::to(Page::Directory)
            ),
            "http://localhost:8080/?taal=en#/activiteiten"
        );
    }

    #[test]
    fn the_tips_page_shows_all_tips_only_when_asked() {
        assert_eq!(Route::tips(true).href(), "#/handvatten?alle=1");
        assert!(Route::parse("#/handvatten?alle=1").unwrap().all_tips());
        assert!(!Route::parse("#/handvatten").unwrap().all_tips());
        assert!(!Route::to(Page::Directory).with("alle", "1").all_tips());
    }

    #[test]
    fn in_page_anchors_are_not_routes() {
        assert_eq!(Route::parse("#inhoud"), None);
    }

    #[test]
    fn unknown_paths_are_not_found() {
        assert_eq!(Route::parse("#/bestaat-niet").unwrap().page, Page::NotFound);
    }

    #[test]
    fn trailing_slash_is_forgiven() {
        assert_eq!(Route::parse("#/hulp/").unwrap().page, Page::Help);
    }

    #[test]
    fn query_is_encoded_and_decoded() {
        let route = Route::to(Page::Directory)
            .with("q", "café & koffie")
            .with("behoefte", "talk");
        let href = route.href();
        assert!(!href.contains(' ') && !href.contains('é'), "{href}");
        let parsed = Route::parse(&href).unwrap();
        assert_eq!(parsed, route);
        assert_eq!(parsed.param("q"), Some("café & koffie"));
        assert_eq!(parsed.param("missing"), None);
    }
}
