//! The location block: an address the app can show, and a point on the map that is
//! where the address says.
//!
//! - SW020 `CoordinatePair`: only one of `latitude` and `longitude`.
//! - SW021 `NotOnEarth`: coordinates that do not exist.
//! - SW023 `FloorRange`: a `floor` below -2 or above 50.
//! - SW031 `EmptyAddress` (warning): `street` or `city` is empty.
//! - SW043 `OutsideNetherlands` (warning): the point is not in the Netherlands.
//! - SW044 `LatLonSwapped` (warning): it is, once `latitude` and `longitude` swap.
//! - SW045 `BadPostcode` (warning): no Dutch postcode.

use serde_json::{Map, Value};

use super::fields::Block;
use super::kind::Expected;
use super::words::pick;
use super::{Kind, Validator};
use crate::directory::spans::key_path;
use crate::directory::FLOORS;
use crate::geo::LatLon;
use crate::place;
use crate::quote::quoted;
use crate::StaffLang;

impl Validator<'_> {
    pub(super) fn location(&mut self, path: &str, location: &Map<String, Value>) {
        self.unknown_fields(path, location, Block::Location);
        for field in ["name", "accessibility", "getting_there"] {
            self.optional_text(path, location, field);
        }
        for field in ["street", "city"] {
            if let Some(text) = self.required_text(path, location, field) {
                if text.trim().is_empty() {
                    self.warn(&key_path(path, field), Kind::EmptyAddress(field));
                }
            }
        }
        if let Some(postcode) = self.required_text(path, location, "postcode") {
            if place::pc4(postcode).is_none() {
                self.warn(
                    &key_path(path, "postcode"),
                    Kind::BadPostcode(postcode.to_owned()),
                );
            }
        }
        for field in ["wheelchair_accessible", "lift"] {
            self.typed(path, location, field, Expected::Bool, false);
        }
        if let Some(floor) = self.typed(path, location, "floor", Expected::Integer, true) {
            let in_range = floor
                .as_i64()
                .and_then(|f| i8::try_from(f).ok())
                .is_some_and(|f| FLOORS.contains(&f));
            if !in_range {
                self.error(
                    &key_path(path, "floor"),
                    Kind::FloorRange(floor.to_string()),
                );
            }
        }
        self.coordinates(path, location);
    }

    fn coordinates(&mut self, path: &str, location: &Map<String, Value>) {
        let lat = self
            .typed(path, location, "latitude", Expected::Number, true)
            .and_then(Value::as_f64);
        let lon = self
            .typed(path, location, "longitude", Expected::Number, true)
            .and_then(Value::as_f64);
        let lat_given = location.get("latitude").is_some_and(|v| !v.is_null());
        let lon_given = location.get("longitude").is_some_and(|v| !v.is_null());
        if lat_given != lon_given {
            let at = if lat_given { "latitude" } else { "longitude" };
            self.error(&key_path(path, at), Kind::CoordinatePair);
            return;
        }
        if let (Some(lat), Some(lon)) = (lat, lon) {
            let at = key_path(path, "latitude");
            match LatLon::new(lat, lon) {
                // At the value that is out of range.
                None if (-90.0..=90.0).contains(&lat) => {
                    self.error(&key_path(path, "longitude"), Kind::NotOnEarth)
                }
                None => self.error(&at, Kind::NotOnEarth),
                Some(point) if point.in_netherlands() => {}
                Some(_) if LatLon::new(lon, lat).is_some_and(LatLon::in_netherlands) => {
                    self.warn(&at, Kind::LatLonSwapped)
                }
                Some(_) => self.warn(&at, Kind::OutsideNetherlands),
            }
        }
    }
}

pub(super) fn coordinate_pair(lang: StaffLang) -> String {
    pick(
        lang,
        "geef `latitude` én `longitude`, of geen van beide".into(),
        "give both `latitude` and `longitude`, or neither".into(),
    )
}

pub(super) fn not_on_earth(lang: StaffLang) -> String {
    pick(
        lang,
        "deze coördinaten bestaan niet (latitude -90 tot 90, longitude -180 tot 180)".into(),
        "these coordinates do not exist (latitude -90 to 90, longitude -180 to 180)".into(),
    )
}

pub(super) fn floor_range(value: &str, lang: StaffLang) -> String {
    pick(
        lang,
        format!(
            "`floor` is {value}: geef de verdieping als getal van -2 tot 50 (0 is de begane grond)"
        ),
        format!(
            "`floor` is {value}: give the floor as a number from -2 to 50 (0 is the ground floor)"
        ),
    )
}

pub(super) fn empty_address(field: &str, lang: StaffLang) -> String {
    pick(
        lang,
        format!("`{field}` is leeg"),
        format!("`{field}` is empty"),
    )
}

pub(super) fn outside_netherlands(lang: StaffLang) -> String {
    pick(
        lang,
        "deze plek ligt niet in Nederland: kijk `latitude` en `longitude` na".into(),
        "this place is not in the Netherlands: check `latitude` and `longitude`".into(),
    )
}

pub(super) fn lat_lon_swapped(lang: StaffLang) -> String {
    pick(
        lang,
        "deze plek ligt niet in Nederland, maar wel als u `latitude` en `longitude` omwisselt: in Nederland is latitude ongeveer 51–53 en longitude 3–7".into(),
        "this place is not in the Netherlands, but it is when `latitude` and `longitude` are swapped: in the Netherlands latitude is about 51–53 and longitude 3–7".into(),
    )
}

pub(super) fn bad_postcode(value: &str, lang: StaffLang) -> String {
    pick(
        lang,
        format!(
            "{} is geen Nederlandse postcode (zoals 1971 AB)",
            quoted(value)
        ),
        format!(
            "{} is not a Dutch postcode (such as 1971 AB)",
            quoted(value)
        ),
    )
}
