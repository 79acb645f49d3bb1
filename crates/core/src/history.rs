//! "Mijn verloop": the results of earlier self-checks, kept on this device only when
//! the resident chooses so. A result is the date, the instrument, the total with its
//! range, the band's level and the subscale scores: never the answers themselves.
//!
//! One result per instrument and day: opening the result page again, or changing an
//! answer the same day, replaces that day's result instead of adding another. Results
//! of different instruments are kept apart ([`History::series`]): their scores are on
//! different scales and are never drawn or compared together.

use crate::check::{Level, Score};
use crate::schedule::Date;
use crate::stored::Json;

/// At most this many results are kept (the oldest go first): years of monthly checks.
pub const KEEP: usize = 120;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SubscaleResult {
    pub id: String,
    pub score: u32,
    pub max: u32,
}

/// One finished self-check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    pub date: Date,
    pub instrument: String,
    pub total: u32,
    pub min: u32,
    pub max: u32,
    pub level: Level,
    pub subscales: Vec<SubscaleResult>,
}

impl Record {
    pub fn of(score: &Score, instrument: &str, date: Date) -> Record {
        Record {
            date,
            instrument: instrument.to_owned(),
            total: score.total,
            min: score.min,
            max: score.max,
            level: score.band.level,
            subscales: score
                .subscales
                .iter()
                .map(|s| SubscaleResult {
                    id: s.id.clone(),
                    score: s.score,
                    max: s.max,
                })
                .collect(),
        }
    }
}

/// The kept results, oldest first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct History {
    records: Vec<Record>,
}

impl History {
    pub fn records(&self) -> &[Record] {
        &self.records
    }

    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// Adds `record`, replacing a result of the same instrument on the same day, and
    /// keeps the list in date order (results of one day in the order they came).
    pub fn record(&mut self, record: Record) {
        self.records
            .retain(|r| !(r.date == record.date && r.instrument == record.instrument));
        let at = self.records.partition_point(|r| r.date <= record.date);
        self.records.insert(at, record);
        if self.records.len() > KEEP {
            let extra = self.records.len() - KEEP;
            self.records.drain(..extra);
        }
    }

    /// The latest result of `instrument` from before `day`: "Vorige keer".
    pub fn previous(&self, instrument: &str, day: Date) -> Option<&Record> {
        self.records
            .iter()
            .rev()
            .find(|r| r.instrument == instrument && r.date < day)
    }

    /// The instruments with results, in the order of their first result.
    pub fn instruments(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = Vec::new();
        for r in &self.records {
            if !ids.contains(&r.instrument.as_str()) {
                ids.push(&r.instrument);
            }
        }
        ids
    }

    /// The results of one instrument, oldest first: one scale, one chart.
    pub fn series(&self, instrument: &str) -> Vec<&Record> {
        self.records
            .iter()
            .filter(|r| r.instrument == instrument)
            .collect()
    }

    pub fn to_json(&self) -> Json {
        let number = |n: u32| Json::Number(f64::from(n));
        let records = self
            .records
            .iter()
            .map(|r| {
                Json::Object(vec![
                    ("date".into(), Json::String(r.date.to_string())),
                    ("instrument".into(), Json::String(r.instrument.clone())),
                    ("total".into(), number(r.total)),
                    ("min".into(), number(r.min)),
                    ("max".into(), number(r.max)),
                    ("level".into(), Json::String(level_name(r.level).into())),
                    (
                        "subscales".into(),
                        Json::Array(
                            r.subscales
                                .iter()
                                .map(|s| {
                                    Json::Object(vec![
                                        ("id".into(), Json::String(s.id.clone())),
                                        ("score".into(), number(s.score)),
                                        ("max".into(), number(s.max)),
                                    ])
                                })
                                .collect(),
                        ),
                    ),
                ])
            })
            .collect();
        Json::Object(vec![
            ("version".into(), Json::Number(1.0)),
            ("results".into(), Json::Array(records)),
        ])
    }

    /// The kept history; `None` when `json` is not one. A result that cannot be read
    /// (damaged, or written by a newer version) is left out, the others are kept.
    pub fn from_json(json: &Json) -> Option<History> {
        let Some(Json::Array(items)) = json.get("results") else {
            return None;
        };
        let mut history = History::default();
        for record in items.iter().filter_map(record_from_json) {
            history.record(record);
        }
        Some(history)
    }
}

fn level_name(level: Level) -> &'static str {
    match level {
        Level::NotLonely => "not-lonely",
        Level::Moderate => "moderate",
        Level::Severe => "severe",
    }
}

fn level_from_name(name: &str) -> Option<Level> {
    [Level::NotLonely, Level::Moderate, Level::Severe]
        .into_iter()
        .find(|l| level_name(*l) == name)
}

fn whole(json: Option<&Json>) -> Option<u32> {
    match json? {
        Json::Number(n) if n.fract() == 0.0 && (0.0..=f64::from(u16::MAX)).contains(n) => {
            Some(*n as u32)
        }
        _ => None,
    }
}

fn record_from_json(json: &Json) -> Option<Record> {
    let (total, min, max) = (
        whole(json.get("total"))?,
        whole(json.get("min"))?,
        whole(json.get("max"))?,
    );
    if !(min <= total && total <= max) {
        return None;
    }
    let subscales = match json.get("subscales") {
        Some(Json::Array(items)) => items
            .iter()
            .map(|s| {
                Some(SubscaleResult {
                    id: s.get("id")?.as_str()?.to_owned(),
                    score: whole(s.get("score"))?,
                    max: whole(s.get("max"))?,
                })
            })
            .collect::<Option<Vec<_>>>()?,
        _ => Vec::new(),
    };
    Some(Record {
        date: Date::parse(json.get("date")?.as_str()?)?,
        instrument: json.get("instrument")?.as_str()?.to_owned(),
        total,
        min,
        max,
        level: level_from_name(json.get("level")?.as_str()?)?,
        subscales,
    })
}

/// Where the results of one instrument lie in a chart `width` × `height` (SVG user
/// units, y downwards): one point per result, evenly apart in time order, the
/// instrument's lowest score at the bottom and its highest at the top.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chart {
    pub points: Vec<(u32, u32)>,
}

/// Room around the plot for the dots (in the same units).
pub const CHART_MARGIN: u32 = 12;

impl Chart {
    pub fn of(series: &[&Record], width: u32, height: u32) -> Chart {
        let inner_w = width.saturating_sub(2 * CHART_MARGIN);
        let inner_h = height.saturating_sub(2 * CHART_MARGIN);
        let gaps = series.len().saturating_sub(1) as u32;
        let points = series
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let x = match gaps {
                    0 => width / 2,
                    _ => CHART_MARGIN + inner_w * i as u32 / gaps,
                };
                let span = r.max.saturating_sub(r.min).max(1);
                let above = r.total.saturating_sub(r.min).min(span);
                let y = CHART_MARGIN + inner_h - inner_h * above / span;
                (x, y)
            })
            .collect();
        Chart { points }
    }

    /// The points as an SVG `points` attribute: "12,80 150,40".
    pub fn svg_points(&self) -> String {
        let mut out = String::new();
        for (i, (x, y)) in self.points.iter().enumerate() {
            if i > 0 {
                out.push(' ');
            }
            out.push_str(&x.to_string());
            out.push(',');
            out.push_str(&y.to_string());
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::{builtin_instrument, Answers};

    fn day(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    fn rec(date: &str, instrument: &str, total: u32) -> Record {
        Record {
            date: day(date),
            instrument: instrument.into(),
            total,
            min: 0,
            max: 11,
            level: Level::Moderate,
            subscales: vec![SubscaleResult {
                id: "emotional".into(),
                score: total.min(6),
                max: 6,
            }],
        }
    }

    #[test]
    fn results_are_kept_in_date_order_whatever_order_they_come_in() {
        let mut h = History::default();
        h.record(rec("2026-11-12", "djg11", 5));
        h.record(rec("2026-10-12", "djg11", 7));
        h.record(rec("2026-12-01", "djg11", 3));
        let dates: Vec<String> = h.records().iter().map(|r| r.date.to_string()).collect();
        assert_eq!(dates, ["2026-10-12", "2026-11-12", "2026-12-01"]);
    }

    #[test]
    fn one_result_per_instrument_and_day() {
        let mut h = History::default();
        h.record(rec("2026-10-12", "djg11", 7));
        h.record(rec("2026-10-12", "djg11", 6));
        h.record(rec("2026-10-12", "djg6", 2));
        assert_eq!(h.records().len(), 2);
        assert_eq!(h.series("djg11")[0].total, 6);
    }

    #[test]
    fn the_previous_result_is_of_the_same_instrument_and_from_an_earlier_day() {
        let mut h = History::default();
        h.record(rec("2026-10-12", "djg11", 7));
        h.record(rec("2026-11-01", "djg6", 2));
        h.record(rec("2026-12-01", "djg11", 4));
        let today = day("2026-12-01");
        assert_eq!(h.previous("djg11", today).unwrap().total, 7);
        assert_eq!(h.previous("djg6", today).unwrap().total, 2);
        assert_eq!(h.previous("djg6", day("2026-11-01")), None);
        assert_eq!(h.previous("ucla3-ons", today), None);
    }

    #[test]
    fn instruments_are_kept_apart() {
        let mut h = History::default();
        h.record(rec("2026-10-12", "djg11", 7));
        h.record(rec("2026-11-01", "djg6", 2));
        h.record(rec("2026-12-01", "djg11", 4));
        assert_eq!(h.instruments(), ["djg11", "djg6"]);
        assert!(h.series("djg11").iter().all(|r| r.instrument == "djg11"));
        assert_eq!(h.series("djg11").len(), 2);
        assert_eq!(h.series("djg6").len(), 1);
    }

    #[test]
    fn the_oldest_go_when_the_list_is_full() {
        let mut h = History::default();
        let start = day("2020-01-01");
        for i in 0..(KEEP as i64 + 5) {
            let mut r = rec("2020-01-01", "djg11", 1);
            r.date = start.add_days(i);
            h.record(r);
        }
        assert_eq!(h.records().len(), KEEP);
        assert_eq!(h.records()[0].date, start.add_days(5));
    }

    #[test]
    fn a_record_holds_the_score_and_not_the_answers() {
        let instrument = builtin_instrument("djg11").unwrap();
        let mut answers = Answers::for_instrument(&instrument);
        for i in 0..instrument.items.len() {
            answers.set(i, Some(0));
        }
        let score = instrument.score(&answers).unwrap();
        let r = Record::of(&score, &instrument.id, day("2026-12-01"));
        assert_eq!((r.total, r.min, r.max), (score.total, score.min, score.max));
        assert_eq!(r.level, score.band.level);
        assert_eq!(r.subscales.len(), score.subscales.len());
        let Json::Object(fields) = History { records: vec![r] }.to_json() else {
            unreachable!()
        };
        let Json::Array(results) = &fields[1].1 else {
            unreachable!()
        };
        let Json::Object(kept) = &results[0] else {
            unreachable!()
        };
        let names: Vec<&str> = kept.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(
            names,
            [
                "date",
                "instrument",
                "total",
                "min",
                "max",
                "level",
                "subscales"
            ]
        );
    }

    #[test]
    fn json_round_trip_and_damaged_results_left_out() {
        let mut h = History::default();
        h.record(rec("2026-10-12", "djg11", 7));
        h.record(rec("2026-12-01", "djg6", 2));
        assert_eq!(History::from_json(&h.to_json()), Some(h.clone()));

        let Json::Object(mut fields) = h.to_json() else {
            unreachable!()
        };
        let Json::Array(items) = &mut fields[1].1 else {
            unreachable!()
        };
        items.push(Json::String("rommel".into()));
        let mut impossible = rec("2026-11-01", "djg11", 7);
        impossible.total = 30;
        let Some(Json::Array(bad)) = History {
            records: vec![impossible],
        }
        .to_json()
        .get("results")
        .cloned() else {
            unreachable!()
        };
        items.extend(bad);
        let read = History::from_json(&Json::Object(fields)).unwrap();
        assert_eq!(read, h);
        assert_eq!(History::from_json(&Json::Null), None);
    }

    #[test]
    fn the_chart_puts_low_scores_low_and_spreads_results_evenly() {
        let (a, b, c) = (
            rec("2026-10-12", "djg11", 11),
            rec("2026-11-12", "djg11", 0),
            rec("2026-12-01", "djg11", 4),
        );
        let chart = Chart::of(&[&a, &b, &c], 300, 124);
        // 11 of 11 at the top, 0 at the bottom, x from margin to width - margin.
        assert_eq!(chart.points, vec![(12, 12), (150, 112), (288, 76)]);
        assert_eq!(chart.svg_points(), "12,12 150,112 288,76");
        assert_eq!(Chart::of(&[&a], 300, 124).points, vec![(150, 12)]);
        assert_eq!(Chart::of(&[], 300, 124).points, vec![]);
    }
}
