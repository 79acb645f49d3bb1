//! "Mijn lijstje": the entries a resident saved to look at later or print.
//!
//! Like the self-check's answers, the list lives in memory unless the user opts in to
//! keep it on this device; turning that off deletes it. Which activities someone keeps
//! can say a lot about them, so nothing is written without that choice.

use leptos::prelude::*;

use samenwijzer_core::stored::{shortlist_from_json, shortlist_to_json};

use crate::storage::{self, StorageError};

const STORAGE_KEY: &str = "lijstje";

#[derive(Clone, Copy)]
pub struct Shortlist {
    /// Entry ids, in the order they were saved.
    pub ids: RwSignal<Vec<String>>,
    pub remember: RwSignal<bool>,
    pub storage_error: RwSignal<Option<StorageError>>,
}

impl Shortlist {
    pub fn contains(&self, id: &str) -> bool {
        self.ids.with(|ids| ids.iter().any(|i| i == id))
    }

    pub fn toggle(&self, id: &str) {
        self.ids.update(|ids| {
            if let Some(at) = ids.iter().position(|i| i == id) {
                ids.remove(at);
            } else {
                ids.push(id.to_owned());
            }
        });
    }

    pub fn set_remember(&self, on: bool) {
        self.remember.set(on);
        if !on {
            self.storage_error.set(storage::remove(STORAGE_KEY).err());
        }
    }
}

pub fn provide_shortlist() {
    let saved: Option<Vec<String>> = storage::get(STORAGE_KEY)
        .and_then(|text| crate::json::parse(&text).ok())
        .and_then(|json| shortlist_from_json(&json));
    let list = Shortlist {
        remember: RwSignal::new(saved.is_some()),
        ids: RwSignal::new(saved.unwrap_or_default()),
        storage_error: RwSignal::new(None),
    };
    Effect::new(move |_| {
        if !list.remember.get() {
            return;
        }
        let result = list
            .ids
            .with(|ids| crate::json::stringify(&shortlist_to_json(ids)))
            .ok_or(StorageError::WriteFailed)
            .and_then(|text| storage::set(STORAGE_KEY, &text));
        list.storage_error.set(result.err());
    });
    provide_context(list);
}

pub fn use_shortlist() -> Shortlist {
    expect_context::<Shortlist>()
}
