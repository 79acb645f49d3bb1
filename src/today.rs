//! Today's date where the activities are: Europe/Amsterdam, whatever the device's own
//! time zone. Schedules in the directory are local Dutch times (see `core::schedule`).

use samenwijzer_core::schedule::Date;

/// Today in Amsterdam; the UTC date if the browser cannot say (very old browsers
/// without time zone data), which differs at most for an hour or two around midnight.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"timeZone".into(), &"Europe/Amsterdam".into());
    // The "en-CA" format is ISO: 2026-11-27.
    let iso: String = now.to_locale_date_string("en-CA", &options).into();
    Date::parse(&iso).unwrap_or_else(|| {
        const MS_PER_DAY: f64 = 86_400_000.0;
        Date::from_days_since_epoch((now.get_time() / MS_PER_DAY).floor() as i64)
    })
}
