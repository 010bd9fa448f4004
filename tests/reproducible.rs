//! Reproducible output (issue 16): the same input gives the same bytes in
//! every format, so an audit's outputs can be snapshot-tested and diffed.
//! Each format is written twice from the fixtures and compared byte for
//! byte; the xlsx, the one format that records a time, is also held to
//! the time it must carry (fixed, or `SOURCE_DATE_EPOCH`), since two runs
//! within the same second would agree even if it carried the clock's.

mod common;

use std::io::Read;
use std::path::Path;

use common::chitieu;

/// Every output of the fixtures, as (name, bytes), from one run of each
/// command; files go into `dir`. `epoch` is `SOURCE_DATE_EPOCH`.
fn outputs(dir: &Path, epoch: Option<&str>) -> Vec<(&'static str, Vec<u8>)> {
    let run = |args: &[&str]| {
        let mut cmd = chitieu(args);
        cmd.env_remove("SOURCE_DATE_EPOCH");
        if let Some(e) = epoch {
            cmd.env("SOURCE_DATE_EPOCH", e);
        }
        cmd.assert().success().get_output().stdout.clone()
    };
    let xlsx = dir.join("claims.xlsx");
    let html = dir.join("audit.html");
    run(&["extract", "--format", "xlsx", "-o", path(&xlsx), "fixtures"]);
    // `check` exits 1 on the fixtures' mismatch: run it by hand.
    let mut check = chitieu(["check", "--all", "fixtures"]);
    let check = check.output().unwrap().stdout;
    run(&["report", "fixtures", "-o", path(&html)]);
    vec![
        ("csv", run(&["extract", "fixtures"])),
        ("excel csv", run(&["extract", "--excel", "fixtures"])),
        ("jsonl", run(&["extract", "--format", "jsonl", "fixtures"])),
        ("xlsx", std::fs::read(&xlsx).unwrap()),
        ("html report", std::fs::read(&html).unwrap()),
        ("check", check),
    ]
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// The `docProps/core.xml` of an xlsx: where its times are.
fn core_xml(xlsx: &[u8]) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(xlsx)).unwrap();
    let mut s = String::new();
    zip.by_name("docProps/core.xml")
        .unwrap()
        .read_to_string(&mut s)
        .unwrap();
    s
}

fn xlsx_of(outputs: &[(&str, Vec<u8>)]) -> Vec<u8> {
    outputs
        .iter()
        .find(|(n, _)| *n == "xlsx")
        .unwrap()
        .1
        .clone()
}

#[test]
fn two_runs_give_byte_identical_output_in_every_format() {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let first = outputs(a.path(), None);
    let second = outputs(b.path(), None);
    for ((name, x), (_, y)) in first.iter().zip(&second) {
        assert!(!x.is_empty(), "{name} is empty");
        assert!(x == y, "{name}: two runs differ");
    }
    // The workbook carries the fixed time, not the time of the run.
    let core = core_xml(&xlsx_of(&first));
    assert!(
        core.contains(">1980-01-01T00:00:00Z</dcterms:created>"),
        "{core}"
    );
}

#[test]
fn xlsx_takes_its_time_from_source_date_epoch() {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    // 2026-11-24 00:00:00 UTC.
    let first = xlsx_of(&outputs(a.path(), Some("1795478400")));
    let second = xlsx_of(&outputs(b.path(), Some("1795478400")));
    assert!(
        first == second,
        "two runs with one SOURCE_DATE_EPOCH differ"
    );
    let core = core_xml(&first);
    assert!(
        core.contains(">2026-11-24T00:00:00Z</dcterms:created>"),
        "{core}"
    );
    assert!(
        core.contains(">2026-11-24T00:00:00Z</dcterms:modified>"),
        "{core}"
    );
}

#[test]
fn a_malformed_source_date_epoch_is_an_error_not_a_made_up_time() {
    let dir = tempfile::tempdir().unwrap();
    let xlsx = dir.path().join("claims.xlsx");
    chitieu(["extract", "--format", "xlsx", "-o", path(&xlsx), "fixtures"])
        .env("SOURCE_DATE_EPOCH", "last tuesday")
        .assert()
        .failure()
        .stderr(predicates::str::contains("SOURCE_DATE_EPOCH"));
}
