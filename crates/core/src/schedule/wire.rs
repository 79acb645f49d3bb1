//! A schedule in a pack (`directory/pack.rs`): its parts as numbers, each read back
//! through its own check (`Date::new`, `Time::new`, `DayRule::new`) and the whole
//! through [`Schedule::new`], which applies the same rules as [`Schedule::from_raw`]:
//! a pack holds no schedule the JSON check would refuse.

use serde::de::Error;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{Date, DayRule, Frequency, Schedule, Time, Weekday};

type Wire = (
    Frequency,
    u8,
    Vec<(Weekday, Option<i8>)>,
    (Option<Time>, Option<Time>),
    (Option<Date>, Option<Date>),
    Option<String>,
);

impl Serialize for Schedule {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let days: Vec<(Weekday, Option<i8>)> =
            self.days.iter().map(|d| (d.weekday, d.nth)).collect();
        let wire: Wire = (
            self.frequency,
            self.interval,
            days,
            (self.opens, self.closes),
            (self.valid_from, self.valid_to),
            self.description.clone(),
        );
        wire.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Schedule {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Schedule, D::Error> {
        let (frequency, interval, days, hours, dates, description) =
            Wire::deserialize(deserializer)?;
        let days = days
            .into_iter()
            .map(|(weekday, nth)| DayRule::new(weekday, nth))
            .collect::<Option<Vec<_>>>()
            .ok_or_else(|| D::Error::custom("a day that is not in the calendar"))?;
        let mut schedule =
            Schedule::new(frequency, interval, days, hours, dates).map_err(D::Error::custom)?;
        // Its text is checked with the entry's others (`pack::check_entry`).
        schedule.description = description;
        Ok(schedule)
    }
}
