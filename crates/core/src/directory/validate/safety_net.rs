//! - SW029 `Skipped`: the app's parser skips an entry (or refuses the file) and no
//!   check here said why; then its own reason is given. The property tests keep the
//!   validator and the parser in agreement, so this should never be seen.

use super::words::pick;
use super::{Kind, Severity, Validator};
use crate::directory::spans::index_path;
use crate::directory::{parse_directory, DirectoryError};
use crate::Lang;

impl Validator<'_> {
    /// Entries the app would skip must have an error here; if one has none, the
    /// parser's own reason is reported.
    pub(super) fn safety_net(&mut self) {
        let directory = match parse_directory(self.text) {
            Ok(directory) => directory,
            Err(e) => {
                // The whole-file checks have said why, unless they found nothing.
                if self.errors() == 0 {
                    let reason = match e {
                        DirectoryError::Shape(s) => s,
                        e => e.to_string(),
                    };
                    self.error("", Kind::Skipped(reason));
                }
                return;
            }
        };
        if directory.skipped.is_empty() {
            return;
        }
        // The entries with an error, found in one pass (not one pass per skipped
        // entry, which is quadratic when many are skipped).
        let explained: std::collections::HashSet<String> = self
            .problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .filter_map(|p| entry_of(&p.path))
            .map(str::to_owned)
            .collect();
        for skipped in directory.skipped {
            let path = index_path("entries", skipped.index);
            if !explained.contains(path.as_str()) {
                self.error(&path, Kind::Skipped(skipped.reason));
            }
        }
    }
}

/// `entries[3]` of a path inside an entry (`entries[3].schedules[0]`).
fn entry_of(path: &str) -> Option<&str> {
    let rest = path.strip_prefix("entries[")?;
    let end = rest.find(']')?;
    Some(&path[..end + "entries[".len() + 1])
}

pub(super) fn skipped(reason: &str, lang: Lang) -> String {
    pick(
        lang,
        format!("Samenwijzer slaat dit item over: {reason}"),
        format!("Samenwijzer skips this item: {reason}"),
    )
}
