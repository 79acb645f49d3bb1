//! "Klopt er iets niet?": an activity's page offers a `mailto:` to whoever keeps the
//! directory (the municipality's `data_contact`), with the activity's id and name
//! filled in and nothing else: not what the resident answered, not their
//! municipality or postcode. The words are the app's catalogue; the link is made
//! with the hand-over's RFC 6068 encoder ([`handover::mailto`]).

use crate::directory::Entry;
use crate::handover::{self, Mailto};
use crate::link::SafeLink;

/// The `mailto:` for a correction of `entry`, from the catalogue's `subject` and
/// `body`, in which `{id}` and `{name}` are the entry's and no other value is filled
/// in. `None` unless `to` is an e-mail address.
pub fn mailto(to: &SafeLink, entry: &Entry, subject: &str, body: &str) -> Option<Mailto> {
    let fill = |template: &str| {
        template
            .replace("{id}", &entry.id)
            .replace("{name}", &entry.name)
    };
    handover::mailto(to, &fill(subject), &fill(body))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::parse_directory;

    fn entry() -> Entry {
        let text = r#"{"schema_version": 1, "entries": [{"id": "velsen-koffie", "name": "Koffie & thee",
            "description": "Samen", "municipality": "velsen", "contact": {"phone": "0255 123 456"}}]}"#;
        parse_directory(text).unwrap().entries.remove(0)
    }

    #[test]
    fn the_mail_names_the_activity_and_nothing_else() {
        let to = SafeLink::email("gegevens@velsen.voorbeeld.nl").unwrap();
        let link = mailto(
            &to,
            &entry(),
            "Klopt er iets niet: {name}",
            "Activiteit: {name}\nCode: {id}\n\nWat klopt er niet?\n",
        )
        .unwrap();
        assert!(link.whole);
        assert_eq!(
            link.href,
            "mailto:gegevens@velsen.voorbeeld.nl?subject=Klopt%20er%20iets%20niet%3A%20Koffie%20%26%20thee\
             &body=Activiteit%3A%20Koffie%20%26%20thee%0D%0ACode%3A%20velsen-koffie%0D%0A%0D%0AWat%20klopt%20er%20niet%3F%0D%0A"
        );
        // Not its other fields (its phone, its description).
        for other in ["0255", "Samen"] {
            assert!(!link.href.contains(other), "{other}");
        }
        assert_eq!(
            mailto(
                &SafeLink::phone("0255 000 000").unwrap(),
                &entry(),
                "s",
                "b"
            ),
            None
        );
    }
}
