//! The only place that touches `localStorage`. Storage may be blocked (private mode,
//! a strict browser setting, a sandboxed iframe) or full: every call returns a
//! `Result` and nothing here panics. Keys share one prefix, so "Wis alles" can find them.

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
    local_storage()?
        .set_item(&format!("{PREFIX}{key}"), value)
        .map_err(|_| StorageError::WriteFailed)
}

pub fn remove(key: &str) -> Result<(), StorageError> {
    local_storage()?
        .remove_item(&format!("{PREFIX}{key}"))
        .map_err(|_| StorageError::WriteFailed)
}

/// Removes everything Samenwijzer stored, and nothing else of the host site's.
pub fn clear_all() -> Result<(), StorageError> {
    let storage = local_storage()?;
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
