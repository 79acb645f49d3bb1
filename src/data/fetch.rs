//! The requests themselves: a file as text or bytes, and what the server says about a
//! file without sending it (`HEAD`). Every failure becomes a `LoadError`.

use gloo_net::http::{Method, Request, Response};

use super::LoadError;

async fn get(url: &str) -> Result<Response, LoadError> {
    let response = Request::get(url)
        .send()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    if !response.ok() {
        return Err(LoadError::Status(response.status()));
    }
    Ok(response)
}

async fn body(response: Response) -> Result<Vec<u8>, LoadError> {
    // The bytes, not `text()`: copying UTF-8 into wasm memory is cheaper than having
    // the browser decode to a JS string that wasm-bindgen then encodes back.
    response
        .binary()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))
}

/// When the server last changed a file (`Last-Modified`), in ms since 1970.
fn modified(response: &Response) -> Option<f64> {
    let date = js_sys::Date::parse(&response.headers().get("last-modified")?);
    date.is_finite().then_some(date)
}

/// A text file. A stray invalid byte becomes U+FFFD in one text; the rest still works.
pub async fn text(url: &str) -> Result<String, LoadError> {
    let bytes = body(get(url).await?).await?;
    Ok(match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    })
}

/// A file's bytes, and when the server last changed it (ms since 1970).
pub type Dated = (Vec<u8>, Option<f64>);

/// A file's bytes, and when the server last changed it.
pub async fn bytes_with_date(url: &str) -> Result<Dated, LoadError> {
    let response = get(url).await?;
    let date = modified(&response);
    Ok((body(response).await?, date))
}

/// What the server says about a file it was not asked to send.
#[derive(Clone, Copy, Debug)]
pub enum Head {
    /// No answer: offline, or the request failed.
    Unknown,
    /// The server answered that the file is not there (or not to be had).
    Missing,
    Present {
        /// Its size, when the server says (not when it would compress it).
        bytes: Option<u64>,
        modified: Option<f64>,
    },
}

/// Asks about a file without fetching it. Offline it does not ask: the browser would
/// only report a failed request.
pub async fn head(url: &str) -> Head {
    if !leptos::prelude::window().navigator().on_line() {
        return Head::Unknown;
    }
    let Ok(response) = Request::get(url).method(Method::HEAD).send().await else {
        return Head::Unknown;
    };
    head_of(&response)
}

/// What a server's answer to a `HEAD` says.
fn head_of(response: &Response) -> Head {
    if !response.ok() {
        return Head::Missing;
    }
    let headers = response.headers();
    let bytes = match headers.get("content-encoding") {
        Some(encoding) if encoding != "identity" => None,
        _ => headers.get("content-length").and_then(|n| n.parse().ok()),
    };
    Head::Present {
        bytes,
        modified: modified(response),
    }
}

/// What the answer to a `HEAD` asked by someone else (a promise of a `Response`) says.
pub async fn head_from(promise: js_sys::Promise) -> Head {
    use wasm_bindgen::JsCast;
    match wasm_bindgen_futures::JsFuture::from(promise).await {
        Ok(response) => match response.dyn_into::<web_sys::Response>() {
            Ok(response) => head_of(&Response::from(response)),
            Err(_) => Head::Unknown,
        },
        Err(_) => Head::Unknown,
    }
}
