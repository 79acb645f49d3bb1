//! A QR code as one SVG path, for the printed conversation card: scanned with any
//! phone's camera, it opens the same directory selection. Encoding is `qrcodegen`
//! (Project Nayuki's reference implementation, no dependencies); this module only
//! turns its modules into a path.

use std::fmt::Write as _;

use qrcodegen::{QrCode, QrCodeEcc};

/// The light border around the code that scanners need, in modules.
pub const QUIET_ZONE: u32 = 4;

/// A code of `size` × `size` modules; `path` draws its dark modules, offset by the
/// quiet zone, in a view box of `size + 2 × QUIET_ZONE`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Qr {
    pub size: u32,
    pub path: String,
}

impl Qr {
    /// The side of the SVG's view box, quiet zone included.
    pub fn view_size(&self) -> u32 {
        self.size + 2 * QUIET_ZONE
    }
}

/// The code for `text` with medium error correction (a crease or a smudge on paper
/// still scans); `None` if it is too long for any QR code.
pub fn qr(text: &str) -> Option<Qr> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = u32::try_from(code.size()).ok()?;
    let mut path = String::new();
    for y in 0..code.size() {
        let mut x = 0;
        while x < code.size() {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            // One rectangle per run of dark modules in a row.
            let start = x;
            while x < code.size() && code.get_module(x, y) {
                x += 1;
            }
            let q = QUIET_ZONE as i32;
            let run = x - start;
            let _ = write!(path, "M{} {}h{run}v1h-{run}z", start + q, y + q);
        }
    }
    Some(Qr { size, path })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_directory_link_fits_a_small_code() {
        let url = "https://www.gemeente.nl/samenwijzer/?gemeente=velsen&taal=nl#/activiteiten?behoefte=talk&behoefte=transport&gemeente=velsen&leeftijd=65-plus&sorteer=afstand&bij=1971";
        let code = qr(url).unwrap();
        // Version 8 (49 modules) at medium correction holds up to 152 bytes; this is 150.
        assert!(code.size <= 53, "{}", code.size);
        assert_eq!(code.view_size(), code.size + 8);
        assert!(code.path.starts_with('M'));
    }

    #[test]
    fn the_path_draws_exactly_the_dark_modules() {
        let text = "https://example.org/#/activiteiten";
        let code = qr(text).unwrap();
        let reference = QrCode::encode_text(text, QrCodeEcc::Medium).unwrap();
        let dark = (0..reference.size())
            .flat_map(|y| (0..reference.size()).map(move |x| (x, y)))
            .filter(|&(x, y)| reference.get_module(x, y))
            .count() as i64;
        let drawn: i64 = code
            .path
            .split('M')
            .filter(|s| !s.is_empty())
            .map(|run| {
                let h = run.split('h').nth(1).unwrap();
                h.split('v').next().unwrap().parse::<i64>().unwrap()
            })
            .sum();
        assert_eq!(drawn, dark);
        // The finder pattern's top row: seven dark modules from the quiet zone's edge.
        assert!(
            code.path.starts_with("M4 4h7v1h-7z"),
            "{}",
            &code.path[..20]
        );
    }

    #[test]
    fn too_long_for_a_code_is_none() {
        assert_eq!(qr(&"x".repeat(5000)), None);
    }
}
