//! What makes going hard ([`Barrier`]) against the facts of an entry: a fact that
//! helps is a reason ("Er gaat de eerste keer iemand met u mee"), a fact that clashes
//! leaves the entry out. Only a known fact clashes: an entry that does not say its
//! floor or its cost stays.
//!
//! `Energy` and `TimeOfDay` have no facts in the directory: health or energy is not
//! something an entry can state, and the time of day is what the chosen moments are
//! for (an entry only at other moments is left out there).

use super::Reason;
use crate::directory::Entry;
use crate::what_helps::Barrier;
use crate::Lang;

/// True when a fact of `entry` makes it impossible for someone with `barrier`:
/// stairs and a venue upstairs without a lift (and not wheelchair accessible); cost
/// and an entry that is not free and says what it costs.
pub(super) fn clashes(entry: &Entry, barrier: Barrier) -> bool {
    match barrier {
        Barrier::Stairs => entry.needs_stairs(),
        Barrier::Cost => !entry.free && entry.cost.is_some(),
        Barrier::GoingAlone
        | Barrier::Transport
        | Barrier::Language
        | Barrier::Energy
        | Barrier::TimeOfDay => false,
    }
}

/// The reason `entry` helps with `barrier`, if it does. `lang` is the resident's
/// language: an entry in Dutch is no reason for someone who reads the app in Dutch.
pub(super) fn reason(entry: &Entry, barrier: Barrier, lang: Lang) -> Option<Reason> {
    let helps = match barrier {
        Barrier::GoingAlone => entry.companion,
        Barrier::Transport => entry.transport,
        Barrier::Cost => entry.free,
        Barrier::Stairs => entry.step_free(),
        Barrier::Language => lang != Lang::Nl && entry.languages.iter().any(|l| l == lang.code()),
        Barrier::Energy | Barrier::TimeOfDay => false,
    };
    let reason = match barrier {
        Barrier::GoingAlone => Reason::Companion,
        Barrier::Transport => Reason::TransportOffered,
        Barrier::Cost => Reason::Free,
        Barrier::Stairs => Reason::StepFree,
        Barrier::Language => Reason::InYourLanguage,
        Barrier::Energy | Barrier::TimeOfDay => return None,
    };
    helps.then_some(reason)
}

#[cfg(test)]
mod tests;
