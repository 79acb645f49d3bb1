//! The player (a part): reads the blocks of `main` one after another, each with a
//! voice on the device for its own language (`lang` of the block or an ancestor),
//! marks the block being read and scrolls it into view; pause, go on, stop. A new
//! page stops it.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

use super::use_read_aloud;
use crate::i18n::Key;
use crate::locale::t;

/// What is read: headings, paragraphs, list items, the statement and its answers. A
/// block inside another (a paragraph in a list item) is read with it.
const BLOCKS: &str = "h1, h2, h3, p, li, legend, label, dt, dd, summary";
/// The mark on the block being read (style/main.css).
const READING: &str = "is-reading";
/// How long to wait for the device's voices, which some browsers load after the page.
const VOICES_WAIT_MS: i32 = 1500;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Status {
    Starting,
    Reading,
    Paused,
    NoVoice,
    Unsupported,
    Done,
}

struct Block {
    element: Element,
    text: String,
    lang: String,
}

/// One reading: the blocks, and a number that changes on every start and stop, so that
/// the end of an utterance from an earlier reading moves nothing on.
struct Session {
    synth: SpeechSynthesis,
    blocks: Vec<Block>,
    generation: Cell<u32>,
}

#[component]
pub fn Player() -> impl IntoView {
    let read = use_read_aloud();
    let status = RwSignal::new(Status::Starting);
    let synth = speech_synthesis();
    let session: Rc<RefCell<Option<Rc<Session>>>> = Rc::new(RefCell::new(None));
    let waited = Rc::new(Cell::new(false));
    // `begin` calls itself again when the voices arrive: through a weak handle to
    // itself, so the player leaves nothing behind when it closes.
    let myself: Rc<RefCell<Weak<dyn Fn()>>> = Rc::new(RefCell::new(Weak::<fn()>::new()));
    let begin: Rc<dyn Fn()> = {
        let session = session.clone();
        let synth = synth.clone();
        let myself = myself.clone();
        Rc::new(move || {
            let Some(synth) = synth.clone() else {
                status.set(Status::Unsupported);
                return;
            };
            stop_session(&session);
            if synth.get_voices().length() == 0 && !waited.get() {
                // The voices may still be on their way: start when they arrive, or
                // after a moment, whichever comes first.
                waited.set(true);
                let again = myself.borrow().clone();
                let once = Rc::new(Cell::new(false));
                let retry = move || {
                    if !once.replace(true) {
                        if let Some(begin) = again.upgrade() {
                            begin();
                        }
                    }
                };
                let on_voices = Closure::once_into_js(retry.clone());
                synth.set_onvoiceschanged(Some(on_voices.unchecked_ref()));
                let later = Closure::once_into_js(retry);
                let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(
                    later.unchecked_ref(),
                    VOICES_WAIT_MS,
                );
                return;
            }
            synth.set_onvoiceschanged(None);
            let page_lang = document()
                .document_element()
                .and_then(|html| html.get_attribute("lang"))
                .unwrap_or_default();
            if local_voice(&synth, &page_lang).is_none() {
                status.set(Status::NoVoice);
                return;
            }
            let current = Rc::new(Session {
                synth,
                blocks: blocks(&page_lang),
                generation: Cell::new(0),
            });
            *session.borrow_mut() = Some(current.clone());
            status.set(Status::Reading);
            speak_from(current, 0, status);
        })
    };
    *myself.borrow_mut() = Rc::downgrade(&begin);
    // Reading starts when the player opens, and again from the top on each press.
    Effect::new(move |_| {
        if read.run() > 0 {
            begin();
        }
    });
    let on_page = {
        let session = session.clone();
        window_event_listener(leptos::ev::hashchange, move |_| {
            stop_session(&session);
            read.close();
        })
    };
    {
        let session = send_wrapper::SendWrapper::new(session.clone());
        on_cleanup(move || {
            on_page.remove();
            stop_session(&session);
        });
    }
    let pause = {
        let synth = send_wrapper::SendWrapper::new(synth.clone());
        move |_| match status.get_untracked() {
            Status::Reading => {
                if let Some(s) = synth.as_ref() {
                    s.pause();
                }
                status.set(Status::Paused);
            }
            Status::Paused => {
                if let Some(s) = synth.as_ref() {
                    s.resume();
                }
                status.set(Status::Reading);
            }
            _ => {}
        }
    };
    let stop = {
        let session = send_wrapper::SendWrapper::new(session);
        move |_| {
            stop_session(&session);
            read.close();
        }
    };
    let message = move || match status.get() {
        Status::NoVoice => Some(t(Key::ReadAloudNoVoice)()),
        Status::Unsupported => Some(t(Key::ReadAloudUnsupported)()),
        _ => None,
    };
    let can_pause = move || matches!(status.get(), Status::Reading | Status::Paused);
    view! {
        <p class="read-aloud__message" role="status">{message}</p>
        <Show when=can_pause>
            <button type="button" class="button" on:click=pause.clone()>
                {move || if status.get() == Status::Paused { t(Key::ReadAloudResume)() } else { t(Key::ReadAloudPause)() }}
            </button>
        </Show>
        <button type="button" class="button" on:click=stop>{t(Key::ReadAloudStop)}</button>
    }
}

/// The browser's speech synthesis, if it has one.
fn speech_synthesis() -> Option<SpeechSynthesis> {
    let value = js_sys::Reflect::get(&window(), &JsValue::from_str("speechSynthesis")).ok()?;
    (!value.is_undefined() && !value.is_null()).then(|| value.unchecked_into())
}

/// A voice on the device (never an online one) for `lang`, by its primary code.
fn local_voice(synth: &SpeechSynthesis, lang: &str) -> Option<SpeechSynthesisVoice> {
    let wanted = primary(lang);
    synth
        .get_voices()
        .iter()
        .map(JsCast::unchecked_into::<SpeechSynthesisVoice>)
        .filter(|voice| voice.local_service())
        .find(|voice| primary(&voice.lang()) == wanted)
}

fn primary(code: &str) -> String {
    code.split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
}

/// The visible blocks of `main`, in order, with their text and language.
fn blocks(page_lang: &str) -> Vec<Block> {
    let Some(main) = document().get_element_by_id("inhoud") else {
        return Vec::new();
    };
    let Ok(found) = main.query_selector_all(BLOCKS) else {
        return Vec::new();
    };
    (0..found.length())
        .filter_map(|i| found.item(i)?.dyn_into::<Element>().ok())
        .filter(|element| {
            let outer = element
                .parent_element()
                .and_then(|parent| parent.closest(BLOCKS).ok().flatten());
            !outer.is_some_and(|outer| main.contains(Some(&outer)))
        })
        .filter(|element| {
            let rect = element.get_bounding_client_rect();
            rect.width() > 0.0 && rect.height() > 0.0
        })
        .filter_map(|element| {
            let text = element
                .text_content()?
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            let lang = element
                .closest("[lang]")
                .ok()
                .flatten()
                .and_then(|el| el.get_attribute("lang"))
                .unwrap_or_else(|| page_lang.to_owned());
            (!text.is_empty()).then_some(Block {
                element,
                text,
                lang,
            })
        })
        .collect()
}

/// Reads block `at` and, when it ends, the next; a block in a language the device has
/// no voice for is passed over.
fn speak_from(session: Rc<Session>, mut at: usize, status: RwSignal<Status>) {
    let voice = loop {
        let Some(block) = session.blocks.get(at) else {
            status.set(Status::Done);
            return;
        };
        if let Some(voice) = local_voice(&session.synth, &block.lang) {
            break voice;
        }
        at += 1;
    };
    let block = &session.blocks[at];
    let _ = block.element.class_list().add_1(READING);
    block.element.scroll_into_view_with_bool(false);
    let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(&block.text) else {
        status.set(Status::Done);
        return;
    };
    utterance.set_lang(&block.lang);
    utterance.set_voice(Some(&voice));
    let generation = session.generation.get();
    let next = session.clone();
    let on_end = Closure::once_into_js(move || {
        if next.generation.get() == generation {
            let _ = next.blocks[at].element.class_list().remove_1(READING);
            speak_from(next, at + 1, status);
        }
    });
    utterance.set_onend(Some(on_end.unchecked_ref()));
    session.synth.speak(&utterance);
}

/// Ends the reading in progress, if any: no utterance from it moves on, and its mark
/// is gone.
fn stop_session(session: &Rc<RefCell<Option<Rc<Session>>>>) {
    if let Some(current) = session.borrow_mut().take() {
        current.generation.set(current.generation.get() + 1);
        current.synth.cancel();
        for block in &current.blocks {
            let _ = block.element.class_list().remove_1(READING);
        }
    }
}
