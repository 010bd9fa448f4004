//! The grammar holds on articles nobody tuned it for: the held-out set of
//! `tests/data/heldout` (short articles in the genres of the hidden
//! set, written in rounds of ten or so, each annotated blind by SPEC §1–§3
//! and the dev README before the tool first ran on it; `make_gold.py` is
//! the annotation source). The binary
//! runs on them and its records are matched to the gold as
//! `../shared/tools/score.py` matches them: same document, equal achieved,
//! target and percent; optional gold records neither reward nor punish.
//! A grammar change that loses or invents figures here fails this test.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

/// The held-out set's folder.
const HELDOUT: &str = "tests/data/heldout";

/// The least precision and recall accepted: the level measured when the
/// set was last scored (0.999 and 0.999 on 130 articles, 2,924 gold
/// records), less about twenty-five records.
const MIN_PRECISION: f64 = 0.99;
const MIN_RECALL: f64 = 0.99;
/// The least share of matched records whose metric, qualifier, kind and
/// check agree with the gold.
const MIN_METRIC: f64 = 0.98;
const MIN_FIELDS: f64 = 0.99;
/// The least share of matched records whose organisation (as the scorer
/// compares names: folded, either inside the other) and year agree: the
/// stages a grammar fitted to the examples at hand does worst on.
const MIN_UNIT: f64 = 0.97;
const MIN_YEAR: f64 = 0.98;

/// The article files, in sorted order.
fn articles() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(HELDOUT)
        .expect("the held-out folder is in the repository")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
}

/// Lines of JSON objects.
fn json_lines(text: &str) -> Vec<Value> {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("each line is a JSON object"))
        .collect()
}

/// Two optional numbers are equal (null equals only null).
fn same(a: &Value, b: &Value) -> bool {
    match (a.as_f64(), b.as_f64()) {
        (Some(x), Some(y)) => (x - y).abs() <= 1e-6 * y.abs().max(1.0),
        (None, None) => a.is_null() && b.is_null(),
        _ => false,
    }
}

/// Lower case without tone marks, `đ` as `d`: the scorer's folding, so
/// that `công đoàn cơ sở` and `Công đoàn cơ sở` name one metric.
fn fold(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    s.to_lowercase()
        .replace('đ', "d")
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect()
}

/// Long forms and their usual abbreviations, folded, as the scorer
/// compares units: either spelling of a name matches.
const UNIT_ABBREV: [(&str, &str); 15] = [
    ("lien doan lao dong", "ldld"),
    ("cong doan co so", "cdcs"),
    ("cong doan", "cd"),
    ("hoi lien hiep phu nu", "hoi lhpn"),
    ("lien hiep phu nu", "lhpn"),
    ("cuu chien binh", "ccb"),
    ("mat tran to quoc", "mttq"),
    ("uy ban nhan dan", "ubnd"),
    ("trung uong", "tu"),
    ("t.u", "tu"),
    ("thanh pho", "tp"),
    ("tp.", "tp "),
    ("ho chi minh", "hcm"),
    ("khu cong nghiep", "kcn"),
    ("khu kinh te", "kkt"),
];

/// A unit name as the scorer compares it: folded, parentheses dropped,
/// long forms abbreviated, single-spaced.
fn fold_unit(s: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in fold(s).chars() {
        match c {
            '(' => depth += 1,
            ')' if depth > 0 => {
                depth -= 1;
                out.push(' ');
            }
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    for (long, short) in UNIT_ABBREV {
        out = out.replace(long, short);
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether a predicted record names one of the gold's units, one folded
/// name inside the other.
fn unit_agrees(p: &Value, g: &Value) -> bool {
    let said = fold_unit(p["unit"].as_str().unwrap_or_default());
    let names: Vec<&str> = match &g["unit"] {
        Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
        v => v.as_str().into_iter().collect(),
    };
    !said.is_empty()
        && names
            .iter()
            .map(|n| fold_unit(n))
            .any(|n| n.contains(&said) || said.contains(&n))
}

/// The document id of a record: its file stem.
fn doc_of(v: &Value) -> String {
    let doc = v["doc"].as_str().unwrap_or_default();
    Path::new(doc)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Whether a predicted record names one of the gold's metrics.
fn metric_agrees(p: &Value, g: &Value) -> bool {
    let said = |k: &str| fold(p[k].as_str().unwrap_or_default());
    g["metric"].as_array().is_some_and(|ms| {
        ms.iter()
            .filter_map(Value::as_str)
            .map(fold)
            .any(|m| !m.is_empty() && (said("metric").contains(&m) || said("subject").contains(&m)))
    })
}

#[test]
fn heldout_articles_keep_their_precision_recall_and_fields() {
    let files = articles();
    assert!(files.len() >= 28, "{} articles", files.len());
    let out = Command::cargo_bin("chitieu")
        .expect("the binary is built")
        .args(["extract", "--format", "jsonl"])
        .args(&files)
        .output()
        .expect("chitieu runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let pred = json_lines(&String::from_utf8_lossy(&out.stdout));
    let gold_text = std::fs::read_to_string(Path::new(HELDOUT).join("gold.jsonl"))
        .expect("gold.jsonl is beside the articles");
    let mut open = json_lines(&gold_text);
    let required = |g: &Value| g["required"].as_bool().unwrap_or(true);
    let (mut tp, mut fp, mut pairs) = (0usize, Vec::new(), Vec::new());
    for p in &pred {
        let hit = open.iter().position(|g| {
            g["doc"].as_str() == Some(doc_of(p).as_str())
                && ["achieved", "target", "percent"]
                    .iter()
                    .all(|k| same(&p[*k], &g[*k]))
        });
        match hit {
            None => fp.push(format!("{} {}", doc_of(p), p["quote"])),
            Some(h) => {
                let g = open.remove(h);
                if required(&g) {
                    tp += 1;
                    pairs.push((p, g));
                }
            }
        }
    }
    let missed: Vec<String> = open
        .iter()
        .filter(|g| required(g))
        .map(|g| format!("{} {}", g["doc"], g["quote"]))
        .collect();
    let precision = tp as f64 / (tp + fp.len()).max(1) as f64;
    let recall = tp as f64 / (tp + missed.len()).max(1) as f64;
    assert!(
        precision >= MIN_PRECISION && recall >= MIN_RECALL,
        "precision {precision:.3}, recall {recall:.3}\nextra: {fp:#?}\nmissed: {missed:#?}"
    );
    let share = |agree: &dyn Fn(&Value, &Value) -> bool| {
        pairs.iter().filter(|(p, g)| agree(p, g)).count() as f64 / pairs.len().max(1) as f64
    };
    let field = |k: &'static str| move |p: &Value, g: &Value| p[k] == g[k];
    let qualifier = |p: &Value, g: &Value| {
        p["qualifier"].as_str().unwrap_or_default() == g["qualifier"].as_str().unwrap_or_default()
    };
    let metric = share(&metric_agrees);
    assert!(metric >= MIN_METRIC, "metric {metric:.3}");
    let unit = share(&unit_agrees);
    assert!(unit >= MIN_UNIT, "unit {unit:.3}");
    let year = share(&field("year"));
    assert!(year >= MIN_YEAR, "year {year:.3}");
    for (name, got) in [
        ("qualifier", share(&qualifier)),
        ("kind", share(&field("kind"))),
        ("check", share(&field("check"))),
    ] {
        assert!(got >= MIN_FIELDS, "{name} {got:.3}");
    }
}
