//! A schedule in a pack (`directory/pack.rs`): the fields as the JSON file writes them
//! (`"WEEKLY"`, `["TU", "2MO"]`, `"10:00"`, `"2026-01-05"`), read back through
//! [`Schedule::from_raw`], so a pack holds no schedule the JSON check would refuse and
//! the rules live in one place.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{ByDay, Frequency, RawSchedule, Schedule};

#[derive(Serialize, Deserialize)]
struct Wire {
    freq: String,
    interval: u8,
    byday: Vec<String>,
    opens_at: Option<String>,
    closes_at: Option<String>,
    valid_from: Option<String>,
    valid_to: Option<String>,
}

impl Serialize for Schedule {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Wire {
            freq: match self.frequency {
                Frequency::Weekly => "WEEKLY",
                Frequency::Monthly => "MONTHLY",
            }
            .to_owned(),
            interval: self.interval,
            byday: self.days.iter().map(ToString::to_string).collect(),
            opens_at: self.opens.map(|t| t.to_string()),
            closes_at: self.closes.map(|t| t.to_string()),
            valid_from: self.valid_from.map(|d| d.to_string()),
            valid_to: self.valid_to.map(|d| d.to_string()),
        }
        .serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Schedule {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Schedule, D::Error> {
        let wire = Wire::deserialize(deserializer)?;
        let raw = RawSchedule {
            freq: wire.freq,
            interval: Some(wire.interval),
            byday: ByDay::Many(wire.byday),
            opens_at: wire.opens_at,
            closes_at: wire.closes_at,
            valid_from: wire.valid_from,
            valid_to: wire.valid_to,
            description: None,
        };
        Schedule::from_raw(&raw).map_err(serde::de::Error::custom)
    }
}
