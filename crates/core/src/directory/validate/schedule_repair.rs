//! Taking the part of a schedule out that an error is about, so that
//! [`Schedule::from_raw`](crate::schedule::Schedule::from_raw) can be asked again for
//! the next problem (`schedule.rs`).

use crate::schedule::{ByDay, RawSchedule, ScheduleError};

/// Takes out the part of `raw` that `error` is about. Returns false when nothing can be
/// taken out (then stop asking).
pub(super) fn repair(raw: &mut RawSchedule, error: &ScheduleError) -> bool {
    let clear = |field: &mut Option<String>, text: &str| {
        if field.as_deref().map(str::trim) == Some(text) {
            *field = None;
            true
        } else {
            false
        }
    };
    match error {
        // MONTHLY accepts every day rule that WEEKLY does, and more.
        ScheduleError::UnknownFrequency(_) | ScheduleError::NthInWeekly(_) => {
            let changed = raw.freq != "MONTHLY";
            raw.freq = "MONTHLY".into();
            changed
        }
        ScheduleError::BadDay(day) => without_day(raw, day),
        ScheduleError::NoDays => {
            raw.byday = ByDay::One("MO".into());
            true
        }
        ScheduleError::BadInterval | ScheduleError::IntervalWithoutStart => {
            raw.interval.take().is_some()
        }
        ScheduleError::BadTime(t) => clear(&mut raw.opens_at, t) || clear(&mut raw.closes_at, t),
        ScheduleError::BadDate(d) => clear(&mut raw.valid_from, d) || clear(&mut raw.valid_to, d),
        ScheduleError::ClosesBeforeOpens => raw.closes_at.take().is_some(),
        ScheduleError::EndsBeforeStart => raw.valid_to.take().is_some(),
    }
}

/// `byday` without the day `day`, but with at least one day, so that "no days" is not
/// reported as well.
fn without_day(raw: &mut RawSchedule, day: &str) -> bool {
    let mut items: Vec<String> = match &raw.byday {
        ByDay::One(s) => s
            .split(',')
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty())
            .collect(),
        ByDay::Many(v) => v.iter().map(|s| s.trim().to_owned()).collect(),
    };
    let Some(k) = items.iter().position(|s| s == day) else {
        return false;
    };
    items.remove(k);
    if items.iter().all(|s| s.is_empty()) {
        items = vec!["MO".into()];
    }
    raw.byday = ByDay::Many(items);
    true
}
