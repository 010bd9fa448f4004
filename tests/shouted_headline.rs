//! Many sites and PDF reports print the headline in capitals. The same
//! article with its headline shouted gives the same records: the same
//! figures, check, kind, qualifier, year, metric and — what case must not
//! change — the same organisation as the unit (compared in lower case, as
//! the scorer folds case: `CÔNG ĐOÀN …` and `Công đoàn …` are one name).
//! Run on every held-out article (`tests/data/heldout`), its first line
//! upper-cased; none is a known exception.

mod common;

use std::fs;

use chitieu::{Document, Options, Record};

use common::heldout_articles as articles;

/// What must not change, names in lower case.
type Claim = (
    Option<f64>,
    Option<f64>,
    Option<f64>,
    String,
    Option<String>,
    Option<i32>,
    Option<String>,
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
                format!("{:?} {:?} {:?}", r.check, r.kind, r.qualifier),
                r.unit.map(|u| u.to_lowercase()),
                r.year,
                r.metric.map(|m| m.to_lowercase()),
            )
        })
        .collect()
}

/// `text` with its first line in capitals.
fn shout_headline(text: &str) -> String {
    match text.split_once('\n') {
        Some((first, rest)) => format!("{}\n{rest}", first.to_uppercase()),
        None => text.to_uppercase(),
    }
}

#[test]
fn a_headline_in_capitals_gives_the_same_records() {
    let mut total = 0;
    let mut report = String::new();
    let mut differ = 0;
    for path in articles() {
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let name = path.display().to_string();
        let before = claims(&name, &text);
        let after = claims(&name, &shout_headline(&text));
        total += before.len();
        if before != after {
            differ += 1;
            for (b, a) in before.iter().zip(&after).filter(|(b, a)| b != a) {
                report += &format!("{name}:\n  {b:?}\n  {a:?}\n");
            }
            if before.len() != after.len() {
                report += &format!(
                    "{name}: {} records, {} shouted\n",
                    before.len(),
                    after.len()
                );
            }
        }
    }
    assert!(total > 4000, "only {total} claims read");
    assert_eq!(differ, 0, "{differ} articles changed:\n{report}");
}
