//! Whatever the input, the tools answer and never panic.

use proptest::prelude::*;
use samenwijzer_core::schedule::Date;
use samenwijzer_core::StaffLang;
use samenwijzer_data::{check, csv_import, hsds_import};

fn today() -> Date {
    Date::new(2026, 11, 27).unwrap()
}

const HEADER: &str = "naam;beschrijving;behoeften;gratis;dagen;van;tot;geldig_van;om_de;lat;lon;postcode;straat;plaats;telefoon;website;leeftijd_min;leeftijd_max\n";

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn csv_import_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let imported = csv_import::import(&bytes, today(), StaffLang::Nl);
        prop_assert!(samenwijzer_core::directory::parse_directory(&imported.json).is_ok());
    }

    #[test]
    fn csv_rows_never_panic_and_output_passes(rows in r#"([a-z0-9 ,:;/.\-"é]{0,40}\n){0,6}"#) {
        let text = format!("{HEADER}{rows}");
        let imported = csv_import::import(text.as_bytes(), today(), StaffLang::En);
        let report = samenwijzer_core::directory::validate::validate(&imported.json, today());
        prop_assert!(!report.has_errors(), "{:#?}\n{}", report.problems, imported.json);
    }

    #[test]
    fn hsds_import_never_panics(text in ".{0,300}") {
        let imported = hsds_import::import(&text, &hsds_import::Options::default(), today());
        prop_assert!(samenwijzer_core::directory::parse_directory(&imported.json).is_ok());
    }

    #[test]
    fn hsds_like_json_never_panics_and_output_passes(
        text in r#"\[\{"name": "[a-z ]{0,8}", "(schedules|attributes|service_at_locations|cost_options|phones)": \[\{"(freq|byday|opens_at|location|amount|number|taxonomy_term)": ("[A-Z0-9:]{0,6}"|[0-9]{1,3}|\{\}|null)\}\]\}\]"#
    ) {
        let imported = hsds_import::import(&text, &hsds_import::Options::default(), today());
        let report = samenwijzer_core::directory::validate::validate(&imported.json, today());
        prop_assert!(!report.has_errors(), "{:#?}\n{}", report.problems, imported.json);
    }

    #[test]
    fn hsds_tabular_never_panics_and_output_passes(
        services in r#"id,name,organization_id,minimum_age\n([a-z0-9 ,"]{0,20}\n){0,4}"#,
        schedules in r#"id,service_id,freq,byday,opens_at,bymonthday\n([a-zA-Z0-9 ,:"]{0,24}\n){0,4}"#,
        locations in r#"id,latitude,longitude\n([a-z0-9 ,.\-]{0,16}\n){0,3}"#,
    ) {
        let files = vec![
            ("locations.csv".to_owned(), locations),
            ("schedules.csv".to_owned(), schedules),
            ("services.csv".to_owned(), services),
        ];
        let imported = hsds_import::import_tabular(&files, &hsds_import::Options::default(), today());
        let report = samenwijzer_core::directory::validate::validate(&imported.json, today());
        prop_assert!(!report.has_errors(), "{:#?}\n{}", report.problems, imported.json);
    }

    #[test]
    fn pack_never_panics(text in r#"\{"schema_version": 1, "entries": \[(\{"id": "[a-z]{1,3}", "name": "[a-z ]{0,5}", "description": "", "municipality": "[a-zA-Z ./-]{0,6}"\},? ?){0,4}\]\}|.{0,100}"#) {
        if let Ok(packed) = samenwijzer_data::pack::pack(&text, StaffLang::En) {
            let mut sizes = Vec::new();
            for i in 0..packed.files().count() {
                let bytes = packed.bytes(i);
                prop_assert!(samenwijzer_core::directory::pack::read_pack(&bytes).is_ok());
                sizes.push(bytes.len());
            }
            let out = samenwijzer_data::pack::report(&packed, &sizes, "x.json", "uit", StaffLang::Nl);
            prop_assert!(out.contains("pakketten"));
        }
    }

    #[test]
    fn report_never_panics(
        text in r#"\{"schema_version": 1, "entries": \[(\{"id": "[a-z]{1,3}", "name": "[a-z<&> ]{0,5}", "description": "", "municipality": "[a-z]{0,6}", "needs": \["(talk|meet|grief)"\], "status": "(active|temporarily_closed)", "schedules": \[\{"freq": "(WEEKLY|MONTHLY)", "byday": "(MO|SA|2TU|-1SU)", "opens_at": "[0-2][0-9]:00", "valid_to": "2026-1[0-2]-0[1-9]"\}\], "location": \{"street": "a", "postcode": "[0-9 A-Z]{0,7}", "city": "b"\}, "last_checked": "20[0-9]{2}-0[1-9]-1[0-9]"\},? ?){0,4}\]\}|.{0,100}"#,
        day in 0i64..800,
    ) {
        use samenwijzer_data::report::{report, Format};
        let today = today().add_days(day - 400);
        for (format, lang) in [(Format::Html, StaffLang::Nl), (Format::Csv, StaffLang::En), (Format::Json, StaffLang::Nl)] {
            if let Ok(written) = report(&text, "x.json", today, lang, format) {
                prop_assert!(!written.text.is_empty());
                if format == Format::Json {
                    prop_assert!(serde_json::from_str::<serde_json::Value>(&written.text).is_ok());
                }
                if format == Format::Html {
                    prop_assert!(!written.text.contains("<&"), "unescaped text in the page");
                }
            }
        }
    }

    #[test]
    fn check_never_panics(text in ".{0,300}") {
        let checked = check::check("x.json", &text, today(), StaffLang::Nl, true);
        prop_assert!(!checked.output.is_empty());
    }
}
