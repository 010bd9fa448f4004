//! Shared helpers of the integration tests: running the built `chitieu`
//! binary from the package root (so `fixtures/…` paths and the `doc` column
//! are stable), and reading its CSV and JSON Lines output back.

#![allow(dead_code)] // each test crate uses its own subset

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

/// The SPEC §3 columns, in order, written out here (not taken from the
/// crate) so that a change to the crate's list makes the tests fail.
pub const COLUMNS: [&str; 19] = [
    "doc",
    "line",
    "start",
    "end",
    "unit",
    "year",
    "metric",
    "subject",
    "achieved",
    "target",
    "percent",
    "computed_percent",
    "qualifier",
    "kind",
    "measure",
    "basis",
    "check",
    "note",
    "quote",
];

/// The five bundled articles, as the tests name them on the command line.
pub const FIXTURES: [&str; 5] = [
    "fixtures/bac-tu-liem-2022.txt",
    "fixtures/ha-noi-2023.txt",
    "fixtures/phu-xuyen-plan.txt",
    "fixtures/soc-son-2020.txt",
    "fixtures/thanh-xuan-2016.txt",
];

/// The package root: fixtures and schemas are found relative to it.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A path inside the package.
pub fn path(rel: &str) -> PathBuf {
    root().join(rel)
}

/// The `.txt` articles of the folder `rel` (relative to the package
/// root), sorted; fewer than `least` fails, naming the folder (the dev
/// set sits beside the clone in `../shared`: its absence is a failure,
/// not a skip).
pub fn txt_files(rel: &str, least: usize) -> Vec<PathBuf> {
    let dir = path(rel);
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    let mut txt: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    txt.sort();
    assert!(txt.len() >= least, "{}: too few articles", dir.display());
    txt
}

/// The seed articles.
pub fn seed_articles() -> Vec<PathBuf> {
    txt_files("fixtures", 5)
}

/// The dev articles (`../shared/dev/docs`).
pub fn dev_articles() -> Vec<PathBuf> {
    txt_files("../shared/dev/docs", 24)
}

/// The held-out articles (`tests/data/heldout`, written blind).
pub fn heldout_articles() -> Vec<PathBuf> {
    txt_files("tests/data/heldout", 190)
}

/// Seeds, dev and held-out articles, each folder sorted.
pub fn all_articles() -> Vec<PathBuf> {
    [seed_articles(), dev_articles(), heldout_articles()].concat()
}

/// `chitieu` with `args`, run from the package root.
pub fn chitieu<I, S>(args: I) -> Command
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_chitieu"));
    cmd.current_dir(root()).args(args);
    cmd
}

/// Runs `chitieu` with `args`, asserts exit status 0 and returns stdout.
pub fn stdout_of(args: &[&str]) -> String {
    let out = chitieu(args).assert().success().get_output().stdout.clone();
    String::from_utf8(out).expect("chitieu writes UTF-8")
}

/// Parses CSV output into its header and rows (every cell a string).
pub fn csv_rows(csv: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut rd = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(csv.as_bytes());
    let header = rd
        .headers()
        .expect("CSV has a header")
        .iter()
        .map(str::to_string)
        .collect();
    let rows = rd
        .records()
        .map(|r| {
            r.expect("well-formed CSV row")
                .iter()
                .map(str::to_string)
                .collect()
        })
        .collect();
    (header, rows)
}

/// Parses JSON Lines output, one object per non-empty line, keeping the
/// keys in the order they were written.
pub fn jsonl_rows(jsonl: &str) -> Vec<Vec<(String, Value)>> {
    jsonl
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            serde_json::from_str::<Ordered>(l)
                .unwrap_or_else(|e| panic!("not a JSON object ({e}): {l}"))
                .0
        })
        .collect()
}

/// A JSON object as its key/value pairs in written order (serde_json's own
/// map sorts keys unless its `preserve_order` feature is on).
pub struct Ordered(pub Vec<(String, Value)>);

impl<'de> serde::Deserialize<'de> for Ordered {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Ordered;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut m: A,
            ) -> Result<Ordered, A::Error> {
                let mut pairs = Vec::new();
                while let Some((k, v)) = m.next_entry::<String, Value>()? {
                    pairs.push((k, v));
                }
                Ok(Ordered(pairs))
            }
        }
        d.deserialize_map(V)
    }
}

/// A JSON value as the CSV writer would render it: `null` as an empty
/// cell, strings as they are, numbers in their JSON spelling.
pub fn as_cell(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The fields of a record the corpus-wide rewrite tests compare (figures,
/// check, kind, qualifier, unit, year, metric); each test blanks or
/// normalises those its rewrite may change.
#[derive(Debug, Clone, PartialEq, PartialOrd)]
pub struct Fields {
    pub achieved: Option<f64>,
    pub target: Option<f64>,
    pub percent: Option<f64>,
    pub check: String,
    pub kind: String,
    pub qualifier: String,
    pub unit: Option<String>,
    pub year: Option<i32>,
    pub metric: Option<String>,
}

/// The [`Fields`] of the records the library reads in `text`, as the
/// document `name`.
pub fn fields(name: &str, text: &str) -> Vec<Fields> {
    let doc = chitieu::Document::new(name, text);
    chitieu::extract(&doc, &chitieu::Options::default())
        .into_iter()
        .map(|r| Fields {
            achieved: r.achieved,
            target: r.target,
            percent: r.percent,
            check: format!("{:?}", r.check),
            kind: format!("{:?}", r.kind),
            qualifier: format!("{:?}", r.qualifier),
            unit: r.unit,
            year: r.year,
            metric: r.metric,
        })
        .collect()
}
