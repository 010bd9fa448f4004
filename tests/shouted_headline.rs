//! Many sites and PDF reports print the headline in capitals. The same
//! article with its headline shouted gives the same records: the same
//! figures, check, kind, qualifier, year, metric and — what case must not
//! change — the same organisation as the unit (compared in lower case, as
//! the scorer folds case: `CÔNG ĐOÀN …` and `Công đoàn …` are one name).
//! Run on every held-out article (`tests/data/heldout`), its first line
//! upper-cased; none is a known exception.

mod common;

use std::fs;

use common::{fields, heldout_articles as articles, Fields};

/// What must not change: every field, names in lower case.
fn claims(name: &str, text: &str) -> Vec<Fields> {
    fields(name, text)
        .into_iter()
        .map(|f| Fields {
            unit: f.unit.map(|u| u.to_lowercase()),
            metric: f.metric.map(|m| m.to_lowercase()),
            ..f
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
