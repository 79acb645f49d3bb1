//! Today's date and the time of day where the activities are: Europe/Amsterdam,
//! whatever the device's own time zone. Schedules in the directory are local Dutch
//! times (see `core::schedule`).

use samenwijzer_core::schedule::{Date, Now, Time};

fn amsterdam() -> js_sys::Object {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"timeZone".into(), &"Europe/Amsterdam".into());
    options
}

/// Today in Amsterdam; the UTC date if the browser cannot say (very old browsers
/// without time zone data), which differs at most for an hour or two around midnight.
pub fn today() -> Date {
    date_at(&js_sys::Date::new_0())
}

fn date_at(now: &js_sys::Date) -> Date {
    // The "en-CA" format is ISO: 2026-11-27.
    let iso: String = now.to_locale_date_string("en-CA", &amsterdam()).into();
    Date::parse(&iso).unwrap_or_else(|| {
        const MS_PER_DAY: f64 = 86_400_000.0;
        Date::from_days_since_epoch((now.get_time() / MS_PER_DAY).floor() as i64)
    })
}

/// Now in Amsterdam: today's date and the time of day, so a session that has ended
/// today is not "the next time". The UTC time if the browser cannot say.
pub fn now() -> Now {
    let clock = js_sys::Date::new_0();
    let options = amsterdam();
    // 24-hour "18:05:09" ("h23": midnight is 00, never 24).
    let _ = js_sys::Reflect::set(&options, &"hourCycle".into(), &"h23".into());
    let text: String = clock
        .to_locale_time_string_with_options("en-GB", &options)
        .into();
    let time = text
        .get(..5)
        .and_then(Time::parse)
        .or_else(|| Time::new(clock.get_utc_hours() as u8, clock.get_utc_minutes() as u8))
        .unwrap_or(Time { hour: 0, minute: 0 });
    Now {
        date: date_at(&clock),
        time,
    }
}
