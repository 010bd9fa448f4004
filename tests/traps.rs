//! The digit strings of `../shared/dev/traps.jsonl` (dates, terms,
//! seasons, ages, counters, document numbers …) never become records:
//! no record of a dev article covers a digit of one of its traps. The
//! dev set sits beside the clone, as in CI; the test reads it at run time.

use std::path::Path;

use chitieu::{extract, Document, Options};
use serde_json::Value;

/// The dev set's folder.
const DEV: &str = "../shared/dev";

#[test]
fn no_record_covers_a_trap() {
    let traps = std::fs::read_to_string(Path::new(DEV).join("traps.jsonl"))
        .expect("../shared/dev/traps.jsonl is beside the clone");
    let mut checked = 0;
    let mut hits = Vec::new();
    for line in traps.lines().filter(|l| !l.trim().is_empty()) {
        let trap: Value = serde_json::from_str(line).expect("a trap is a JSON object");
        let (Some(doc), Some(what)) = (trap["doc"].as_str(), trap["text"].as_str()) else {
            panic!("a trap has `doc` and `text`: {line}");
        };
        let path = Path::new(DEV).join("docs").join(format!("{doc}.txt"));
        let raw = std::fs::read_to_string(&path).expect("the trap's article is in docs/");
        let document = Document::new(doc, raw);
        let chars: Vec<char> = document.text.chars().collect();
        let what = chitieu::document::normalise(what);
        let records = extract(&document, &Options::default());
        // Every place the trap's text stands, as character offsets.
        let text = &document.text;
        for (at, _) in text.match_indices(what.as_str()) {
            let from = text[..at].chars().count();
            let to = from + what.chars().count();
            checked += 1;
            for r in &records {
                let covered = (from.max(r.start)..to.min(r.end)).any(|c| chars[c].is_ascii_digit());
                if covered {
                    hits.push(format!("{doc}: `{what}` in a record of {:?}", r.quote));
                }
            }
        }
    }
    assert!(checked > 100, "only {checked} trap places found");
    assert!(hits.is_empty(), "{hits:#?}");
}
