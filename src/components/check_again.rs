//! "Later opnieuw?": a reminder in the resident's own calendar to take the check again
//! after a chosen number of weeks, with the app's address in the event. No server and
//! no e-mail: the file is made on the device.

use leptos::prelude::*;
use samenwijzer_core::route::{Page, Route};
use samenwijzer_core::small_step::{reminder_calendar, REMINDER_WEEKS};

use crate::address::app_address;
use crate::components::calendar_link::CalendarLink;
use crate::components::radio_option::RadioOption;
use crate::i18n::{fill, Key};
use crate::locale::{t, use_locale};
use crate::today::now;

#[component]
pub fn CheckAgain() -> impl IntoView {
    let locale = use_locale();
    let weeks = RwSignal::new(REMINDER_WEEKS[1]);
    let options = REMINDER_WEEKS
        .iter()
        .map(|n| {
            let n = *n;
            let label = move || fill(locale.text(Key::AgainWeeksOption), &[("n", &n.to_string())]);
            view! {
                <RadioOption
                    name="opnieuw-weken"
                    value=n.to_string()
                    checked=move || weeks.get() == n
                    on_pick=move || weeks.set(n)
                    label
                />
            }
        })
        .collect_view();
    let ics = move || {
        let url = app_address(&Route::to(Page::Check));
        reminder_calendar(
            locale.text(Key::AgainTitle),
            locale.text(Key::AgainNote),
            weeks.get(),
            Some(&url),
            now(),
        )
    };
    view! {
        <section class="card no-print" aria-labelledby="opnieuw-kop">
            <h2 id="opnieuw-kop">{t(Key::AgainHeading)}</h2>
            <p>{t(Key::AgainText)}</p>
            <fieldset class="question">
                <legend>{t(Key::AgainWeeks)}</legend>
                <div class="options options--grid">{options}</div>
            </fieldset>
            <p class="calendar">
                <CalendarLink ics file_name="zelftest-opnieuw.ics".to_owned() label=Key::AgainButton hint_id="opnieuw-uitleg"/>
            </p>
            <p class="meta" id="opnieuw-uitleg">{t(Key::AgainHint)}</p>
        </section>
    }
}
