//! `samenwijzer-data import-csv`: a spreadsheet, one activity per row, with Dutch
//! column names (`samenwijzer_core::directory::names::COLUMNS`, the table the
//! validator's "bedoelt u …?" uses too; see `docs/directory-format.md`), and
//! `naam_<taal>` / `beschrijving_<taal>` for the translations (`names::TRANSLATED_COLUMNS`).
//! Excel in Dutch writes `;` between cells and may start the file with a BOM; both are
//! handled. Problems are reported by CSV line and column name; the rows without errors
//! are converted. A translation column of a language the app does not have is an
//! error at the header, and is not read.

use samenwijzer_core::directory::names::{translation_column, COLUMNS, TRANSLATED_COLUMNS};
use samenwijzer_core::directory::validate::closest;
use samenwijzer_core::directory::{
    translation_language, RawContact, RawEntry, RawLocation, RawTranslation, RawTranslations,
    Status, FLOORS,
};
use samenwijzer_core::schedule::{ByDay, Date, DayRule, RawSchedule, Weekday};
use samenwijzer_core::Need;

use samenwijzer_core::{Lang, StaffLang};

use crate::out::{self, text, Source};
use crate::words::{self, pick};
use crate::{Imported, Note};

const REQUIRED: [&str; 2] = ["naam", "beschrijving"];

/// The column that fills a JSON field path inside an entry (`schedules[0].byday` →
/// `dagen`, `translations.tr.name` → `naam_tr`), for messages from the validator.
fn column_for(path: &str, lang: StaffLang) -> String {
    if let Some(rest) = path.strip_prefix("translations.") {
        let (code, field) = rest.split_once('.').unwrap_or((rest, "name"));
        if let Some((column, _)) = TRANSLATED_COLUMNS.iter().find(|(_, f)| *f == field) {
            return pick(
                lang,
                format!("kolom {column}_{code}"),
                format!("column {column}_{code}"),
            );
        }
    }
    let field: String = path
        .split('.')
        .map(|part| part.split('[').next().unwrap_or(part))
        .collect::<Vec<_>>()
        .join(".");
    COLUMNS
        .iter()
        .find(|(_, f)| *f == field)
        .or_else(|| COLUMNS.iter().find(|(_, f)| field.starts_with(f)))
        .map_or_else(
            || pick(lang, format!("veld {path}"), format!("field {path}")),
            |(c, _)| pick(lang, format!("kolom {c}"), format!("column {c}")),
        )
}

/// Converts a spreadsheet export. `bytes` is the whole file.
pub fn import(bytes: &[u8], today: Date, lang: StaffLang) -> Imported {
    let mut imported = Imported::default();
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let line = bytes[..e.valid_up_to()]
                .iter()
                .filter(|b| **b == b'\n')
                .count()
                + 1;
            return Imported::refused(
                words::line(lang, line as u64),
                pick(
                    lang,
                    "het bestand is geen UTF-8-tekst: kies in Excel \"Opslaan als\" → \"CSV UTF-8 (door komma's gescheiden)\"",
                    "the file is not UTF-8 text: in Excel choose \"Save as\" → \"CSV UTF-8 (comma delimited)\"",
                )
                .into(),
            );
        }
    };
    // Not what this command reads: one message, not one per column.
    match text.trim_start().chars().next() {
        None => {
            return Imported::refused(
                String::new(),
                pick(lang, "het bestand is leeg", "the file is empty").into(),
            )
        }
        Some('{' | '[') => {
            return Imported::refused(
                words::line(lang, 1),
                pick(
                    lang,
                    "dit is een JSON-bestand, geen spreadsheet: een HSDS-export leest `samenwijzer-data import-hsds`, een activiteitenbestand controleert `samenwijzer-data check`",
                    "this is a JSON file, not a spreadsheet: `samenwijzer-data import-hsds` reads an HSDS export, `samenwijzer-data check` checks a directory file",
                )
                .into(),
            )
        }
        Some(_) => {}
    }
    let delimiter = guess_delimiter(text);
    let builder = |headers: bool| {
        let mut b = csv::ReaderBuilder::new();
        b.delimiter(delimiter)
            .flexible(true)
            .trim(csv::Trim::All)
            .has_headers(headers);
        b
    };
    let mut reader = builder(true).from_reader(text.as_bytes());
    let headers: Vec<String> = match reader.headers() {
        Ok(h) => h
            .iter()
            .map(|h| h.trim().to_lowercase().replace(' ', "_"))
            .collect(),
        Err(_) => {
            return Imported::refused(
                words::line(lang, 1),
                pick(
                    lang,
                    "de kopregel is niet te lezen",
                    "the header line cannot be read",
                )
                .into(),
            );
        }
    };
    let body = reader.position().clone();
    let known: Vec<&str> = COLUMNS.iter().map(|(c, _)| *c).collect();
    // The translation columns there can be, for "bedoelt u `naam_tr`?".
    let translated: Vec<String> = TRANSLATED_COLUMNS
        .iter()
        .flat_map(|(column, _)| {
            Lang::ALL[1..]
                .iter()
                .map(move |l| format!("{column}_{}", l.code()))
        })
        .collect();
    let guesses: Vec<&str> = known
        .iter()
        .copied()
        .chain(translated.iter().map(String::as_str))
        .collect();
    let mut translation_columns = Vec::new();
    if !headers.iter().any(|h| known.contains(&h.as_str())) {
        return Imported::refused(
            words::line(lang, 1),
            pick(
                lang,
                "de eerste regel noemt geen enkele bekende kolom (zoals `naam`, `beschrijving`): is dit wel een spreadsheet met de kolommen uit docs/directory-format.md?",
                "the first line names no known column (such as `naam`, `beschrijving`): is this a spreadsheet with the columns of docs/directory-format.md?",
            )
            .into(),
        );
    }
    for (i, h) in headers.iter().enumerate() {
        if h.is_empty() || known.contains(&h.as_str()) {
            continue;
        }
        if let Some((code, field)) = translation_column(h) {
            match translation_language(code) {
                Some(l) => translation_columns.push(TranslationColumn {
                    column: h.clone(),
                    lang: l,
                    field,
                }),
                None => imported.notes.push(Note {
                    error: true,
                    place: words::line_column(lang, 1, i + 1),
                    message: unknown_translation(h, code, lang),
                }),
            }
            continue;
        }
        let hint = closest(h, &guesses).map_or_else(String::new, |c| {
            pick(
                lang,
                format!(" — bedoelt u `{c}`?"),
                format!(" — did you mean `{c}`?"),
            )
        });
        imported.notes.push(Note {
            error: false,
            place: words::line_column(lang, 1, i + 1),
            message: pick(
                lang,
                format!("onbekende kolom `{h}` wordt overgeslagen{hint}"),
                format!("unknown column `{h}` is skipped{hint}"),
            ),
        });
    }
    let missing: Vec<&str> = REQUIRED
        .iter()
        .copied()
        .filter(|c| !headers.iter().any(|h| h == c))
        .collect();
    if !missing.is_empty() {
        let missing = missing
            .iter()
            .map(|c| format!("`{c}`"))
            .collect::<Vec<_>>()
            .join(", ");
        imported.notes.push(Note {
            error: true,
            place: words::line(lang, 1),
            message: pick(
                lang,
                format!("de kolom(men) {missing} ontbreken in de kopregel; de eerste regel moet de kolomnamen bevatten"),
                format!("the column(s) {missing} are missing from the header line; the first line must hold the column names"),
            ),
        });
        imported.json = out::render(std::iter::empty());
        return imported;
    }

    let mut rows = Vec::new();
    let mut ids = std::collections::HashSet::new();
    // The rows are read from `start` on; after a cell whose quote is not closed, again
    // from the line after that row's first line, so the rows it swallowed are read as
    // rows (and the broken row is reported, not imported).
    let (mut start, mut base_line) = (body.byte() as usize, body.line());
    let mut record = csv::StringRecord::new();
    'read: loop {
        let rest = text.get(start..).unwrap_or("");
        let mut reader = builder(false).from_reader(rest.as_bytes());
        loop {
            match reader.read_record(&mut record) {
                Ok(false) => break 'read,
                Ok(true) => {}
                Err(e) => {
                    let line = base_line + e.position().map_or(1, |p| p.line()) - 1;
                    imported.notes.push(Note {
                        error: true,
                        place: words::line(lang, line),
                        message: pick(
                            lang,
                            "deze regel is niet te lezen (rij niet overgenomen)",
                            "this line cannot be read (row not imported)",
                        )
                        .into(),
                    });
                    imported.left_out += 1;
                    continue;
                }
            }
            let Some(position) = record.position() else {
                continue;
            };
            let line = base_line + position.line() - 1;
            let from = start + position.byte() as usize;
            let to = (start + reader.position().byte() as usize).min(text.len());
            let raw = text.get(from..to).unwrap_or("");
            if let Some(cell) =
                unclosed_quote(raw, &record, headers.len(), delimiter, to >= text.len())
            {
                let last = line + raw.trim_end().matches('\n').count() as u64;
                let column = headers.get(cell).map_or("?", String::as_str);
                imported.notes.push(Note {
                    error: true,
                    place: pick(
                        lang,
                        format!("regel {line}, kolom {column}"),
                        format!("line {line}, column {column}"),
                    ),
                    message: pick(
                        lang,
                        format!("het aanhalingsteken (\") in deze cel wordt niet gesloten, zodat de regels {} t/m {last} in de cel terechtkwamen: deze rij is niet overgenomen (sluit de cel met een \"); de regels erna zijn als eigen rijen gelezen", line + 1),
                        format!("the quote (\") in this cell is never closed, so lines {} to {last} ended up in the cell: this row was not imported (close the cell with a \"); the lines after it were read as rows of their own", line + 1),
                    ),
                });
                imported.left_out += 1;
                match text[from..].find('\n') {
                    Some(i) => {
                        start = from + i + 1;
                        base_line = line + 1;
                        continue 'read;
                    }
                    None => break 'read,
                }
            }
            if record.iter().all(str::is_empty) {
                continue;
            }
            let cell = |name: &str| -> &str {
                headers
                    .iter()
                    .position(|h| h == name)
                    .and_then(|i| record.get(i))
                    .unwrap_or("")
            };
            let mut row = Row {
                line: line as usize,
                lang,
                notes: Vec::new(),
            };
            let entry = row.entry(&cell, &translation_columns, &mut ids);
            let failed = row.notes.iter().any(|n| n.error);
            imported.notes.append(&mut row.notes);
            if failed {
                imported.left_out += 1;
            } else {
                rows.push((
                    entry,
                    Source {
                        place: words::line(lang, line),
                        field: column_for,
                    },
                ));
            }
        }
    }
    let before = rows.len();
    let (json, written, notes) = out::write(rows, today, lang);
    imported.json = json;
    imported.entries = written;
    imported.left_out += before - written;
    imported.notes.extend(notes);
    imported
}

/// A column that holds a translation's text: `naam_tr` is Turkish `name`.
struct TranslationColumn {
    column: String,
    lang: Lang,
    field: &'static str,
}

/// The translations of a row, in the order of `Lang::ALL`; an empty cell gives none.
fn translations<'c>(
    cell: &dyn Fn(&str) -> &'c str,
    columns: &[TranslationColumn],
) -> RawTranslations {
    let mut all: Vec<(Lang, RawTranslation)> = Vec::new();
    for c in columns {
        let Some(value) = text(cell(&c.column)) else {
            continue;
        };
        let at = match all.iter().position(|(l, _)| *l == c.lang) {
            Some(at) => at,
            None => {
                all.push((c.lang, RawTranslation::default()));
                all.len() - 1
            }
        };
        let translation = &mut all[at].1;
        match c.field {
            "name" => translation.name = Some(value),
            _ => translation.description = Some(value),
        }
    }
    all.sort_by_key(|(l, _)| *l);
    RawTranslations(
        all.into_iter()
            .map(|(l, t)| (l.code().to_owned(), t))
            .collect(),
    )
}

/// A translation column whose language the app does not have (`naam_de`, `naam_nl`).
fn unknown_translation(column: &str, code: &str, lang: StaffLang) -> String {
    let (prefix, _) = column.split_at(column.len() - code.len() - 1);
    if code == "nl" {
        return pick(
            lang,
            format!("kolom `{column}`: het Nederlands staat in `{prefix}` zelf; deze kolom wordt niet overgenomen"),
            format!("column `{column}`: the Dutch is in `{prefix}` itself; this column is not imported"),
        );
    }
    let all: Vec<&str> = Lang::ALL[1..].iter().map(|l| l.code()).collect();
    let meant = Lang::from_code(code)
        .filter(|l| *l != Lang::Nl)
        .map(|l| l.code())
        .or_else(|| closest(code, &all))
        .map(|c| format!("{prefix}_{c}"));
    let codes = all.join(", ");
    let hint = |nl: bool| match (&meant, nl) {
        (Some(m), true) => format!(" — bedoelt u `{m}`?"),
        (Some(m), false) => format!(" — did you mean `{m}`?"),
        (None, _) => String::new(),
    };
    pick(
        lang,
        format!("kolom `{column}`: {code:?} is geen taal van de app (kies uit {codes}); deze kolom wordt niet overgenomen{}", hint(true)),
        format!("column `{column}`: {code:?} is not a language of the app (choose from {codes}); this column is not imported{}", hint(false)),
    )
}

/// The cell whose opening quote was never closed, when this record (its raw text)
/// shows it: it runs over line breaks into lines that look like rows of their own (as
/// many separators as the header, at least two), or to the end of the file with an odd
/// number of quotes. A cell with line breaks in it and neither sign is a real
/// multi-line cell.
fn unclosed_quote(
    raw: &str,
    record: &csv::StringRecord,
    columns: usize,
    delimiter: u8,
    at_end: bool,
) -> Option<usize> {
    let raw = raw.trim_end_matches(['\r', '\n']);
    if !raw.contains('\n') {
        return None;
    }
    let cell = record.iter().position(|c| c.contains('\n'))?;
    let to_the_end = at_end && raw.matches('"').count() % 2 == 1;
    let separators = columns.saturating_sub(1).max(2);
    let rows_inside = record
        .get(cell)?
        .lines()
        .skip(1)
        .any(|l| l.bytes().filter(|b| *b == delimiter).count() >= separators);
    (to_the_end || rows_inside).then_some(cell)
}

/// `;` when the header line has more semicolons than commas (Dutch Excel), a tab for
/// tab-separated text, else `,`.
fn guess_delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or("");
    let count = |c: char| header.matches(c).count();
    let (semi, comma, tab) = (count(';'), count(','), count('\t'));
    if tab > semi && tab > comma {
        b'\t'
    } else if semi > comma {
        b';'
    } else {
        b','
    }
}

struct Row {
    line: usize,
    lang: StaffLang,
    notes: Vec<Note>,
}

impl Row {
    fn place(&self, column: &str) -> String {
        pick(
            self.lang,
            format!("regel {}, kolom {column}", self.line),
            format!("line {}, column {column}", self.line),
        )
    }

    /// An error in the row's language: the Dutch and the English words.
    fn error(&mut self, column: &str, nl: String, en: String) {
        let message = pick(
            self.lang,
            format!("{nl} (rij niet overgenomen)"),
            format!("{en} (row not imported)"),
        );
        self.notes.push(Note {
            error: true,
            place: self.place(column),
            message,
        });
    }

    fn warn(&mut self, column: &str, nl: String, en: String) {
        let message = pick(self.lang, nl, en);
        self.notes.push(Note {
            error: false,
            place: self.place(column),
            message,
        });
    }

    fn yes_no(&mut self, column: &str, value: &str) -> Option<bool> {
        match value.trim().to_lowercase().as_str() {
            "" => None,
            "ja" | "j" | "yes" | "y" | "true" | "waar" | "1" | "x" => Some(true),
            "nee" | "n" | "no" | "false" | "onwaar" | "0" => Some(false),
            other => {
                self.error(
                    column,
                    format!("{other:?} is geen ja of nee"),
                    format!("{other:?} is not yes or no"),
                );
                None
            }
        }
    }

    fn age(&mut self, column: &str, value: &str) -> Option<u8> {
        let value = value.trim();
        if value.is_empty() {
            return None;
        }
        match value.parse::<u8>() {
            Ok(n) => Some(n),
            Err(_) => {
                self.error(
                    column,
                    format!("{value:?} is geen leeftijd (een heel getal, zoals 65)"),
                    format!("{value:?} is not an age (a whole number, such as 65)"),
                );
                None
            }
        }
    }

    /// A floor: a whole number from -2 to 50, or the words for the ground floor.
    fn floor(&mut self, column: &str, value: &str) -> Option<i8> {
        let value = value.trim().to_lowercase();
        if value.is_empty() {
            return None;
        }
        if ["begane grond", "bg", "gelijkvloers"].contains(&value.as_str()) {
            return Some(0);
        }
        match value.parse::<i8>() {
            Ok(n) if FLOORS.contains(&n) => Some(n),
            _ => {
                self.error(
                    column,
                    format!("{value:?} is geen verdieping (een heel getal van -2 tot 50; 0 is de begane grond)"),
                    format!("{value:?} is not a floor (a whole number from -2 to 50; 0 is the ground floor)"),
                );
                None
            }
        }
    }

    fn coordinate(&mut self, column: &str, value: &str) -> Option<f64> {
        let value = value.trim();
        if value.is_empty() {
            return None;
        }
        match value.replace(',', ".").parse::<f64>() {
            Ok(n) if n.is_finite() => Some(n),
            _ => {
                self.error(
                    column,
                    format!("{value:?} is geen getal (zoals 52,4613 of 52.4613)"),
                    format!("{value:?} is not a number (such as 52,4613 or 52.4613)"),
                );
                None
            }
        }
    }

    /// `2026-12-31`, or the Dutch `31-12-2026` / `31/12/2026`, as ISO.
    fn date(&mut self, column: &str, value: &str) -> Option<String> {
        let value = value.trim();
        if value.is_empty() {
            return None;
        }
        if let Some(d) = Date::parse(value) {
            return Some(d.to_string());
        }
        let parts: Vec<&str> = value.split(['-', '/', '.']).collect();
        if let [d, m, y] = parts[..] {
            if let (Ok(d), Ok(m), Ok(y)) = (d.parse::<u8>(), m.parse::<u8>(), y.parse::<i32>()) {
                if let Some(date) = Date::new(y, m, d).filter(|_| y >= 1000) {
                    return Some(date.to_string());
                }
            }
        }
        self.error(
            column,
            format!("{value:?} is geen datum: schrijf 31-12-2026 of 2026-12-31"),
            format!("{value:?} is not a date: write 31-12-2026 or 2026-12-31"),
        );
        None
    }

    /// `10:00`, `10.00`, `9.30` or `10` as `HH:MM`; the schedule check does the rest.
    fn time(&mut self, value: &str) -> Option<String> {
        let value = value.trim().trim_end_matches(['u', 'U']).trim();
        if value.is_empty() {
            return None;
        }
        let value = value.replace('.', ":");
        Some(
            if value.bytes().all(|b| b.is_ascii_digit()) && value.len() <= 2 {
                format!("{value}:00")
            } else {
                value
            },
        )
    }

    fn entry<'c>(
        &mut self,
        cell: &dyn Fn(&str) -> &'c str,
        translation_columns: &[TranslationColumn],
        ids: &mut std::collections::HashSet<String>,
    ) -> RawEntry {
        let name = cell("naam").trim().to_owned();
        if name.is_empty() {
            self.error("naam", "de naam is leeg".into(), "the name is empty".into());
        }
        let description = cell("beschrijving").trim().to_owned();
        let municipality = text(cell("gemeente")).map(|m| m.to_lowercase());
        let id = match text(cell("id")) {
            Some(id) => {
                if !ids.insert(id.clone()) {
                    self.error(
                        "id",
                        format!("de id {id:?} staat al op een eerdere regel"),
                        format!("the id {id:?} is already on an earlier line"),
                    );
                }
                id
            }
            None => {
                // A readable id from the name (and municipality), unique in the file.
                let base = out::slug(&match &municipality {
                    Some(m) => format!("{m} {name}"),
                    None => name.clone(),
                });
                let mut id = base.clone();
                let mut n = 2;
                while !ids.insert(id.clone()) {
                    id = format!("{base}-{n}");
                    n += 1;
                }
                id
            }
        };

        let mut needs = Vec::new();
        for part in split_list(cell("behoeften")) {
            match Need::from_name(part) {
                // Two names for one need (a slug and a Dutch word) count once; the
                // order of the cell is kept.
                Some(need) if needs.contains(&need) => {}
                Some(need) => needs.push(need),
                None => {
                    let names: Vec<&'static str> = Need::ALL
                        .iter()
                        .flat_map(|n| [n.slug(), n.short_nl()])
                        .collect();
                    let hint = closest(part, &names)
                        .map_or_else(String::new, |c| format!(" — bedoelt u {c:?}?"));
                    let hint_en = closest(part, &names)
                        .map_or_else(String::new, |c| format!(" — did you mean {c:?}?"));
                    let all = Need::ALL.map(Need::short_nl).join(", ");
                    self.error(
                        "behoeften",
                        format!("onbekende behoefte {part:?}{hint}; kies uit: {all}"),
                        format!("unknown need {part:?}{hint_en}; choose from: {all}"),
                    );
                }
            }
        }

        let free = self.yes_no("gratis", cell("gratis")).unwrap_or(false);
        let companion = self.yes_no("maatje", cell("maatje")).unwrap_or(false);
        let transport = self.yes_no("vervoer", cell("vervoer")).unwrap_or(false);
        let example = self.yes_no("voorbeeld", cell("voorbeeld")).unwrap_or(false);
        let age_min = self.age("leeftijd_min", cell("leeftijd_min"));
        let age_max = self.age("leeftijd_max", cell("leeftijd_max"));
        let languages = split_list(cell("talen"))
            .map(|l| language_code(l).unwrap_or_else(|| l.to_lowercase()))
            .collect();

        let schedules = self.schedule(cell).into_iter().collect();

        let street = cell("straat").trim();
        let postcode = cell("postcode").trim();
        let city = cell("plaats").trim();
        let latitude = self.coordinate("lat", cell("lat"));
        let longitude = self.coordinate("lon", cell("lon"));
        let wheelchair = self.yes_no("rolstoel", cell("rolstoel"));
        let floor = self.floor("verdieping", cell("verdieping"));
        let lift = self.yes_no("lift", cell("lift"));
        let has_place = !(street.is_empty() && postcode.is_empty() && city.is_empty());
        let location = if has_place || latitude.is_some() || longitude.is_some() {
            Some(RawLocation {
                name: text(cell("locatie_naam")),
                street: street.to_owned(),
                postcode: postcode.to_owned(),
                city: city.to_owned(),
                latitude,
                longitude,
                wheelchair_accessible: wheelchair.unwrap_or(false),
                floor,
                lift: lift.unwrap_or(false),
                accessibility: text(cell("toegankelijkheid")),
                getting_there: text(cell("route")),
            })
        } else {
            if text(cell("locatie_naam")).is_some()
                || wheelchair == Some(true)
                || floor.is_some()
                || lift == Some(true)
            {
                self.warn(
                    "straat",
                    "er is geen adres (straat, postcode, plaats): de locatiegegevens worden overgeslagen".into(),
                    "there is no address (straat, postcode, plaats): the location's details are skipped".into(),
                );
            }
            None
        };
        let last_checked = self.date("laatst_gecontroleerd", cell("laatst_gecontroleerd"));

        RawEntry {
            id,
            name,
            description,
            translations: translations(cell, translation_columns),
            organisation: text(cell("organisatie")),
            municipality,
            needs,
            example,
            status: Status::Active,
            audience: text(cell("voor_wie")),
            age_min,
            age_max,
            free,
            cost: text(cell("kosten")),
            languages,
            companion,
            transport,
            how_to_join: text(cell("aanmelden")),
            when: text(cell("wanneer")),
            schedules,
            moments: Vec::new(),
            location,
            contact: RawContact {
                phone: text(cell("telefoon")),
                email: text(cell("email")),
                website: text(cell("website")),
                person: text(cell("contactpersoon")),
            },
            last_checked,
        }
    }

    /// One schedule from `dagen`, `om_de`, `van`, `tot`, `geldig_van`, `geldig_tot`.
    fn schedule<'c>(&mut self, cell: &dyn Fn(&str) -> &'c str) -> Option<RawSchedule> {
        let days = cell("dagen").trim();
        let times = [
            cell("van"),
            cell("tot"),
            cell("geldig_van"),
            cell("geldig_tot"),
            cell("om_de"),
        ];
        if days.is_empty() {
            if times.iter().any(|t| !t.trim().is_empty()) {
                self.error(
                    "dagen",
                    "er staan tijden of data, maar geen dagen (zoals \"di\" of \"2e ma\")".into(),
                    "there are times or dates, but no days (such as \"di\" or \"2e ma\")".into(),
                );
            }
            return None;
        }
        let mut rules = Vec::new();
        for part in split_list(days) {
            match day_rule(part) {
                Some(mut r) => rules.append(&mut r),
                None => self.error(
                    "dagen",
                    format!("{part:?} is geen dag: schrijf ma, di, wo, do, vr, za of zo, eventueel met \"2e\" of \"laatste\" ervoor"),
                    format!("{part:?} is not a day: write ma, di, wo, do, vr, za or zo, perhaps with \"2e\" or \"laatste\" before it"),
                ),
            }
        }
        let monthly = rules.iter().any(|r| r.nth.is_some());
        let interval = match cell("om_de").trim() {
            "" => None,
            n => match n
                .trim_end_matches(|c: char| !c.is_ascii_digit())
                .parse::<u8>()
            {
                Ok(n) => Some(n),
                Err(_) => {
                    self.error(
                        "om_de",
                        format!("{n:?} is geen getal (2 is om de week of om de maand)"),
                        format!("{n:?} is not a number (2 is every other week or month)"),
                    );
                    None
                }
            },
        };
        let valid_from = self.date("geldig_van", cell("geldig_van"));
        let valid_to = self.date("geldig_tot", cell("geldig_tot"));
        Some(RawSchedule {
            freq: if monthly { "MONTHLY" } else { "WEEKLY" }.into(),
            interval: interval.filter(|n| *n != 1),
            byday: ByDay::One(
                rules
                    .iter()
                    .map(DayRule::to_string)
                    .collect::<Vec<_>>()
                    .join(","),
            ),
            opens_at: self.time(cell("van")),
            closes_at: self.time(cell("tot")),
            valid_from,
            valid_to,
            description: None,
        })
    }
}

/// Items separated by `,` or `;` (a `;` inside a cell of a `,` file and vice versa).
fn split_list(cell: &str) -> impl Iterator<Item = &str> {
    cell.split([',', ';', '|'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// `di`, `dinsdag`, `TU`, `2e ma`, `laatste vr`, `elke dag`, `ma t/m vr`.
fn day_rule(text: &str) -> Option<Vec<DayRule>> {
    let text = text.trim().to_lowercase();
    let weekday = |s: &str| -> Option<Weekday> {
        let s = s.trim().trim_end_matches('.');
        Weekday::ALL.into_iter().find(|d| {
            let full = [
                "maandag",
                "dinsdag",
                "woensdag",
                "donderdag",
                "vrijdag",
                "zaterdag",
                "zondag",
            ][*d as usize];
            s == d.slug() || s == full || s.eq_ignore_ascii_case(d.rfc5545())
        })
    };
    if matches!(
        text.as_str(),
        "elke dag" | "dagelijks" | "iedere dag" | "ma t/m zo"
    ) {
        return Some(
            Weekday::ALL
                .map(|weekday| DayRule { weekday, nth: None })
                .to_vec(),
        );
    }
    if let Some((from, to)) = text.split_once(" t/m ").or_else(|| text.split_once('-')) {
        if let (Some(from), Some(to)) = (weekday(from), weekday(to)) {
            if from > to {
                return None;
            }
            return Some(
                Weekday::ALL[from as usize..=to as usize]
                    .iter()
                    .map(|&weekday| DayRule { weekday, nth: None })
                    .collect(),
            );
        }
    }
    if let Some(rule) = DayRule::parse(&text.to_uppercase()) {
        return Some(vec![rule]);
    }
    let (nth, day) = match text.split_once(' ') {
        Some((n, day)) => {
            let n = match n {
                "laatste" => -1,
                "1e" | "1ste" | "eerste" => 1,
                "2e" | "2de" | "tweede" => 2,
                "3e" | "3de" | "derde" => 3,
                "4e" | "4de" | "vierde" => 4,
                "5e" | "5de" | "vijfde" => 5,
                _ => return None,
            };
            (Some(n), day)
        }
        None => (None, text.as_str()),
    };
    Some(vec![DayRule {
        weekday: weekday(day)?,
        nth,
    }])
}

/// `nl`, `Nederlands`, `Engels` → ISO 639-1.
fn language_code(name: &str) -> Option<String> {
    let name = name.trim().to_lowercase();
    const NAMES: &[(&str, &str)] = &[
        ("nederlands", "nl"),
        ("engels", "en"),
        ("english", "en"),
        ("duits", "de"),
        ("frans", "fr"),
        ("turks", "tr"),
        ("arabisch", "ar"),
        ("pools", "pl"),
        ("spaans", "es"),
        ("oekraïens", "uk"),
        ("oekraiens", "uk"),
        ("fries", "fy"),
        ("papiaments", "pap"),
        ("tigrinya", "ti"),
        ("somalisch", "so"),
    ];
    if name.len() == 2 && name.bytes().all(|b| b.is_ascii_lowercase()) {
        return Some(name);
    }
    NAMES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, c)| (*c).to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        Date::new(2026, 11, 27).unwrap()
    }

    #[test]
    fn day_cells_are_read_in_dutch() {
        let show = |s: &str| {
            day_rule(s).map(|r| {
                r.iter()
                    .map(DayRule::to_string)
                    .collect::<Vec<_>>()
                    .join(",")
            })
        };
        assert_eq!(show("di").as_deref(), Some("TU"));
        assert_eq!(show("Dinsdag").as_deref(), Some("TU"));
        assert_eq!(show("2e ma").as_deref(), Some("2MO"));
        assert_eq!(show("laatste vr").as_deref(), Some("-1FR"));
        assert_eq!(show("ma t/m vr").as_deref(), Some("MO,TU,WE,TH,FR"));
        assert_eq!(show("2MO").as_deref(), Some("2MO"));
        assert_eq!(show("elke dag").map(|s| s.len()), Some(20));
        assert_eq!(show("6e ma"), None);
        assert_eq!(show("vr t/m ma"), None);
        assert_eq!(show("ma-wo").as_deref(), Some("MO,TU,WE"));
        assert_eq!(show("-1FR").as_deref(), Some("-1FR"));
        assert_eq!(show("morgen"), None);
    }

    #[test]
    fn semicolons_bom_and_dutch_values() {
        let csv = "\u{feff}naam;beschrijving;gemeente;behoeften;gratis;dagen;van;tot;lat;lon;straat;postcode;plaats;laatst_gecontroleerd\n\
                   Koffie;Samen koffie;Velsen;praten, ontmoeten;ja;di;10.00;12u;52,46;4,62;Plein 1;1971 AB;IJmuiden;01-11-2026\n";
        let imported = import(csv.as_bytes(), today(), StaffLang::Nl);
        assert_eq!(imported.notes, vec![]);
        assert_eq!(imported.entries, 1);
        let v: serde_json::Value = serde_json::from_str(&imported.json).unwrap();
        let e = &v["entries"][0];
        assert_eq!(e["id"], "velsen-koffie");
        assert_eq!(e["needs"], serde_json::json!(["talk", "meet"]));
        assert_eq!(e["schedules"][0]["byday"], "TU");
        assert_eq!(e["schedules"][0]["opens_at"], "10:00");
        assert_eq!(e["schedules"][0]["closes_at"], "12:00");
        assert_eq!(e["location"]["latitude"], 52.46);
        assert_eq!(e["last_checked"], "2026-11-01");
    }

    #[test]
    fn what_makes_going_easier_is_read_from_its_columns() {
        let csv = "naam;beschrijving;gratis;kosten;maatje;vervoer;straat;postcode;plaats;verdieping;lift;laatst_gecontroleerd\n\
                   Koor;Zingen;nee;€ 3;ja;ja;Plein 1;1971 AB;IJmuiden;1;nee;01-11-2026\n\
                   Soos;Kaarten;ja;;nee;;Plein 2;1971 AB;IJmuiden;begane grond;;01-11-2026\n\
                   Hoog;Te hoog;ja;;;;Plein 3;1971 AB;IJmuiden;60;;01-11-2026\n";
        let imported = import(csv.as_bytes(), today(), StaffLang::Nl);
        assert_eq!(imported.entries, 2, "{:#?}", imported.notes);
        assert!(imported.notes.iter().any(|n| n.error
            && n.place == "regel 4, kolom verdieping"
            && n.message.contains("geen verdieping")));
        let v: serde_json::Value = serde_json::from_str(&imported.json).unwrap();
        let (koor, soos) = (&v["entries"][0], &v["entries"][1]);
        assert_eq!(koor["companion"], true);
        assert_eq!(koor["transport"], true);
        assert_eq!(koor["location"]["floor"], 1);
        assert_eq!(koor["location"].get("lift"), None);
        assert_eq!(soos.get("companion"), None);
        assert_eq!(soos.get("transport"), None);
        assert_eq!(soos["location"]["floor"], 0);
    }

    /// A need named twice, not side by side (`dedup` alone kept the second `talk`).
    #[test]
    fn a_need_named_twice_is_written_once() {
        let csv = "naam,beschrijving,behoeften,gratis,laatst_gecontroleerd\n\
                   Koffie,Samen,\"praten, sport, praten, Iemand om mee te praten\",ja,2026-11-01\n";
        let imported = import(csv.as_bytes(), today(), StaffLang::Nl);
        assert_eq!(imported.notes, vec![]);
        let v: serde_json::Value = serde_json::from_str(&imported.json).unwrap();
        assert_eq!(
            v["entries"][0]["needs"],
            serde_json::json!(["talk", "sport"])
        );
    }

    #[test]
    fn row_errors_name_line_and_column_and_good_rows_stay() {
        let csv = "naam,beschrijving,behoeften,gratis,dagen,van,tot,postcode,straat,plaats\n\
                   Goed,Een goede rij,sport,ja,wo,,,,,\n\
                   Fout,Behoefte,vliegen,ja,,,,,,\n\
                   Tijd,Tijden,sport,misschien,zz,25:00,,,,\n\
                   ,Geen naam,sport,ja,,,,,,\n\
                   Tijd2,Tijden,sport,ja,di,14:00,13:00,,,\n";
        let imported = import(csv.as_bytes(), today(), StaffLang::Nl);
        assert_eq!(imported.entries, 1, "{:#?}", imported.notes);
        let says = |place: &str, text: &str| {
            imported
                .notes
                .iter()
                .any(|n| n.error && n.place == place && n.message.contains(text))
        };
        assert!(
            says("regel 3, kolom behoeften", "onbekende behoefte \"vliegen\""),
            "{:#?}",
            imported.notes
        );
        assert!(says("regel 4, kolom gratis", "geen ja of nee"));
        assert!(says("regel 4, kolom dagen", "\"zz\" is geen dag"));
        assert!(says("regel 5, kolom naam", "leeg"));
        assert!(
            says("regel 6, kolom tot", "niet later dan"),
            "{:#?}",
            imported.notes
        );
        assert_eq!(imported.left_out, 4);
    }

    #[test]
    fn unknown_columns_and_missing_headers() {
        let imported = import(b"naam,beschrijving,adres\nA,B,C\n", today(), StaffLang::Nl);
        assert!(imported
            .notes
            .iter()
            .any(|n| !n.error && n.message.contains("`adres`")));
        let imported = import(b"name,description\nA,B\n", today(), StaffLang::Nl);
        assert!(imported.has_errors());
        assert_eq!(imported.entries, 0);
        let imported = import(b"naam,beschrijving\n\xff\xfe\n", today(), StaffLang::Nl);
        assert!(imported.notes[0].message.contains("UTF-8"));
    }

    #[test]
    fn translation_columns_fill_the_translations() {
        let csv = "naam;beschrijving;beschrijving_en;naam_tr;beschrijving_tr;naam_uk;gratis;behoeften;laatst_gecontroleerd\n\
                   Taalcafé;Samen praten;Talking together;Dil kafe; Birlikte konuşmak ;;ja;praten;2026-11-01\n\
                   Koffie;Samen koffie;;;;;ja;praten;2026-11-01\n";
        let imported = import(csv.as_bytes(), today(), StaffLang::Nl);
        assert_eq!(imported.notes, vec![]);
        assert_eq!(imported.entries, 2);
        let v: serde_json::Value = serde_json::from_str(&imported.json).unwrap();
        // In the order of the app's languages; an empty cell gives no text.
        assert_eq!(
            v["entries"][0]["translations"],
            serde_json::json!({
                "en": {"description": "Talking together"},
                "tr": {"name": "Dil kafe", "description": "Birlikte konuşmak"}
            })
        );
        let at = |s: &str| imported.json.find(s).unwrap();
        assert!(at("\"en\": {") < at("\"tr\": {"), "{}", imported.json);
        assert_eq!(v["entries"][1].get("translations"), None);
        // As the app reads it.
        let dir = samenwijzer_core::directory::parse_directory(&imported.json).unwrap();
        assert_eq!(dir.entries[0].name_in(Lang::Tr), ("Dil kafe", Lang::Tr));
        assert_eq!(dir.entries[0].name_in(Lang::En), ("Taalcafé", Lang::Nl));
    }

    /// A translation column of a language the app does not have is never dropped
    /// silently: an error at its place in the header, the rest is imported.
    #[test]
    fn an_unknown_language_in_a_column_is_an_error_at_the_header() {
        let csv = "naam,beschrijving,naam_de,beschrijving_TU,naam_nl,Naam_EN\nKoffie,Samen,Kaffee,x,y,Coffee\n";
        let imported = import(csv.as_bytes(), today(), StaffLang::Nl);
        assert!(imported.has_errors());
        assert_eq!(imported.entries, 1);
        let errors: Vec<(&str, &str)> = imported
            .notes
            .iter()
            .filter(|n| n.error)
            .map(|n| (n.place.as_str(), n.message.as_str()))
            .collect();
        assert_eq!(
            errors,
            [
                ("regel 1, kolom 3", "kolom `naam_de`: \"de\" is geen taal van de app (kies uit en, tr, ar, pl, uk); deze kolom wordt niet overgenomen"),
                ("regel 1, kolom 4", "kolom `beschrijving_tu`: \"tu\" is geen taal van de app (kies uit en, tr, ar, pl, uk); deze kolom wordt niet overgenomen — bedoelt u `beschrijving_tr`?"),
                ("regel 1, kolom 5", "kolom `naam_nl`: het Nederlands staat in `naam` zelf; deze kolom wordt niet overgenomen"),
            ]
        );
        // A column name in capitals is the same column.
        let v: serde_json::Value = serde_json::from_str(&imported.json).unwrap();
        assert_eq!(v["entries"][0]["translations"]["en"]["name"], "Coffee");
        assert_eq!(
            v["entries"][0]["translations"].as_object().unwrap().len(),
            1
        );
        // In English, and a near miss of a column is a hint.
        let imported = import(
            b"naam,beschrijving,naam_xx,naam-tr\nKoffie,Samen,x,y\n",
            today(),
            StaffLang::En,
        );
        assert!(imported.notes.iter().any(|n| n.error
            && n.place == "line 1, column 3"
            && n.message
                .starts_with("column `naam_xx`: \"xx\" is not a language of the app")));
        assert!(imported.notes.iter().any(|n| !n.error
            && n.message == "unknown column `naam-tr` is skipped — did you mean `naam_tr`?"));
    }

    #[test]
    fn columns_map_to_the_validator_paths() {
        assert_eq!(
            column_for("translations.tr.name", StaffLang::Nl),
            "kolom naam_tr"
        );
        assert_eq!(
            column_for("translations.en.description", StaffLang::En),
            "column beschrijving_en"
        );
        assert_eq!(
            column_for("schedules[0].closes_at", StaffLang::Nl),
            "kolom tot"
        );
        assert_eq!(
            column_for("location.postcode", StaffLang::Nl),
            "kolom postcode"
        );
        assert_eq!(column_for("needs[1]", StaffLang::Nl), "kolom behoeften");
        assert_eq!(
            column_for("contact.website", StaffLang::En),
            "column website"
        );
    }

    /// Issue 15: an unclosed quote swallowed every following row into one
    /// description, and the run reported success.
    #[test]
    fn an_unclosed_quote_is_reported_by_line_and_the_rows_after_it_are_read() {
        let csv = include_str!("../tests/fixtures/unclosed-quote.csv");
        let imported = import(csv.as_bytes(), today(), StaffLang::Nl);
        assert!(imported.has_errors());
        assert!(
            imported.notes.iter().any(|n| n.error
                && n.place == "regel 2, kolom beschrijving"
                && n.message.contains("niet gesloten")
                && n.message.contains("regels 3 t/m 4")),
            "{:#?}",
            imported.notes
        );
        assert_eq!((imported.entries, imported.left_out), (2, 1));
        let v: serde_json::Value = serde_json::from_str(&imported.json).unwrap();
        assert_eq!(v["entries"][0]["name"], "Bingo");
        assert_eq!(v["entries"][1]["name"], "Kaarten");
        // To the end of the file, in a file of two columns.
        let imported = import(
            b"naam,beschrijving\nA,\"open\nB,b\nC,c\n",
            today(),
            StaffLang::En,
        );
        assert!(
            imported
                .notes
                .iter()
                .any(|n| n.error && n.place == "line 2, column beschrijving"),
            "{:#?}",
            imported.notes
        );
        assert_eq!(imported.entries, 2, "{:#?}", imported.notes);
        // A real cell over two lines stays one cell.
        let imported = import(
            b"naam;beschrijving;behoeften;gratis;laatst_gecontroleerd\nA;\"regel een\nregel twee\";sport;ja;2026-11-01\n",
            today(),
            StaffLang::Nl,
        );
        assert_eq!(imported.notes, vec![]);
        assert_eq!(imported.entries, 1);
    }

    /// Issue 15: a JSON file gave a warning per "column" (220,000 lines); an empty
    /// file was an error at "kolom 0".
    #[test]
    fn input_that_is_no_spreadsheet_is_refused_with_one_message() {
        for (text, expected) in [
            (&b""[..], "het bestand is leeg"),
            (b"\xEF\xBB\xBF \n", "het bestand is leeg"),
            (
                b"[{\"id\": 1, \"name\": \"x\", \"a\": 2}]",
                "dit is een JSON-bestand",
            ),
            (b"{\"schema_version\": 1}", "dit is een JSON-bestand"),
            (b"a;b;c;d\n1;2;3;4\n", "geen enkele bekende kolom"),
        ] {
            let imported = import(text, today(), StaffLang::Nl);
            assert_eq!(imported.notes.len(), 1, "{:#?}", imported.notes);
            assert!(imported.notes[0].error && imported.notes[0].message.contains(expected));
            assert!(!imported.notes[0].place.contains("kolom 0"));
        }
        let imported = import(b"", today(), StaffLang::En);
        assert_eq!(imported.notes[0].message, "the file is empty");
    }

    /// Issue 15: `--lang en` was accepted and the messages stayed Dutch.
    #[test]
    fn messages_speak_english_when_asked() {
        let csv = include_str!("../tests/fixtures/bad.csv");
        let imported = import(csv.as_bytes(), today(), StaffLang::En);
        assert!(imported
            .notes
            .iter()
            .any(|n| n.place == "line 3, column gratis"
                && n.message == "\"misschien\" is not yes or no (row not imported)"));
        for n in &imported.notes {
            for dutch in ["regel", "wordt", "niet over", "kies uit"] {
                assert!(
                    !n.message.contains(dutch) && !n.place.contains(dutch),
                    "{n:?}"
                );
            }
        }
    }

    /// The validator sees 1,000 entries at a time: a problem past the first slice is
    /// still told at its own row.
    #[test]
    fn problems_after_the_first_thousand_rows_keep_their_line() {
        let mut csv =
            String::from("naam;beschrijving;behoeften;gratis;dagen;van;tot;laatst_gecontroleerd\n");
        for i in 0..1500 {
            let closes = if i == 1234 { "09:00" } else { "12:00" };
            csv.push_str(&format!("A{i};B;sport;ja;di;10:00;{closes};2026-11-01\n"));
        }
        let imported = import(csv.as_bytes(), today(), StaffLang::Nl);
        assert_eq!((imported.entries, imported.left_out), (1499, 1));
        assert_eq!(imported.notes.len(), 1, "{:#?}", imported.notes);
        assert_eq!(imported.notes[0].place, "regel 1236, kolom tot");
    }
}
