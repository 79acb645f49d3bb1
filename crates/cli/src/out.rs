//! The directory file the importers write: the core's own file format
//! ([`RawEntry`], the type the app's parser reads), so every field of `schema_version`
//! 1 is written in the order staff read them, absent fields left out. After writing,
//! the importers run the validator over the result and leave out entries that still
//! have errors, so that what they write always passes `check`.

use samenwijzer_core::directory::validate::{is_within, validate, Problem, Severity};
use samenwijzer_core::directory::RawEntry;
use samenwijzer_core::schedule::Date;
use samenwijzer_core::StaffLang;
use serde::Serialize;

/// A text cell or field: trimmed, `None` when empty.
pub fn text(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_owned())
}

/// A stable id from a name: lower case, ASCII letters and digits, dashes between words.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.to_lowercase().chars() {
        let c = match c {
            'à' | 'á' | 'â' | 'ä' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_owned();
    if out.is_empty() {
        "item".into()
    } else {
        out
    }
}

/// What became of one converted entry: its place in the source, for messages.
pub struct Source {
    pub place: String,
    /// Turns a JSON field path inside the entry (`location.postcode`) into a column
    /// or field name of the source, for messages.
    pub field: fn(&str, StaffLang) -> String,
}

/// Writes the entries as a directory file, checks it with the validator, and leaves
/// out entries that still have errors (each reported at its source, in `lang`).
/// Returns the file, the number of entries written and the notes.
///
/// The problems are sorted into their entries in one pass (by the index in their
/// path), so this is linear in the file, however many problems there are.
pub fn write(
    entries: Vec<(RawEntry, Source)>,
    today: Date,
    lang: StaffLang,
) -> (String, usize, Vec<crate::Note>) {
    write_with(entries, today, lang, false)
}

/// As [`write`], but an entry whose errors are all in optional fields (coordinates
/// out of range, a schedule the app cannot read, a contact field, an age, a language)
/// is kept without those fields, with a warning that names what was left out; only
/// an entry with other errors is left out.
pub fn write_repairing(
    entries: Vec<(RawEntry, Source)>,
    today: Date,
    lang: StaffLang,
) -> (String, usize, Vec<crate::Note>) {
    write_with(entries, today, lang, true)
}

/// How many entries the validator sees at once.
const CHUNK: usize = 1000;

fn write_with(
    entries: Vec<(RawEntry, Source)>,
    today: Date,
    lang: StaffLang,
    repair: bool,
) -> (String, usize, Vec<crate::Note>) {
    let mut notes = Vec::new();
    // Checked a slice at a time: the validator's view of a file (its JSON tree and
    // the place of every value) is many times the text, so a whole national file at
    // once took gigabytes. The importers make every id unique and write no key twice,
    // so the checks across entries (duplicate ids and keys) cannot find anything that
    // the slices miss.
    let mut per_entry: Vec<Vec<Problem>> = Vec::with_capacity(entries.len());
    for (n, chunk) in entries.chunks(CHUNK).enumerate() {
        let file = render(chunk.iter().map(|(e, _)| e));
        let report = validate(&file, today);
        drop(file);
        let base = n * CHUNK;
        let mut mine: Vec<Vec<Problem>> = vec![Vec::new(); chunk.len()];
        for mut p in report.problems {
            if p.severity == Severity::Info {
                continue;
            }
            if let Some(j) = entry_index(&p.path).filter(|j| *j < chunk.len()) {
                if base > 0 {
                    p.path = p.path.replacen(
                        &format!("entries[{j}]"),
                        &format!("entries[{}]", base + j),
                        1,
                    );
                }
                mine[j].push(p);
            }
        }
        per_entry.extend(mine);
    }
    let mut keep = Vec::with_capacity(entries.len());
    for (i, ((mut entry, source), mine)) in entries.into_iter().zip(per_entry).enumerate() {
        let path = format!("entries[{i}]");
        let mut bad = mine.iter().any(|p| p.severity == Severity::Error);
        // (path, error, message) of each problem of this entry.
        let mut said: Vec<(String, bool, String)> = Vec::new();
        let repair = if bad && repair {
            repaired(&entry, &path, &mine, today, lang)
        } else {
            None
        };
        match repair {
            Some((repaired, told, warnings)) => {
                entry = repaired;
                bad = false;
                said.extend(told.into_iter().map(|(p, m)| (p, false, m)));
                said.extend(
                    warnings
                        .iter()
                        .map(|p| (p.path.clone(), false, p.one_line(lang))),
                );
            }
            None => {
                for p in mine {
                    let mut message = p.one_line(lang);
                    let error = p.severity == Severity::Error;
                    if error {
                        message.push_str(crate::words::pick(
                            lang,
                            " (niet overgenomen)",
                            " (not imported)",
                        ));
                    }
                    said.push((p.path.clone(), error, message));
                }
            }
        }
        for (p, error, message) in said {
            if !is_within(&p, &path) {
                continue;
            }
            let inner = p[path.len()..].trim_start_matches('.');
            let place = if inner.is_empty() {
                source.place.clone()
            } else {
                format!("{}, {}", source.place, (source.field)(inner, lang))
            };
            notes.push(crate::Note {
                error,
                place,
                message,
            });
        }
        if !bad {
            keep.push(entry);
        }
    }
    (render(keep.iter()), keep.len(), notes)
}

/// A repaired entry, what was left out (path and message) and its warnings.
type Repaired = (RawEntry, Vec<(String, String)>, Vec<Problem>);

/// The entry without the optional fields its errors are in, when that leaves no
/// error: the entry, and its problems (the errors, each with what was left out, and
/// the warnings of the repaired entry). `None` when an error is not in an optional
/// field.
fn repaired(
    entry: &RawEntry,
    path: &str,
    problems: &[Problem],
    today: Date,
    lang: StaffLang,
) -> Option<Repaired> {
    let mut entry = entry.clone();
    let mut told = Vec::new();
    let mut errors: Vec<Problem> = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .cloned()
        .collect();
    // A few rounds: leaving out one field may show the next problem.
    for _ in 0..4 {
        // From the last schedule to the first, so indexes stay right.
        errors.sort_by(|a, b| b.path.cmp(&a.path));
        for p in &errors {
            let inner = p.path.get(path.len()..)?.trim_start_matches('.');
            let Some(removed) = leave_out(&mut entry, inner, lang) else {
                // Already left out with an earlier problem of the same field.
                if told.iter().any(|(at, _): &(String, String)| at == &p.path) {
                    continue;
                }
                return None;
            };
            if removed.is_empty() {
                continue;
            }
            let message = crate::words::pick(
                lang,
                format!(
                    "{} — weggelaten: {removed}; de rest van het item is overgenomen",
                    p.one_line(lang)
                ),
                format!(
                    "{} — left out: {removed}; the rest of the item was imported",
                    p.one_line(lang)
                ),
            );
            told.push((p.path.clone(), message));
        }
        let file = render(std::iter::once(&entry));
        let report = validate(&file, today);
        let here = |p: &Problem| Problem {
            path: p.path.replacen("entries[0]", path, 1),
            ..p.clone()
        };
        errors = report
            .problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .map(here)
            .collect();
        if errors.is_empty() {
            let warnings = report
                .problems
                .iter()
                .filter(|p| p.severity == Severity::Warning)
                .map(here)
                .collect();
            return Some((entry, told, warnings));
        }
    }
    None
}

/// Leaves out the optional field at `inner` (a path inside the entry) and says what
/// it was, with its value; `None` when the field is not optional.
fn leave_out(entry: &mut RawEntry, inner: &str, lang: StaffLang) -> Option<String> {
    let field = inner.split(['.', '[']).next().unwrap_or(inner);
    let index = || -> Option<usize> {
        let rest = inner.strip_prefix(field)?.strip_prefix('[')?;
        rest[..rest.find(']')?].parse().ok()
    };
    match field {
        "location"
            if inner.starts_with("location.latitude")
                || inner.starts_with("location.longitude") =>
        {
            let location = entry.location.as_mut()?;
            if location.latitude.is_none() && location.longitude.is_none() {
                return Some(String::new());
            }
            let said = format!(
                "latitude {}, longitude {}",
                location
                    .latitude
                    .map_or_else(|| "-".into(), |v| v.to_string()),
                location
                    .longitude
                    .map_or_else(|| "-".into(), |v| v.to_string())
            );
            location.latitude = None;
            location.longitude = None;
            Some(said)
        }
        "location" if inner.starts_with("location.floor") => {
            let location = entry.location.as_mut()?;
            let floor = location.floor.take()?;
            Some(format!("floor {floor}"))
        }
        "schedules" => {
            let i = index()?;
            if i >= entry.schedules.len() {
                return None;
            }
            let s = entry.schedules.remove(i);
            let byday = match &s.byday {
                samenwijzer_core::schedule::ByDay::One(d) => d.clone(),
                samenwijzer_core::schedule::ByDay::Many(d) => d.join(","),
            };
            let words = crate::words::pick(lang, "het rooster", "the schedule");
            Some(format!(
                "{words} freq {:?}, byday {byday:?}{}{}",
                s.freq,
                s.opens_at
                    .map_or_else(String::new, |t| format!(", opens_at {t:?}")),
                s.closes_at
                    .map_or_else(String::new, |t| format!(", closes_at {t:?}"))
            ))
        }
        "age_min" | "age_max" => {
            let (min, max) = (entry.age_min.take(), entry.age_max.take());
            if min.is_none() && max.is_none() {
                return Some(String::new());
            }
            Some(format!(
                "minimum_age {}, maximum_age {}",
                min.map_or_else(|| "-".into(), |v| v.to_string()),
                max.map_or_else(|| "-".into(), |v| v.to_string())
            ))
        }
        "languages" => {
            let i = index()?;
            (i < entry.languages.len()).then(|| format!("{:?}", entry.languages.remove(i)))
        }
        "contact" => {
            let c = &mut entry.contact;
            let slot = match inner.strip_prefix("contact.")? {
                "phone" => &mut c.phone,
                "email" => &mut c.email,
                "website" => &mut c.website,
                "person" => &mut c.person,
                _ => return None,
            };
            slot.take().map(|v| format!("{v:?}"))
        }
        "last_checked" => entry.last_checked.take().map(|v| format!("{v:?}")),
        _ => None,
    }
}

/// `3` of `entries[3]` or `entries[3].location.postcode`.
fn entry_index(path: &str) -> Option<usize> {
    let rest = path.strip_prefix("entries[")?;
    rest[..rest.find(']')?].parse().ok()
}

#[derive(Serialize)]
struct File<'e> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    schema_version: u64,
    entries: Vec<&'e RawEntry>,
}

/// The directory file for these entries.
pub fn render<'e>(entries: impl Iterator<Item = &'e RawEntry>) -> String {
    let file = File {
        schema: "./directory.schema.json",
        schema_version: samenwijzer_core::directory::SCHEMA_VERSION,
        entries: entries.collect(),
    };
    let mut text = serde_json::to_string_pretty(&file).unwrap_or_default();
    text.push('\n');
    text
}
