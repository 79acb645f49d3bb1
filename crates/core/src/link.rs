//! Links from directory data are untrusted. Only `https:`, `tel:` and `mailto:` become
//! links; a `SafeLink` can only be made by parsing, so holding one proves it is safe.

/// A link that is known to be safe to put in an `href`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SafeLink {
    kind: LinkKind,
    href: String,
    label: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum LinkKind {
    Website,
    Phone,
    Email,
}

impl SafeLink {
    /// A website: `https://` with a host, no credentials, and only what a URL may hold
    /// (RFC 3986's characters, and letters and digits of any script for an IRI): no
    /// spaces, quotes, angle brackets, control or direction characters, so the
    /// address is safe in an attribute and in a calendar file's `URL:` line.
    pub fn website(raw: &str) -> Option<SafeLink> {
        let raw = raw.trim();
        let rest = strip_prefix_ignore_case(raw, "https://")?;
        let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
        let valid_host = host.contains('.')
            && !host.contains('@')
            && host
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | ':'));
        if !valid_host || !raw.chars().all(url_char) {
            return None;
        }
        let label = rest.trim_end_matches('/').to_owned();
        Some(SafeLink {
            kind: LinkKind::Website,
            href: format!("https://{rest}"),
            label,
        })
    }

    /// A phone number as people write it ("088 0767 000", "+31 20 123 45 67").
    pub fn phone(raw: &str) -> Option<SafeLink> {
        let label = raw.trim();
        let label = strip_prefix_ignore_case(label, "tel:")
            .unwrap_or(label)
            .trim();
        let digits: String = label
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '+')
            .collect();
        let allowed = label
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '+' | ' ' | '-' | '(' | ')' | '.'));
        let digit_count = digits.chars().filter(char::is_ascii_digit).count();
        let plus_ok = !digits[1.min(digits.len())..].contains('+');
        if !allowed || !(3..=15).contains(&digit_count) || !plus_ok {
            return None;
        }
        Some(SafeLink {
            kind: LinkKind::Phone,
            href: format!("tel:{digits}"),
            label: label.to_owned(),
        })
    }

    /// An e-mail address: one `@`, a dotted domain, nothing that could add headers.
    pub fn email(raw: &str) -> Option<SafeLink> {
        let raw = raw.trim();
        let address = strip_prefix_ignore_case(raw, "mailto:").unwrap_or(raw);
        let (local, domain) = address.split_once('@')?;
        let ok = !local.is_empty()
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && address.chars().filter(|c| *c == '@').count() == 1
            && address
                .chars()
                .all(|c| c.is_alphanumeric() || "@.-_+".contains(c));
        ok.then(|| SafeLink {
            kind: LinkKind::Email,
            href: format!("mailto:{address}"),
            label: address.to_owned(),
        })
    }

    pub fn kind(&self) -> LinkKind {
        self.kind
    }

    pub fn href(&self) -> &str {
        &self.href
    }

    /// What to show: the number or address as written, the site without `https://`.
    pub fn label(&self) -> &str {
        &self.label
    }
}

/// In a pack (`directory/pack.rs`) a link is its kind and the text it was made from,
/// and reading it calls the same checked constructor as the JSON: a pack cannot
/// smuggle in an `href` that the check would refuse.
impl serde::Serialize for SafeLink {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        (self.kind, self.source()).serialize(serializer)
    }
}

impl<'de> serde::Deserialize<'de> for SafeLink {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<SafeLink, D::Error> {
        // Borrowed from the pack's bytes: the checked constructor copies what it keeps.
        let (kind, text) = <(LinkKind, &str)>::deserialize(deserializer)?;
        SafeLink::checked(kind, text)
            .ok_or_else(|| serde::de::Error::custom("a link that does not pass the safety check"))
    }
}

impl SafeLink {
    /// The link of this kind made from `raw`, if it passes that kind's check.
    pub fn checked(kind: LinkKind, raw: &str) -> Option<SafeLink> {
        match kind {
            LinkKind::Website => SafeLink::website(raw),
            LinkKind::Phone => SafeLink::phone(raw),
            LinkKind::Email => SafeLink::email(raw),
        }
    }

    /// Text that [`SafeLink::checked`] turns into this same link: the `href` of a
    /// website, the number or address as written for the others.
    fn source(&self) -> &str {
        match self.kind {
            LinkKind::Website => &self.href,
            LinkKind::Phone | LinkKind::Email => &self.label,
        }
    }
}

/// A character a website address may hold as written: RFC 3986's unreserved and
/// reserved characters and `%`, or a letter or digit beyond ASCII (IRIs).
pub fn url_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || "-._~:/?#[]@!$&'()*+,;=%".contains(c)
    } else {
        c.is_alphanumeric()
    }
}

fn strip_prefix_ignore_case<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn websites_must_be_https_with_a_host() {
        let link = SafeLink::website(" https://www.participe.nl/ ").unwrap();
        assert_eq!(link.href(), "https://www.participe.nl/");
        assert_eq!(link.label(), "www.participe.nl");
        for bad in [
            "http://example.nl",
            "javascript:alert(1)",
            "https://",
            "https://localhost",
            "https://user@evil.nl",
            "https://a.nl/ x",
            "//example.nl",
            "data:text/html,hi",
            "https://ok.example/\"onmouseover=\"alert(1)",
            "https://ok.example/<script>",
            "https://ok.example/a\u{0}b",
            "https://ok.example/\u{202e}fdp.exe",
            "https://ok.example/a\u{2066}b",
            "https://ok.example/a`b",
            "https://ok.example/a\\b",
        ] {
            assert_eq!(SafeLink::website(bad), None, "{bad}");
        }
    }

    #[test]
    fn websites_keep_what_a_url_may_hold() {
        for good in [
            "https://www.participe.nl/agenda?dag=di&tijd=10:00#koffie",
            "https://example.nl/o'brien/(1)/a+b,c;d=e!*$~%20",
            "https://café.example/één",
        ] {
            assert!(SafeLink::website(good).is_some(), "{good}");
        }
    }

    #[test]
    fn phone_numbers_keep_their_label_and_dial_digits() {
        let link = SafeLink::phone("088 0767 000").unwrap();
        assert_eq!(link.href(), "tel:0880767000");
        assert_eq!(link.label(), "088 0767 000");
        assert_eq!(SafeLink::phone("113").unwrap().href(), "tel:113");
        assert_eq!(
            SafeLink::phone("+31 (0)20 540 49 11").unwrap().href(),
            "tel:+310205404911"
        );
        for bad in [
            "",
            "12",
            "call me",
            "0800-0113;ext=1",
            "1+1+1",
            "javascript:1",
        ] {
            assert_eq!(SafeLink::phone(bad), None, "{bad}");
        }
    }

    #[test]
    fn email_addresses_are_plain() {
        let link = SafeLink::email("eenzaamheid@amstelveen.nl").unwrap();
        assert_eq!(link.href(), "mailto:eenzaamheid@amstelveen.nl");
        for bad in [
            "no-at.nl",
            "a@b",
            "a@@b.nl",
            "@b.nl",
            "a@b.nl?bcc=x@y.nl",
            "a b@c.nl",
            "a@.nl",
        ] {
            assert_eq!(SafeLink::email(bad), None, "{bad}");
        }
    }

    /// What a pack stores of a link makes the same link again through the check.
    fn survives_a_pack(link: &SafeLink) -> bool {
        let bytes = postcard::to_allocvec(link).unwrap();
        postcard::from_bytes::<SafeLink>(&bytes).ok().as_ref() == Some(link)
    }

    #[test]
    fn a_link_in_a_pack_is_checked_again() {
        for link in [
            SafeLink::website("HTTPS://www.participe.nl/a?b#c").unwrap(),
            SafeLink::phone("tel: +31 (0)20 540 49 11").unwrap(),
            SafeLink::email("mailto:a.b@c.nl").unwrap(),
        ] {
            assert!(survives_a_pack(&link), "{}", link.href());
        }
        let forged = postcard::to_allocvec(&(LinkKind::Website, "javascript:alert(1)")).unwrap();
        assert!(postcard::from_bytes::<SafeLink>(&forged).is_err());
        let forged = postcard::to_allocvec(&(LinkKind::Phone, "https://www.x.nl")).unwrap();
        assert!(postcard::from_bytes::<SafeLink>(&forged).is_err());
    }

    proptest::proptest! {
        #[test]
        fn every_safe_link_survives_a_pack(raw in "(https://|tel:|mailto:)?[a-z0-9@.+() -]{0,20}") {
            for link in [SafeLink::website(&raw), SafeLink::phone(&raw), SafeLink::email(&raw)]
                .into_iter()
                .flatten()
            {
                proptest::prop_assert!(survives_a_pack(&link), "{}", link.href());
            }
        }
    }
}
