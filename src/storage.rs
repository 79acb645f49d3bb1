//! The only place that touches `localStorage` and `sessionStorage`. Storage may be
//! blocked (private mode, a strict browser setting, a sandboxed iframe) or full: every
//! call returns a `Result` and nothing here panics. Keys share one prefix, so "Wis alles"
//! can find them.
//!
//! `sessionStorage` is used for one thing only: carrying answers in progress across the
//! reload that installs a new version (`hand_over` / `take_handed_over`). It lives in
//! this tab only and is read back and deleted as soon as the new version starts.
//!
//! During "Samen invullen" (`together.rs`) nothing is written or removed: `set`,
//! `remove` and `hand_over` do nothing and say so (`Ok`), so the session leaves no
//! trace and what the device's owner kept stays as it was.

const PREFIX: &str = "samenwijzer.";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// The browser does not let this page store anything.
    Unavailable,
    /// Writing failed, most likely because storage is full.
    WriteFailed,
}

fn local_storage() -> Result<web_sys::Storage, StorageError> {
    web_sys::window()
        .ok_or(StorageError::Unavailable)?
        .local_storage()
        .ok()
        .flatten()
        .ok_or(StorageError::Unavailable)
}

pub fn get(key: &str) -> Option<String> {
    local_storage()
        .ok()?
        .get_item(&format!("{PREFIX}{key}"))
        .ok()
        .flatten()
}

pub fn set(key: &str, value: &str) -> Result<(), StorageError> {
    if crate::together::active() {
        return Ok(());
    }
    local_storage()?
        .set_item(&format!("{PREFIX}{key}"), value)
        .map_err(|_| StorageError::WriteFailed)
}

pub fn remove(key: &str) -> Result<(), StorageError> {
    if crate::together::active() {
        return Ok(());
    }
    local_storage()?
        .remove_item(&format!("{PREFIX}{key}"))
        .map_err(|_| StorageError::WriteFailed)
}

fn session_storage() -> Result<web_sys::Storage, StorageError> {
    web_sys::window()
        .ok_or(StorageError::Unavailable)?
        .session_storage()
        .ok()
        .flatten()
        .ok_or(StorageError::Unavailable)
}

/// Keeps `value` for the next page load in this tab only (see the module comment).
pub fn hand_over(key: &str, value: &str) -> Result<(), StorageError> {
    if crate::together::active() {
        return Ok(());
    }
    session_storage()?
        .set_item(&format!("{PREFIX}{key}"), value)
        .map_err(|_| StorageError::WriteFailed)
}

/// Reads back and deletes what `hand_over` kept.
pub fn take_handed_over(key: &str) -> Option<String> {
    let storage = session_storage().ok()?;
    let key = format!("{PREFIX}{key}");
    let value = storage.get_item(&key).ok().flatten();
    let _ = storage.remove_item(&key);
    value
}

/// Removes everything Samenwijzer stored, and nothing else of the host site's.
pub fn clear_all() -> Result<(), StorageError> {
    if let Ok(session) = session_storage() {
        let _ = clear_prefixed(&session);
    }
    clear_prefixed(&local_storage()?)
}

fn clear_prefixed(storage: &web_sys::Storage) -> Result<(), StorageError> {
    let len = storage.length().map_err(|_| StorageError::Unavailable)?;
    let ours: Vec<String> = (0..len)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(PREFIX))
        .collect();
    for key in ours {
        storage
            .remove_item(&key)
            .map_err(|_| StorageError::WriteFailed)?;
    }
    Ok(())
}
