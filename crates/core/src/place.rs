//! Where someone lives: one of the configured municipalities, found from its name or
//! from a Dutch postcode (the four digits are enough).

/// A municipality: its id, its name, and its four-digit postcode ranges (inclusive).
type Municipality = (&'static str, &'static str, &'static [(u16, u16)]);

/// The municipalities of the demo configuration (PostNL PC4 areas).
const MUNICIPALITIES: &[Municipality] = &[
    (
        "velsen",
        "Velsen",
        &[
            (1951, 1951),
            (1970, 1976),
            (1981, 1981),
            (1985, 1985),
            (1991, 1991),
            (2071, 2071),
            (2082, 2082),
        ],
    ),
    ("beverwijk", "Beverwijk", &[(1940, 1949)]),
    ("heemskerk", "Heemskerk", &[(1960, 1969)]),
    ("amstelveen", "Amstelveen", &[(1180, 1189)]),
];

/// The municipality ids and display names, in the order a form should offer them.
pub fn municipalities() -> impl Iterator<Item = (&'static str, &'static str)> {
    MUNICIPALITIES.iter().map(|(id, name, _)| (*id, *name))
}

pub fn municipality_name(id: &str) -> Option<&'static str> {
    MUNICIPALITIES
        .iter()
        .find(|(m, _, _)| *m == id)
        .map(|(_, name, _)| *name)
}

/// The four digits of a Dutch postcode ("1971 AB", "1971ab", "1971"), if valid.
pub fn pc4(postcode: &str) -> Option<u16> {
    let compact: String = postcode.chars().filter(|c| !c.is_whitespace()).collect();
    let (digits, letters) = compact.split_at_checked(4)?;
    let number: u16 = digits.parse().ok()?;
    let letters_ok = letters.is_empty()
        || (letters.len() == 2 && letters.chars().all(|c| c.is_ascii_alphabetic()));
    ((1000..=9999).contains(&number) && digits.chars().all(|c| c.is_ascii_digit()) && letters_ok)
        .then_some(number)
}

/// The configured municipality a postcode belongs to, if any.
pub fn municipality_for_postcode(postcode: &str) -> Option<&'static str> {
    let number = pc4(postcode)?;
    MUNICIPALITIES
        .iter()
        .find(|(_, _, ranges)| ranges.iter().any(|(lo, hi)| (*lo..=*hi).contains(&number)))
        .map(|(id, _, _)| *id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postcodes_are_read_forgivingly() {
        assert_eq!(pc4("1971 AB"), Some(1971));
        assert_eq!(pc4(" 1971ab "), Some(1971));
        assert_eq!(pc4("1971"), Some(1971));
        for bad in ["", "197", "0971 AB", "1971 A", "1971 A1", "19711", "abcd"] {
            assert_eq!(pc4(bad), None, "{bad}");
        }
    }

    #[test]
    fn postcodes_map_to_municipalities() {
        let table = [
            ("1971 AB", Some("velsen")),
            ("2071", Some("velsen")),
            ("1945 XY", Some("beverwijk")),
            ("1964", Some("heemskerk")),
            ("1183 AA", Some("amstelveen")),
            ("1012 AB", None),
            ("nonsense", None),
        ];
        for (postcode, expected) in table {
            assert_eq!(municipality_for_postcode(postcode), expected, "{postcode}");
        }
        assert_eq!(municipality_name("velsen"), Some("Velsen"));
        assert_eq!(municipalities().count(), 4);
    }
}
