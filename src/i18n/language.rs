//! Languages by name in the reader's language ("Nederlands, Engels en Turks"), from
//! the data's ISO 639 codes, written as that language writes them. The names come
//! from the browser (`Intl.DisplayNames`), which knows every language in every
//! language; where it cannot name one (an old browser, an unknown code), the code is
//! shown as written.

use js_sys::{Array, Function, Object, Reflect};
use samenwijzer_core::Lang;
use wasm_bindgen::{JsCast, JsValue};

use super::when::list;

/// The browser's namer for languages in `reader`'s language, if it has one.
fn namer(reader: Lang) -> Option<(JsValue, Function)> {
    let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
    let constructor = Reflect::get(&intl, &"DisplayNames".into())
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    let options = Object::new();
    Reflect::set(&options, &"type".into(), &"language".into()).ok()?;
    Reflect::set(&options, &"fallback".into(), &"code".into()).ok()?;
    let args = Array::of2(&Array::of1(&reader.code().into()), &options);
    let names = Reflect::construct(&constructor, &args).ok()?;
    let of = Reflect::get(&names, &"of".into())
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    Some((names, of))
}

/// The languages as one phrase in `reader`'s language.
pub fn language_names(reader: Lang, codes: &[String]) -> String {
    let namer = namer(reader);
    let names: Vec<String> = codes
        .iter()
        .map(|code| {
            namer
                .as_ref()
                .and_then(|(names, of)| of.call1(names, &code.as_str().into()).ok())
                .and_then(|name| name.as_string())
                .unwrap_or_else(|| code.clone())
        })
        .collect();
    list(reader, &names)
}
