//! One HSDS schedule: as a schedule of the format when it can be one, else as words
//! for `when` (a day of the month, of the year, a week number), and every HSDS field
//! it carries that is not read is named in one warning.

use serde_json::Value;

use samenwijzer_core::schedule::{ByDay, RawSchedule};

use super::{num_at, str_at, strip_offset, Ctx};

pub(super) enum Read {
    Schedule(RawSchedule),
    /// What the schedule says, in words, for the entry's `when`.
    Words(String),
    Nothing,
}

/// The RRULE parts the format has no field for.
const NOT_A_SCHEDULE: [&str; 3] = ["bymonthday", "byyearday", "byweekno"];

fn shown(v: &Value) -> String {
    match v {
        Value::String(s) => s.trim().to_owned(),
        other => other.to_string(),
    }
}

fn given(s: &Value, key: &str) -> bool {
    s.get(key)
        .is_some_and(|v| !v.is_null() && v.as_str().is_none_or(|t| !t.trim().is_empty()))
}

pub(super) fn read(ctx: &mut Ctx, place: &str, s: &Value) -> Read {
    if given(s, "timezone") {
        let message = ctx.t(
            "`timezone` wordt genegeerd: Samenwijzer neemt aan dat tijden in Nederlandse tijd (Europe/Amsterdam) staan".into(),
            "`timezone` is ignored: Samenwijzer takes times to be Dutch local time (Europe/Amsterdam)".into(),
        );
        ctx.warn(&format!("{place}.timezone"), message);
    }
    let Some(freq) = str_at(s, "freq").map(str::to_uppercase) else {
        let message = ctx.t(
            "rooster zonder `freq` overgeslagen (alleen WEEKLY en MONTHLY)".into(),
            "schedule without `freq` skipped (only WEEKLY and MONTHLY)".into(),
        );
        ctx.warn(place, message);
        return Read::Nothing;
    };
    let time = |key: &str, ctx: &mut Ctx| -> Option<String> {
        let t = str_at(s, key)?;
        let local = strip_offset(t);
        if local.len() != t.len() {
            let message = ctx.t(
                format!("{t:?}: de tijdzone is weggelaten; de tijd geldt als Nederlandse tijd"),
                format!("{t:?}: the time zone was left out; the time counts as Dutch time"),
            );
            ctx.warn(&format!("{place}.{key}"), message);
        }
        Some(local.to_owned())
    };
    let interval = match num_at(s, "interval") {
        Some(Ok(n)) if n.fract() == 0.0 && (0.0..=255.0).contains(&n) => Some(n as u8),
        Some(Ok(n)) => {
            let message = ctx.t(
                format!("{n} is geen geldige interval; genegeerd"),
                format!("{n} is not a valid interval; ignored"),
            );
            ctx.warn(&format!("{place}.interval"), message);
            None
        }
        Some(Err(v)) => {
            let message = ctx.t(
                format!("{v:?} is geen geldige interval; genegeerd"),
                format!("{v:?} is not a valid interval; ignored"),
            );
            ctx.warn(&format!("{place}.interval"), message);
            None
        }
        None => None,
    };
    let date = |key: &str| str_at(s, key).map(|d| d.get(..10).unwrap_or(d).to_owned());
    let opens_at = time("opens_at", ctx);
    let closes_at = time("closes_at", ctx);
    // `dtstart` is the first day: the format's `valid_from` when that is not given.
    let valid_from = date("valid_from").or_else(|| date("dtstart"));
    let valid_to = date("valid_to").or_else(|| date("until"));
    let description = [str_at(s, "description"), str_at(s, "notes")]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    let description = crate::out::text(&description);
    let mut byday = str_at(s, "byday").unwrap_or_default().to_owned();
    let mut freq = freq;
    // Every day: the format's weekly schedule on all seven days.
    if freq == "DAILY" && byday.is_empty() && interval.is_none_or(|n| n <= 1) {
        freq = "WEEKLY".into();
        byday = "MO,TU,WE,TH,FR,SA,SU".into();
    }

    let unread: Vec<&str> = NOT_A_SCHEDULE
        .into_iter()
        .chain(["count", "wkst"])
        .filter(|k| given(s, k))
        .collect();
    let named = unread
        .iter()
        .map(|k| format!("`{k}` ({})", s.get(*k).map(shown).unwrap_or_default()))
        .collect::<Vec<_>>()
        .join(", ");
    if NOT_A_SCHEDULE.iter().any(|k| given(s, k)) {
        let words = words(
            s,
            &freq,
            interval,
            &byday,
            opens_at.as_deref(),
            closes_at.as_deref(),
            valid_from.as_deref(),
            valid_to.as_deref(),
            description.as_deref(),
        );
        let message = ctx.t(
            format!("{named}: zo'n rooster kan Samenwijzer niet als rooster opslaan; het staat nu in woorden in `when`: {words:?}"),
            format!("{named}: Samenwijzer cannot store such a schedule as a schedule; it is now in words in `when`: {words:?}"),
        );
        ctx.warn(place, message);
        return Read::Words(words);
    }
    if !unread.is_empty() {
        let message = ctx.t(
            format!("{named} leest Samenwijzer niet; het rooster is zonder overgenomen (zet bij een laatste keer `valid_to`)"),
            format!("Samenwijzer does not read {named}; the schedule was imported without (for a last time, set `valid_to`)"),
        );
        ctx.warn(place, message);
    }
    Read::Schedule(RawSchedule {
        freq,
        interval: interval.filter(|n| *n != 1),
        byday: ByDay::One(byday),
        opens_at,
        closes_at,
        valid_from,
        valid_to,
        description,
    })
}

/// The schedule in Dutch words, as residents read `when` ("maandelijks, op dag 15 van
/// de maand, 10:00–12:00").
#[allow(clippy::too_many_arguments)]
fn words(
    s: &Value,
    freq: &str,
    interval: Option<u8>,
    byday: &str,
    opens: Option<&str>,
    closes: Option<&str>,
    from: Option<&str>,
    to: Option<&str>,
    description: Option<&str>,
) -> String {
    let mut parts = Vec::new();
    let every = match (freq, interval.filter(|n| *n > 1)) {
        ("DAILY", None) => "elke dag".to_owned(),
        ("WEEKLY", None) => "elke week".to_owned(),
        ("MONTHLY", None) => "elke maand".to_owned(),
        ("YEARLY", None) => "elk jaar".to_owned(),
        ("DAILY", Some(n)) => format!("om de {n} dagen"),
        ("WEEKLY", Some(n)) => format!("om de {n} weken"),
        ("MONTHLY", Some(n)) => format!("om de {n} maanden"),
        ("YEARLY", Some(n)) => format!("om de {n} jaar"),
        (other, _) => other.to_lowercase(),
    };
    parts.push(every);
    let list = |key: &str| s.get(key).map(shown).filter(|v| !v.is_empty());
    if let Some(d) = list("bymonthday") {
        parts.push(format!("op dag {d} van de maand"));
    }
    if let Some(d) = list("byyearday") {
        parts.push(format!("op dag {d} van het jaar"));
    }
    if let Some(w) = list("byweekno") {
        parts.push(format!("in week {w}"));
    }
    if !byday.is_empty() {
        parts.push(format!("op {}", day_words(byday)));
    }
    match (opens, closes) {
        (Some(o), Some(c)) => parts.push(format!("{}–{}", hm(o), hm(c))),
        (Some(o), None) => parts.push(format!("vanaf {}", hm(o))),
        _ => {}
    }
    if let Some(f) = from {
        parts.push(format!("vanaf {f}"));
    }
    if let Some(t) = to {
        parts.push(format!("tot en met {t}"));
    }
    if let Some(n) = list("count") {
        parts.push(format!("{n} keer"));
    }
    let mut text = parts.join(", ");
    if let Some(d) = description {
        text.push_str(&format!(" ({d})"));
    }
    text
}

fn hm(t: &str) -> &str {
    t.get(..5)
        .filter(|h| h.as_bytes().get(2) == Some(&b':'))
        .unwrap_or(t)
}

fn day_words(byday: &str) -> String {
    byday
        .split(',')
        .map(|d| {
            let d = d.trim();
            let (nth, day) = d.split_at(d.len().saturating_sub(2));
            let name = match day {
                "MO" => "maandag",
                "TU" => "dinsdag",
                "WE" => "woensdag",
                "TH" => "donderdag",
                "FR" => "vrijdag",
                "SA" => "zaterdag",
                "SU" => "zondag",
                _ => return d.to_owned(),
            };
            match nth {
                "" => name.to_owned(),
                "-1" => format!("laatste {name}"),
                n => format!("{n}e {name}"),
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}
