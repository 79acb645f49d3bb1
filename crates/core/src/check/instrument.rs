use serde::Deserialize;

use crate::Lang;

/// A text in every language the app speaks. Instruments carry their own wording:
/// a validated scale is only valid with its own words.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub nl: String,
    pub en: String,
}

impl Text {
    pub fn get(&self, wording: Wording) -> &str {
        match wording {
            Wording::Nl => &self.nl,
            Wording::En => &self.en,
        }
    }
}

/// The languages the instruments have validated wording in. A scale is only valid with
/// its own words, so in any other language the statements (and everything else an
/// instrument says) are shown in one of these, as the resident chooses, with the rest
/// of the app in their language (`docs/instrument-translations.md` has the research).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Wording {
    #[default]
    Nl,
    En,
}

impl Wording {
    pub const ALL: [Wording; 2] = [Wording::Nl, Wording::En];

    /// The instruments' own wording in `lang`, if they have one.
    pub fn of(lang: Lang) -> Option<Wording> {
        match lang {
            Lang::Nl => Some(Wording::Nl),
            Lang::En => Some(Wording::En),
            _ => None,
        }
    }

    /// The wording shown to a reader of `lang`: its own, else the one they chose.
    pub fn for_reader(lang: Lang, chosen: Wording) -> Wording {
        Wording::of(lang).unwrap_or(chosen)
    }

    pub fn lang(self) -> Lang {
        match self {
            Wording::Nl => Lang::Nl,
            Wording::En => Lang::En,
        }
    }
}

/// How lonely a band is, so the app can respond with care (e.g. show 113 first for
/// `Severe`). The words shown are the band's own `label`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    NotLonely,
    Moderate,
    Severe,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Band {
    pub min: u32,
    pub max: u32,
    pub level: Level,
    pub label: Text,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerOption {
    pub id: String,
    pub label: Text,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub id: String,
    pub text: Text,
    /// The id of an entry in `option_sets`.
    pub options: String,
    /// Points per option, in the order of the option set. `None`: asked but not part
    /// of the total (e.g. the ONS direct question next to UCLA-3).
    #[serde(default)]
    pub scores: Option<Vec<u32>>,
    #[serde(default)]
    pub subscale: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Subscale {
    pub id: String,
    pub label: Text,
    /// A subscale score from this value on is worth mentioning in the profile.
    pub notable_from: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Instrument {
    pub id: String,
    pub name: Text,
    /// The instruction above the statements, verbatim from the source.
    pub instruction: Text,
    pub citation: String,
    pub option_sets: std::collections::BTreeMap<String, Vec<AnswerOption>>,
    pub items: Vec<Item>,
    #[serde(default)]
    pub subscales: Vec<Subscale>,
    pub bands: Vec<Band>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InstrumentError(pub String);

impl std::fmt::Display for InstrumentError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl Instrument {
    /// Parses and checks an instrument: every item's options exist and have a score
    /// each, subscales exist, and the bands cover exactly the possible totals.
    pub fn from_json(text: &str) -> Result<Instrument, InstrumentError> {
        let instrument: Instrument =
            serde_json::from_str(text).map_err(|e| InstrumentError(e.to_string()))?;
        instrument.check()?;
        Ok(instrument)
    }

    fn check(&self) -> Result<(), InstrumentError> {
        let fail = |msg: String| Err(InstrumentError(format!("{}: {msg}", self.id)));
        if self.items.is_empty() {
            return fail("no items".into());
        }
        for item in &self.items {
            let Some(options) = self.option_sets.get(&item.options) else {
                return fail(format!(
                    "item {} uses unknown options {}",
                    item.id, item.options
                ));
            };
            if let Some(scores) = &item.scores {
                if scores.len() != options.len() {
                    return fail(format!("item {} needs one score per option", item.id));
                }
            }
            if let Some(sub) = &item.subscale {
                if !self.subscales.iter().any(|s| &s.id == sub) {
                    return fail(format!("item {} has unknown subscale {sub}", item.id));
                }
            }
        }
        let (min, max) = self.range();
        let mut expected = min;
        let mut bands = self.bands.clone();
        bands.sort_by_key(|b| b.min);
        for band in &bands {
            if band.min != expected || band.max < band.min {
                return fail(format!("bands must cover {min}..={max} without gaps"));
            }
            expected = band.max + 1;
        }
        if expected != max + 1 {
            return fail(format!("bands must cover {min}..={max} without gaps"));
        }
        Ok(())
    }

    /// The options a person can choose for `item`.
    pub fn options(&self, item: &Item) -> &[AnswerOption] {
        self.option_sets
            .get(&item.options)
            .map(Vec::as_slice)
            .unwrap_or_default()
    }

    /// The lowest and highest possible total.
    pub fn range(&self) -> (u32, u32) {
        self.scored_items().fold((0, 0), |(lo, hi), scores| {
            (
                lo + scores.iter().min().copied().unwrap_or(0),
                hi + scores.iter().max().copied().unwrap_or(0),
            )
        })
    }

    fn scored_items(&self) -> impl Iterator<Item = &Vec<u32>> {
        self.items.iter().filter_map(|i| i.scores.as_ref())
    }

    pub fn band_for(&self, total: u32) -> Option<&Band> {
        self.bands.iter().find(|b| (b.min..=b.max).contains(&total))
    }
}

/// An instrument as static data: what build.rs compiles `data/instruments/*.json`
/// into, so the app reads no JSON to show a statement.
mod compiled {
    use super::Level;

    /// Dutch and English.
    pub struct T(pub &'static str, pub &'static str);

    pub struct ItemDef {
        pub id: &'static str,
        pub text: T,
        pub options: &'static str,
        pub scores: Option<&'static [u32]>,
        pub subscale: Option<&'static str>,
    }

    pub struct Def {
        pub id: &'static str,
        pub name: T,
        pub instruction: T,
        pub citation: &'static str,
        pub option_sets: &'static [(&'static str, &'static [(&'static str, T)])],
        pub items: &'static [ItemDef],
        pub subscales: &'static [(&'static str, T, u32)],
        pub bands: &'static [(u32, u32, Level, T)],
    }

    include!(concat!(env!("OUT_DIR"), "/instruments.rs"));
}

fn text(t: &compiled::T) -> Text {
    Text {
        nl: t.0.to_owned(),
        en: t.1.to_owned(),
    }
}

impl From<&compiled::Def> for Instrument {
    fn from(d: &compiled::Def) -> Instrument {
        Instrument {
            id: d.id.to_owned(),
            name: text(&d.name),
            instruction: text(&d.instruction),
            citation: d.citation.to_owned(),
            option_sets: d
                .option_sets
                .iter()
                .map(|(set, options)| {
                    let options = options
                        .iter()
                        .map(|(id, label)| AnswerOption {
                            id: (*id).to_owned(),
                            label: text(label),
                        })
                        .collect();
                    ((*set).to_owned(), options)
                })
                .collect(),
            items: d
                .items
                .iter()
                .map(|i| Item {
                    id: i.id.to_owned(),
                    text: text(&i.text),
                    options: i.options.to_owned(),
                    scores: i.scores.map(<[u32]>::to_vec),
                    subscale: i.subscale.map(str::to_owned),
                })
                .collect(),
            subscales: d
                .subscales
                .iter()
                .map(|(id, label, notable_from)| Subscale {
                    id: (*id).to_owned(),
                    label: text(label),
                    notable_from: *notable_from,
                })
                .collect(),
            bands: d
                .bands
                .iter()
                .map(|(min, max, level, label)| Band {
                    min: *min,
                    max: *max,
                    level: *level,
                    label: text(label),
                })
                .collect(),
        }
    }
}

/// The instrument the self-check uses when nothing else is configured.
pub const DEFAULT_INSTRUMENT: &str = "djg11";

/// The ids of the instruments that ship with the app (`data/instruments/`).
pub fn builtin_ids() -> impl Iterator<Item = &'static str> {
    compiled::BUILTIN.iter().map(|d| d.id)
}

/// One of the instruments that ship with the app. They are compiled from their files
/// (`build.rs`), so no JSON is parsed at run time.
pub fn builtin_instrument(id: &str) -> Option<Instrument> {
    compiled::BUILTIN
        .iter()
        .find(|d| d.id == id)
        .map(Instrument::from)
}

/// Every instrument that ships with the app.
pub fn builtin_instruments() -> Vec<Instrument> {
    builtin_ids().filter_map(builtin_instrument).collect()
}

#[cfg(test)]
mod compiled_tests {
    use super::*;

    #[test]
    fn every_compiled_instrument_equals_its_file_and_passes_the_checks() {
        assert!(!compiled::SOURCES.is_empty());
        for (id, json) in compiled::SOURCES {
            let from_file = Instrument::from_json(json).unwrap_or_else(|e| panic!("{id}: {e}"));
            assert_eq!(builtin_instrument(id).as_ref(), Some(&from_file), "{id}");
        }
    }
}
