//! The link to a venue on the map: OpenStreetMap at its coordinates, or a search for
//! its address when it has none. A link, never an embedded map, so nothing is loaded
//! from another site.

use super::Location;
use crate::geo::fixed;
use crate::link::SafeLink;

impl Location {
    /// "Straat 1, 1234 AB Plaats".
    pub fn address(&self) -> String {
        format!("{}, {} {}", self.street, self.postcode, self.city)
    }

    /// The venue on OpenStreetMap.
    pub fn map_link(&self) -> Option<SafeLink> {
        let url = match self.coordinates {
            Some(p) => {
                let (lat, lon) = (fixed(p.lat, 5, '.'), fixed(p.lon, 5, '.'));
                format!("https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}")
            }
            None => {
                let query: String =
                    form_urlencoded::byte_serialize(self.address().as_bytes()).collect();
                format!("https://www.openstreetmap.org/search?query={query}")
            }
        };
        SafeLink::website(&url)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo::LatLon;

    fn location() -> Location {
        Location {
            name: None,
            street: "Plein 1945 nr. 2 & 3".into(),
            postcode: "1971 AA".into(),
            city: "IJmuiden".into(),
            coordinates: None,
            wheelchair_accessible: false,
            floor: None,
            lift: false,
            accessibility: None,
            getting_there: None,
        }
    }

    #[test]
    fn with_coordinates_the_map_opens_there() {
        let mut at = location();
        at.coordinates = Some(LatLon {
            lat: 52.458_123_4,
            lon: 4.6,
        });
        let link = at.map_link().unwrap();
        assert_eq!(
            link.href(),
            "https://www.openstreetmap.org/?mlat=52.45812&mlon=4.60000#map=17/52.45812/4.60000"
        );
    }

    #[test]
    fn without_them_it_searches_for_the_address_encoded() {
        let link = location().map_link().unwrap();
        assert_eq!(
            link.href(),
            "https://www.openstreetmap.org/search?query=Plein+1945+nr.+2+%26+3%2C+1971+AA+IJmuiden"
        );
    }
}
