//! The self-check's state, shared by the check and result pages: the instrument the
//! municipality configured, the answers, and what the person said would help.
//!
//! Answers live in memory only. Saving them on the device is the user's opt-in choice
//! ("Bewaar mijn antwoorden op dit apparaat"); then every change is written, and
//! turning it off deletes what was written. Answers never go into the URL.
//!
//! One exception, for a moment: when the user installs a new version of the app
//! ("Vernieuwen"), the page reloads; just before, the answers in progress are handed to
//! `sessionStorage` (this tab only) and the new version reads them back and deletes
//! them at once, so nothing typed is lost.

use std::sync::Arc;

use leptos::prelude::*;
use samenwijzer_core::check::{builtin_instrument, Answers, Instrument, DEFAULT_INSTRUMENT};
use samenwijzer_core::stored::Saved;
use samenwijzer_core::what_helps::WhatHelps;

use crate::data::use_config;
use crate::storage::{self, StorageError};

const STORAGE_KEY: &str = "check";
const HANDOVER_KEY: &str = "check-during-update";
/// Sent by the boot script just before it reloads into a new version.
pub const BEFORE_RELOAD_EVENT: &str = "samenwijzer:before-reload";

#[derive(Clone, Copy)]
pub struct SelfCheck {
    pub instrument: Memo<Arc<Instrument>>,
    pub answers: RwSignal<Answers>,
    pub what_helps: RwSignal<WhatHelps>,
    /// The user chose to keep their answers on this device.
    pub remember: RwSignal<bool>,
    /// The last storage failure, to tell the user (storage full or blocked).
    pub storage_error: RwSignal<Option<StorageError>>,
    /// A statement was answered during this visit: the result is of a check done now,
    /// not of answers kept from another day ("Mijn verloop" keeps only the former).
    pub answered_now: RwSignal<bool>,
}

impl SelfCheck {
    pub fn answer(&self, item: usize, option: usize) {
        self.answers.update(|a| a.set(item, Some(option)));
        self.answered_now.set(true);
    }

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

/// The built-in instrument `id`, or the default one (a configuration names a built-in
/// instrument; `data.rs` checks that).
fn named(id: &str) -> Arc<Instrument> {
    let instrument = builtin_instrument(id)
        .or_else(|| builtin_instrument(DEFAULT_INSTRUMENT))
        .expect("the built-in instruments are checked by unit tests");
    Arc::new(instrument)
}

pub fn provide_self_check() {
    let config = use_config();
    // Only the instrument in use is read (the configuration names a built-in one).
    let instrument = Memo::new(move |_| {
        config.with(|c| named(c.as_ref().map_or(DEFAULT_INSTRUMENT, |c| &c.instrument)))
    });

    let read = |text: String| {
        crate::json::parse(&text)
            .ok()
            .and_then(|json| Saved::from_json(&json))
    };
    let stored = storage::get(STORAGE_KEY).and_then(read);
    let remember = stored.is_some();
    // Answers handed over by the previous version of the app are newer than stored ones.
    let saved = storage::take_handed_over(HANDOVER_KEY)
        .and_then(read)
        .or(stored);
    let state = SelfCheck {
        instrument,
        answers: RwSignal::new(Answers::default()),
        what_helps: RwSignal::new(WhatHelps::default()),
        remember: RwSignal::new(remember),
        storage_error: RwSignal::new(None),
        answered_now: RwSignal::new(false),
    };
    // Until the configuration is known the instrument is the default one: fresh answers
    // start with it (the statements shown are its own), but saved or handed-over answers
    // wait, since they may be for the configured instrument.
    let answers_for = match saved {
        Some(saved) => {
            state.answers.set(saved.answers);
            state.what_helps.set(saved.what_helps);
            saved.instrument
        }
        None => {
            let instrument = named(DEFAULT_INSTRUMENT);
            state.answers.set(Answers::for_instrument(&instrument));
            instrument.id.clone()
        }
    };
    // When it is known, answers for another instrument, or that do not fit its own,
    // start afresh.
    let configured = crate::data::config_loaded();
    leptos::task::spawn_local(async move {
        let instrument = named(&configured.await.instrument);
        if answers_for != instrument.id || !state.answers.with_untracked(|a| a.fits(&instrument)) {
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
        let result = crate::json::stringify(&saved.to_json())
            .ok_or(StorageError::WriteFailed)
            .and_then(|text| storage::set(STORAGE_KEY, &text));
        state.storage_error.set(result.err());
    });

    let snapshot = move || Saved {
        instrument: state.instrument.with_untracked(|i| i.id.clone()),
        answers: state.answers.get_untracked(),
        what_helps: state.what_helps.get_untracked(),
    };
    // The app lives as long as the page, so the listener is never removed.
    let _listener = window_event_listener_untyped(BEFORE_RELOAD_EVENT, move |_| {
        let started = state.answers.with_untracked(|a| a.answered() > 0)
            || state
                .what_helps
                .with_untracked(|w| *w != WhatHelps::default());
        if started {
            if let Some(text) = crate::json::stringify(&snapshot().to_json()) {
                let _ = storage::hand_over(HANDOVER_KEY, &text);
            }
        }
    });

    provide_context(state);
}

pub fn use_self_check() -> SelfCheck {
    expect_context::<SelfCheck>()
}
