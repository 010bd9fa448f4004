//! The `chitieu extract` command line, run as a user runs it (SPEC §4):
//! folders, several files and stdin as inputs, the CSV header and JSON
//! Lines keys of SPEC §3, one error line per failed input, exit statuses.

mod common;

use common::{as_cell, chitieu, csv_rows, jsonl_rows, stdout_of, COLUMNS, FIXTURES};
use predicates::prelude::*;

const THANH_XUAN: &str = "fixtures/thanh-xuan-2016.txt";
const SOC_SON: &str = "fixtures/soc-son-2020.txt";

/// The `doc` column of every row of CSV output.
fn docs(csv: &str) -> Vec<String> {
    csv_rows(csv).1.into_iter().map(|r| r[0].clone()).collect()
}

/// The rows without their `doc` cell.
fn without_doc(csv: &str) -> Vec<Vec<String>> {
    csv_rows(csv)
        .1
        .into_iter()
        .map(|r| r[1..].to_vec())
        .collect()
}

#[test]
fn csv_header_is_exactly_the_spec_columns() {
    let out = stdout_of(&["extract", THANH_XUAN]);
    let first = out.lines().next().unwrap_or_default();
    assert_eq!(first, COLUMNS.join(","));
    assert!(!out.starts_with('\u{feff}'), "no BOM unless --excel");
    assert!(!out.contains('\r'), "lines end in \\n only");
}

#[test]
fn the_thanh_xuan_mismatch_is_found() {
    // `kết nạp được 2134/1800 đoàn viên (đạt 128,56%)`: 118.56 %, not 128.56 %.
    let out = stdout_of(&["extract", THANH_XUAN]);
    let (_, rows) = csv_rows(&out);
    let col = |name: &str| COLUMNS.iter().position(|c| *c == name).unwrap();
    let row = rows
        .iter()
        .find(|r| r[col("achieved")] == "2134")
        .expect("a record for 2134/1800");
    assert_eq!(row[col("target")], "1800");
    assert_eq!(row[col("percent")], "128.56");
    assert_eq!(row[col("computed_percent")], "118.56");
    assert_eq!(row[col("check")], "mismatch");
}

#[test]
fn a_folder_gives_every_file_in_sorted_order() {
    let out = stdout_of(&["extract", "fixtures"]);
    let mut seen: Vec<String> = docs(&out);
    seen.dedup();
    assert_eq!(seen, FIXTURES, "each fixture once, sorted by path");
    // The folder is the same as naming its files one by one.
    let files = stdout_of(&[&["extract"][..], &FIXTURES[..]].concat());
    assert_eq!(out, files);
}

#[test]
fn several_files_keep_the_order_they_were_given() {
    let out = stdout_of(&["extract", THANH_XUAN, SOC_SON]);
    let mut seen = docs(&out);
    seen.dedup();
    assert_eq!(seen, [THANH_XUAN, SOC_SON]);
    // Exactly one header, then each file's records as on its own.
    assert_eq!(out.matches("doc,line,start").count(), 1);
    let alone = |p: &str| without_doc(&stdout_of(&["extract", p]));
    let mut expected = alone(THANH_XUAN);
    expected.extend(alone(SOC_SON));
    assert_eq!(without_doc(&out), expected);
}

#[test]
fn stdin_as_dash_and_as_no_path_gives_the_file_records_named_dash() {
    let text = std::fs::read_to_string(common::path(THANH_XUAN)).unwrap();
    let from_file = stdout_of(&["extract", THANH_XUAN]);
    for args in [&["extract", "-"][..], &["extract"][..]] {
        let out = chitieu(args).write_stdin(text.clone()).assert().success();
        let out = String::from_utf8(out.get_output().stdout.clone()).unwrap();
        assert!(!docs(&out).is_empty(), "{args:?}: records from stdin");
        assert!(docs(&out).iter().all(|d| d == "-"), "{args:?}: doc is `-`");
        assert_eq!(without_doc(&out), without_doc(&from_file), "{args:?}");
    }
}

#[test]
fn jsonl_keys_are_the_spec_columns_in_order_with_nulls() {
    let out = stdout_of(&["extract", "--format", "jsonl", THANH_XUAN]);
    let rows = jsonl_rows(&out);
    assert!(!rows.is_empty());
    for row in &rows {
        let keys: Vec<&str> = row.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, COLUMNS);
    }
    // `10.493 đoàn viên` has no target: the key is there, as null.
    let count = rows
        .iter()
        .find(|r| r[8].1 == serde_json::json!(10493))
        .expect("a record for 10.493 đoàn viên");
    assert_eq!(count[9], ("target".to_string(), serde_json::Value::Null));
    // Whole numbers are written without `.0` (SPEC §3).
    assert!(!out.contains("10493.0"));
}

#[test]
fn jsonl_and_csv_carry_the_same_records() {
    let args: Vec<&str> = [&["extract"][..], &FIXTURES[..]].concat();
    let csv = stdout_of(&args);
    let jsonl = stdout_of(&[&args[..], &["--format", "jsonl"][..]].concat());
    let (_, csv) = csv_rows(&csv);
    let json: Vec<Vec<String>> = jsonl_rows(&jsonl)
        .iter()
        .map(|r| r.iter().map(|(_, v)| as_cell(v)).collect())
        .collect();
    assert_eq!(csv.len(), json.len());
    for (c, j) in csv.iter().zip(&json) {
        assert_eq!(c, j);
    }
    // `--format csv` is the default.
    let explicit = stdout_of(&[&args[..], &["--format", "csv"][..]].concat());
    assert_eq!(explicit, stdout_of(&args));
}

#[test]
fn a_missing_path_is_one_stderr_line_and_the_rest_is_still_written() {
    let missing = "fixtures/no-such-article.txt";
    let out = chitieu(["extract", THANH_XUAN, missing, SOC_SON])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(missing));
    let out = out.get_output();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
    let stdout = String::from_utf8(out.stdout.clone()).unwrap();
    let mut seen = docs(&stdout);
    seen.dedup();
    assert_eq!(seen, [THANH_XUAN, SOC_SON], "the other inputs are written");
    assert!(
        !stdout.contains("no-such-article"),
        "stdout carries only data"
    );
}

#[test]
fn undecodable_bytes_are_reported_or_decoded_never_a_crash() {
    // Bytes that are no UTF-8 (a UTF-16 BOM and lone surrogates): whether a
    // decoder takes them or not, the result is records or one clear line
    // naming the file, never a panic.
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.txt");
    std::fs::write(&bad, [0xff, 0xfe, 0x00, 0xd8, 0x00, 0xdc]).unwrap();
    let out = chitieu(["extract".as_ref(), bad.as_os_str()])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    match out.status.code() {
        Some(0) => assert!(stderr.is_empty(), "{stderr}"),
        Some(1) => {
            assert_eq!(stderr.lines().count(), 1, "{stderr}");
            assert!(stderr.contains("bad.txt"), "{stderr}");
        }
        other => panic!("exit status {other:?}: {stderr}"),
    }
}

#[test]
fn bad_usage_exits_2() {
    chitieu(["extract", "--no-such-flag", THANH_XUAN])
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty());
    chitieu(["extract", "--format", "xml", THANH_XUAN])
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty());
    chitieu(["no-such-command"]).assert().code(2);
}

#[test]
fn an_empty_input_gives_only_the_header() {
    let out = chitieu(["extract", "-"]).write_stdin("").assert().success();
    let out = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert_eq!(out, format!("{}\n", COLUMNS.join(",")));
}

#[test]
fn the_readme_shows_the_real_thanh_xuan_row() {
    // The worked example of README.md is the tool's output, not a sketch:
    // when the extraction changes this row, the README must change with it.
    let readme = std::fs::read_to_string(common::path("README.md")).unwrap();
    let out = stdout_of(&["extract", THANH_XUAN]);
    let row = out
        .lines()
        .find(|l| l.contains(",2134,1800,"))
        .expect("the 2134/1800 row");
    assert!(
        readme.contains(row),
        "README.md lacks the current row:\n{row}"
    );
    let header = out.lines().next().unwrap();
    assert!(readme.contains(header));
    let jsonl = stdout_of(&["extract", "--format", "jsonl", THANH_XUAN]);
    let line = jsonl
        .lines()
        .find(|l| l.contains("\"achieved\":2134,"))
        .expect("the 2134/1800 JSON line");
    let rec: serde_json::Value = serde_json::from_str(line).unwrap();
    let shown = readme
        .split("```json\n")
        .nth(1)
        .and_then(|s| s.split("```").next())
        .expect("a JSON block in README.md");
    let shown: serde_json::Value = serde_json::from_str(shown).unwrap();
    assert_eq!(
        shown, rec,
        "README.md's JSON example is not the current output"
    );
}

/// Every record of every fixture with the NFC text it was extracted from.
fn fixture_records() -> Vec<(String, chitieu::Record)> {
    let mut out = Vec::new();
    for f in FIXTURES {
        let raw = std::fs::read_to_string(common::path(f)).unwrap();
        let doc = chitieu::Document::new(f, &raw);
        for r in chitieu::extract(&doc, &chitieu::Options::default()) {
            out.push((doc.text.clone(), r));
        }
    }
    out
}

/// The characters `start..end` of `text`.
fn span(text: &str, r: &chitieu::Record) -> String {
    text.chars().skip(r.start).take(r.end - r.start).collect()
}

#[test]
fn offsets_point_at_the_figures_on_their_line() {
    // SPEC §3: `start` is the character offset of the claim's first figure,
    // `line` the 1-based line of that character.
    for (text, r) in fixture_records() {
        let s = span(&text, &r);
        assert!(
            s.starts_with(|c: char| c.is_ascii_digit()),
            "{s:?} in {r:?}"
        );
        let line = 1 + text.chars().take(r.start).filter(|&c| c == '\n').count();
        assert_eq!(line, r.line, "{s:?}");
    }
}

#[test]
fn the_figures_lie_inside_the_quote_and_money_ends_at_its_currency_word() {
    for (text, r) in fixture_records() {
        let s = span(&text, &r);
        assert!(r.quote.contains(&s), "{s:?} not in {:?}", r.quote);
        assert!(
            !s.ends_with(|c: char| c.is_whitespace() || ",;:.".contains(c)),
            "{s:?} ends in punctuation"
        );
        if r.measure == chitieu::record::Measure::Vnd {
            let last = s.split_whitespace().last().unwrap_or_default();
            assert!(
                ["đồng", "VNĐ", "VND", "đ"].contains(&last),
                "money span {s:?} ends after its currency word"
            );
        }
    }
}

#[test]
fn page_furniture_is_cut_unless_all_text() {
    // After `Có thể bạn quan tâm` the Thanh Xuân page lists other articles:
    // `số tiền đạt 2.319.496 tỷ đồng` belongs to one of them.
    let cut = stdout_of(&["extract", THANH_XUAN]);
    assert!(!cut.contains("2.319.496"), "furniture gave records");
    let all = stdout_of(&["extract", "--all-text", THANH_XUAN]);
    assert!(all.contains("2.319.496"), "--all-text keeps the furniture");
    assert!(csv_rows(&all).1.len() > csv_rows(&cut).1.len());
}

#[test]
fn a_reader_that_goes_away_is_no_error() {
    // `chitieu extract … | head -1`: the broken pipe is a quiet exit 0.
    use std::io::{BufRead, BufReader};
    use std::process::{Command, Stdio};
    // Enough output to fill any pipe buffer: the fixtures, 40 times over.
    let args: Vec<&str> = std::iter::repeat_n(FIXTURES, 40).flatten().collect();
    let mut child = Command::new(env!("CARGO_BIN_EXE_chitieu"))
        .current_dir(common::root())
        .arg("extract")
        .args(&args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.starts_with("doc,line,start,end"));
    // The reader is dropped here: chitieu's next writes hit a closed pipe.
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.is_empty(), "{stderr}");
}

/// Figures past 2^53 were written `9100000000000000.0` and `1e+16` in
/// JSON Lines (SPEC §3: never) and with invented digits in CSV
/// (`18446744073709551616/1` → `18446744073709552000`). Now every digit of
/// the value held, and a note where it may differ from the text.
#[test]
fn figures_past_two_to_the_53_are_written_plainly() {
    let text = "Chi 9.100 nghìn tỷ đồng.\nChi 10.000 nghìn tỷ đồng.\n\
                Kết nạp 18446744073709551616/1 đoàn viên.\n";
    let run = |format: &str| {
        let out = assert_cmd::Command::cargo_bin("chitieu")
            .expect("binary")
            .args(["extract", "--format", format])
            .write_stdin(text)
            .output()
            .expect("runs");
        assert!(out.status.success());
        String::from_utf8(out.stdout).expect("UTF-8")
    };
    let jsonl = run("jsonl");
    for want in [
        "\"achieved\":9100000000000000,",
        "\"achieved\":10000000000000000,",
        "\"achieved\":18446744073709551616,",
    ] {
        assert!(jsonl.contains(want), "{want}: {jsonl}");
    }
    assert!(!jsonl.contains("e+") && !jsonl.contains("e1") && !jsonl.contains(".0,"));
    let csv = run("csv");
    assert!(csv.contains(",18446744073709551616,1,"), "{csv}");
    assert!(!csv.contains("18446744073709552000"), "{csv}");
    let rows = csv_rows(&csv).1;
    let note = COLUMNS.iter().position(|c| *c == "note").expect("note");
    assert!(rows[2][note].contains("2^53"), "{:?}", rows[2]);
    assert_eq!((rows[0][note].as_str(), rows[1][note].as_str()), ("", ""));
}
