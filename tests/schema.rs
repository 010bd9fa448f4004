//! `schemas/record.schema.json` is the contract of one JSON Lines record
//! (SPEC §3): every line chitieu writes for the fixtures must validate, and
//! records that break the contract must not.

mod common;

use common::{stdout_of, FIXTURES};
use jsonschema::Validator;
use serde_json::{json, Value};

fn validator() -> Validator {
    let text = std::fs::read_to_string(common::path("schemas/record.schema.json"))
        .expect("schemas/record.schema.json is readable");
    let schema: Value = serde_json::from_str(&text).expect("the schema is JSON");
    assert_eq!(
        schema["$schema"], "https://json-schema.org/draft/2020-12/schema",
        "the schema declares draft 2020-12"
    );
    // Building also checks the schema against the draft's meta-schema.
    jsonschema::draft202012::new(&schema).expect("the schema is a valid 2020-12 schema")
}

/// The errors of one instance, one line each.
fn errors(v: &Validator, instance: &Value) -> Vec<String> {
    v.iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect()
}

/// The Thanh Xuân mismatch as chitieu writes it: a record that must pass.
fn good() -> Value {
    json!({
        "doc": "fixtures/thanh-xuan-2016.txt", "line": 19, "start": 2419, "end": 2451,
        "unit": "LĐLĐ quận Thanh Xuân", "year": 2016, "metric": "đoàn viên",
        "subject": "đoàn viên", "achieved": 2134, "target": 1800, "percent": 128.56,
        "computed_percent": 118.56, "qualifier": "", "kind": "actual", "measure": "count",
        "basis": "target", "check": "mismatch",
        "note": "2134/1800 = 118.56%, text says 128.56%",
        "quote": "kết nạp được 2134/1800 đoàn viên (đạt 128,56%)"
    })
}

#[test]
fn every_record_of_every_fixture_validates() {
    let v = validator();
    let args: Vec<&str> = [&["extract", "--format", "jsonl"][..], &FIXTURES[..]].concat();
    let out = stdout_of(&args);
    let mut n = 0;
    for (i, line) in out.lines().enumerate() {
        let rec: Value = serde_json::from_str(line)
            .unwrap_or_else(|e| panic!("line {}: not JSON ({e}): {line}", i + 1));
        let errs = errors(&v, &rec);
        assert!(errs.is_empty(), "line {}: {errs:#?}\n{line}", i + 1);
        // What a schema cannot say: the claim's span is not empty.
        let (start, end) = (rec["start"].as_u64(), rec["end"].as_u64());
        assert!(start < end, "line {}: start {start:?} ≥ end {end:?}", i + 1);
        n += 1;
    }
    assert!(n >= FIXTURES.len(), "records from the fixtures: {n}");
}

#[test]
fn stdin_records_validate_too() {
    let text = "LĐLĐ quận Thanh Xuân: kết nạp được 2134/1800 đoàn viên (đạt 128,56%).\n";
    let out = common::chitieu(["extract", "--format", "jsonl"])
        .write_stdin(text)
        .assert()
        .success();
    let out = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let v = validator();
    let rec: Value = serde_json::from_str(out.lines().next().expect("one record")).unwrap();
    assert_eq!(errors(&v, &rec), Vec::<String>::new());
    assert_eq!(rec["doc"], "-");
}

#[test]
fn the_worked_example_validates() {
    assert_eq!(errors(&validator(), &good()), Vec::<String>::new());
}

#[test]
fn records_that_break_the_contract_are_rejected() {
    let v = validator();
    let bad = |what: &str, change: &dyn Fn(&mut Value)| {
        let mut rec = good();
        change(&mut rec);
        assert!(!v.is_valid(&rec), "the schema accepts {what}: {rec}");
    };
    bad("a missing key", &|r| {
        r.as_object_mut().unwrap().remove("target");
    });
    bad("an extra key", &|r| r["confidence"] = json!(0.9));
    bad("a number written as text", &|r| {
        r["achieved"] = json!("2134")
    });
    bad("a Vietnamese-style number", &|r| {
        r["percent"] = json!("128,56")
    });
    bad("an unknown check", &|r| r["check"] = json!("error"));
    bad("an unknown qualifier", &|r| r["qualifier"] = json!("gần"));
    bad("an unknown measure", &|r| r["measure"] = json!("vnd"));
    bad("a line 0", &|r| r["line"] = json!(0));
    bad("a fractional offset", &|r| r["start"] = json!(1.5));
    bad("an empty quote", &|r| r["quote"] = json!(""));
    bad("an empty unit instead of null", &|r| r["unit"] = json!(""));
    bad("a year that is text", &|r| r["year"] = json!("2016"));
    bad("a note on two lines", &|r| r["note"] = json!("a\nb"));
    bad("a computed percent without a target", &|r| {
        r["target"] = Value::Null;
    });
    bad("a percent without a basis", &|r| r["basis"] = json!(""));
    bad("a basis without a percent", &|r| {
        r["percent"] = Value::Null;
        r["computed_percent"] = Value::Null;
        r["check"] = json!("unchecked");
    });
    bad("a checked plan", &|r| r["kind"] = json!("plan"));
    bad("a checked percent of change", &|r| {
        r["basis"] = json!("change")
    });
    bad("a mismatch without a note", &|r| r["note"] = Value::Null);
    bad("a percent-only record with an achieved value", &|r| {
        r["measure"] = json!("percent");
    });
}

#[test]
fn missing_values_may_be_null() {
    // `10.493 đoàn viên`: no target, percent, basis or note.
    let mut rec = good();
    for k in [
        "target",
        "percent",
        "computed_percent",
        "note",
        "unit",
        "year",
    ] {
        rec[k] = Value::Null;
    }
    rec["achieved"] = json!(10493);
    rec["basis"] = json!("");
    rec["check"] = json!("unchecked");
    assert_eq!(errors(&validator(), &rec), Vec::<String>::new());
}
