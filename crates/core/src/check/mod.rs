//! The self-check: instruments defined as data, answers, scoring and the result.
//!
//! Invariant: a score exists only for a complete form. `Instrument::score` returns
//! `Err(Incomplete)` listing the unanswered statements, never a partial number.

mod instrument;
mod scoring;
mod step;

pub use instrument::{
    builtin_ids, builtin_instrument, builtin_instruments, Band, Instrument, InstrumentError, Item,
    Level, Subscale, Text, Wording, DEFAULT_INSTRUMENT,
};
pub use scoring::{Answers, Incomplete, Profile, Score, SubscaleScore};
pub use step::{Step, STEP_PARAM};

#[cfg(test)]
mod tests;
