//! SPEC §3, the paragraph rule: a line break inside a paragraph is not a
//! sentence boundary, so the same articles hard-wrapped as `pdftotext` and
//! e-mail give them (every paragraph re-wrapped at 40 and at 60 columns)
//! give the same claims as the originals: the same figures, check, unit
//! and year, in the same order. Run on the seed articles (`fixtures/`) and
//! the dev articles (`../shared/dev/docs`, read at run time; the set sits
//! beside the clone, so its absence is a failure, not a skip).

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use chitieu::{Document, Options, Record};
use common::{chitieu, jsonl_rows};
use serde_json::Value;

/// The articles: the seeds and the dev set.
fn articles() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    for dir in [root.join("fixtures"), root.join("../shared/dev/docs")] {
        let entries = fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        let mut txt: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        txt.sort();
        assert!(txt.len() >= 5, "{}: too few articles", dir.display());
        paths.extend(txt);
    }
    paths
}

/// Every paragraph (line) of `text` wrapped at `width` columns (as a
/// terminal shows them: a Vietnamese letter is one column), breaking only
/// at spaces, as a fixed-width export does; blank lines kept.
fn rewrap(text: &str, width: usize) -> String {
    let opts = textwrap::Options::new(width)
        .break_words(false)
        .word_separator(textwrap::WordSeparator::AsciiSpace);
    text.lines()
        .map(|line| textwrap::fill(line.trim(), &opts))
        .collect::<Vec<_>>()
        .join("\n")
}

/// What must not change: figures, check, unit and year.
type Claim = (
    Option<f64>,
    Option<f64>,
    Option<f64>,
    String,
    Option<String>,
    Option<i32>,
);

fn claims(name: &str, text: &str) -> Vec<Claim> {
    let records: Vec<Record> = chitieu::extract(&Document::new(name, text), &Options::default());
    records
        .into_iter()
        .map(|r| {
            (
                r.achieved,
                r.target,
                r.percent,
                format!("{:?}", r.check),
                r.unit,
                r.year,
            )
        })
        .collect()
}

/// The claims of one side that the other lacks (as multisets).
fn lacking(a: &[Claim], b: &[Claim]) -> Vec<Claim> {
    let mut rest: Vec<&Claim> = b.iter().collect();
    a.iter()
        .filter(|c| match rest.iter().position(|r| r == c) {
            Some(i) => {
                rest.swap_remove(i);
                false
            }
            None => true,
        })
        .cloned()
        .collect()
}

/// Re-wraps every article at `width` and reports each claim lost or
/// gained, and how many of how many.
fn same_claims_at(width: usize) {
    let mut total = 0;
    let mut changed = 0;
    let mut report = String::new();
    for path in articles() {
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let name = path.display().to_string();
        let before = claims(&name, &text);
        let after = claims(&name, &rewrap(&text, width));
        let lost = lacking(&before, &after);
        let gained = lacking(&after, &before);
        total += before.len();
        changed += lost.len().max(gained.len());
        for c in &lost {
            report += &format!("{name}: lost {c:?}\n");
        }
        for c in &gained {
            report += &format!("{name}: gained {c:?}\n");
        }
    }
    assert!(total > 200, "only {total} claims read");
    assert_eq!(
        changed, 0,
        "at {width} columns {changed} of {total} claims changed:\n{report}"
    );
}

/// The example through the binary: `kết nạp được 2134/1800` ⏎
/// `đoàn viên (đạt 128,56%)` is one claim with its noun and its percent,
/// so the audit reports the slip (2134/1800 is 118,56 %), on line 1, with
/// the line break gone from the subject and the quote.
#[test]
fn a_claim_broken_before_its_noun_is_still_checked() {
    let text = "Năm 2023, LĐLĐ quận kết nạp được 2134/1800\nđoàn viên (đạt 128,56%).\n";
    let out = chitieu(["extract", "--format", "jsonl", "-"])
        .write_stdin(text)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let rows = jsonl_rows(&String::from_utf8_lossy(&out));
    assert_eq!(rows.len(), 1, "{rows:?}");
    let get = |k: &str| {
        rows[0]
            .iter()
            .find(|(key, _)| key == k)
            .map_or(Value::Null, |(_, v)| v.clone())
    };
    assert_eq!(get("line"), 1);
    assert_eq!(get("achieved"), 2134);
    assert_eq!(get("target"), 1800);
    assert_eq!(get("percent"), 128.56);
    assert_eq!(get("check"), "mismatch");
    assert_eq!(get("subject"), "đoàn viên");
    assert_eq!(
        get("quote"),
        "Năm 2023, LĐLĐ quận kết nạp được 2134/1800 đoàn viên (đạt 128,56%)."
    );
}

#[test]
fn the_wrapping_helper_wraps_and_keeps_every_word() {
    let line = "kết nạp được 2134/1800 đoàn viên (đạt 128,56%) trong năm 2023";
    let wrapped = rewrap(line, 20);
    assert!(wrapped.lines().count() >= 3, "{wrapped}");
    assert!(wrapped.lines().all(|l| l.chars().count() <= 20));
    assert_eq!(wrapped.replace('\n', " "), line);
}

#[test]
fn rewrapped_at_60_columns_the_claims_stay() {
    same_claims_at(60);
}

#[test]
fn rewrapped_at_40_columns_the_claims_stay() {
    same_claims_at(40);
}

/// The widths of other tools too: narrow columns, e-mail's 72 and 76,
/// terminals' 80, wide PDF lines.
#[test]
fn rewrapped_at_any_width_from_25_to_120_columns_the_claims_stay() {
    for width in (25..=120).step_by(5).chain([72, 76]) {
        same_claims_at(width);
    }
}
