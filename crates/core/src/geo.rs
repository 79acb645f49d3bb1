//! Distances between places, for "near me": a resident gives a four-digit postcode, the
//! app takes the centroid of that postcode area from a bundled table
//! (`data/pc4-centroids.json`; source and licence in `data/pc4-centroids.SOURCE.md`),
//! and measures the straight-line distance to each activity.

use std::collections::HashMap;

/// A point in WGS84 degrees.
/// In a pack (`directory/pack.rs`) a pair of numbers, read back through
/// [`LatLon::new`]: a point off the earth is refused there as in the JSON.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "(f64, f64)", into = "(f64, f64)")]
pub struct LatLon {
    pub lat: f64,
    pub lon: f64,
}

/// The rough bounding box of the European Netherlands, for sanity checks on data.
const NETHERLANDS: ((f64, f64), (f64, f64)) = ((50.7, 53.7), (3.2, 7.3));

impl TryFrom<(f64, f64)> for LatLon {
    type Error = &'static str;
    fn try_from((lat, lon): (f64, f64)) -> Result<LatLon, &'static str> {
        LatLon::new(lat, lon).ok_or("a latitude and longitude that are not a point on earth")
    }
}

impl From<LatLon> for (f64, f64) {
    fn from(p: LatLon) -> (f64, f64) {
        (p.lat, p.lon)
    }
}

impl LatLon {
    pub fn new(lat: f64, lon: f64) -> Option<LatLon> {
        let ok = lat.is_finite() && lon.is_finite() && lat.abs() <= 90.0 && lon.abs() <= 180.0;
        ok.then_some(LatLon { lat, lon })
    }

    pub fn in_netherlands(self) -> bool {
        let ((lat_lo, lat_hi), (lon_lo, lon_hi)) = NETHERLANDS;
        (lat_lo..=lat_hi).contains(&self.lat) && (lon_lo..=lon_hi).contains(&self.lon)
    }

    /// Great-circle distance in kilometres (haversine; the error at these distances is
    /// far below what matters for "how far is it").
    pub fn km_to(self, other: LatLon) -> f64 {
        const EARTH_RADIUS_KM: f64 = 6371.0;
        let (phi1, phi2) = (self.lat.to_radians(), other.lat.to_radians());
        let dphi = phi2 - phi1;
        let dlambda = (other.lon - self.lon).to_radians();
        let a =
            (dphi / 2.0).sin().powi(2) + phi1.cos() * phi2.cos() * (dlambda / 2.0).sin().powi(2);
        2.0 * EARTH_RADIUS_KM * a.sqrt().asin()
    }
}

/// `value` with `decimals` digits after `separator`, rounded ("2,4"). Integer
/// arithmetic on purpose: Rust's float formatting would add kilobytes to the wasm.
pub fn fixed(value: f64, decimals: u32, separator: char) -> String {
    let scale = 10_i64.pow(decimals);
    let scaled = (value.abs() * scale as f64).round() as i64;
    let sign = if value < 0.0 && scaled != 0 { "-" } else { "" };
    let (whole, fraction) = (scaled / scale, scaled % scale);
    if decimals == 0 {
        return format!("{sign}{whole}");
    }
    format!(
        "{sign}{whole}{separator}{fraction:0width$}",
        width = decimals as usize
    )
}

include!(concat!(env!("OUT_DIR"), "/pc4.rs"));

/// Postcode-area centroids by four-digit postcode.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Centroids(HashMap<u16, LatLon>);

#[cfg(test)]
#[derive(serde::Deserialize)]
struct RawCentroids {
    centroids: HashMap<String, (f64, f64)>,
}

impl Centroids {
    /// Reads a centroids file; entries that are not a postcode and a point are left out.
    /// For tests: the app's own table is compiled from its file (`bundled`), and a test
    /// compares the two.
    #[cfg(test)]
    pub fn from_json(text: &str) -> Result<Centroids, serde_json::Error> {
        let raw: RawCentroids = serde_json::from_str(text)?;
        Ok(Centroids(
            raw.centroids
                .into_iter()
                .filter_map(|(pc, (lat, lon))| Some((pc.parse().ok()?, LatLon::new(lat, lon)?)))
                .collect(),
        ))
    }

    /// The centroid for a postcode such as "1971 AB" or "1971".
    pub fn of(&self, postcode: &str) -> Option<LatLon> {
        self.0.get(&crate::place::pc4(postcode)?).copied()
    }

    /// The table bundled with the app, for the configured municipalities:
    /// data/pc4-centroids.json as build.rs compiled it (no JSON parser in the app).
    pub fn bundled() -> Centroids {
        Centroids(
            PC4.iter()
                .filter_map(|&(pc, lat, lon)| Some((pc, LatLon::new(lat, lon)?)))
                .collect(),
        )
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances_are_sensible() {
        let amsterdam = LatLon::new(52.3731, 4.8922).unwrap();
        let utrecht = LatLon::new(52.0907, 5.1214).unwrap();
        let km = amsterdam.km_to(utrecht);
        assert!((34.0..36.0).contains(&km), "{km}");
        assert_eq!(amsterdam.km_to(amsterdam), 0.0);
        assert!((utrecht.km_to(amsterdam) - km).abs() < 1e-9);
    }

    #[test]
    fn numbers_are_written_with_fixed_decimals() {
        assert_eq!(fixed(2.35, 1, ','), "2,4");
        assert_eq!(fixed(0.04, 1, ','), "0,0");
        assert_eq!(fixed(52.460_123, 5, '.'), "52.46012");
        assert_eq!(fixed(-4.5, 2, '.'), "-4.50");
        assert_eq!(fixed(12.0, 0, '.'), "12");
    }

    #[test]
    fn points_are_checked() {
        assert!(LatLon::new(91.0, 0.0).is_none());
        assert!(LatLon::new(f64::NAN, 0.0).is_none());
        assert!(LatLon::new(52.46, 4.62).unwrap().in_netherlands());
        // Swapped latitude and longitude: a common mistake in spreadsheets.
        assert!(!LatLon::new(4.62, 52.46).unwrap().in_netherlands());
    }

    #[test]
    fn the_compiled_table_is_the_file() {
        let file = Centroids::from_json(include_str!("../../../data/pc4-centroids.json")).unwrap();
        assert_eq!(Centroids::bundled(), file);
        // Every row of the file is in the table: none was dropped.
        assert_eq!(PC4.len(), file.len());
    }

    #[test]
    fn the_bundled_table_covers_the_municipalities() {
        let table = Centroids::bundled();
        assert!(table.len() >= 40, "{}", table.len());
        assert!(table.0.values().all(|p| p.in_netherlands()));
        for (municipality, postcode) in [
            ("velsen", "1971"),
            ("beverwijk", "1941"),
            ("heemskerk", "1961"),
            ("amstelveen", "1181"),
        ] {
            assert_eq!(
                crate::place::municipality_for_postcode(postcode),
                Some(municipality)
            );
            assert!(table.of(postcode).is_some(), "{postcode}");
        }
        // Beverwijk to Heemskerk is a few kilometres.
        let km = table.of("1941").unwrap().km_to(table.of("1961").unwrap());
        assert!((2.0..6.0).contains(&km), "{km}");
    }

    #[test]
    fn centroids_are_found_by_postcode() {
        let table = Centroids::from_json(
            r#"{"centroids": {"1971": [52.46, 4.61], "x": [1, 2], "1181": [100, 4]}}"#,
        )
        .unwrap();
        assert_eq!(table.len(), 1);
        assert_eq!(table.of("1971 AB"), LatLon::new(52.46, 4.61));
        assert_eq!(table.of("1181"), None);
        assert_eq!(table.of("nonsense"), None);
    }
}
