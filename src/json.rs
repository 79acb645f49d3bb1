//! JSON text to `core::stored::Json` and back, with the browser's own `JSON`: the main
//! module carries no JSON parser of its own (see `samenwijzer_core::stored`). The
//! directory and the municipalities' files, which need precise messages, are read with
//! serde_json in their parts.

use js_sys::{Array, Object, Reflect};
use samenwijzer_core::stored::Json;
use wasm_bindgen::{JsCast, JsValue};

/// Reads JSON text; the browser's message when it is not JSON.
pub fn parse(text: &str) -> Result<Json, String> {
    let value = js_sys::JSON::parse(text).map_err(|error| {
        error
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .unwrap_or_else(|| "not JSON".to_owned())
    })?;
    Ok(from_js(&value))
}

/// Writes JSON text.
pub fn stringify(json: &Json) -> Option<String> {
    js_sys::JSON::stringify(&to_js(json)).ok()?.as_string()
}

fn from_js(value: &JsValue) -> Json {
    if let Some(b) = value.as_bool() {
        Json::Bool(b)
    } else if let Some(n) = value.as_f64() {
        Json::Number(n)
    } else if let Some(s) = value.as_string() {
        Json::String(s)
    } else if Array::is_array(value) {
        Json::Array(Array::from(value).iter().map(|v| from_js(&v)).collect())
    } else if let Some(object) = value.dyn_ref::<Object>() {
        Json::Object(
            Object::keys(object)
                .iter()
                .filter_map(|key| {
                    let field = Reflect::get(object, &key).ok()?;
                    Some((key.as_string()?, from_js(&field)))
                })
                .collect(),
        )
    } else {
        Json::Null
    }
}

fn to_js(json: &Json) -> JsValue {
    match json {
        Json::Null => JsValue::NULL,
        Json::Bool(b) => JsValue::from_bool(*b),
        Json::Number(n) => JsValue::from_f64(*n),
        Json::String(s) => JsValue::from_str(s),
        Json::Array(items) => items.iter().map(to_js).collect::<Array>().into(),
        Json::Object(fields) => {
            let object = Object::new();
            for (key, value) in fields {
                let _ = Reflect::set(&object, &JsValue::from_str(key), &to_js(value));
            }
            object.into()
        }
    }
}
