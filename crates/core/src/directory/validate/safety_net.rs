//! - SW029 `Skipped`: the app's parser skips an entry (or refuses the file) and no
//!   check here said why; then its own reason is given. The property tests keep the
//!   validator and the parser in agreement, so this should never be seen.

use super::words::pick;
use super::{Kind, Validator};
use crate::directory::parse::{entries_list, Reader};
use crate::directory::spans::index_path;
use crate::directory::DirectoryError;
use crate::StaffLang;

/// The app's parser, run beside the check one entry at a time (the same reading as
/// [`parse_directory`](crate::directory::parse_directory), without keeping the
/// directory it makes).
pub(super) enum SafetyNet {
    /// The parser takes the file, and reads its entries.
    Entries(Reader),
    /// The parser refuses the whole file, for this reason.
    Refused(DirectoryError),
}

impl SafetyNet {
    pub(super) fn new(text: &str) -> SafetyNet {
        match entries_list(text) {
            Ok(_) => SafetyNet::Entries(Reader::default()),
            Err(e) => SafetyNet::Refused(e),
        }
    }
}

impl Validator<'_> {
    /// An entry the app would skip must have an error here (`explained`: the checks
    /// of this entry found one); if it has none, the parser's own reason is reported.
    pub(super) fn safety_net_entry(
        &mut self,
        net: &mut SafetyNet,
        index: usize,
        item: &str,
        explained: bool,
    ) {
        let SafetyNet::Entries(reader) = net else {
            return;
        };
        if let Err(skipped) = reader.read(index, item) {
            if !explained {
                self.error(&index_path("entries", index), Kind::Skipped(skipped.reason));
            }
        }
    }

    /// After the entries: a file the app refuses as a whole must have an error here;
    /// if it has none, the parser's reason is reported.
    pub(super) fn safety_net(&mut self, net: SafetyNet) {
        if let SafetyNet::Refused(e) = net {
            // The whole-file checks have said why, unless they found nothing.
            if self.errors() == 0 {
                let reason = match e {
                    DirectoryError::Shape(s) => s,
                    e => e.to_string(),
                };
                self.error("", Kind::Skipped(reason));
            }
        }
    }
}

pub(super) fn skipped(reason: &str, lang: StaffLang) -> String {
    pick(
        lang,
        format!("Samenwijzer slaat dit item over: {reason}"),
        format!("Samenwijzer skips this item: {reason}"),
    )
}
