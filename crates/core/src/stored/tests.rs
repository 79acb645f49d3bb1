use serde::{Deserialize, Serialize};

use super::*;

/// What the app wrote with serde_json before (src/self_check.rs): the shape to keep.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct SerdeSaved {
    instrument: String,
    answers: Answers,
    what_helps: WhatHelps,
}

fn from_value(value: &serde_json::Value) -> Json {
    use serde_json::Value;
    match value {
        Value::Null => Json::Null,
        Value::Bool(b) => Json::Bool(*b),
        Value::Number(n) => Json::Number(n.as_f64().unwrap()),
        Value::String(s) => Json::String(s.clone()),
        Value::Array(items) => Json::Array(items.iter().map(from_value).collect()),
        Value::Object(fields) => Json::Object(
            fields
                .iter()
                .map(|(k, v)| (k.clone(), from_value(v)))
                .collect(),
        ),
    }
}

fn to_value(json: &Json) -> serde_json::Value {
    use serde_json::Value;
    match json {
        Json::Null => Value::Null,
        Json::Bool(b) => Value::Bool(*b),
        Json::Number(n) => serde_json::json!(*n as u64),
        Json::String(s) => Value::String(s.clone()),
        Json::Array(items) => Value::Array(items.iter().map(to_value).collect()),
        Json::Object(fields) => Value::Object(
            fields
                .iter()
                .map(|(k, v)| (k.clone(), to_value(v)))
                .collect(),
        ),
    }
}

fn full() -> Saved {
    let mut answers = Answers::default();
    answers.set(0, Some(2));
    answers.set(2, Some(0));
    answers.set(10, None);
    Saved {
        instrument: "djg11".into(),
        answers,
        what_helps: WhatHelps {
            needs: Need::ALL.into_iter().collect(),
            age_group: Some(AgeGroup::From65),
            municipality: Some("velsen".into()),
            postcode: "1971 AB".into(),
            wheelchair_accessible: true,
            moments: Moment::ALL.into_iter().collect(),
            free_only: true,
            barriers: Barrier::ALL.into_iter().collect(),
        },
    }
}

#[test]
fn writes_what_serde_wrote() {
    let saved = full();
    let ours = to_value(&saved.to_json());
    let serde = serde_json::to_value(SerdeSaved {
        instrument: saved.instrument.clone(),
        answers: saved.answers.clone(),
        what_helps: saved.what_helps.clone(),
    })
    .unwrap();
    assert_eq!(ours, serde);
}

#[test]
fn reads_what_serde_wrote_for_every_value() {
    for age in AgeGroup::ALL.into_iter().map(Some).chain([None]) {
        let mut saved = full();
        saved.what_helps.age_group = age;
        for moment in Moment::ALL {
            saved.what_helps.moments = [moment].into();
            let text = serde_json::to_string(&SerdeSaved {
                instrument: saved.instrument.clone(),
                answers: saved.answers.clone(),
                what_helps: saved.what_helps.clone(),
            })
            .unwrap();
            let json = from_value(&serde_json::from_str(&text).unwrap());
            assert_eq!(Saved::from_json(&json), Some(saved.clone()), "{text}");
        }
    }
    for barrier in Barrier::ALL {
        let mut saved = full();
        saved.what_helps.barriers = [barrier].into();
        let text = serde_json::to_string(&SerdeSaved {
            instrument: saved.instrument.clone(),
            answers: saved.answers.clone(),
            what_helps: saved.what_helps.clone(),
        })
        .unwrap();
        let json = from_value(&serde_json::from_str(&text).unwrap());
        assert_eq!(Saved::from_json(&json), Some(saved.clone()), "{text}");
        assert!(text.contains(&format!("\"barriers\":[\"{}\"]", barrier.slug())));
    }
    for need in Need::ALL {
        let mut saved = full();
        saved.what_helps.needs = [need].into();
        let json = from_value(&serde_json::to_value(&saved.what_helps.needs).unwrap());
        assert_eq!(json, Json::Array(vec![Json::String(need.slug().into())]));
    }
}

#[test]
fn what_helps_is_read_leniently_as_serde_default_did() {
    let text =
        r#"{"instrument":"djg6","answers":[1,null],"what_helps":{"needs":["meet","flying"]}}"#;
    let json = from_value(&serde_json::from_str(text).unwrap());
    let saved = Saved::from_json(&json).unwrap();
    assert_eq!(saved.instrument, "djg6");
    assert_eq!(saved.answers.get(0), Some(1));
    assert_eq!(saved.answers.len(), 2);
    assert_eq!(saved.what_helps.needs, [Need::Meet].into());
    assert_eq!(saved.what_helps.postcode, "");
    // Without what_helps at all, too.
    let json = from_value(&serde_json::json!({"instrument": "djg6", "answers": []}));
    assert_eq!(
        Saved::from_json(&json).unwrap().what_helps,
        WhatHelps::default()
    );
}

#[test]
fn barriers_are_optional_and_unknown_ones_are_passed_over() {
    // Saved before barriers existed: the set is empty, the rest reads as before.
    let text =
        r#"{"instrument":"djg6","answers":[],"what_helps":{"needs":["meet"],"free_only":true}}"#;
    let json = from_value(&serde_json::from_str(text).unwrap());
    let saved = Saved::from_json(&json).unwrap();
    assert!(saved.what_helps.barriers.is_empty());
    assert!(saved.what_helps.free_only);
    // serde reads the same text to the same value.
    let serde: SerdeSaved = serde_json::from_str(text).unwrap();
    assert_eq!(serde.what_helps, saved.what_helps);
    let text = r#"{"instrument":"djg6","answers":[],"what_helps":{"barriers":["stairs","flying",3,"cost"]}}"#;
    let json = from_value(&serde_json::from_str(text).unwrap());
    assert_eq!(
        Saved::from_json(&json).unwrap().what_helps.barriers,
        [Barrier::Stairs, Barrier::Cost].into()
    );
}

#[test]
fn refuses_what_is_not_saved_answers() {
    for text in [
        r#"null"#,
        r#"[]"#,
        r#"{"answers":[]}"#,
        r#"{"instrument":"djg11"}"#,
        r#"{"instrument":"djg11","answers":"1,2"}"#,
        r#"{"instrument":"djg11","answers":[-1]}"#,
        r#"{"instrument":"djg11","answers":[1.5]}"#,
        r#"{"instrument":"djg11","answers":["ja"]}"#,
    ] {
        let json = from_value(&serde_json::from_str(text).unwrap());
        assert_eq!(Saved::from_json(&json), None, "{text}");
    }
}

#[test]
fn shortlist_and_settings() {
    let ids = vec!["velsen-belbus".to_owned(), "de-luisterlijn".to_owned()];
    let json = shortlist_to_json(&ids);
    assert_eq!(to_value(&json), serde_json::to_value(&ids).unwrap());
    assert_eq!(shortlist_from_json(&json), Some(ids));
    assert_eq!(
        shortlist_from_json(&from_value(&serde_json::json!(["a", 3, "b"]))),
        Some(vec!["a".into(), "b".into()])
    );
    assert_eq!(shortlist_from_json(&Json::Null), None);
    let config = from_value(&serde_json::json!({"instrument": "djg6", "note": "x"}));
    assert_eq!(configured_instrument(&config), Some("djg6"));
    assert_eq!(configured_instrument(&Json::Object(vec![])), None);
}
