//! The help texts, written out in Dutch (clap would write its own, in English): the
//! usage of every command, and one text per command for `<command> --help`. A test
//! (`tests.rs`) keeps them naming every option the definitions in `mod.rs` have.

/// The usage of every command: `--help`, no arguments, and after a wrong use.
pub const USAGE: &str = "\
Gebruik / usage:
  samenwijzer-data check <bestand.json> [--today JJJJ-MM-DD] [--lang nl|en] [--deny-warnings]
  samenwijzer-data import-csv <bestand.csv> [-o uit.json] [--today JJJJ-MM-DD] [--lang nl|en] [--deny-warnings]
  samenwijzer-data import-hsds <bestand.json|map> [-o uit.json] [--gemeente NAAM] [--today JJJJ-MM-DD] [--lang nl|en] [--deny-warnings]
  samenwijzer-data pack <bestand.json> -o <map> [--lang nl|en]
  samenwijzer-data report <bestand.json> [-o rapport.html] [--format html|csv|json] [--today JJJJ-MM-DD] [--lang nl|en]
  samenwijzer-data <opdracht> --help

check      controleert een activiteitenbestand en noemt elk probleem met regel en kolom.
import-csv maakt een activiteitenbestand van een spreadsheet (kolommen: zie docs/directory-format.md).
import-hsds maakt een activiteitenbestand van een Open Referral HSDS 3.0-export (JSON, of
           een map met CSV-bestanden en datapackage.json).
pack       schrijft het bestand als pakketten voor de app (alle.bin, landelijk.bin en
           één per gemeente) in <map>; de app laadt die sneller dan het JSON-bestand.
report     Aanbod in beeld: het aanbod per behoefte, gemeente, postcode, dag en moment,
           de gaten, en de items om na te kijken (een HTML-pagina, of CSV of JSON).

Exitcodes: 0 in orde (waarschuwingen mogen), 1 fouten in de gegevens,
           2 verkeerd gebruik of bestand niet te lezen.
";

const EXIT_CODES: &str = "\
Exitcodes: 0 in orde (waarschuwingen mogen), 1 fouten in de gegevens,
           2 verkeerd gebruik of bestand niet te lezen.
";

const TODAY: &str =
    "  --today JJJJ-MM-DD  reken alsof het die dag is (standaard vandaag; voor tests)\n";
const LANG: &str = "  --lang nl|en        meldingen in het Nederlands (standaard) of het Engels\n";
const DENY_WARNINGS: &str = "  --deny-warnings     ook bij waarschuwingen exitcode 1\n";

fn help(usage: &str, what: &str, options: &[&str]) -> String {
    format!(
        "Gebruik / usage:\n  samenwijzer-data {usage}\n\n{what}\n\n{}\n{EXIT_CODES}",
        options.concat()
    )
}

pub(super) fn check_help() -> String {
    help(
        "check <bestand.json> [--today JJJJ-MM-DD] [--lang nl|en] [--deny-warnings]",
        "Controleert een activiteitenbestand en noemt elk probleem met regel en kolom,\n\
         met een vaste code per soort probleem (zie docs/directory-format.md).",
        &[
            TODAY,
            "  --lang nl|en        meldingen in het Nederlands (standaard) of het Engels\n",
            DENY_WARNINGS,
        ],
    )
}

pub(super) fn import_csv_help() -> String {
    help(
        "import-csv <bestand.csv> [-o uit.json] [--today JJJJ-MM-DD] [--lang nl|en] [--deny-warnings]",
        "Maakt een activiteitenbestand van een spreadsheet (kolommen: zie\n\
         docs/directory-format.md). De rijen met fouten worden genoemd en overgeslagen.",
        &[
            "  -o, --output uit.json  schrijf het bestand hier (anders naar de uitvoer)\n",
            TODAY,
            LANG,
            DENY_WARNINGS,
        ],
    )
}

pub(super) fn import_hsds_help() -> String {
    help(
        "import-hsds <bestand.json|map> [-o uit.json] [--gemeente NAAM] [--today JJJJ-MM-DD] [--lang nl|en] [--deny-warnings]",
        "Maakt een activiteitenbestand van een Open Referral HSDS 3.0-export: een JSON-bestand\n\
         (services of organizations), of de tabelvorm: een map met CSV-bestanden\n\
         (services.csv, locations.csv, … en datapackage.json).",
        &[
            "  -o, --output uit.json  schrijf het bestand hier (anders naar de uitvoer)\n",
            "  --gemeente NAAM     de gemeente van elk item (anders uit het adres)\n",
            TODAY,
            LANG,
            DENY_WARNINGS,
        ],
    )
}

pub(super) fn pack_help() -> String {
    help(
        "pack <bestand.json> -o <map> [--lang nl|en]",
        "Schrijft het bestand als pakketten voor de app (alle.bin, landelijk.bin en één\n\
         per gemeente) in <map>; de app laadt die sneller dan het JSON-bestand.",
        &[
            "  -o, --output <map>  de map voor de pakketten (verplicht)\n",
            "  --lang nl|en        meldingen in het Nederlands (standaard) of het Engels\n",
        ],
    )
}

pub(super) fn report_help() -> String {
    help(
        "report <bestand.json> [-o rapport.html] [--format html|csv|json] [--today JJJJ-MM-DD] [--lang nl|en]",
        "\"Aanbod in beeld\": hoeveel actueel aanbod er is per behoefte en gemeente, per\n\
         postcodegebied, per dag en per moment (overdag, 's avonds, weekend), gratis,\n\
         rolstoeltoegankelijk en met een maatje; de gaten (een behoefte zonder aanbod in\n\
         een gemeente, of zonder aanbod 's avonds of in het weekend); en de items die lang\n\
         niet zijn gecontroleerd, geen vaste tijden of geen contact hebben, of binnen een\n\
         maand eindigen. De HTML-pagina is één bestand, zonder scripts, ook om te printen.",
        &[
            "  -o, --output rapport.html  schrijf het rapport hier (anders naar de uitvoer)\n",
            "  --format html|csv|json     een HTML-pagina (standaard), één CSV-tabel voor een\n\
             \x20                            spreadsheet (zie docs/directory-format.md), of JSON\n",
            TODAY,
            "  --lang nl|en        het rapport in het Nederlands (standaard) of het Engels\n",
        ],
    )
}
