//! The spreadsheet outputs opened by a real spreadsheet: LibreOffice Calc,
//! headless. The `--excel` CSV is imported and saved as xlsx, our xlsx is
//! opened and saved as CSV; Vietnamese text and numbers must come through
//! intact, numbers as numbers.
//!
//! Needs `soffice` (Debian: `libreoffice-calc`, installed by `.ci/run`).
//! Skipped only when `CHITIEU_SKIP_LIBREOFFICE` is set to a non-empty value;
//! without LibreOffice and without that variable the tests fail.

use std::path::{Path, PathBuf};
use std::process::Command as Process;

use assert_cmd::Command;
use calamine::{open_workbook, Data, Reader, Xlsx};

const FIXTURES: &str = "fixtures";
/// Number columns of SPEC §3.
const NUMBER_COLUMNS: [&str; 8] = [
    "line",
    "start",
    "end",
    "year",
    "achieved",
    "target",
    "percent",
    "computed_percent",
];

/// `None` when the user asked to skip; panics when LibreOffice is missing.
fn soffice() -> Option<&'static str> {
    if std::env::var("CHITIEU_SKIP_LIBREOFFICE").is_ok_and(|v| !v.is_empty()) {
        eprintln!("skipped: CHITIEU_SKIP_LIBREOFFICE is set");
        return None;
    }
    let found = Process::new("soffice")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        found,
        "soffice not found: `apt-get install -y libreoffice-calc`, \
         or set CHITIEU_SKIP_LIBREOFFICE=1 to skip"
    );
    Some("soffice")
}

/// Converts `input` with LibreOffice into `dir` and returns the new file.
/// Each call has its own profile, so parallel tests do not collide.
fn convert(soffice: &str, input: &Path, infilter: Option<&str>, to: &str, dir: &Path) -> PathBuf {
    let profile = dir.join("profile");
    let mut cmd = Process::new(soffice);
    cmd.arg(format!(
        "-env:UserInstallation=file://{}",
        profile.display()
    ))
    .arg("--headless");
    if let Some(f) = infilter {
        cmd.arg(format!("--infilter={f}"));
    }
    let out = cmd
        .args(["--convert-to", to, "--outdir"])
        .arg(dir)
        .arg(input)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // `stem.ext`, or `stem-Sheet.ext` when one sheet of several is saved.
    let ext = format!(".{}", to.split(':').next().unwrap());
    let stem = input.file_stem().unwrap().to_str().unwrap();
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            let name = p.file_name().unwrap().to_str().unwrap();
            name.starts_with(stem) && name.ends_with(&ext)
        })
        .unwrap_or_else(|| panic!("LibreOffice wrote no {stem}*{ext} in {}", dir.display()))
}

/// Rows of a CSV (header included).
fn csv_rows(bytes: &[u8]) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(bytes)
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

/// Asserts a spreadsheet's rows carry chitieu's plain CSV: text equal to the
/// letter, numbers equal as numbers (`as_number` reads a cell's number).
fn assert_same_table<C>(
    got: &[Vec<C>],
    want: &[Vec<String>],
    text_of: impl Fn(&C) -> String,
    as_number: impl Fn(&C) -> Option<f64>,
) {
    assert_eq!(got.len(), want.len(), "row count");
    let header = &want[0];
    for (i, (g, w)) in got.iter().zip(want).enumerate() {
        for (j, name) in header.iter().enumerate() {
            let cell = g.get(j);
            let expected = &w[j];
            if i > 0 && NUMBER_COLUMNS.contains(&name.as_str()) && !expected.is_empty() {
                let want_n: f64 = expected.parse().unwrap();
                let got_n = cell.and_then(&as_number);
                assert_eq!(got_n, Some(want_n), "row {i} {name}");
            } else {
                let got_t = cell.map(&text_of).unwrap_or_default();
                assert_eq!(&got_t, expected, "row {i} {name}");
            }
        }
    }
}

/// Documents whose names a spreadsheet would take for formulas, and
/// stdin's `-`: written into `dir`, named relative to it.
const FORMULA_LIKE: [&str; 4] = [
    "=SUM(1) có 12 CĐCS.txt",
    "-5 đoàn viên.txt",
    "+84 CĐCS.txt",
    "@LĐLĐ.txt",
];

/// `chitieu extract` run in `dir` on the fixtures, the formula-like
/// documents and stdin (`-`), with `extra` options.
fn extract_in(dir: &Path, extra: &[&str]) -> Vec<u8> {
    let text = "Năm 2016, LĐLĐ quận kết nạp được 2134/1800 đoàn viên (đạt 128,56%).\n";
    for name in FORMULA_LIKE {
        std::fs::write(dir.join(name), text).unwrap();
    }
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXTURES);
    let out = Command::cargo_bin("chitieu")
        .unwrap()
        .current_dir(dir)
        .arg("extract")
        .args(extra)
        // `-5 đoàn viên.txt` is a path, not an option.
        .arg("--")
        .arg(&fixtures)
        .args(FORMULA_LIKE)
        .arg("-")
        .write_stdin(text)
        .output()
        .unwrap();
    assert!(out.status.success());
    out.stdout
}

/// The `--excel` CSV of `locale`, opened by LibreOffice under `lang` with
/// its import dialog's defaults (split at `,`, `;` and tab; formulas not
/// evaluated; special numbers not detected), and again with formulas
/// evaluated: every number a number equal to the plain CSV's (percents
/// too: `128,56` under Vietnamese is 128.56), the Vietnamese text intact,
/// formula-like text shown as written (after an invisible U+2060), and
/// stdin's doc `-` as it is.
fn excel_csv_round_trip(locale: &str, lang: u32) {
    let Some(soffice) = soffice() else { return };
    let dir = tempfile::tempdir().unwrap();
    let csv_path = dir.path().join(format!("claims-{locale}.csv"));
    let csv = extract_in(dir.path(), &["--excel", "--locale", locale]);
    std::fs::write(&csv_path, csv).unwrap();
    let mut want = csv_rows(&extract_in(dir.path(), &[]));
    let mut guarded = 0;
    for row in want.iter_mut().skip(1) {
        for cell in row.iter_mut() {
            if chitieu::output::csv::starts_formula(cell) && cell.parse::<f64>().is_err() {
                cell.insert(0, '\u{2060}');
                guarded += 1;
            }
        }
    }
    assert!(guarded >= FORMULA_LIKE.len(), "{guarded} guarded cells");
    assert!(want.iter().any(|r| r[0] == "-"), "stdin's doc is `-`");

    for evaluate in ["false", "true"] {
        let out = dir.path().join(format!("{lang}-{evaluate}"));
        let filter =
            format!("CSV:44/59/9,34,76,1,,{lang},false,false,false,false,false,-1,{evaluate}");
        let xlsx = convert(soffice, &csv_path, Some(&filter), "xlsx", &out);
        let mut book: Xlsx<_> = open_workbook(&xlsx).unwrap();
        let rows: Vec<Vec<Data>> = book
            .worksheet_range_at(0)
            .unwrap()
            .unwrap()
            .rows()
            .map(|r| r.to_vec())
            .collect();
        let text = |d: &Data| match d {
            Data::Empty => String::new(),
            other => other.to_string(),
        };
        let number = |d: &Data| match d {
            Data::Float(f) => Some(*f),
            Data::Int(i) => Some(*i as f64),
            _ => None,
        };
        // The BOM is read as the encoding mark, not as part of `doc`.
        assert_eq!(rows[0][0], Data::String("doc".into()));
        assert_same_table(&rows, &want, text, number);
    }
}

#[test]
fn excel_csv_opens_in_english_libreoffice_with_text_and_numbers_intact() {
    excel_csv_round_trip("en", 1033);
}

#[test]
fn excel_csv_opens_in_vietnamese_libreoffice_with_text_and_numbers_intact() {
    excel_csv_round_trip("vi", 1066);
}

#[test]
fn xlsx_opens_in_libreoffice_with_vietnamese_text_and_numbers_intact() {
    let Some(soffice) = soffice() else { return };
    let dir = tempfile::tempdir().unwrap();
    let xlsx = dir.path().join("claims.xlsx");
    // With formula-like documents: string cells (with Excel's quote
    // prefix) show them as written, no guard character needed.
    extract_in(
        dir.path(),
        &["--format", "xlsx", "-o", xlsx.to_str().unwrap()],
    );
    let want = csv_rows(&extract_in(dir.path(), &[]));
    assert!(want.iter().any(|r| r[0].starts_with("=SUM(1)")));

    // Raw values: the claims sheet saved as CSV is chitieu's CSV. Percent
    // cells are true percentages, which LibreOffice writes with their sign
    // even unformatted (the fraction 1.2856 as `128.56%`): the sign, which
    // a number cell would not get, is the proof.
    let raw = dir.path().join("raw");
    let filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,false,false";
    let mut got = csv_rows(&std::fs::read(convert(soffice, &xlsx, None, filter, &raw)).unwrap());
    let col = |name: &str| want[0].iter().position(|h| h == name).unwrap();
    for row in got.iter_mut().skip(1) {
        for c in [col("percent"), col("computed_percent")] {
            if !row[c].is_empty() {
                let p = row[c].strip_suffix('%').expect("a percent cell");
                row[c] = p.to_string();
            }
        }
    }
    assert_same_table(&got, &want, String::clone, |s| s.parse().ok());

    // As shown: percents as the text wrote them (`128.56%`, `150%`), money
    // with its thousands grouping.
    let shown = dir.path().join("shown");
    let filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,false,true";
    let got = csv_rows(&std::fs::read(convert(soffice, &xlsx, None, filter, &shown)).unwrap());
    let (percent, achieved, measure) = (col("percent"), col("achieved"), col("measure"));
    let quote = col("quote");
    let mut money = 0;
    for (g, w) in got.iter().zip(&want).skip(1) {
        if !w[percent].is_empty() {
            let p: f64 = w[percent].parse().unwrap();
            let shown = g[percent].strip_suffix('%').unwrap();
            assert_eq!(shown.parse::<f64>().ok(), Some(p), "{shown}");
            // The digits shown are the digits written, decimal comma apart.
            let written = shown.replace('.', ",");
            assert!(
                w[quote].contains(&format!("{written}%")),
                "{shown}% is not written in `{}`",
                w[quote]
            );
        }
        if w[measure] == "VND" {
            money += 1;
            let plain: String = g[achieved].chars().filter(|c| *c != ',').collect();
            assert_eq!(plain, w[achieved]);
            if w[achieved].len() > 3 {
                assert!(g[achieved].contains(','), "{}", g[achieved]);
            }
        }
    }
    assert!(money > 0, "the fixtures state money");

    // The summary sheet (the 12th filter token picks sheet 2) reads the
    // same in LibreOffice as in calamine.
    let summary = dir.path().join("summary");
    let filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,false,false,false,false,2";
    let lo = csv_rows(&std::fs::read(convert(soffice, &xlsx, None, filter, &summary)).unwrap());
    let mut book: Xlsx<_> = open_workbook(&xlsx).unwrap();
    let ours = book.worksheet_range("summary").unwrap();
    assert_eq!(lo.len(), ours.height());
    for (l, o) in lo.iter().zip(ours.rows()) {
        for (lc, oc) in l.iter().zip(o) {
            match oc {
                Data::Float(f) => assert_eq!(lc.parse::<f64>().ok(), Some(*f)),
                Data::Empty => assert_eq!(lc, ""),
                other => assert_eq!(*lc, other.to_string()),
            }
        }
    }
    assert_eq!(
        lo[0],
        ["doc", "unit", "year", "claims", "checked", "mismatches"]
    );
    assert_eq!(lo.last().unwrap()[0], "total");
}
