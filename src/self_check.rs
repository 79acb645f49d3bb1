//! The self-check's state, shared by the check and result pages: the instrument the
//! municipality configured, the answers, and what the person said would help.
//!
//! Answers live in memory only. Saving them on the device is the user's opt-in choice
//! ("Bewaar mijn antwoorden op dit apparaat"); then every change is written, and
//! turning it off deletes what was written. Answers never go into the URL.

use std::sync::Arc;

use leptos::prelude::*;
use samenwijzer_core::check::{builtin_instruments, Answers, Instrument};
use samenwijzer_core::what_helps::WhatHelps;
use serde::{Deserialize, Serialize};

use crate::data::use_config;
use crate::storage::{self, StorageError};

const STORAGE_KEY: &str = "check";
pub const DEFAULT_INSTRUMENT: &str = "djg11";

#[derive(Serialize, Deserialize)]
struct Saved {
    instrument: String,
    answers: Answers,
    what_helps: WhatHelps,
}

#[derive(Clone, Copy)]
pub struct SelfCheck {
    pub instrument: Memo<Arc<Instrument>>,
    pub answers: RwSignal<Answers>,
    pub what_helps: RwSignal<WhatHelps>,
    /// The user chose to keep their answers on this device.
    pub remember: RwSignal<bool>,
    /// The last storage failure, to tell the user (storage full or blocked).
    pub storage_error: RwSignal<Option<StorageError>>,
}

impl SelfCheck {
    pub fn set_remember(&self, on: bool) {
        self.remember.set(on);
        if !on {
            let result = storage::remove(STORAGE_KEY);
            self.storage_error.set(result.err());
        }
    }

    /// Forgets the answers, in memory and on the device.
    pub fn clear(&self) {
        self.answers
            .set(Answers::for_instrument(&self.instrument.get_untracked()));
        self.what_helps.set(WhatHelps::default());
        self.set_remember(false);
    }
}

pub fn provide_self_check() {
    let instruments: Arc<Vec<Arc<Instrument>>> =
        Arc::new(builtin_instruments().into_iter().map(Arc::new).collect());
    let config = use_config();
    let instrument = Memo::new(move |_| {
        let wanted = config
            .get()
            .map(|c| c.instrument)
            .unwrap_or_else(|| DEFAULT_INSTRUMENT.to_owned());
        let find = |id: &str| instruments.iter().find(|i| i.id == id).cloned();
        find(&wanted)
            .or_else(|| find(DEFAULT_INSTRUMENT))
            .or_else(|| instruments.first().cloned())
            .expect("the built-in instruments are checked by unit tests")
    });

    let saved =
        storage::get(STORAGE_KEY).and_then(|text| serde_json::from_str::<Saved>(&text).ok());
    let state = SelfCheck {
        instrument,
        answers: RwSignal::new(Answers::default()),
        what_helps: RwSignal::new(WhatHelps::default()),
        remember: RwSignal::new(saved.is_some()),
        storage_error: RwSignal::new(None),
    };
    let mut answers_for = None;
    if let Some(saved) = saved {
        answers_for = Some(saved.instrument);
        state.answers.set(saved.answers);
        state.what_helps.set(saved.what_helps);
    }
    let answers_for = StoredValue::new(answers_for);

    // Answers that do not fit the configured instrument (none yet, or saved for another
    // one) start afresh.
    Effect::new(move |_| {
        let instrument = state.instrument.get();
        let other_instrument =
            answers_for.with_value(|id| id.as_ref().is_some_and(|id| *id != instrument.id));
        answers_for.set_value(Some(instrument.id.clone()));
        if other_instrument || !state.answers.with_untracked(|a| a.fits(&instrument)) {
            state.answers.set(Answers::for_instrument(&instrument));
        }
    });

    // Opt-in saving: write on every change while `remember` is on.
    Effect::new(move |_| {
        if !state.remember.get() {
            return;
        }
        let saved = Saved {
            instrument: state.instrument.with(|i| i.id.clone()),
            answers: state.answers.get(),
            what_helps: state.what_helps.get(),
        };
        let result = serde_json::to_string(&saved)
            .map_err(|_| StorageError::WriteFailed)
            .and_then(|text| storage::set(STORAGE_KEY, &text));
        state.storage_error.set(result.err());
    });

    provide_context(state);
}

pub fn use_self_check() -> SelfCheck {
    expect_context::<SelfCheck>()
}
