//! Lees voor: the page's main text read aloud with the device's own voices (the
//! browser's speech synthesis), block by block, each in its own language — in the
//! check, the statement and its answers in the statements' wording. Only voices on the
//! device are used (`localService`): nothing goes to an online service, and it works
//! offline where the device has the voice. Without one the player says so.
//!
//! The main module holds the switch and the button; the player is a part of its own
//! (`voorlezen`), fetched when someone first presses "Lees voor".

use leptos::prelude::*;

use crate::i18n::Key;
use crate::lazy::{lazy_part, Lazy};
use crate::locale::t;

mod player;

lazy_part!(player_part, voorlezen, || view! { <player::Player/> }
    .into_any());

/// Whether the player is open, and how many times reading was asked for (a second
/// press starts again from the top).
#[derive(Clone, Copy)]
pub struct ReadAloud {
    run: RwSignal<u32>,
}

impl ReadAloud {
    pub fn start(&self) {
        self.run.update(|n| *n += 1);
    }

    pub fn close(&self) {
        self.run.set(0);
    }

    pub fn run(&self) -> u32 {
        self.run.get()
    }
}

pub fn provide_read_aloud() {
    provide_context(ReadAloud {
        run: RwSignal::new(0),
    });
}

pub fn use_read_aloud() -> ReadAloud {
    expect_context::<ReadAloud>()
}

/// "Lees voor", in the menu.
#[component]
pub fn ReadAloudButton() -> impl IntoView {
    let read = use_read_aloud();
    view! {
        <button type="button" class="read-aloud-button" on:click=move |_| read.start()>
            {t(Key::ReadAloud)}
        </button>
    }
}

/// The player under the header while it is open.
pub fn player() -> impl IntoView {
    let read = use_read_aloud();
    move || {
        (read.run() > 0).then(|| {
            view! {
                <div class="read-aloud" role="region" aria-label=t(Key::ReadAloud)>
                    <Lazy load=player_part/>
                </div>
            }
        })
    }
}
