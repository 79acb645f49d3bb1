use serde::{Deserialize, Serialize};

use super::{Band, Instrument};

/// The chosen option (index into the item's option set) per item, in item order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answers(Vec<Option<usize>>);

impl Answers {
    pub fn for_instrument(instrument: &Instrument) -> Answers {
        Answers(vec![None; instrument.items.len()])
    }

    pub fn get(&self, item: usize) -> Option<usize> {
        self.0.get(item).copied().flatten()
    }

    pub fn set(&mut self, item: usize, option: Option<usize>) {
        if item >= self.0.len() {
            self.0.resize(item + 1, None);
        }
        self.0[item] = option;
    }

    /// True when these answers fit `instrument` (e.g. after loading saved answers).
    pub fn fits(&self, instrument: &Instrument) -> bool {
        self.0.len() == instrument.items.len()
            && self
                .0
                .iter()
                .zip(&instrument.items)
                .all(|(a, item)| a.is_none_or(|o| o < instrument.options(item).len()))
    }

    /// How many statements there are answers for (answered or not).
    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn answered(&self) -> usize {
        self.0.iter().filter(|a| a.is_some()).count()
    }
}

/// The statements (item indexes) still to answer. A form with any is never scored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Incomplete {
    pub missing: Vec<usize>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SubscaleScore {
    pub id: String,
    pub score: u32,
    pub max: u32,
    /// At or above the subscale's `notable_from`.
    pub notable: bool,
}

/// Which kind of loneliness stands out, from the subscales that are notable.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Profile {
    /// No subscale is notable (or the instrument has none).
    Neither,
    /// Missing a close bond (the emotional subscale).
    Emotional,
    /// Missing a wider circle (the social subscale).
    Social,
    Both,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Score {
    pub total: u32,
    pub min: u32,
    pub max: u32,
    pub band: Band,
    pub subscales: Vec<SubscaleScore>,
}

impl Score {
    pub fn profile(&self) -> Profile {
        let notable = |id: &str| self.subscales.iter().any(|s| s.id == id && s.notable);
        match (notable("emotional"), notable("social")) {
            (true, true) => Profile::Both,
            (true, false) => Profile::Emotional,
            (false, true) => Profile::Social,
            (false, false) => Profile::Neither,
        }
    }
}

impl Instrument {
    /// Scores a complete form; an incomplete one is refused with what is missing.
    pub fn score(&self, answers: &Answers) -> Result<Score, Incomplete> {
        let chosen: Vec<Option<usize>> = (0..self.items.len())
            .map(|i| {
                answers
                    .get(i)
                    .filter(|&o| o < self.options(&self.items[i]).len())
            })
            .collect();
        let missing: Vec<usize> = (0..chosen.len()).filter(|&i| chosen[i].is_none()).collect();
        if !missing.is_empty() {
            return Err(Incomplete { missing });
        }
        let points = |i: usize| -> u32 {
            match (&self.items[i].scores, chosen[i]) {
                (Some(scores), Some(option)) => scores[option],
                _ => 0,
            }
        };
        let total = (0..self.items.len()).map(points).sum();
        let (min, max) = self.range();
        let subscales = self
            .subscales
            .iter()
            .map(|sub| {
                let members = || {
                    (0..self.items.len())
                        .filter(|&i| self.items[i].subscale.as_deref() == Some(sub.id.as_str()))
                };
                let score = members().map(points).sum();
                let max = members()
                    .filter_map(|i| self.items[i].scores.as_ref()?.iter().max().copied())
                    .sum();
                SubscaleScore {
                    id: sub.id.clone(),
                    score,
                    max,
                    notable: score >= sub.notable_from,
                }
            })
            .collect();
        // `check` guarantees the bands cover every possible total.
        let band = self.band_for(total).cloned().ok_or(Incomplete {
            missing: Vec::new(),
        })?;
        Ok(Score {
            total,
            min,
            max,
            band,
            subscales,
        })
    }
}
