use super::*;

fn rule(freq: &str, byday: &str) -> RawSchedule {
    RawSchedule {
        freq: freq.into(),
        byday: ByDay::One(byday.into()),
        ..RawSchedule::default()
    }
}

fn schedule(raw: RawSchedule) -> Schedule {
    Schedule::from_raw(&raw).unwrap()
}

fn d(text: &str) -> Date {
    Date::parse(text).unwrap()
}

#[test]
fn every_tuesday() {
    let s = schedule(rule("WEEKLY", "TU"));
    // 2026-12-01 is a Tuesday.
    assert!(s.occurs_on(d("2026-12-01")));
    assert!(s.occurs_on(d("2026-12-08")));
    assert!(!s.occurs_on(d("2026-12-02")));
    assert_eq!(s.next_on_or_after(d("2026-11-27")), Some(d("2026-12-01")));
}

#[test]
fn second_monday_of_the_month() {
    let s = schedule(rule("MONTHLY", "2MO"));
    assert!(s.occurs_on(d("2026-12-14")));
    assert!(!s.occurs_on(d("2026-12-07")));
    assert!(!s.occurs_on(d("2026-12-21")));
    assert_eq!(s.next_on_or_after(d("2026-12-15")), Some(d("2027-01-11")));
}

#[test]
fn last_friday_of_the_month() {
    let s = schedule(rule("monthly", "-1FR"));
    assert!(s.occurs_on(d("2026-11-27")));
    assert!(!s.occurs_on(d("2026-11-20")));
    assert!(s.occurs_on(d("2027-01-29")));
}

#[test]
fn every_other_week_counts_from_the_start() {
    let mut raw = rule("WEEKLY", "WE");
    raw.interval = Some(2);
    raw.valid_from = Some("2026-12-02".into());
    let s = schedule(raw);
    assert!(s.occurs_on(d("2026-12-02")));
    assert!(!s.occurs_on(d("2026-12-09")));
    assert!(s.occurs_on(d("2026-12-16")));
    assert!(!s.occurs_on(d("2026-11-18")), "before the start");
}

#[test]
fn validity_bounds_are_inclusive() {
    let mut raw = rule("WEEKLY", "MO,TH");
    raw.valid_from = Some("2026-12-03".into());
    raw.valid_to = Some("2026-12-07".into());
    let s = schedule(raw);
    let days: Vec<_> = (0..14)
        .map(|n| d("2026-11-30").add_days(n))
        .filter(|day| s.occurs_on(*day))
        .map(|day| day.to_string())
        .collect();
    assert_eq!(days, ["2026-12-03", "2026-12-07"]);
    assert!(s.has_ended(d("2026-12-08")));
    assert!(!s.has_ended(d("2026-12-07")));
}

#[test]
fn a_rule_without_any_day_never_occurs() {
    let mut raw = rule("MONTHLY", "5MO");
    raw.valid_from = Some("2026-02-01".into());
    raw.valid_to = Some("2026-02-28".into());
    assert!(schedule(raw).never_occurs());
    assert!(!schedule(rule("MONTHLY", "5MO")).never_occurs());
}

#[test]
fn mistakes_are_named() {
    let table: [(RawSchedule, ScheduleError); 7] = [
        (
            rule("DAILY", "MO"),
            ScheduleError::UnknownFrequency("DAILY".into()),
        ),
        (rule("WEEKLY", "MA"), ScheduleError::BadDay("MA".into())),
        (rule("WEEKLY", ""), ScheduleError::NoDays),
        (
            rule("WEEKLY", "2MO"),
            ScheduleError::NthInWeekly("2MO".into()),
        ),
        (
            RawSchedule {
                interval: Some(2),
                ..rule("WEEKLY", "MO")
            },
            ScheduleError::IntervalWithoutStart,
        ),
        (
            RawSchedule {
                opens_at: Some("14:00".into()),
                closes_at: Some("12:00".into()),
                ..rule("WEEKLY", "MO")
            },
            ScheduleError::ClosesBeforeOpens,
        ),
        (
            RawSchedule {
                valid_from: Some("2026-12-01".into()),
                valid_to: Some("2026-11-01".into()),
                ..rule("WEEKLY", "MO")
            },
            ScheduleError::EndsBeforeStart,
        ),
    ];
    for (raw, expected) in table {
        assert_eq!(Schedule::from_raw(&raw), Err(expected.clone()), "{raw:?}");
        assert!(!expected.to_string().is_empty());
    }
    let bad_time = RawSchedule {
        opens_at: Some("25:00".into()),
        ..rule("WEEKLY", "MO")
    };
    assert_eq!(
        Schedule::from_raw(&bad_time),
        Err(ScheduleError::BadTime("25:00".into()))
    );
}

#[test]
fn moments_follow_days_and_times() {
    let with_times = |byday: &str, opens: &str, closes: &str| {
        schedule(RawSchedule {
            opens_at: Some(opens.into()),
            closes_at: Some(closes.into()),
            ..rule("WEEKLY", byday)
        })
        .moments()
    };
    assert_eq!(with_times("TU", "10:00", "12:00"), [Moment::Daytime]);
    assert_eq!(with_times("TU", "19:30", "21:30"), [Moment::Evening]);
    assert_eq!(
        with_times("TU,SA", "16:00", "19:00"),
        [Moment::Daytime, Moment::Evening, Moment::Weekend]
    );
    assert_eq!(with_times("SU", "14:00", "16:00"), [Moment::Weekend]);
    // An hour of it, or all of it, in a part of the day makes it count there.
    assert_eq!(with_times("WE", "17:30", "19:30"), [Moment::Evening]);
    assert_eq!(with_times("WE", "17:00", "18:30"), [Moment::Daytime]);
    assert_eq!(with_times("WE", "17:30", "18:00"), [Moment::Daytime]);
    assert_eq!(with_times("WE", "18:00", "18:30"), [Moment::Evening]);
    assert_eq!(
        with_times("WE", "09:00", "22:00"),
        [Moment::Daytime, Moment::Evening]
    );
}

#[test]
fn rrules_are_written_back() {
    let mut raw = rule("MONTHLY", "2MO");
    raw.interval = Some(2);
    raw.valid_from = Some("2026-01-01".into());
    raw.valid_to = Some("2026-12-31".into());
    assert_eq!(
        schedule(raw).rrule(),
        "FREQ=MONTHLY;INTERVAL=2;BYDAY=2MO;UNTIL=20261231"
    );
    assert_eq!(
        schedule(rule("WEEKLY", "MO, TH")).rrule(),
        "FREQ=WEEKLY;BYDAY=MO,TH"
    );
}

#[test]
fn byday_lists_and_strings_agree() {
    let list = RawSchedule {
        byday: ByDay::Many(vec!["MO".into(), "TH".into()]),
        ..rule("WEEKLY", "")
    };
    assert_eq!(schedule(list), schedule(rule("WEEKLY", "MO,TH")));
}

proptest::proptest! {
    /// Every schedule the JSON accepts comes back the same from a pack.
    #[test]
    fn every_valid_schedule_survives_a_pack(
        freq in "WEEKLY|MONTHLY",
        byday in "(-1|[1-6])?(MO|TU|SU)(,(1|2)?(WE|FR))?",
        interval in proptest::option::of(0u8..4),
        opens in proptest::option::of("(0[0-9]|1[0-9]|2[0-4]):[0-5]0"),
        closes in proptest::option::of("(0[0-9]|1[0-9]|2[0-4]):[0-5]0"),
        from in proptest::option::of("2026-0[1-3]-(0[1-9]|31)"),
        to in proptest::option::of("2026-0[1-3]-(0[1-9]|30)"),
    ) {
        let raw = RawSchedule {
            freq,
            interval,
            byday: ByDay::One(byday),
            opens_at: opens,
            closes_at: closes,
            valid_from: from,
            valid_to: to,
            description: None,
        };
        if let Ok(schedule) = Schedule::from_raw(&raw) {
            let bytes = postcard::to_allocvec(&schedule).unwrap();
            proptest::prop_assert_eq!(postcard::from_bytes::<Schedule>(&bytes).ok(), Some(schedule));
        }
    }
}

fn at(date: &str, time: &str) -> Now {
    Now {
        date: d(date),
        time: Time::parse(time).unwrap(),
    }
}

#[test]
fn a_session_that_has_ended_today_is_not_the_next_one() {
    let mut raw = rule("WEEKLY", "TU");
    raw.opens_at = Some("10:00".into());
    raw.closes_at = Some("12:00".into());
    let s = schedule(raw);
    // 2026-12-01 is a Tuesday.
    assert_eq!(
        s.next_session(at("2026-12-01", "09:00")),
        Some(d("2026-12-01"))
    );
    assert_eq!(
        s.next_session(at("2026-12-01", "11:59")),
        Some(d("2026-12-01"))
    );
    assert_eq!(
        s.next_session(at("2026-12-01", "12:00")),
        Some(d("2026-12-08"))
    );
    assert_eq!(
        s.next_session(at("2026-12-01", "18:00")),
        Some(d("2026-12-08"))
    );
    // Without a closing time, today's session counts all day.
    let s = schedule(rule("WEEKLY", "TU"));
    assert_eq!(
        s.next_session(at("2026-12-01", "23:00")),
        Some(d("2026-12-01"))
    );
}

#[test]
fn every_day_without_hours_is_round_the_clock() {
    let all = "MO,TU,WE,TH,FR,SA,SU";
    assert!(schedule(rule("WEEKLY", all)).round_the_clock());
    let mut raw = rule("WEEKLY", all);
    raw.opens_at = Some("00:00".into());
    raw.closes_at = Some("23:59".into());
    assert!(schedule(raw).round_the_clock());
    let mut raw = rule("WEEKLY", all);
    raw.opens_at = Some("09:00".into());
    assert!(!schedule(raw).round_the_clock());
    assert!(!schedule(rule("WEEKLY", "MO,TU,WE,TH,FR")).round_the_clock());
}

#[test]
fn until_is_the_end_of_the_last_local_day_in_utc() {
    let mut raw = rule("WEEKLY", "TU");
    raw.opens_at = Some("23:00".into());
    raw.valid_to = Some("2027-01-26".into());
    // Winter: 23:59:59 CET is 22:59:59 UTC.
    assert_eq!(
        schedule(raw.clone()).rrule(),
        "FREQ=WEEKLY;BYDAY=TU;UNTIL=20270126T225959Z"
    );
    // Summer: 23:59:59 CEST is 21:59:59 UTC.
    raw.valid_to = Some("2027-06-29".into());
    assert_eq!(
        schedule(raw.clone()).rrule(),
        "FREQ=WEEKLY;BYDAY=TU;UNTIL=20270629T215959Z"
    );
    // The days of the changes: summer time from the last Sunday of March, winter
    // time from the last Sunday of October (at 23:59 the change has happened).
    raw.byday = ByDay::One("SU".into());
    raw.valid_to = Some("2027-03-28".into());
    assert!(schedule(raw.clone())
        .rrule()
        .ends_with("UNTIL=20270328T215959Z"));
    raw.valid_to = Some("2027-10-31".into());
    assert!(schedule(raw.clone())
        .rrule()
        .ends_with("UNTIL=20271031T225959Z"));
    raw.valid_to = Some("2027-10-30".into());
    assert!(schedule(raw.clone())
        .rrule()
        .ends_with("UNTIL=20271030T215959Z"));
    // An all-day event's UNTIL is a date, as its DTSTART is (RFC 5545 3.3.10).
    raw.opens_at = None;
    raw.valid_to = Some("2027-01-31".into());
    assert!(schedule(raw).rrule().ends_with("UNTIL=20270131"));
}

#[test]
fn amsterdam_local_time_to_utc() {
    assert_eq!(
        to_utc(at("2026-12-01", "10:00"), 0),
        (d("2026-12-01"), 9, 0, 0)
    );
    assert_eq!(
        to_utc(at("2027-07-01", "01:30"), 5),
        (d("2027-06-30"), 23, 30, 5)
    );
    assert_eq!(
        to_utc(at("2027-01-01", "00:30"), 0),
        (d("2026-12-31"), 23, 30, 0)
    );
}
