//! A council's look: a few design tokens that a municipality's configuration or the
//! widget's host page may set, named after the NL Design System component tokens
//! (`--utrecht-…`) so a council can reuse the values its own site already defines.
//!
//! Every value is untrusted (it comes from a URL or a host page) and is checked here
//! before the app puts it on the page: colours as hex or `rgb()`, the radius as a small
//! length, the font as families from a short list of fonts every device has (the app
//! loads no web fonts). A colour pair that would fall below the WCAG contrast minimum is
//! dropped as a whole, so a theme can make the app look different but never unreadable.

/// One themeable token: the short name used in URLs and configuration files, the CSS
/// custom property it sets, and what kind of value it takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub name: &'static str,
    pub property: &'static str,
    pub kind: TokenKind,
    /// The app's own value, used to check contrast when only one side of a pair is set.
    pub default: &'static str,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    Colour,
    Length,
    FontFamily,
}

/// The tokens, in the order they are applied. Defaults mirror `style/main.css`.
pub const TOKENS: &[Token] = &[
    Token {
        name: "primary",
        property: "--utrecht-button-primary-action-background-color",
        kind: TokenKind::Colour,
        default: "#0b5d52",
    },
    Token {
        name: "primary-text",
        property: "--utrecht-button-primary-action-color",
        kind: TokenKind::Colour,
        default: "#ffffff",
    },
    Token {
        name: "text",
        property: "--utrecht-document-color",
        kind: TokenKind::Colour,
        default: "#1b1b1f",
    },
    Token {
        name: "background",
        property: "--utrecht-document-background-color",
        kind: TokenKind::Colour,
        default: "#ffffff",
    },
    Token {
        name: "link",
        property: "--utrecht-link-color",
        kind: TokenKind::Colour,
        default: "#0a5247",
    },
    Token {
        name: "focus",
        property: "--utrecht-focus-outline-color",
        kind: TokenKind::Colour,
        default: "#1d4ed8",
    },
    Token {
        name: "font",
        property: "--utrecht-document-font-family",
        kind: TokenKind::FontFamily,
        default: "system-ui, sans-serif",
    },
    Token {
        name: "radius",
        property: "--utrecht-button-border-radius",
        kind: TokenKind::Length,
        default: "0.5rem",
    },
];

/// Colour pairs that must stay readable: (foreground, background, minimum ratio).
/// Text and links need 4.5:1 (WCAG 1.4.3), also on the light surface of the header and
/// cards (`surface`, not themeable); the primary colour is also the text of secondary
/// buttons; the focus ring needs 3:1 (1.4.11).
/// Ratios are in hundredths (450 is 4.5:1): no float formatting or parsing is compiled
/// into the wasm for this (it would add tens of kilobytes).
const PAIRS: &[(&str, &str, u32)] = &[
    ("primary-text", "primary", 450),
    ("text", "background", 450),
    ("text", "surface", 450),
    ("link", "background", 450),
    ("link", "surface", 450),
    ("primary", "background", 450),
    ("primary", "surface", 450),
    ("focus", "background", 300),
];

/// `--sw-color-surface` in style/main.css.
const SURFACE: &str = "#f4f2ee";

/// Font families the app may name. It loads no fonts (no request leaves the origin),
/// so only families that devices have are useful; anything else is left out.
const FONTS: &[&str] = &[
    "system-ui",
    "sans-serif",
    "serif",
    "monospace",
    "-apple-system",
    "arial",
    "helvetica",
    "helvetica neue",
    "verdana",
    "tahoma",
    "trebuchet ms",
    "segoe ui",
    "roboto",
    "noto sans",
    "open sans",
    "georgia",
    "times new roman",
];

/// A checked theme: token properties and their values, ready for `style.setProperty`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Theme {
    values: Vec<(&'static Token, String)>,
}

impl Theme {
    /// Builds a theme from `(name, value)` pairs (URL parameters or a configuration
    /// file). Unknown names and invalid values are ignored and reported by name.
    pub fn from_pairs<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> (Theme, Vec<String>) {
        let mut theme = Theme::default();
        let mut ignored = Vec::new();
        for (name, raw) in pairs {
            let Some(token) = TOKENS.iter().find(|t| t.name == name) else {
                continue;
            };
            match normalise(token.kind, raw) {
                Some(value) => theme.set(token, value),
                None => ignored.push(format!("{name}: not a valid value")),
            }
        }
        for &(fg, bg, min) in PAIRS {
            let ratio = contrast(&theme.colour_or_default(fg), &theme.colour_or_default(bg));
            if let Some(ratio) = ratio.filter(|r| *r < min) {
                ignored.push(format!(
                    "{fg}/{bg}: contrast {} is below {}",
                    hundredths(ratio),
                    hundredths(min)
                ));
                theme.values.retain(|(t, _)| t.name != fg && t.name != bg);
            }
        }
        (theme, ignored)
    }

    /// Layers `other` over `self` (the widget's values over the municipality's), then
    /// checks the result again.
    pub fn merged(&self, other: &Theme) -> (Theme, Vec<String>) {
        let mut pairs: Vec<(&str, &str)> = Vec::new();
        for (token, value) in self.values.iter().chain(&other.values) {
            pairs.retain(|(n, _)| *n != token.name);
            pairs.push((token.name, value.as_str()));
        }
        Theme::from_pairs(pairs)
    }

    fn set(&mut self, token: &'static Token, value: String) {
        self.values.retain(|(t, _)| t.name != token.name);
        self.values.push((token, value));
    }

    fn colour_or_default(&self, name: &str) -> String {
        if name == "surface" {
            return SURFACE.to_owned();
        }
        self.get(name)
            .map(str::to_owned)
            .or_else(|| {
                TOKENS
                    .iter()
                    .find(|t| t.name == name)
                    .map(|t| t.default.to_owned())
            })
            .unwrap_or_default()
    }

    /// The checked value of a token, by short name.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.values
            .iter()
            .find(|(t, _)| t.name == name)
            .map(|(_, v)| v.as_str())
    }

    /// `(custom property, value)` pairs to apply.
    pub fn properties(&self) -> impl Iterator<Item = (&'static str, &str)> {
        self.values.iter().map(|(t, v)| (t.property, v.as_str()))
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }
}

/// The accepted form of a value, or `None` when it is not acceptable.
pub fn normalise(kind: TokenKind, raw: &str) -> Option<String> {
    let raw = raw.trim();
    match kind {
        TokenKind::Colour => parse_colour(raw).map(|(r, g, b)| format!("#{r:02x}{g:02x}{b:02x}")),
        TokenKind::Length => parse_length(raw),
        TokenKind::FontFamily => parse_fonts(raw),
    }
}

/// `#rgb`, `#rrggbb`, `rgb(r, g, b)` or `rgb(r g b)` (0–255), case-insensitive.
pub fn parse_colour(raw: &str) -> Option<(u8, u8, u8)> {
    let raw = raw.trim().to_ascii_lowercase();
    if let Some(hex) = raw.strip_prefix('#') {
        if !hex.chars().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        let channel = |s: &str| u8::from_str_radix(s, 16).ok();
        return match hex.len() {
            3 => {
                let d: Vec<u8> = hex
                    .chars()
                    .filter_map(|c| channel(&c.to_string()))
                    .collect();
                Some((d[0] * 17, d[1] * 17, d[2] * 17))
            }
            6 => Some((
                channel(&hex[0..2])?,
                channel(&hex[2..4])?,
                channel(&hex[4..6])?,
            )),
            _ => None,
        };
    }
    let inner = raw.strip_prefix("rgb(")?.strip_suffix(')')?;
    let parts: Vec<&str> = inner.split([',', ' ']).filter(|p| !p.is_empty()).collect();
    let [r, g, b] = parts.as_slice() else {
        return None;
    };
    Some((r.parse().ok()?, g.parse().ok()?, b.parse().ok()?))
}

/// `0`, or a number of `px` (≤ 32), `rem` or `em` (≤ 2), with at most 3 decimals.
fn parse_length(raw: &str) -> Option<String> {
    if raw == "0" {
        return Some("0".to_owned());
    }
    let (number, unit, max) = if let Some(n) = raw.strip_suffix("px") {
        (n, "px", 32)
    } else if let Some(n) = raw.strip_suffix("rem") {
        (n, "rem", 2)
    } else if let Some(n) = raw.strip_suffix("em") {
        (n, "em", 2)
    } else {
        return None;
    };
    // In thousandths, without float parsing (see PAIRS).
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    let digits =
        |s: &str, max_len: usize| s.len() <= max_len && s.chars().all(|c| c.is_ascii_digit());
    if whole.is_empty() && fraction.is_empty() || !digits(whole, 3) || !digits(fraction, 3) {
        return None;
    }
    let whole: u32 = if whole.is_empty() {
        0
    } else {
        whole.parse().ok()?
    };
    let fraction: u32 = format!("{fraction:0<3}").parse().ok()?;
    (whole * 1000 + fraction <= max * 1000).then(|| format!("{number}{unit}"))
}

/// Keeps the known families of a font stack (`"Rijksoverheid Sans", Verdana,
/// sans-serif` → `verdana, sans-serif`); `None` if none is known.
fn parse_fonts(raw: &str) -> Option<String> {
    let known: Vec<String> = raw
        .split(',')
        .map(|f| {
            f.trim()
                .trim_matches(['"', '\''])
                .trim()
                .to_ascii_lowercase()
        })
        .filter(|f| FONTS.contains(&f.as_str()))
        .map(|f| {
            if f.contains(' ') {
                format!("\"{f}\"")
            } else {
                f
            }
        })
        .collect();
    (!known.is_empty()).then(|| known.join(", "))
}

/// The WCAG contrast ratio of two colours in hundredths (450 is 4.5:1), if both parse.
pub fn contrast(a: &str, b: &str) -> Option<u32> {
    let (la, lb) = (luminance(parse_colour(a)?), luminance(parse_colour(b)?));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    // Rounded down, so a pair just under the minimum is never let through.
    Some(((hi + 0.05) / (lo + 0.05) * 100.0) as u32)
}

fn hundredths(n: u32) -> String {
    format!("{}.{:02}:1", n / 100, n % 100)
}

fn luminance((r, g, b): (u8, u8, u8)) -> f64 {
    let lin = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_are_parsed_strictly() {
        assert_eq!(parse_colour("#0B5D52"), Some((11, 93, 82)));
        assert_eq!(parse_colour("#fff"), Some((255, 255, 255)));
        assert_eq!(parse_colour("rgb(1, 2, 3)"), Some((1, 2, 3)));
        assert_eq!(parse_colour("rgb(1 2 3)"), Some((1, 2, 3)));
        for bad in [
            "",
            "red",
            "#ggg",
            "#12345",
            "rgb(1,2)",
            "rgb(256,0,0)",
            "url(https://evil.nl/x.png)",
            "#fff; background: url(x)",
            "var(--x)",
            "expression(alert(1))",
        ] {
            assert_eq!(parse_colour(bad), None, "{bad}");
        }
    }

    #[test]
    fn lengths_and_fonts_are_limited() {
        assert_eq!(normalise(TokenKind::Length, "4px"), Some("4px".into()));
        assert_eq!(
            normalise(TokenKind::Length, "0.25rem"),
            Some("0.25rem".into())
        );
        assert_eq!(normalise(TokenKind::Length, "0"), Some("0".into()));
        for bad in [
            "",
            "4",
            "100px",
            "-1px",
            "1e3px",
            "calc(1px)",
            "4px;x:y",
            "3rem",
        ] {
            assert_eq!(normalise(TokenKind::Length, bad), None, "{bad}");
        }
        assert_eq!(
            normalise(
                TokenKind::FontFamily,
                "\"Rijksoverheid Sans\", Verdana, sans-serif"
            ),
            Some("verdana, sans-serif".into())
        );
        assert_eq!(
            normalise(TokenKind::FontFamily, "'Trebuchet MS'"),
            Some("\"trebuchet ms\"".into())
        );
        assert_eq!(normalise(TokenKind::FontFamily, "Comic Neue"), None);
        assert_eq!(
            normalise(TokenKind::FontFamily, "x; } body { color: red"),
            None
        );
    }

    #[test]
    fn a_theme_sets_the_nl_design_system_properties() {
        let (theme, ignored) = Theme::from_pairs([
            ("primary", "#7A1F5C"),
            ("radius", "4px"),
            ("font", "Verdana"),
            ("unknown", "x"),
        ]);
        assert!(ignored.is_empty(), "{ignored:?}");
        let props: Vec<_> = theme.properties().collect();
        assert_eq!(
            props,
            [
                (
                    "--utrecht-button-primary-action-background-color",
                    "#7a1f5c"
                ),
                ("--utrecht-button-border-radius", "4px"),
                ("--utrecht-document-font-family", "verdana"),
            ]
        );
    }

    #[test]
    fn unreadable_pairs_are_dropped_whole() {
        // Light yellow buttons with the default white text: 1.1:1.
        let (theme, ignored) = Theme::from_pairs([("primary", "#ffff99"), ("radius", "0")]);
        assert_eq!(theme.get("primary"), None);
        assert_eq!(theme.get("radius"), Some("0"));
        assert!(
            ignored[0].starts_with("primary-text/primary: contrast"),
            "{ignored:?}"
        );
        // The same buttons with dark text are fine.
        let (theme, ignored) =
            Theme::from_pairs([("primary", "#ffff99"), ("primary-text", "#1b1b1f")]);
        assert!(
            ignored.iter().all(|i| !i.starts_with("primary-text/")),
            "{ignored:?}"
        );
        assert_eq!(theme.get("primary-text"), Some("#1b1b1f"));
        // Grey text on white: 2.3:1.
        let (theme, _) = Theme::from_pairs([("text", "#aaaaaa")]);
        assert!(theme.is_empty());
    }

    #[test]
    fn the_defaults_are_readable() {
        for &(fg, bg, min) in PAIRS {
            let default = |n: &str| {
                TOKENS
                    .iter()
                    .find(|t| t.name == n)
                    .map_or(SURFACE, |t| t.default)
            };
            let ratio = contrast(default(fg), default(bg)).unwrap();
            assert!(ratio >= min, "{fg}/{bg} {ratio}");
        }
    }

    #[test]
    fn later_layers_win() {
        let (council, _) = Theme::from_pairs([("primary", "#00689e"), ("radius", "0")]);
        let (widget, _) = Theme::from_pairs([("primary", "#7a1f5c")]);
        let (merged, ignored) = council.merged(&widget);
        assert!(ignored.is_empty());
        assert_eq!(merged.get("primary"), Some("#7a1f5c"));
        assert_eq!(merged.get("radius"), Some("0"));
    }
}
